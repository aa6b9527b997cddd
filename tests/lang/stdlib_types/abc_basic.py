import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        """The area."""

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class HalfDone(Shape):
    def area(self):
        return 0


def attempt(label, f):
    try:
        result = f()
    except TypeError as e:
        print(label, "-> TypeError:", e)
    else:
        print(label, "=", result)


attempt("Shape()", Shape)
attempt("HalfDone()", HalfDone)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, type(Shape) is ABCMeta, Shape.area.__isabstractmethod__)


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        pass

    @classmethod
    @abstractmethod
    def create(cls):
        pass

    @staticmethod
    @abstractmethod
    def version():
        pass


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def version():
        return 2


attempt("Base()", Base)
obj = Impl.create()
print(obj.name, obj.version(), type(obj).__name__, sorted(Base.__abstractmethods__))


class Partial(Base):
    name = "fixed"


attempt("Partial()", Partial)


class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)

    @abstractmethod
    def run(self):
        pass


class Hello(Plugin):
    def run(self):
        return "hello"


class Loud(Hello):
    def run(self):
        return super().run().upper()


print(Plugin.registry, [cls().run() for cls in (Hello, Loud)])


class Lazy(ABC):
    def method(self):
        return 1


Lazy.method = abstractmethod(Lazy.method)
print(Lazy().method(), Lazy.__abstractmethods__)
abc.update_abstractmethods(Lazy)
attempt("Lazy()", Lazy)


class Virtual(ABC):
    pass


print(Virtual.register(Square) is Square, abc.get_cache_token() is not None)
try:
    Virtual.register(42)
except TypeError as e:
    print("TypeError", e)
try:
    Shape.register(Virtual)
    Virtual.register(Shape)
except RuntimeError as e:
    print("RuntimeError", e)


class Many(ABC):
    @abstractmethod
    def c(self): pass

    @abstractmethod
    def a(self): pass

    @abstractmethod
    def b(self): pass


Many()
