# Subclasses of property: instance attributes, __set_name__, their own __init__,
# __get__/__set__ overrides, and setter/deleter copies that keep the subclass.


class Labelled(property):
    def __set_name__(self, owner, name):
        super().__set_name__(owner, name)
        self.label = f"{owner.__name__}.{name}"


class Logged(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None, *, tag="log"):
        super().__init__(fget, fset, fdel, doc)
        self.tag = tag
        self.calls = []

    def __get__(self, instance, owner=None):
        if instance is not None:
            self.calls.append(("get", self.fget.__name__))
        return super().__get__(instance, owner)

    def __set__(self, instance, value):
        self.calls.append(("set", value))
        super().__set__(instance, value)


class Account:
    def __init__(self, balance):
        self._balance = balance

    @Labelled
    def owner(self):
        return "ada"

    @Logged
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value


acct = Account(10)
acct.balance = 25
print(acct.balance, acct.owner)
descriptor = Account.__dict__["balance"]
print(type(descriptor).__name__, isinstance(descriptor, property), descriptor.calls)
print(descriptor.tag, Account.__dict__["owner"].label, Account.owner.fget.__name__)
try:
    acct.balance = -1
except ValueError as exc:
    print("ValueError:", exc, descriptor.calls[-1])
try:
    acct.owner = "bob"
except AttributeError as exc:
    print("AttributeError:", exc)

plain = Labelled(lambda self: 1)
plain.extra = "attribute"
print(plain.extra, plain.fget(None), plain.fset)
renamed = plain.setter(lambda self, v: None)
print(type(renamed).__name__, renamed.fset is not None, hasattr(renamed, "extra"))
print(type(Logged(len, tag="t").getter(abs)).__name__, Logged(len, tag="t").getter(abs).tag)
