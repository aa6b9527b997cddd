# %-formatting with every conversion and flag
print("%s|%r|%a" % ("héllo", "héllo", "héllo"))
print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%#X|%o|%#o|%08x|%-#8x|" % (255, 255, 255, 255, 8, 8, 255, 255))
print("%f|%.2f|%10.3f|%-10.1f|%+f|%e|%E|%.1e|%g|%G|%.3g" % (3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.000314, 1e-5, 1e20, 3.14159))
print("%c|%c|%c" % ("a", 65, 0x1F600))
print("%%|%s%%" % "100")
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 7, 6, 7, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%r" % ((1, 2),))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d" % 3.99, "%d" % -3.99, "%x" % 2 ** 70, "%d" % True, "%.0f" % 2.5, "%.0f" % 3.5)
print("%s" % "single", "%s and %s" % ("a", "b"), "no args" % ())
for bad in [lambda: "%d" % "x", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1, lambda: "%c" % "ab", lambda: "%(k)s" % {}, lambda: "%x" % 1.5]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("%-+8.3f|%+-8.3f|%#.0f|%#g" % (1.5, 1.5, 3.0, 2.0))
print("%r" % "it's", "%r" % 'say "hi"', "%a" % "ü😀")
print("%s|%d|%f" % (2 ** 100, 2 ** 100, 2 ** 100))
