# Exception subclasses: a class's data descriptors (properties, __slots__
# members) take precedence over the instance __dict__ on get, set and delete.


class AppError(Exception):
    def __init__(self, message, code=0):
        super().__init__(message)
        self.code = code

    @property
    def code(self):
        return self._code

    @code.setter
    def code(self, value):
        if value < 0:
            raise ValueError(f"bad code {value}")
        self._code = value

    @code.deleter
    def code(self):
        print("deleting code")
        self._code = 0


err = AppError("boom", 5)
print(err.code, err.__dict__, str(err))
try:
    err.code = -1
except ValueError as exc:
    print("ValueError:", exc)
del err.code
print(err.code, err.__dict__)


class ReadOnly(Exception):
    @property
    def fixed(self):
        return 1


try:
    ReadOnly().fixed = 2
except AttributeError as exc:
    print("AttributeError:", exc)


class SlottedError(LookupError):
    __slots__ = ("key", "hint")

    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
        self.note = "ordinary attribute"


class DeeperError(SlottedError):
    __slots__ = ("depth",)


e = DeeperError("k")
e.depth = 3
e.hint = "check spelling"
print(e.key, e.depth, e.hint, e.note, e.__dict__, e.args, repr(e))
print(type(SlottedError.__dict__["key"]).__name__, isinstance(e, LookupError))
try:
    SlottedError("x").hint
except AttributeError as exc:
    print("AttributeError:", exc)
del e.hint
print(hasattr(e, "hint"))
try:
    raise DeeperError("z") from KeyError("z")
except SlottedError as caught:
    print(caught.key, repr(caught.__cause__), caught.__traceback__ is not None)
