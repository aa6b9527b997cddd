# String building and str methods over deterministic generated text: builds
# "records" with concatenation, %-formatting, str.format and f-strings,
# assembles them with join, then reparses the text with split, partition,
# strip, find, replace, startswith, upper/lower/title, zfill, center and
# slicing, and reassembles a report. Prints sizes and checksums.
# Usage: strbuild.py [RECORDS]. Default 600000 records.
import sys

NAMES = ["amber", "basalt", "cobalt", "dune", "ember", "flint", "garnet", "heath",
         "indigo", "jasper", "kelp", "lumen", "moss", "nickel", "onyx", "pumice"]
CITIES = ["Aarhus", "Bergen", "Cork", "Dijon", "Essen", "Faro", "Graz", "Hull"]


def make_record(i, seed):
    name = NAMES[seed % 16] + "_" + NAMES[(seed >> 4) % 16]
    city = CITIES[(seed >> 8) % 8]
    amount = (seed >> 3) % 100000
    # four formatting styles, chosen by the record number
    style = i % 4
    if style == 0:
        return "%s;%s;%d.%02d;%s" % (name, city, amount // 100, amount % 100, "x" * (i % 5))
    if style == 1:
        return "{};{};{}.{:02d};{}".format(name, city.upper(), amount // 100, amount % 100,
                                          "-" * (i % 3))
    if style == 2:
        return f"{name.title()};{city};{amount // 100}.{amount % 100:02d};{i:x}"
    return name + ";" + city.lower() + ";" + str(amount // 100) + "." + str(amount % 100).zfill(2) + ";" + "#" * (i % 4)


def build(n):
    seed = 12345
    parts = []
    for i in range(n):
        seed = (seed * 69069 + 1) & 0xFFFFFFFF
        parts.append(make_record(i, seed >> 7))
    return "\n".join(parts)


def analyse(text):
    per_city = {}
    cents = 0
    tagged = 0
    width = 0
    out = []
    for line in text.splitlines():
        name, _, rest = line.partition(";")
        city, amount, tail = rest.split(";")
        city = city.title()
        whole, frac = amount.split(".")
        cents += int(whole) * 100 + int(frac)
        if tail.startswith("x") or tail.endswith("-"):
            tagged += 1
        key = city[:3].upper()
        per_city[key] = per_city.get(key, 0) + 1
        clean = name.replace("_", " ").strip().lower()
        if clean.find("ember") >= 0:
            row = "[" + clean.center(20, ".") + "]"
        else:
            row = clean.ljust(16) + "|" + city.rjust(8)
        if len(row) > width:
            width = len(row)
        out.append(row)
    return per_city, cents, tagged, width, out


def checksum_of(s):
    # cheap order-sensitive checksum of a long string without a per-char loop
    total = len(s)
    step = len(s) // 997 + 1
    for i in range(0, len(s), step):
        total = (total * 257 + ord(s[i])) % 1000000007
    return total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    text = build(n)
    per_city, cents, tagged, width, rows = analyse(text)
    report = "\n".join(rows)
    words = report.split()
    print("text: %d chars, %d lines" % (len(text), text.count("\n") + 1))
    print("total: %d.%02d" % (cents // 100, cents % 100))
    print("tagged:", tagged)
    for key in sorted(per_city):
        print(" ", key, per_city[key])
    print("report: %d chars, %d words, widest row %d" % (len(report), len(words), width))
    print("embers:", report.count("ember"), "dots:", report.count("."))
    print("text checksum:", checksum_of(text))
    print("report checksum:", checksum_of(report.upper().replace(" ", "")))


main()
