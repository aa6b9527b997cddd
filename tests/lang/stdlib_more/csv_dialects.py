import csv
import io

print(sorted(csv.list_dialects()))
excel = csv.get_dialect("excel")
print(excel.delimiter, repr(excel.quotechar), excel.doublequote, excel.escapechar,
      repr(excel.lineterminator), excel.quoting, excel.skipinitialspace, excel.strict)
print(csv.get_dialect("excel-tab").delimiter == "\t", csv.get_dialect("unix").quoting)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
csv.register_dialect("pipes2", "pipes", quotechar="'")


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("semi", Semi)
print(sorted(csv.list_dialects()))
for name in ["pipes", "pipes2", "semi", Semi, Semi()]:
    out = io.StringIO()
    csv.writer(out, name).writerow(["a b", "c;d", "e|f", 1])
    print(repr(out.getvalue()))
print(list(csv.reader(["x;  y; z"], "semi")))
print(list(csv.reader(["x;  y; z"], Semi, skipinitialspace=False)))
csv.unregister_dialect("pipes2")
print(sorted(csv.list_dialects()))
for action in [lambda: csv.get_dialect("pipes2"), lambda: csv.unregister_dialect("nope"),
               lambda: csv.register_dialect(42), lambda: csv.reader([], "missing")]:
    try:
        action()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
try:
    excel.delimiter = ";"
except AttributeError as e:
    print("AttributeError", e)


class BadDialect(csv.excel):
    delimiter = "::"


try:
    BadDialect()
except csv.Error as e:
    print("Error", e)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.__version__)
print(csv.field_size_limit())
old = csv.field_size_limit(8)
print(old, csv.field_size_limit())
try:
    print(list(csv.reader(["short,waytoolongfield"])))
except csv.Error as e:
    print("Error", e)
csv.field_size_limit(old)
print(list(csv.reader(["short,waytoolongfield"])))
print(type(csv.get_dialect("excel")), type(csv.reader([])), type(csv.writer(io.StringIO())))
