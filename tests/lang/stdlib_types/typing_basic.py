import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable,
                    TypeVar, Iterable, Iterator, Sequence, Mapping, ClassVar, Final,
                    Literal, Type, cast, overload, TYPE_CHECKING, get_origin, get_args,
                    NewType, Annotated, NoReturn, DefaultDict, Deque, Counter, Generator)

T = TypeVar("T")
K = TypeVar("K", bound=int)
S = TypeVar("S", str, bytes)
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
print(T, K, S, T_co, T_contra, T.__name__, K.__bound__, S.__constraints__)

print(List[int], Dict[str, List[int]], Optional[str], Union[int, str])
print(Union[int, str, None], Union[int], Union[int, Union[str, int]], Optional[Optional[int]])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[int, str], List[T]])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Tuple, List, Dict, Any, Optional, Union)
print(ClassVar[int], Final[int], Final, Literal["a", 1], Type[int], Iterable[int])
print(Iterator[str], Sequence[T], Mapping[str, Any], Set[int], FrozenSet[str], NoReturn)
print(DefaultDict[str, int], Deque[int], Counter[str], Generator[int, None, None])
print(Annotated[int, "meta"], typing.Hashable, typing.Sized, typing.AbstractSet[int])
print(Union[int, "str"], List["Node"], Optional["Node"], List[int] | None, Optional[int] | str)

print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]))
print(get_args(Optional[int]), get_args(Callable[[int], str]), get_args(Callable[..., str]))
print(get_origin(Literal[1]), get_origin(int), get_args(int), get_origin(Annotated[int, "m"]))
print(get_args(Annotated[int, "m", 2]), get_origin(List), get_origin(Generator[int, None, None]))
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] != List[str])
print(Optional[int] == Union[int, None], hash(List[int]) == hash(List[int]), Literal[1, 2] == Literal[2, 1])
print(Literal[1, 1, 2], Literal[1, True], Dict[str, T][int], List[T][str], Tuple[T, K][str, int])
print(Callable[[T], K][str, int], Dict[K, List[T]][int, str], Dict[str, T].__parameters__)

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, UserId.__name__, UserId(5) + 1)
print(cast(int, "x"), cast("int", 3), TYPE_CHECKING, typing.Text, typing.AnyStr)


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(3), double("ab"), len(typing.get_overloads(double)))


def greet(name: str, times: int = 1, *, loud: Optional[bool] = None) -> List[str]:
    return [name.upper() if loud else name] * times


print(greet("bob", 2), greet("amy", loud=True), greet.__annotations__)


class Config:
    name: str
    retries: int = 3
    tags: ClassVar[List[str]] = []
    limits: Dict[str, Tuple[int, int]]


print(Config.__annotations__, typing.get_type_hints(Config))


def forward(a: "List[int]", b: "Optional[Config]" = None) -> "Dict[str, Config]":
    return {}


print(typing.get_type_hints(forward))
x: Final = 3
values: List[int] = [1, 2, 3]
print(__annotations__)
print(Optional[list[int]], Dict[str, list[int]], List[int] == list[int], get_origin(list[int]), get_args(dict[str, int]))
print(typing.get_type_hints(lambda: None), get_origin(Deque[int]), get_args(Callable[[], None]))
try:
    List[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Dict[int]
except TypeError as e:
    print("TypeError", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
try:
    List[int]()
except TypeError as e:
    print("TypeError", e)
try:
    Callable[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Any()
except TypeError as e:
    print("TypeError", e)
try:
    typing.assert_never(3)
except AssertionError as e:
    print("AssertionError", e)
print(Dict(), Deque([1]), DefaultDict(int), List.__name__)
