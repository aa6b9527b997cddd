#!/usr/bin/env python3.11
"""Generates tests/unit/str_cases_test.cpp: str/bytes/bytearray method calls whose expected
results (repr, or "Type: message" for an exception) come from running them on CPython 3.11.
Run: python3.11 tests/unit/str_cases_gen.py > tests/unit/str_cases_test.cpp"""

def c_string(data: bytes) -> str:
    out = []
    for b in data:
        if 0x20 <= b < 0x7f and chr(b) not in '"\\?':
            out.append(chr(b))
        else:
            out.append('\\%03o' % b)
    return '"' + ''.join(out) + '"'

def cpp(v):
    if v is None: return 'None()'
    if v is True: return 'Value::from_bool(true)'
    if v is False: return 'Value::from_bool(false)'
    if isinstance(v, int): return 'I(%d)' % v if abs(v) < 2**47 else 'Big("%d")' % v
    if isinstance(v, float): return 'Value::from_double(%r)' % v
    if isinstance(v, str):
        b = v.encode('utf-8', 'surrogatepass')
        return 'S(std::string_view(%s, %d))' % (c_string(b), len(b))
    if isinstance(v, bytearray):
        return 'BA(std::string_view(%s, %d))' % (c_string(bytes(v)), len(v))
    if isinstance(v, bytes):
        return 'B(std::string_view(%s, %d))' % (c_string(v), len(v))
    if isinstance(v, tuple): return 'T({%s})' % ', '.join(cpp(x) for x in v)
    if isinstance(v, list): return 'L({%s})' % ', '.join(cpp(x) for x in v)
    raise TypeError(v)

def expected(f):
    try:
        r = f()
    except Exception as e:
        msg = str(e) if isinstance(e, UnicodeError) else (e.args[0] if e.args else '')
        return '%s: %s' % (type(e).__name__, msg)
    return repr(r)

S = 'hello world'
U = 'Grüße, ΑΣ Straße ﬁ ǅx'
cases = [
    # (receiver, method, args, kwargs)
    (S, 'find', ('o',), {}), (S, 'find', ('o', 5), {}), (S, 'find', ('o', 5, 7), {}), (S, 'rfind', ('o',), {}),
    (S, 'find', ('',), {}), (S, 'find', ('', 20), {}), (S, 'rfind', ('',), {}), (S, 'find', ('o', -4), {}),
    (S, 'find', (1,), {}), (S, 'find', (), {}), (S, 'find', ('o', 'x'), {}), (S, 'find', ('o', None, -3), {}),
    (U, 'find', ('ß',), {}), (U, 'rfind', ('ß',), {}), (U, 'index', ('Σ',), {}), (U, 'index', ('q',), {}),
    (S, 'rindex', ('l',), {}), (S, 'count', ('l',), {}), (S, 'count', ('',), {}), (S, 'count', ('l', 3, 9), {}),
    (U, 'count', ('',), {}), (S, 'count', (), {}), (S, 'count', ('a', 1, 2, 3), {}),
    (S, 'startswith', ('hell',), {}), (S, 'startswith', (('x', 'he'),), {}), (S, 'startswith', ('o', 4), {}),
    (S, 'endswith', ('world',), {}), (S, 'endswith', ('wor', 0, -2), {}), (S, 'startswith', (1,), {}),
    (S, 'startswith', (('a', 1),), {}), (S, 'endswith', ('',), {}), ('a', 'startswith', ('', 2), {}),
    (S, 'replace', ('l', 'L'), {}), (S, 'replace', ('l', 'L', 2), {}), (S, 'replace', ('', '-'), {}),
    (S, 'replace', ('', '-', 3), {}), (U, 'replace', ('ß', 'ss'), {}), (S, 'replace', (1, 'a'), {}),
    (S, 'replace', ('a',), {}), (S, 'replace', ('l', 'L', 'x'), {}), (S, 'replace', ('l', 'L', -1), {}),
    (S, 'removeprefix', ('hello ',), {}), (S, 'removesuffix', ('world',), {}), (S, 'removeprefix', (1,), {}),
    (S, 'partition', (' ',), {}), (S, 'partition', ('x',), {}), (S, 'rpartition', ('o',), {}),
    (S, 'rpartition', ('x',), {}), (S, 'partition', ('',), {}), (S, 'partition', (), {}),
    (' a  b c ', 'split', (), {}), ('a,b,,c', 'split', (',',), {}), ('a,b,,c', 'split', (',', 1), {}),
    ('a,b,,c', 'rsplit', (',', 1), {}), (' a  b c ', 'rsplit', (None, 1), {}), (' a  b c ', 'split', (None, 1), {}),
    ('a b', 'split', (), {'sep': None, 'maxsplit': 0}), ('a\u2003b\x1cc', 'split', (), {}), ('abc', 'split', ('',), {}),
    ('abc', 'split', (1,), {}), ('abc', 'split', (), {'foo': 1}), ('abc', 'split', ('b',), {'sep': 'b'}),
    ('', 'split', (), {}), ('', 'split', (',',), {}), ('aXbXc', 'split', ('X',), {'maxsplit': 1}),
    ('a\nb\r\nc\rd\x0be\x85f\u2028g', 'splitlines', (), {}), ('a\nb\r\n', 'splitlines', (True,), {}),
    ('a\nb\r\n', 'splitlines', (), {'keepends': True}), ('', 'splitlines', (), {}),
    ('-', 'join', (['a', 'b', 'c'],), {}), ('-', 'join', (('x',),), {}), ('-', 'join', ([],), {}),
    ('-', 'join', (['a', 1],), {}), ('-', 'join', (1,), {}), ('', 'join', ('abc',), {}),
    ('  xx  ', 'strip', (), {}), ('xxaxx', 'strip', ('x',), {}), ('xyaxy', 'lstrip', ('yx',), {}),
    ('xyaxy', 'rstrip', ('yx',), {}), ('\u3000a\u3000', 'strip', (), {}), ('a', 'strip', (1,), {}),
    ('ab', 'strip', (None,), {}), ('ab', 'lstrip', ('',), {}),
    ('abc', 'center', (9,), {}), ('abc', 'center', (8, '*'), {}), ('ab', 'center', (5,), {}),
    ('abc', 'center', (2,), {}), ('abc', 'ljust', (6, 'é'), {}), ('abc', 'rjust', (6,), {}),
    ('abc', 'center', (5, 'ab'), {}), ('abc', 'center', (5, 1), {}), ('abc', 'center', ('x',), {}),
    ('abc', 'center', (), {}), ('abc', 'ljust', (5,), {'fillchar': '-'}),
    ('42', 'zfill', (5,), {}), ('-42', 'zfill', (5,), {}), ('+x', 'zfill', (4,), {}), ('abc', 'zfill', (1,), {}),
    ('a\tbc\td\n\te', 'expandtabs', (), {}), ('a\tb', 'expandtabs', (4,), {}), ('a\tb', 'expandtabs', (0,), {}),
    ('a\tb', 'expandtabs', (), {'tabsize': 2}),
    (U, 'lower', (), {}), (U, 'upper', (), {}), (U, 'casefold', (), {}), (U, 'swapcase', (), {}),
    (U, 'title', (), {}), (U, 'capitalize', (), {}), ("they're bill's", 'title', (), {}),
    ('ΣΑΣ ΣΑΣ.', 'lower', (), {}), ('İ', 'lower', (), {}), ('ŉ', 'upper', (), {}), ('ǆ', 'title', (), {}),
    ('hello', 'upper', (1,), {}), ('hello', 'upper', (), {'x': 1}),
    ('abc', 'isalpha', (), {}), ('ab1', 'isalnum', (), {}), ('½', 'isnumeric', (), {}), ('½', 'isdigit', (), {}),
    ('²', 'isdigit', (), {}), ('²', 'isdecimal', (), {}), ('٣', 'isdecimal', (), {}), ('一', 'isnumeric', (), {}),
    ('', 'isalpha', (), {}), ('', 'isascii', (), {}), ('é', 'isascii', (), {}), (' \t\x1c\u2003', 'isspace', (), {}),
    ('\u200b', 'isspace', (), {}), ('a\x7f', 'isprintable', (), {}), ('é ', 'isprintable', (), {}), ('', 'isprintable', (), {}),
    ('\u00ad', 'isprintable', (), {}), ('ñ_1', 'isidentifier', (), {}), ('1a', 'isidentifier', (), {}),
    ('℘', 'isidentifier', (), {}), ('a-b', 'isidentifier', (), {}), ('abc', 'islower', (), {}), ('aBc', 'islower', (), {}),
    ('ABC1', 'isupper', (), {}), ('1', 'isupper', (), {}), ('Hello World', 'istitle', (), {}), ('Hello world', 'istitle', (), {}),
    ('ǅx', 'istitle', (), {}), ('ª', 'islower', (), {}), ('Ⅷ', 'isupper', (), {}),
    ('abc', 'encode', (), {}), ('é€', 'encode', (), {}), ('é', 'encode', ('ascii',), {}), ('éé', 'encode', ('ascii',), {}),
    ('é€\ud800', 'encode', ('ascii', 'replace'), {}), ('é€\ud800', 'encode', ('ascii', 'backslashreplace'), {}),
    ('é€', 'encode', ('latin-1', 'xmlcharrefreplace'), {}), ('a€', 'encode', ('latin1',), {}),
    ('\ud800', 'encode', (), {}), ('\ud800\udc00', 'encode', ('utf-8',), {}), ('x\udcff', 'encode', ('utf-8', 'surrogateescape'), {}),
    ('\ud800', 'encode', ('utf-8', 'surrogatepass'), {}), ('a', 'encode', ('bogus',), {}), ('é', 'encode', ('ascii', 'bogus'), {}),
    ('a', 'encode', (), {'encoding': 'UTF8'}), ('x', 'encode', (1,), {}),
    ('{} {}', 'format', (1, 'a'), {}), ('{1}{0}', 'format', ('a', 'b'), {}), ('{x}-{y!r}', 'format', (), {'x': 'X', 'y': 'Y'}),
    ('{0[1]}', 'format', (['a', 'b'],), {}), ('{0[1][0]}', 'format', (('a', 'bc'),), {}), ('{:>5}|{:<5}|{:^5}', 'format', ('a', 'b', 'c'), {}),
    ('{:*^9}', 'format', ('mid',), {}), ('{:.2}', 'format', ('abcdef',), {}), ('{:{}}', 'format', ('a', 4), {}),
    ('{0:{1}.{2}}', 'format', ('abcdef', 5, 3), {}), ('{{}} {{{}}}', 'format', ('z',), {}), ('{!a}', 'format', ('é',), {}),
    ('{0}{}', 'format', (1, 2), {}), ('{}{0}', 'format', (1, 2), {}), ('{1}', 'format', (1,), {}), ('{a}', 'format', (1,), {}),
    ('{', 'format', (), {}), ('}', 'format', (), {}), ('{0!x}', 'format', (1,), {}), ('{:d}', 'format', ('a',), {}),
    ('{:+}', 'format', ('a',), {}), ('{:=5}', 'format', ('a',), {}), ('{:05}', 'format', ('ab',), {}),
    ('{:,}', 'format', ('ab',), {}), ('{0[}', 'format', (1,), {}), ('{:{:{}}}', 'format', (1, 2, 3), {}),
    ('{0.}', 'format', (1,), {}), ('{0[0]x}', 'format', ([1],), {}), ('{!r:>{w}}', 'format', ('a',), {'w': 6}),
    ('%s|%5s|%-5s|%.2s|%r|%a', '__mod__', (('ab', 'cd', 'ef', 'ghi', 'é', 'é'),), {}),
    ('%d %i %u %5d %-5d| %05d %+d % d', '__mod__', ((1, 2, 3, 4, 5, -6, 7, 8),), {}),
    ('%x %X %#x %#o %o %#X %.3x', '__mod__', ((255, 255, 255, 8, 8, -255, 5),), {}),
    ('%c%c%c', '__mod__', ((65, 'é', 0x1F600),), {}), ('%%|%s', '__mod__', ('a',), {}), ('%s', '__mod__', ((1,),), {}),
    ('%s %s', '__mod__', ((1,),), {}), ('%s', '__mod__', ((1, 2),), {}), ('abc', '__mod__', (5,), {}),
    ('abc', '__mod__', ([],), {}), ('%z', '__mod__', (1,), {}), ('%', '__mod__', ((),), {}), ('%(a', '__mod__', (1,), {}),
    ('%c', '__mod__', ('ab',), {}), ('%c', '__mod__', (0x110000,), {}), ('%d', '__mod__', ('x',), {}),
    ('%x', '__mod__', ('x',), {}), ('%*d|%-*d|%.*s', '__mod__', ((5, 1, 4, 2, 2, 'abcdef'),), {}), ('%*d', '__mod__', (('a', 1),), {}),
    ('%d', '__mod__', (2**70,), {}), ('%x', '__mod__', (-2**70,), {}), ('%10.4d|%+.3d', '__mod__', ((42, -5),), {}),
    ('%(a)s', '__mod__', (1,), {}),
    ('abc', '__getitem__', (1,), {}), ('abc', '__getitem__', (-1,), {}), ('abc', '__getitem__', (3,), {}),
    (U, '__getitem__', (3,), {}), ('abc', '__getitem__', ('x',), {}), ('abc', '__contains__', ('bc',), {}),
    ('abc', '__contains__', (1,), {}), ('abc', '__add__', ('d',), {}), ('ab', '__mul__', (3,), {}), ('ab', '__mul__', (-1,), {}),
    ('ab', '__rmul__', (2,), {}), ('abc', '__len__', (), {}), (U, '__len__', (), {}),
    ('abc', '__eq__', ('abc',), {}), ('abc', '__lt__', ('abd',), {}), ('é', '__gt__', ('z',), {}), ('a', '__lt__', ('a\x00',), {}),
    ('abc', '__repr__', (), {}), ("it's", '__repr__', (), {}), ('it\'s "x"', '__repr__', (), {}),
    ('a\\b\t\n\r\x00\x7f\x80\xa0é\u2028\ud800\U0001F600\U000E0001', '__repr__', (), {}),
    ('a', '__format__', ('>3',), {}), ('é', '__format__', ('x^5',), {}),
    # bytes
    (b'hello world', 'find', (b'o',), {}), (b'hello world', 'find', (111,), {}), (b'abc', 'find', ('a',), {}),
    (b'abc', 'find', (300,), {}), (b'hello', 'count', (b'l',), {}), (b'hello', 'index', (b'z',), {}),
    (b'hello', 'rindex', (108,), {}), (b'a,b,,c', 'split', (b',',), {}), (b' a  b ', 'split', (), {}),
    (b' a  b ', 'rsplit', (None, 1), {}), (b'a', 'split', ('a',), {}), (b'-', 'join', ([b'a', bytearray(b'b')],), {}),
    (b'-', 'join', ([b'a', 'b'],), {}), (b'  x  ', 'strip', (), {}), (b'xyaxy', 'strip', (b'xy',), {}),
    (b'hello', 'replace', (b'l', b'L'), {}), (b'hello', 'replace', (b'', b'-'), {}), (b'a', 'replace', ('a', 'b'), {}),
    (b'a,b', 'partition', (b',',), {}), (b'a,b', 'rpartition', (b'x',), {}), (b'abc', 'startswith', (b'ab',), {}),
    (b'abc', 'startswith', ('a',), {}), (b'abc', 'endswith', ((b'x', b'c'),), {}), (b'ab', 'center', (6, b'*'), {}),
    (b'ab', 'center', (6, 'x'), {}), (b'42', 'zfill', (5,), {}), (b'Hello World', 'swapcase', (), {}),
    (b'hello world', 'title', (), {}), (b'hELLO', 'capitalize', (), {}), (b'abc', 'upper', (), {}),
    (b'Abc', 'istitle', (), {}), (b'abc1', 'isalnum', (), {}), (b' \t', 'isspace', (), {}), (b'\x80', 'isascii', (), {}),
    (b'a\nb\r\nc', 'splitlines', (), {}), (b'a\nb\r\nc', 'splitlines', (True,), {}), (b'a\tb', 'expandtabs', (), {}),
    (b'\x00\xff', 'hex', (), {}), (b'abc', 'hex', (':',), {}), (b'abcdef', 'hex', (':', 2), {}), (b'abcde', 'hex', ('-', -2), {}),
    (b'caf\xc3\xa9', 'decode', (), {}), (b'\xff', 'decode', (), {}), (b'\xe2\x82x', 'decode', (), {}),
    (b'\xe2\x82', 'decode', (), {}), (b'a\xed\xa0\x80', 'decode', (), {}), (b'\xc0\xaf', 'decode', ('utf-8', 'replace'), {}),
    (b'a\xe9', 'decode', ('latin-1',), {}), (b'a\xe9', 'decode', ('ascii',), {}), (b'a\xe9', 'decode', ('ascii', 'ignore'), {}),
    (b'\xff', 'decode', ('utf-8', 'backslashreplace'), {}), (b'\xff', 'decode', ('utf-8', 'surrogateescape'), {}),
    (b'\xed\xa0\x80', 'decode', ('utf-8', 'surrogatepass'), {}), (b'a', 'decode', ('bogus',), {}),
    (b'a', 'decode', (), {'encoding': 'ascii', 'errors': 'strict'}),
    (b'abc', 'translate', (None, b'b'), {}), (b'abc', 'removeprefix', (b'a',), {}), (b'abc', 'removesuffix', (b'bc',), {}),
    (b'ab', '__getitem__', (1,), {}), (b'ab', '__getitem__', (5,), {}), (b'abc', '__getitem__', ('x',), {}),
    (b'abc', '__contains__', (98,), {}), (b'abc', '__contains__', (b'bc',), {}), (b'abc', '__contains__', ('b',), {}),
    (b'abc', '__contains__', (300,), {}), (b'a', '__add__', (b'b',), {}), (b'it\'s "x"\\\t\x00\x80', '__repr__', (), {}),
    (b'%s %d %5.1f %x %c%c %r', '__mod__', ((b'x', 5, 2.25, 255, 65, b'B', 'é'),), {}), (b'%s', '__mod__', ('x',), {}),
    (bytearray(b'abc'), 'upper', (), {}), (bytearray(b'a,b'), 'split', (b',',), {}), (bytearray(b'ab'), '__repr__', (), {}),
    (bytearray(b'abc'), 'pop', (), {}), (bytearray(), 'pop', (), {}), (bytearray(b'abc'), 'pop', (5,), {}),
    (bytearray(b'a'), 'append', (256,), {}), (bytearray(b'a'), 'append', ('a',), {}), (bytearray(b'a'), 'remove', (5,), {}),
    (bytearray(b'a'), 'extend', (5,), {}), (bytearray(b'a'), '__getitem__', (9,), {}), (bytearray(b'a'), '__getitem__', ('x',), {}),
    (bytearray(b'ab'), 'copy', (), {}), (bytearray(b'it\'s'), '__repr__', (), {}),
    (bytearray(b'\'"'), '__repr__', (), {}), (b'%c', '__mod__', (256,), {}),
    ('a\U0001F600\xe9', 'encode', ('utf-16',), {}), ('a\U0001F600\xe9', 'encode', ('utf-16-le',), {}),
    ('a\U0001F600\xe9', 'encode', ('UTF-16BE',), {}), ('a\U0001F600\xe9', 'encode', ('utf-32',), {}),
    ('a\U0001F600\xe9', 'encode', ('utf_32_le',), {}), ('a\U0001F600\xe9', 'encode', ('utf-32-be',), {}),
    ('\ud800', 'encode', ('utf-16',), {}), ('\ud800', 'encode', ('utf-16-le', 'surrogatepass'), {}),
    (b'\xff\xfea\x00', 'decode', ('utf-16',), {}), (b'\xfe\xff\x00a', 'decode', ('utf-16',), {}),
    (b'a\x00', 'decode', ('utf-16',), {}), (b'a', 'decode', ('utf-16',), {}), (b'\x00\xd8', 'decode', ('utf-16-le',), {}),
    (b'\x00\xd8a\x00', 'decode', ('utf-16-le',), {}), (b'\x00\xdca\x00', 'decode', ('utf-16-le',), {}),
    (b'=\xd8\x00\xde', 'decode', ('utf-16-le',), {}), (b'\x00\x00\x11\x00', 'decode', ('utf-32-le',), {}),
    (b'\x00\x00', 'decode', ('utf-32-le',), {}), (b'\x00\x01\xf6\x00', 'decode', ('utf-32-be',), {}),
    (b'\x00\xdca\x00', 'decode', ('utf-16-le', 'replace'), {}),
    ('a\xe9', 'encode', ('utf-8-sig',), {}), (b'\xef\xbb\xbfa\xc3\xa9', 'decode', ('utf-8-sig',), {}),
    (b'a', 'decode', ('utf_8_sig',), {}), (b'\xff', 'decode', ('utf-8-sig',), {}),
    (b'ab', '__eq__', (bytearray(b'ab'),), {}), (b'ab', '__lt__', (b'b',), {}), (bytearray(b'b'), '__ge__', (b'b',), {}),
    (b'ab', '__mul__', (2,), {}), (bytearray(b'ab'), '__rmul__', (2,), {}),
    ('a', '__mul__', ('b',), {}), (b'a', '__mul__', ('b',), {}),
    ('a\tb', 'expandtabs', (10**12,), {}), ('a\tb', 'expandtabs', ('x',), {}), (b'a\tb', 'expandtabs', (-1,), {}),
    ('a', 'center', (10**12,), {}), ('a', 'zfill', (10**12,), {}), ('%*s', '__mod__', ((10**12, 'a'),), {}),
    ('\xe9\u20ac\u2019x', 'encode', ('cp1252',), {}), ('\u20ac\u0101\u0102', 'encode', ('windows-1252',), {}),
    ('\u0101', 'encode', ('cp1252', 'replace'), {}), (b'\x80\x92\xe9', 'decode', ('cp1252',), {}),
    (b'a\x81', 'decode', ('cp1252',), {}), (b'\x81\x80', 'decode', ('cp1252', 'replace'), {}),
]

print('// Generated by tests/unit/str_cases_gen.py from CPython 3.11; do not edit by hand.')
print('#include "tests/unit/str_test_support.h"')
print()
print('namespace ember::strtest {')
print('namespace {')
print()
# Small test functions: one huge function takes minutes to optimise.
CHUNK = 25
for index, (recv, name, args, kw) in enumerate(cases):
    if index % CHUNK == 0:
        if index:
            print('}')
            print()
        print('TEST_F(StrTest, MethodCasesMatchCPython%d) {' % (index // CHUNK))
    kws = ', '.join('{"%s", %s}' % (k, cpp(v)) for k, v in kw.items())
    call = 'm(%s, "%s", {%s}, {%s})' % (cpp(recv), name, ', '.join(cpp(a) for a in args), kws)
    label = '%r.%s%r %r' % (recv, name, args, kw)
    exp = expected(lambda: getattr(recv, name)(*args, **kw))
    if exp.startswith('NotImplemented'):
        continue
    e = exp.encode('utf-8', 'surrogatepass')
    # Cases that need other areas' types (int formatting, list indexing/iteration).
    needs_all = (name == 'format' and ('{}' in recv or '[' in recv or '{1}' in recv or '{w}' in recv)) or \
        (name == '__mod__' and recv in ('%s', 'abc') and isinstance(args[0], (tuple, list))) or \
        (name == 'join' and isinstance(recv, bytes))
    if needs_all:
        print('#ifdef EMBER_STR_FULL_BUILTINS')
    print('  EXPECT_EQ(%s,\n            std::string(%s, %d))\n      << %s;' % (call, c_string(e), len(e), c_string(label.encode('utf-8', 'backslashreplace'))))
    if needs_all:
        print('#endif')
print('}')
print()
print('}  // namespace')
print('}  // namespace ember::strtest')
