import pprint
from dataclasses import dataclass, field


@dataclass
class Address:
    street: str
    city: str
    tags: list = field(default_factory=list)


@dataclass
class Person:
    name: str
    age: int
    addresses: list
    notes: dict = field(default_factory=dict)
    secret: str = field(default="hidden", repr=False)


@dataclass(repr=False)
class NoRepr:
    value: list


@dataclass
class Custom:
    items: list

    def __repr__(self):
        return f"Custom<{len(self.items)}>"


@dataclass
class Node:
    label: str
    children: list = field(default_factory=list)


home = Address("1 Long Street Name", "Springfield", ["primary", "mail", "billing"])
work = Address("99 Industrial Park Avenue", "Shelbyville")
person = Person("Alexandra Example", 42, [home, work], {"likes": ["tea", "chess"] * 3})
pprint.pprint(person)
pprint.pprint(person, width=40)
pprint.pprint([home], width=30)
pprint.pprint(Address("a", "b"))
text = pprint.pformat(NoRepr(list(range(40))), width=30)
print(text.startswith("<") and "NoRepr" in text)
pprint.pprint(Custom(list(range(50))), width=20)
root = Node("root", [Node("left", [Node("leaf-1"), Node("leaf-2")]), Node("right")])
pprint.pprint(root, width=50)
loop = Node("loop")
loop.children.append(loop)
print(pprint.pformat(loop, width=20).replace(str(id(loop)), "ID"))
pprint.pprint(loop)
print(pprint.pformat(root, depth=2, width=40))
