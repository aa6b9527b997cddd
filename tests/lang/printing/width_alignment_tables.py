# Aligned table output with format specs
rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.0), ("Thingamajig", 1, 999.999), ("Nut", 1000, 0.05)]
w = max([len(r[0]) for r in rows])
print(f"{'Item':<{w}} | {'Qty':>5} | {'Price':>9} | {'Total':>10}")
print("-" * (w + 33))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{w}} | {qty:>5d} | {price:>9.2f} | {total:>10,.2f}")
print("=" * (w + 33))
print(f"{'TOTAL':<{w}} | {'':>5} | {'':>9} | {grand:>10,.2f}")
for i in range(0, 16, 5):
    print(" ".join([f"{j:>3}" for j in range(i, i + 5)]))
print("%-10s|%5s|%-5s|" % ("left", "right", "x"))
print("{:^30}".format(" centered title "))
print("{:-^30}".format(" dashes "))
