# A small warehouse simulation: orders are queued by priority, fulfilled inside
# transactions that roll back on shortage, and summarised in a text report.
# Uses itertools, functools, operator, heapq, copy, contextlib, string, textwrap
# and statistics together, plus a helper module.
import copy
import heapq
import itertools
import statistics
import textwrap
from contextlib import ExitStack, contextmanager, redirect_stdout, suppress
from functools import lru_cache, partial, reduce, singledispatch
from operator import attrgetter, itemgetter, methodcaller
from string import Template

from _warehouse_model import Order, OrderLine, OutOfStock, Product, cents

CATALOG = [
    ("A-100", "anvil", "hardware", 4999, 12),
    ("A-200", "hammer", "hardware", 1599, 40),
    ("B-100", "rope 10m", "outdoor", 899, 25),
    ("B-200", "tent", "outdoor", 12900, 4),
    ("B-300", "lantern", "outdoor", 2450, 9),
    ("C-100", "coffee beans", "pantry", 1350, 60),
    ("C-200", "tea tin", "pantry", 775, 3),
    ("C-300", "biscuits", "pantry", 325, 100),
]
products = {sku: Product(sku, *rest) for sku, *rest in CATALOG}


class Log:
    """Collects printed lines so they can be reported later."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    @property
    def lines(self):
        return "".join(self.parts).splitlines()

    def flush(self):
        pass


@contextmanager
def transaction(catalog, log):
    snapshot = copy.deepcopy(catalog)
    try:
        yield catalog
    except OutOfStock as exc:
        catalog.clear()
        catalog.update(snapshot)
        print(f"rollback: {exc}", file=log)
        raise


def reserve(catalog, line):
    product = catalog[line.product.sku]
    if product.stock < line.quantity:
        raise OutOfStock(product, line.quantity)
    product.stock -= line.quantity


# Deterministic pseudo-random order generation.
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed >> 33


rng = lcg(2024)
customers = itertools.cycle(["ada", "bob", "cyd", "dee", "eli"])
orders = []
for _ in range(14):
    count = next(rng) % 3 + 1
    skus = sorted({list(products)[next(rng) % len(products)] for _ in range(count)})
    lines = [OrderLine(products[sku], next(rng) % 6 + 1) for sku in skus]
    orders.append(Order(next(customers), next(rng) % 3, lines))

queue = list(orders)
heapq.heapify(queue)
log = Log()
fulfilled, rejected = [], []
while queue:
    order = heapq.heappop(queue)
    with suppress(OutOfStock):
        with transaction(products, log) as catalog:
            for line in order.lines:
                reserve(catalog, line)
            order.status = "shipped"
            fulfilled.append(order)
            continue
    order.status = "rejected"
    rejected.append(order)

# Reservations above worked on deep copies after any rollback: re-link lines to the
# live catalog objects before reporting.
for order in orders:
    for line in order.lines:
        line.product = products[line.product.sku]

print("== Processing order ==")
print(" ".join(f"#{o.order_id}" for o in fulfilled + rejected))
print("shipped:", len(fulfilled), "rejected:", len(rejected))
for line in log.lines:
    print("  " + line)


@singledispatch
def describe(value):
    return str(value)


@describe.register
def _(value: Product):
    return f"{value.name} ({value.sku})"


@describe.register
def _(value: Order):
    return f"order {value.order_id} for {value.customer}: {cents(value.total_cents)}"


print("\n== Orders by customer ==")
by_customer = sorted(orders, key=attrgetter("customer", "order_id"))
for customer, group in itertools.groupby(by_customer, key=attrgetter("customer")):
    group = list(group)
    spent = sum(o.total_cents for o in group if o.status == "shipped")
    print(f"{customer:>4}: {len(group)} orders, shipped {cents(spent):>10}")
    for order in group:
        print("        " + describe(order), order.status)

print("\n== Stock levels ==")
for category, items in itertools.groupby(sorted(products.values()), key=attrgetter("category")):
    items = list(items)
    levels = ", ".join(f"{describe(p)}={p.stock}" for p in items)
    print(textwrap.fill(f"{category}: {levels}", width=64, subsequent_indent="    "))

low = heapq.nsmallest(3, products.values(), key=attrgetter("stock"))
print("lowest stock:", [p.sku for p in low])
value_by_sku = {p.sku: p.stock * p.price_cents for p in products.values()}
print("most valuable:", heapq.nlargest(2, value_by_sku.items(), key=itemgetter(1)))

print("\n== Statistics ==")
totals = [o.total_cents / 100 for o in fulfilled]
print("mean order:", round(statistics.mean(totals), 2), "median:", statistics.median(totals))
print("stdev:", round(statistics.stdev(totals), 4), "quartiles:", [round(q, 2) for q in statistics.quantiles(totals)])
quantities = [line.quantity for o in orders for line in o.lines]
print("mode quantity:", statistics.mode(quantities), "multimode:", statistics.multimode(quantities))
running = list(itertools.accumulate(o.total_cents for o in fulfilled))
print("running revenue:", cents(running[-1]), "after", len(running), "orders")
gaps = [b.order_id - a.order_id for a, b in itertools.pairwise(sorted(fulfilled, key=attrgetter("order_id")))]
print("id gaps:", gaps, "max gap:", max(gaps))


@lru_cache(maxsize=None)
def bundle_price(skus):
    # 10% off any bundle of three or more distinct products.
    total = sum(products[s].price_cents for s in skus)
    return total * 9 // 10 if len(skus) >= 3 else total


print("\n== Bundles ==")
cheap = [p.sku for p in products.values() if p.price_cents < 2000]
bundles = sorted(itertools.combinations(cheap, 3), key=bundle_price)
for combo in itertools.islice(bundles, 3):
    print(" + ".join(combo), "=", cents(bundle_price(combo)))
print(bundle_price.cache_info())
pairs = list(itertools.product(["hardware", "outdoor"], ["small", "large"]))
print(pairs)

print("\n== Invoice ==")
invoice = Template("Invoice $number for $customer\n$lines\nTotal due: $total ($note)")
line_fmt = partial("{:<14}{:>3} x {:>8} = {:>10}".format)
first = fulfilled[0]
body = "\n".join(line_fmt(l.product.name, l.quantity, cents(l.product.price_cents), cents(l.total_cents)) for l in first.lines)
print(invoice.safe_substitute(number=f"INV-{first.order_id:04d}", customer=first.customer.title(), lines=body,
                              total=cents(first.total_cents)))
print(reduce(lambda acc, o: acc + o.total_cents, fulfilled, 0) == running[-1])

captured = Log()
with ExitStack() as stack:
    stack.enter_context(redirect_stdout(captured))
    stack.callback(print, "stack closed")
    for order in rejected:
        print(describe(order), *map(methodcaller("upper"), [order.status]))
print("captured", len(captured.lines), "lines:")
print(textwrap.indent("\n".join(captured.lines), " | "))
