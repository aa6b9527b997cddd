import csv
import io

text = "name,dept,salary\nalice,eng,120\nbob,ops,95\n\ncarol,eng\ndave,ops,80,extra,more\n"
reader = csv.DictReader(io.StringIO(text))
print(reader.fieldnames, reader.line_num)
for row in reader:
    print(row, reader.line_num)

reader = csv.DictReader(text.splitlines(), restkey="rest", restval="?")
print(list(reader))
reader = csv.DictReader(["1,2", "3,4,5"], fieldnames=["a", "b"])
print(reader.fieldnames, list(reader))
empty = csv.DictReader([])
print(empty.fieldnames, list(empty))
semi = csv.DictReader(["x;y", "1;2"], delimiter=";")
print(list(semi))

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=["name", "score", "note"], restval="n/a")
print(writer.writeheader())
writer.writerow({"name": "ann", "score": 9.5, "note": "top, really"})
writer.writerow({"name": "ben"})
writer.writerows([{"name": "cy", "score": 3}, {"score": 1, "note": None}])
print(out.getvalue(), end="")
try:
    writer.writerow({"name": "x", "bogus": 1})
except ValueError as e:
    print("ValueError:", e)
ignoring = csv.DictWriter(out, ["a"], extrasaction="ignore")
out.seek(0)
out.truncate()
ignoring.writerow({"a": 1, "b": 2})
print(repr(out.getvalue()))
try:
    csv.DictWriter(out, ["a"], extrasaction="skip")
except ValueError as e:
    print("ValueError:", e)
unix = io.StringIO()
dw = csv.DictWriter(unix, ["k", "v"], dialect="unix")
dw.writeheader()
dw.writerows({"k": k, "v": v} for k, v in [("a", 1), ("b", 2)])
print(repr(unix.getvalue()))
print(list(csv.DictReader(io.StringIO(unix.getvalue()))))
