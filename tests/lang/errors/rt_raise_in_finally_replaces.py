try:
    try:
        raise ValueError("original")
    finally:
        print("finally")
        raise RuntimeError("from finally")
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
raise TypeError("last")
