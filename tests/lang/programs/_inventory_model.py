"""Domain model for the warehouse simulation: items, stock, orders, errors."""
import enum
from collections import namedtuple
from dataclasses import dataclass, field


class InventoryError(Exception):
    """Base of every error the warehouse raises."""

    def __init__(self, message, *, sku=None):
        super().__init__(message)
        self.sku = sku

    def __str__(self):
        base = super().__str__()
        return f"{base} [sku={self.sku}]" if self.sku else base


class OutOfStock(InventoryError):
    __slots__ = ("wanted", "available")

    def __init__(self, sku, wanted, available):
        super().__init__(f"need {wanted}, have {available}", sku=sku)
        self.wanted = wanted
        self.available = available


class Units(int):
    """A count that prints with its unit."""

    def __str__(self):
        return f"{int(self)} unit{'s' if self != 1 else ''}"


class UnknownItem(InventoryError, KeyError):
    pass


class OrderRejected(InventoryError):
    pass


class Priority(enum.Enum):
    LOW = 3
    NORMAL = 2
    HIGH = 1
    URGENT = 0

    @property
    def label(self):
        return self.name.lower().capitalize()


class Status(enum.Enum):
    PENDING = "pending"
    SHIPPED = "shipped"
    PARTIAL = "partial"
    FAILED = "failed"


Location = namedtuple("Location", "aisle shelf bin")


@dataclass(frozen=True, order=True)
class Sku:
    category: str
    number: int

    def __str__(self):
        return f"{self.category}-{self.number:04d}"


class Item:
    """A catalogue entry; equality and hashing go by SKU only."""

    def __init__(self, sku, name, unit_price, weight):
        self.sku = sku
        self.name = name
        self._unit_price = unit_price
        self.weight = weight

    @property
    def unit_price(self):
        return self._unit_price

    @unit_price.setter
    def unit_price(self, value):
        if value <= 0:
            raise ValueError(f"price must be positive, got {value!r}")
        self._unit_price = round(value, 2)

    def __repr__(self):
        return f"{type(self).__name__}({str(self.sku)!r}, {self.name!r}, {self.unit_price:.2f})"

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku

    def __hash__(self):
        return hash(self.sku)

    def __lt__(self, other):
        return (self.unit_price, self.sku) < (other.unit_price, other.sku)

    def shipping_cost(self, quantity):
        return 1.5 + 0.4 * self.weight * quantity


class FragileItem(Item):
    SURCHARGE = 2.25

    def shipping_cost(self, quantity):
        return super().shipping_cost(quantity) + self.SURCHARGE * quantity


class PerishableItem(Item):
    def __init__(self, sku, name, unit_price, weight, shelf_days):
        super().__init__(sku, name, unit_price, weight)
        self.shelf_days = shelf_days

    def shipping_cost(self, quantity):
        express = 4.0 if self.shelf_days < 5 else 0.0
        return super().shipping_cost(quantity) + express

    def __repr__(self):
        return super().__repr__()[:-1] + f", days={self.shelf_days})"


@dataclass(order=True)
class OrderLine:
    sku: Sku
    quantity: int = 1


@dataclass
class Order:
    order_id: int
    customer: str
    priority: Priority = Priority.NORMAL
    lines: list = field(default_factory=list)
    status: Status = Status.PENDING
    notes: list = field(default_factory=list, repr=False, compare=False)

    def add(self, sku, quantity=1):
        self.lines.append(OrderLine(sku, quantity))
        return self

    @property
    def total_units(self):
        return sum(line.quantity for line in self.lines)


@dataclass
class StockLevel:
    item: Item
    quantity: int
    location: Location
    reserved: int = 0

    @property
    def free(self):
        return self.quantity - self.reserved


_RENAMED = {"Product": "Item", "StockError": "InventoryError"}


def __getattr__(name):
    """Old names keep working for callers written against the first version."""
    if name in _RENAMED:
        return globals()[_RENAMED[name]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
