"""A small warehouse simulation: restocks, orders and shipments driven by a
priority queue of timed events."""
import heapq
from collections import Counter, defaultdict, deque
from dataclasses import asdict, astuple, replace, fields, FrozenInstanceError

import _inventory_model as model
from _inventory_model import (
    FragileItem, InventoryError, Item, Location, Order, OrderRejected,
    OutOfStock, PerishableItem, Priority, Sku, Status, StockLevel, UnknownItem,
)


class Warehouse:
    def __init__(self, name):
        self.name = name
        self.stock = {}
        self.log = deque(maxlen=6)
        self.shipped = Counter()
        self.revenue = defaultdict(float)
        self.failures = []

    def __repr__(self):
        return f"Warehouse({self.name!r}, skus={len(self.stock)})"

    def __contains__(self, sku):
        return sku in self.stock

    def __len__(self):
        return len(self.stock)

    def receive(self, item, quantity, location):
        level = self.stock.get(item.sku)
        if level is None:
            self.stock[item.sku] = StockLevel(item, quantity, location)
        else:
            level.quantity += quantity
        self.log.append(f"recv {item.sku} x{quantity}")

    def level(self, sku):
        try:
            return self.stock[sku]
        except KeyError as exc:
            raise UnknownItem(f"no such item", sku=sku) from exc

    def reserve(self, order):
        reserved = []
        try:
            for line in order.lines:
                level = self.level(line.sku)
                if level.free < line.quantity:
                    raise OutOfStock(line.sku, line.quantity, level.free)
                level.reserved += line.quantity
                reserved.append((level, line.quantity))
        except InventoryError:
            for level, quantity in reversed(reserved):
                level.reserved -= quantity
            raise
        return reserved

    def ship(self, order):
        try:
            reserved = self.reserve(order)
        except OutOfStock as exc:
            order.status = Status.FAILED
            order.notes.append(str(exc))
            raise OrderRejected(f"order {order.order_id} rejected") from exc
        total = 0.0
        for level, quantity in reserved:
            level.reserved -= quantity
            level.quantity -= quantity
            cost = level.item.unit_price * quantity + level.item.shipping_cost(quantity)
            total += cost
            self.shipped[level.item.sku] += quantity
        self.revenue[order.customer] += total
        order.status = Status.SHIPPED
        self.log.append(f"ship #{order.order_id} {total:.2f}")
        return total


def catalogue():
    items = [
        Item(Sku("TOOL", 1), "hammer", 12.5, 1.2),
        Item(Sku("TOOL", 2), "wrench", 9.75, 0.8),
        FragileItem(Sku("GLAS", 10), "vase", 24.0, 2.0),
        FragileItem(Sku("GLAS", 11), "lamp", 31.2, 3.1),
        PerishableItem(Sku("FOOD", 7), "cheese", 6.4, 0.5, 12),
        PerishableItem(Sku("FOOD", 8), "berries", 4.1, 0.3, 3),
        Item(Sku("TOOL", 3), "saw", 18.0, 1.9),
    ]
    return {item.sku: item for item in items}


def restock_events(items):
    """Yield (time, kind, payload) restock events, one per item, spread out."""
    for index, item in enumerate(sorted(items.values(), key=lambda it: it.sku)):
        quantity = 5 + (index * 7) % 11
        location = Location(aisle=chr(ord("A") + index % 3), shelf=index // 3 + 1, bin=index)
        yield (index * 2, "restock", (item, quantity, location))


def order_events(items):
    customers = ["acme", "globex", "initech", "umbrella"]
    skus = sorted(items)
    priorities = list(Priority)
    for n in range(1, 13):
        order = Order(order_id=100 + n, customer=customers[n % len(customers)],
                      priority=priorities[(n * 3) % len(priorities)])
        for k in range(1 + n % 3):
            order.add(skus[(n + k * 2) % len(skus)], 1 + (n * k + n) % 6)
        if n == 9:
            order.add(Sku("MISC", 99), 1)
        yield (n * 3 - 1, "order", order)


def audit_events():
    t = 0
    while t < 40:
        t += 10
        yield (t, "audit", None)


def all_events(items):
    yield from restock_events(items)
    yield from order_events(items)
    yield from audit_events()


class EventQueue:
    def __init__(self):
        self._heap = []
        self._counter = 0

    def push(self, time, kind, payload, rank=0):
        heapq.heappush(self._heap, (time, rank, self._counter, kind, payload))
        self._counter += 1

    def pop(self):
        time, rank, _, kind, payload = heapq.heappop(self._heap)
        return time, kind, payload

    def __bool__(self):
        return bool(self._heap)

    def __len__(self):
        return len(self._heap)


def run(warehouse, items):
    queue = EventQueue()
    for time, kind, payload in all_events(items):
        rank = payload.priority.value if kind == "order" else -1
        queue.push(time, kind, payload, rank)
    print(f"queued {len(queue)} events")
    orders = []
    retries = 0
    while queue:
        time, kind, payload = queue.pop()
        if kind == "restock":
            item, quantity, location = payload
            warehouse.receive(item, quantity, location)
            print(f"t={time:3d} restock {str(item.sku):<10} +{quantity:<3d} at {location.aisle}{location.shelf}/{location.bin}")
        elif kind == "order":
            orders.append(payload)
            try:
                total = warehouse.ship(payload)
            except OrderRejected as exc:
                cause = exc.__cause__
                print(f"t={time:3d} order  #{payload.order_id} {payload.priority.label:<7} REJECTED: {exc} <- {type(cause).__name__}: {cause}")
                if retries < 2 and payload.priority in (Priority.HIGH, Priority.URGENT):
                    retries += 1
                    payload.status = Status.PENDING
                    queue.push(time + 7, "order", payload, payload.priority.value)
                    print(f"        retry scheduled at t={time + 7}")
            except UnknownItem as exc:
                payload.status = Status.FAILED
                warehouse.failures.append(payload.order_id)
                print(f"t={time:3d} order  #{payload.order_id} unknown item: {exc!s} (KeyError? {isinstance(exc, KeyError)})")
            else:
                print(f"t={time:3d} order  #{payload.order_id} {payload.priority.label:<7} {payload.customer:>9} units={payload.total_units:2d} total={total:9.2f}")
        else:
            free = sum(level.free for level in warehouse.stock.values())
            print(f"t={time:3d} audit  free units={free} recent={list(warehouse.log)[-2:]}")
    return orders


def report(warehouse, orders):
    print("=" * 60)
    print(f"Report for {warehouse!r}")
    by_status = Counter(order.status for order in orders)
    for status in Status:
        print(f"  {status.value:>8}: {by_status[status]}")
    print("Top shipped:")
    for sku, count in warehouse.shipped.most_common(3):
        print(f"  {str(sku):<10} {count:>4}  ({model.Units(count)})")
    print(f"  all: {model.Units(sum(warehouse.shipped.values()))}, one: {model.Units(1)}")
    print("Revenue by customer:")
    for customer, amount in sorted(warehouse.revenue.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {customer:<10}{amount:>12,.2f}")
    print(f"  {'total':<10}{sum(warehouse.revenue.values()):>12,.2f}")
    print("Stock left (cheapest first):")
    for level in sorted(warehouse.stock.values(), key=lambda lv: lv.item):
        print(f"  {level.item!r:<48} qty={level.quantity:3d} loc={level.location}")
    by_kind = defaultdict(list)
    for level in warehouse.stock.values():
        by_kind[type(level.item).__name__].append(level.item.name)
    for kind in sorted(by_kind):
        print(f"  {kind}: {', '.join(sorted(by_kind[kind]))}")
    failed = [o for o in orders if o.status is Status.FAILED]
    print("Failed orders:", [(o.order_id, o.notes) for o in failed])


def dataclass_checks(items):
    print("-" * 60)
    sku = Sku("TOOL", 1)
    print(sku, repr(sku), sku == Sku("TOOL", 1), hash(sku) == hash(Sku("TOOL", 1)))
    print(sorted([Sku("B", 2), Sku("A", 9), Sku("B", 1)]))
    try:
        sku.number = 5
    except FrozenInstanceError as exc:
        print("frozen:", type(exc).__name__, exc)
    order = Order(1, "zed").add(sku, 2).add(Sku("FOOD", 7))
    print(order)
    print(asdict(order)["lines"])
    print(astuple(order.lines[0]))
    print([f.name for f in fields(Order)])
    other = replace(order, order_id=2)
    print(other.order_id, other.lines is order.lines, order == replace(order, notes=["x"]))
    print(model.OrderLine(sku, 3) < model.OrderLine(sku, 4), model.OrderLine(Sku("A", 1)) < model.OrderLine(sku))
    hammer = items[sku]
    try:
        hammer.unit_price = -1
    except ValueError as exc:
        print("setter:", exc)
    hammer.unit_price = 13.456
    print(hammer, hammer == Item(sku, "other", 1, 1), hammer != items[Sku("TOOL", 2)])
    print(len({hammer, Item(sku, "dup", 2, 2)}), Priority.HIGH < Priority.LOW if False else Priority(1))
    print([p.name for p in sorted(Priority, key=lambda p: p.value)], Priority["URGENT"].label)
    print(Status("shipped"), Status.SHIPPED.value, Status.SHIPPED in Status)
    print(Priority.__members__.keys(), len(Status.__members__))
    loc = Location("C", 2, 14)
    print(loc._replace(bin=0), loc._asdict(), loc._fields, tuple(loc) == ("C", 2, 14))
    print(model.Product is Item, model.StockError.__name__, hasattr(model, "Gadget"))
    err = OutOfStock(sku, 3, 1)
    print(isinstance(err, InventoryError), err.wanted, err.available, str(err), err.args)


def main():
    items = catalogue()
    print(f"catalogue: {len(items)} items")
    for item in sorted(items.values()):
        print(f"  {item!r}")
    warehouse = Warehouse("north")
    orders = run(warehouse, items)
    print(f"{len(warehouse)} skus, {Sku('TOOL', 1) in warehouse}, {Sku('X', 0) in warehouse}")
    report(warehouse, orders)
    dataclass_checks(items)


if __name__ == "__main__":
    main()
