# json.loads: every JSON value, whitespace, unicode escapes, hooks and parse functions.
import json

docs = [
    'null', 'true', 'false', '0', '-0', '-0.0', '42', '-17', '3.25', '1e3', '1E-3', '2.5e+2',
    '12345678901234567890123456789', '-98765432109876543210', '1.5e500', '-1e999', '4.9e-324',
    '0.1', '1.7976931348623157e308', '"text"', '""', '"\\u00e9\\u65e5"', '"\\ud83d\\ude00"',
    '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"caf\u00e9 \U0001f600"', '"\\ud800"', '"\\udc00\\ud800"',
    '[]', '{}', '[1, [2, [3]]]', '{"a": {"b": {"c": [true, false, null]}}}',
    ' \t\n\r [ 1 , 2 ] \r\n\t ', '{"a":1,"a":2}', '{"": ""}', 'NaN', 'Infinity', '-Infinity',
    '[NaN, -Infinity]', '"\\u0000"', '{"\u00e9": "\\u00e9"}',
]
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', ascii(v), type(v).__name__)

print(json.loads('{"b": 1, "a": 2, "c": 3}'))
print(list(json.loads('{"b": 1, "a": 2, "c": 3}')))

# Hooks.
print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: ("obj", sorted(d))))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=list))
print(json.loads('{"a": 1, "b": {"x": []}}', object_pairs_hook=tuple,
                 object_hook=lambda d: "never"))
print(json.loads('[1.5, 2, -3, 1e2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity, 1]', parse_constant=lambda s: s.lower()))
print(json.loads('{"n": 10}', parse_int=float))
print(json.loads('[0.1, 0.2]', parse_float=lambda s: round(float(s) * 10)))

# strict=False lets control characters into strings.
print(repr(json.loads('"a\tb\nc\x00"', strict=False)))
print(repr(json.loads('{"k\x01": "\x1f"}', strict=False)))

# bytes and bytearray in UTF-8, UTF-16 and UTF-32 (with and without BOM).
text = '{"k": ["\u00e9", 1, "\U0001f600"]}'
for enc in ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
            'utf-32-le', 'utf-32-be'):
    print(enc, ascii(json.loads(text.encode(enc))), ascii(json.loads(bytearray(text.encode(enc)))))
print(json.loads(b'1'), json.loads(b'12'), json.loads('1'.encode('utf-16-le')))
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{'), json.detect_encoding(b'{\x00'))

# A custom decoder class.
class Upper(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())

print(json.loads('{"a": "b"}', cls=Upper))
print(json.loads('[1]', cls=json.JSONDecoder, parse_int=lambda s: int(s) * 100))

# Round trips keep values and types.
value = {"list": [1, 2.0, "3", None, True], "nested": {"deep": [[[{}]]]}, "big": 2 ** 80,
         "neg": -0.5, "uni": "\u00e9\u65e5\U0001f600\ud800"}
for kw in ({}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True}):
    again = json.loads(json.dumps(value, **kw))
    print(again == value, ascii(again))
