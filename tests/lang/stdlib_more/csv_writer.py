import csv
import io


def show(rows, **kwargs):
    out = io.StringIO()
    w = csv.writer(out, **kwargs)
    try:
        for row in rows:
            n = w.writerow(row)
            print("wrote", n)
    except csv.Error as e:
        print(f"Error: {e}")
    print(repr(out.getvalue()))


show([["a", "b,c", 'd"e', "f\ng", "h\ri"], [1, 2.5, None, True, 3j]])
show([[""], [None], [], ["", ""], [None, None]])
show([["x", "", None, 1]], quoting=csv.QUOTE_ALL)
show([["x", "", None, 1, 2.5, False]], quoting=csv.QUOTE_NONNUMERIC)
show([["plain", "with,comma"]], quoting=csv.QUOTE_NONE)
show([["plain", "with,comma", 'q"'], ["back\\slash"]], quoting=csv.QUOTE_NONE, escapechar="\\")
show([[""]], quoting=csv.QUOTE_NONE)
show([['say "hi"']], doublequote=False)
show([['say "hi"', "x\\y"]], doublequote=False, escapechar="\\")
show([["a", "b;c"], ["d e", "f"]], delimiter=";", lineterminator="\n")
show([["a!b", "c\nd"]], lineterminator="!")
show([["x", "y"]], dialect="unix")
show([["x", "y"]], dialect="excel-tab")
show([["q'uote", "x"]], quotechar="'")
show([range(3), (c for c in "ab"), "xyz"])
out = io.StringIO()
w = csv.writer(out)
print(w.writerows([[1, 2], [3, 4], ["five"]]))
print(repr(out.getvalue()))
for bad in [5, None]:
    try:
        w.writerow(bad)
    except csv.Error as e:
        print("Error:", e)
try:
    w.writerows([[1], 5])
except csv.Error as e:
    print("Error:", e)
print(repr(out.getvalue()))
rows = [["id", "note"], [1, 'He said "ok, fine"\nthen left'], [2, ""], [3, None]]
buf = io.StringIO()
csv.writer(buf).writerows(rows)
print(list(csv.reader(io.StringIO(buf.getvalue(), newline=""))))
print(w.dialect.delimiter, repr(w.dialect.lineterminator), type(w).__name__)
