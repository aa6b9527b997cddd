# Enum members' name and value cannot be assigned or deleted; the messages name
# the enum class that defines them. Members and the class itself are guarded too.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2

    @property
    def pretty(self):
        return self.name.title()


for attr in ("value", "name", "pretty", "_value_", "note"):
    try:
        setattr(Color.RED, attr, 3)
        print("set", attr, getattr(Color.RED, attr))
    except AttributeError as exc:
        print("AttributeError:", exc)
for attr in ("value", "name"):
    try:
        delattr(Color.GREEN, attr)
    except AttributeError as exc:
        print("AttributeError:", exc)
try:
    Color.RED = 5
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    class More(Color):
        BLUE = 3
except TypeError as exc:
    print("TypeError:", exc)
print(Color.RED.value, Color.GREEN.name, Color.GREEN.pretty, Color(1) is Color.RED)
