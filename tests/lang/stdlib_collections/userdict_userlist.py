from collections import UserDict, UserList, UserString


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, d["a"], d["B"], len(d), "b" in d, sorted(d))
print(d.get("z"), d.get("c"), d.pop("c"), d)
d.update({"Q": 9})
print(d.data, d.copy(), type(d.copy()).__name__)
print(UserDict(a=1) | {"b": 2}, {"c": 3} | UserDict(a=1))


class Missing(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


print(Missing()["hole"])

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul[0], ul[1:3], type(ul[1:3]).__name__, len(ul), 2 in ul)
ul.extend(UserList([9]))
ul += [10]
print(ul, ul + [0], [0] + ul, ul * 2, ul == [1, 2, 3, 5, 9, 10])
ul.reverse()
print(ul.pop(), ul.pop(0), ul, ul.index(3), ul.count(3))
ul.remove(3)
ul.insert(0, "first")
print(ul)

us = UserString("Hello")
print(us, repr(us), us.upper(), type(us.upper()).__name__, us + "!", us * 2, us[1:3])
print(us.split("l"), us.startswith("He"), "ell" in us, len(us), us == "Hello", us.find("l"))
