print("about to fail")
raise ValueError("module body failed")
