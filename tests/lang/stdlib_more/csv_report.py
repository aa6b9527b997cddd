import csv
import io

SALES = """region,product,units,price
north,widget,12,2.50
south,gadget,3,10.00
north,gadget,7,10.00
east,"widget, deluxe",2,7.25
south,widget,20,2.50
west,gizmo,0,99.99
"""

totals = {}
units = {}
for row in csv.DictReader(io.StringIO(SALES)):
    revenue = int(row["units"]) * float(row["price"])
    totals[row["region"]] = totals.get(row["region"], 0.0) + revenue
    units[row["product"]] = units.get(row["product"], 0) + int(row["units"])

out = io.StringIO()
w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
w.writerow(["region", "revenue"])
for region in sorted(totals):
    w.writerow([region, round(totals[region], 2)])
print(out.getvalue(), end="")
back = list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
print(back)
summary = io.StringIO()
dw = csv.DictWriter(summary, ["product", "units"], dialect="excel-tab")
dw.writeheader()
for product, count in sorted(units.items(), key=lambda kv: (-kv[1], kv[0])):
    dw.writerow({"product": product, "units": count})
print(summary.getvalue().replace("\r\n", "|\n"), end="")
grid = [[r * c for c in range(1, 5)] for r in range(1, 4)]
g = io.StringIO()
csv.writer(g, delimiter=" ", lineterminator="\n").writerows(grid)
print(g.getvalue(), end="")
print([list(map(int, row)) for row in csv.reader(g.getvalue().splitlines(), delimiter=" ")])
