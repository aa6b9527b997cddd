import pprint

inventory = []
for i in range(6):
    inventory.append({
        "sku": f"SKU-{i:04d}",
        "name": f"Item number {i} with a fairly descriptive name",
        "price": round(9.99 * (i + 1), 2),
        "stock": {"warehouse": i * 7 % 5, "store": i * 3 % 4},
        "related": [f"SKU-{j:04d}" for j in range(i)],
    })
for width in (120, 80, 50, 30):
    print(f"== width {width}")
    pprint.pprint(inventory[:3], width=width)
summary = {item["sku"]: (item["price"], sum(item["stock"].values())) for item in inventory}
pprint.pprint(summary)
pprint.pprint(summary, width=30, indent=3)
print(pprint.pformat(inventory, depth=2, width=60))
matrix = [[(r * c) % 7 for c in range(12)] for r in range(6)]
pprint.pprint(matrix, width=40)
pprint.pprint(matrix, width=40, compact=True)
