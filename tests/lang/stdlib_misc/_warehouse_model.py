"""Domain model for warehouse_report.py: products, orders and an event log."""
from functools import cached_property, total_ordering
from operator import attrgetter


@total_ordering
class Product:
    def __init__(self, sku, name, category, price_cents, stock):
        self.sku = sku
        self.name = name
        self.category = category
        self.price_cents = price_cents
        self.stock = stock

    def __eq__(self, other):
        if not isinstance(other, Product):
            return NotImplemented
        return self.sku == other.sku

    def __lt__(self, other):
        if not isinstance(other, Product):
            return NotImplemented
        return (self.category, self.price_cents, self.sku) < (other.category, other.price_cents, other.sku)

    def __hash__(self):
        return hash(self.sku)

    def __repr__(self):
        return f"Product({self.sku!r}, stock={self.stock})"


class OrderLine:
    def __init__(self, product, quantity):
        self.product = product
        self.quantity = quantity

    @property
    def total_cents(self):
        return self.product.price_cents * self.quantity


class Order:
    _next_id = 1

    def __init__(self, customer, priority, lines):
        self.order_id = Order._next_id
        Order._next_id += 1
        self.customer = customer
        self.priority = priority
        self.lines = lines
        self.status = "new"

    @cached_property
    def total_cents(self):
        return sum(map(attrgetter("total_cents"), self.lines))

    def __lt__(self, other):
        # Orders queue by priority, then by age.
        return (self.priority, self.order_id) < (other.priority, other.order_id)

    def __repr__(self):
        return f"Order#{self.order_id}({self.customer}, p{self.priority}, {self.status})"


class OutOfStock(Exception):
    def __init__(self, product, wanted):
        super().__init__(f"{product.sku}: wanted {wanted}, have {product.stock}")
        self.product = product
        self.wanted = wanted


def cents(amount):
    sign = "-" if amount < 0 else ""
    amount = abs(amount)
    return f"{sign}${amount // 100:,}.{amount % 100:02d}"
