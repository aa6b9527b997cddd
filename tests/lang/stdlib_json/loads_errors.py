# JSONDecodeError messages and positions, as CPython's scanner reports them.
import json

bad = [
    '', '   ', '[', '[1', '[1,', '[1,]', '[,1]', '[1 2]', '[1,,2]', ']', '{', '{"a"', '{"a":',
    '{"a":1', '{"a":1,', '{"a":1,}', '{1:2}', "{'a':1}", '{"a" 1}', '{"a":1 "b":2}', '{"a":1}}',
    '"abc', '"a\\x"', '"\\u12"', '"\\u12g4"', '"\\u1234', '"a\nb"', '"\t"', '"\x1f"', '"\\',
    '"ab\\', '"\\u', '"\\ud800\\u12"', '"\\ud800\\x"', '"\\ud800\\', '01', '[01]', '-', '-a',
    '1.', '1.e5', '1e', '1e+', '.5', '+1', 'tru', 'nul', 'fals', 'nan', 'inf', 'truex',
    '[-]', '1 2', '[1]\n[2]', '  \n  x', '[\n1,\n]', '{\n"a": 1,\n\n  "b"\n}', '"\u00e9\\q"',
    '["\u00e9\u00e9", 1 2]', '\ufeff[]', '[1] x', '{"a": [1, {"b": ]}}',
]
for d in bad:
    try:
        json.loads(d)
        print(repr(d), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(d), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == d)

err = None
try:
    json.loads('{"a": tru}')
except ValueError as e:
    err = e
print(type(err).__name__, isinstance(err, ValueError), err.args)
print(type(err).__module__, json.JSONDecodeError.__mro__[1].__name__)

e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno)
print(e.__reduce__()[1])

for value in (3, 3.5, None, [], object):
    try:
        json.loads(value)
    except TypeError as e:
        print(e)

try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print('RecursionError', e)

try:
    json.loads('9' * 5000)
except ValueError as e:
    print('ValueError', e)

json.loads('{"unterminated": [1, 2')
