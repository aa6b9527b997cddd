"""Domain model of the project tracker: tasks, people, priorities and notifications."""
from abc import ABC, abstractmethod
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import Enum, Flag, auto, unique
from fractions import Fraction
from typing import Dict, Generic, Iterator, List, NamedTuple, Optional, TypeVar, TypedDict


@unique
class Priority(Enum):
    LOW = auto()
    NORMAL = auto()
    HIGH = auto()
    URGENT = auto()

    def __lt__(self, other):
        if type(other) is Priority:
            return self.value < other.value
        return NotImplemented

    @property
    def marker(self) -> str:
        return "!" * (self.value - 1) or "."


class Skill(Flag):
    BACKEND = auto()
    FRONTEND = auto()
    DESIGN = auto()
    OPS = auto()
    FULLSTACK = BACKEND | FRONTEND


@dataclass(order=True)
class Task:
    sort_key: tuple = field(init=False, repr=False)
    id: int
    title: str
    priority: Priority = Priority.NORMAL
    due: Optional[date] = None
    estimate: Fraction = Fraction(1)
    needs: Skill = Skill(0)
    tags: List[str] = field(default_factory=list, compare=False)
    finished: Optional[datetime] = field(default=None, compare=False)

    def __post_init__(self):
        due_key = self.due.toordinal() if self.due else 10 ** 7
        self.sort_key = (-self.priority.value, due_key, self.id)

    @property
    def done(self) -> bool:
        return self.finished is not None

    def complete(self, when: datetime) -> "Task":
        return replace(self, finished=when)


@dataclass(frozen=True)
class Person:
    name: str
    skills: Skill
    hours_per_day: Fraction = Fraction(6)

    def can_do(self, task: Task) -> bool:
        return task.needs in self.skills


class Assignment(NamedTuple):
    task_id: int
    person: str
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class TaskSummary(TypedDict):
    id: int
    title: str
    owner: str


T = TypeVar("T")


class Registry(Generic[T]):
    """Objects by integer id, in insertion order."""

    def __init__(self) -> None:
        self._items: Dict[int, T] = {}

    def add(self, key: int, item: T) -> T:
        if key in self._items:
            raise KeyError(f"duplicate id {key}")
        self._items[key] = item
        return item

    def update(self, key: int, item: T) -> None:
        self._items[key] = item

    def __getitem__(self, key: int) -> T:
        return self._items[key]

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)


class Notifier(ABC):
    @abstractmethod
    def send(self, who: str, message: str) -> None:
        ...

    def broadcast(self, people: List[str], message: str) -> int:
        for who in people:
            self.send(who, message)
        return len(people)


class Outbox(Notifier):
    def __init__(self) -> None:
        self.messages: List[str] = []

    def send(self, who: str, message: str) -> None:
        self.messages.append(f"to {who}: {message}")


def working_days(start: date, count: int) -> date:
    """The date count working days after start (start itself counts when a weekday)."""
    day = start
    while day.weekday() >= 5:
        day += timedelta(days=1)
    remaining = count - 1
    while remaining > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            remaining -= 1
    return day
