# StrEnum members are str instances with attributes.
from enum import Enum, StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "Custom"


print(Method.GET, repr(Method.POST), Method.CUSTOM, Method.GET == "get", Method.GET.upper())
print(f"{Method.POST}", "-".join(Method), Method("get"))


class Color(str, Enum):
    RED = "r"
    GREEN = "g"


print(Color.RED, repr(Color.GREEN), Color("g"), Color.RED == "r", Color.RED.upper(), f"{Color.RED}")
try:
    StrEnum("X", {"A": 1})
except TypeError as e:
    print("TypeError", e)
