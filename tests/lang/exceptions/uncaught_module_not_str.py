# An uncaught exception whose class has a non-str __module__ is named "<unknown>.E".
print("before")


class E(Exception):
    __module__ = None


raise E("none module")
