# Recursive containers print with ... markers
a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
b = [a, a]
print(b)
d = {"k": 1}
d["self"] = d
print(d)
c = [1]
e = {"list": c}
c.append(e)
print(c)
print(e)
t = ([],)
t[0].append(t)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
nested = [[]]
nested[0].append(nested[0])
print(nested)
dd = {}
dd[1] = [dd, {"inner": dd}]
print(dd)
s = [0]
s[0] = s
print(s, len(s), s[0] is s)
print(f"{a}", "%s" % (a,), str([a]))
