# json.dump/json.load on file-like objects, JSONEncoder subclasses (default, encode,
# iterencode), JSONDecoder.raw_decode and scan_once.
import json


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return "".join(self.parts)


class Reader:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


doc = {"b": [1, 2.5, None], "a": {"x": "\u00e9"}, "c": [], "d": {}}
for kw in ({}, {"indent": 2}, {"sort_keys": True, "separators": (",", ":")},
           {"ensure_ascii": False}, {"indent": "\t", "sort_keys": True}):
    w = Writer()
    json.dump(doc, w, **kw)
    print(w.text() == json.dumps(doc, **kw), w.text())
    print(json.load(Reader(w.text())) == doc)

# dump writes what it produced before an error.
w = Writer()
try:
    json.dump([1, "two", {"x": {3}}], w)
except TypeError as e:
    print(e, "| written:", w.text())
w = Writer()
try:
    json.dump([1, float("nan")], w, allow_nan=False)
except ValueError as e:
    print(e, "| written:", w.text())

print(json.load(Reader('[1, 2]'), parse_int=str))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j}, cls=SetEncoder))
print(json.dumps({"s": {3, 1, 2}}, cls=SetEncoder, indent=1))
print(SetEncoder(sort_keys=True).encode({"z": frozenset({"b", "a"}), "a": 1}))
try:
    json.dumps({"o": object()}, cls=SetEncoder)
except TypeError as e:
    print(e)

enc = json.JSONEncoder(indent=2)
print(enc.item_separator, enc.key_separator, enc.indent)
print(json.JSONEncoder().item_separator, json.JSONEncoder(separators=(";", "=")).key_separator)
print("".join(enc.iterencode({"a": [1, 2]})))
print(list(json.JSONEncoder().iterencode("str")))
print(json.JSONEncoder().encode("\u00e9\n"), json.JSONEncoder(ensure_ascii=False).encode("\u00e9\n"))
print(json.JSONEncoder(default=repr).encode([object, 1]).startswith('["<class'))


class Loud(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"quiet": "text"}, cls=Loud))

dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx{"a": 1}yy', 2))
print(dec.scan_once('  7', 2), dec.scan_once('"s"', 0))
for s, i in (('[1]', 5), ('x', 0), ('', 0)):
    try:
        dec.scan_once(s, i)
    except StopIteration as e:
        print("StopIteration", e.value)
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(e)
print(json.decoder.scanstring('"abc" rest', 1), json.decoder.scanstring('x"\u00e9\\n"', 2))
print(json.encoder.encode_basestring('a"\u00e9'), json.encoder.encode_basestring_ascii('a"\u00e9'))
print(json.scanner.make_scanner(json.JSONDecoder(parse_int=str))('[12]', 0))


# int subclasses are written as plain numbers, whatever their repr says.
class Level(int):
    def __repr__(self):
        return 'Level!'

    __str__ = __repr__


levels = [Level(3), {Level(4): Level(5)}, True]
w = Writer()
json.dump(levels, w)
print(json.dumps(levels), json.dumps(levels, indent=1).replace('\n', '|'), w.text())
