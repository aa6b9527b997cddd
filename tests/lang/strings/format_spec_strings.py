# Format specs applied to strings: width, fill, align, precision truncation
s = "python"
for spec in ["", "10", "<10", ">10", "^10", "*^11", "-<8", ".3", "10.2", ">10.4", "^3", "0>8", "s", "_^9.1"]:
    print(repr(spec), "[" + format(s, spec) + "]")
print(f"[{'é😀':^6}]", f"[{'':*^4}]", f"[{'abc'!r:>8}]", f"[{'x':{'#'}<{3}}]")
for bad in ["d", "=5", "+5", ",", "#5"]:
    try:
        format("s", bad)
    except ValueError as e:
        print(type(e).__name__, e)
print("%-10s|%10s|%.2s|%-6.3s|" % (s, s, s, s))
print("{:>{}}|{:<{}}|".format("a", 4, "b", 3))
