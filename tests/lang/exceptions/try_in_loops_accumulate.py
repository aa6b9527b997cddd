# Collecting errors from many operations in a loop
ops = [("10", "2"), ("5", "0"), ("x", "1"), ("7", "3"), ("8", None), ("-9", "4")]
results = []
for a, b in ops:
    try:
        r = int(a) // int(b)
    except ZeroDivisionError as e:
        results.append(("div0", str(e)))
    except ValueError as e:
        results.append(("value", str(e)))
    except TypeError as e:
        results.append(("type", str(e)))
    else:
        results.append(("ok", r))
    finally:
        results.append("|")
for r in results:
    print(r)
errors = {}
for i in range(-3, 4):
    try:
        v = [10, 20, 30][i] // i
    except (IndexError, ZeroDivisionError) as e:
        errors[i] = type(e).__name__
print(errors)
