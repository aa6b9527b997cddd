# Color.__members__ is a mappingproxy: its views are the dict's own views.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


members = Color.__members__
print(members.keys())
print(members.values())
print(members.items())
print(type(members.keys()).__name__, type(members.items()).__name__)
copy = members.copy()
print(type(copy).__name__, copy == dict(members), copy is members)
print(list(members), len(members), "RED" in members, members.get("BLUE", "none"))
print(members["CRIMSON"] is Color.RED, sorted(members.keys() & {"RED", "BLUE"}))
