# A module with PEP 562 hooks: __getattr__ for missing names, __dir__ for dir().
calls = []
present = "here"


def __getattr__(name):
    calls.append(name)
    if name.startswith("computed_"):
        return name[len("computed_"):].upper()
    if name == "broken":
        raise KeyError("hook failed with a non-AttributeError")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["present", "computed_x", "zeta"]
