print("caf\u00e9")
raise ValueError("caf\u00e9 \u2713 \u65e5\u672c")
