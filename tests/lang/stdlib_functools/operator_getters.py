# itemgetter, attrgetter and methodcaller: use, reprs and errors.
from operator import attrgetter, itemgetter, methodcaller

rows = [("alice", 31, "paris"), ("bob", 25, "oslo"), ("carol", 31, "lima"), ("dan", 19, "oslo")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)))
print(itemgetter(slice(1, None))(rows[0]), itemgetter(-1)("xyz"), itemgetter("k", "j")({"k": 1, "j": 2}))
print(itemgetter(1), itemgetter(1, "a"), itemgetter(slice(None, 2)), itemgetter((1, 2)))
print(repr(itemgetter("name")), itemgetter(-1, 0)([5, 6, 7]))

class Address:
    def __init__(self, city, zip_code):
        self.city, self.zip_code = city, zip_code

class Person:
    def __init__(self, name, age, city):
        self.name, self.age = name, age
        self.address = Address(city, 1000 + age)
    def greet(self, greeting="hello", punct="!"):
        return f"{greeting}, {self.name}{punct}"
    def __repr__(self):
        return f"Person({self.name!r})"

people = [Person(*row) for row in rows]
print(sorted(people, key=attrgetter("age", "name")))
print(list(map(attrgetter("address.city"), people)))
print(attrgetter("name", "address.zip_code")(people[1]))
print(attrgetter("name"), attrgetter("a.b", "c"), attrgetter("x.y.z"))

print(list(map(methodcaller("greet"), people[:2])))
print(methodcaller("greet", "hi")(people[2]), methodcaller("greet", punct="?")(people[3]))
print(methodcaller("split", ",", 1)("a,b,c"), methodcaller("upper")("up"))
print(methodcaller("greet"), methodcaller("greet", "hi", punct="?"), methodcaller("f", [1], k={"a": 2}))
print(sorted(["Banana", "apple", "cherry"], key=methodcaller("lower")))

def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("itemgetter()", lambda: itemgetter())
attempt("call none", lambda: itemgetter(1)())
attempt("call two", lambda: itemgetter(1)([1], [2]))
attempt("index", lambda: itemgetter(5)([1]))
attempt("key", lambda: itemgetter("missing")({}))
attempt("attrgetter()", lambda: attrgetter())
attempt("attrgetter(1)", lambda: attrgetter(1))
attempt("attrgetter mixed", lambda: attrgetter("a", 2))
attempt("missing attr", lambda: attrgetter("nope")(people[0]))
attempt("missing nested", lambda: attrgetter("address.street")(people[0]))
attempt("methodcaller()", lambda: methodcaller())
attempt("methodcaller(1)", lambda: methodcaller(1))
attempt("missing method", lambda: methodcaller("nope")(3))
attempt("bad args", lambda: methodcaller("upper", 1)("x"))
