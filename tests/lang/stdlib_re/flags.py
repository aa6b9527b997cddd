# Flags: the RegexFlag values and their reprs, inline flags, scoped flags, verbose mode,
# ASCII and Unicode classes, case-insensitive matching.
import re

print(re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.DEBUG, re.T)
print(repr(re.I | re.M), re.I | re.S | re.X, re.I | 1024, ~re.I, ~re.NOFLAG)
print(re.I + 0, (re.M | re.S) + 0, re.I.value, re.I.name, (re.I | re.M).name, re.NOFLAG.name)
print(isinstance(re.I, int), re.I + re.M, re.I * 2, re.S - 1, type(re.I).__name__, type(re.I + 1).__name__)
print(re.I == 2, 2 == re.I, re.I != 3, re.I | 1, 1 | re.I, re.M & 8, 8 & re.M, re.S ^ re.S)
print(bool(re.NOFLAG), bool(re.I), '{:d}'.format(re.I), format(re.M, 'x'), f'{re.S}', str(re.A))
print(hash(re.I) == hash(2), {re.I: 'i'}[2], re.I in (2, 3))

print(re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.I).flags,
      re.compile('(?i)a').flags, re.compile('(?ims)a').flags, re.compile('(?a)a').flags,
      re.compile('(?x)a').flags, re.compile(b'(?L)a').flags, re.compile('a', 2 | 8).flags)

# Inline flags at the start apply to the whole pattern.
print(re.findall('(?i)ab', 'AB ab aB'), re.findall('(?m)^x', 'x\nx'), re.findall('(?s)a.b', 'a\nb'))
print(re.findall('(?x) a  b  # comment', 'ab a b'), re.findall('(?x)[ ]x', ' x'))
print(re.findall('(?x)a\\ b', 'a b'), re.findall('(?x)a\\#b', 'a#b'), re.findall('(?x)a[#]b', 'a#b'))
pattern = re.compile(r'''
    (?P<year>\d{4})   # year
    -(?P<month>\d\d)  # month
    -(?P<day>\d\d)    # day
''', re.VERBOSE)
print(pattern.search('on 2024-03-15.').groupdict())

# Scoped flags.
print(re.findall('(?i:a)b', 'ab Ab aB AB'), re.findall('a(?i:b)', 'ab Ab aB AB'))
print(re.findall('(?-i:a)b', 'ab Ab aB AB', re.I), re.findall('(?s:.)(?-s:.)', 'a\n\nb'))
print(re.findall('(?m:^a)|^b', 'b\na\nb'), re.findall('(?x: a b )c d', 'abc d'))

# Unicode by default for str patterns; ASCII on request.
s = 'caf\u00e9 \u00c5ngstr\u00f6m \u0663\u0664 x_1'
print(ascii(re.findall(r'\w+', s)), ascii(re.findall(r'\w+', s, re.A)), ascii(re.findall(r'(?a)\d', s)))
print(ascii(re.findall(r'\d', s)), ascii(re.findall(r'(?a:\w+)', s)), re.findall(r'\W+', 'a\u00e9-b', re.A))
print(ascii(re.findall(r'\b\w', s)), ascii(re.findall(r'\b\w', s, re.A)))
print(ascii(re.findall(r'[\w]+', '\u00e9a b')), ascii(re.findall(r'[\w]+', '\u00e9a b', re.A)))
print(ascii(re.findall(r'\s', ' \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000a')))
print(ascii(re.findall(r'\s', ' \t\n\r\f\v\x1c\x85\xa0', re.A)))

# Case-insensitive matching folds Unicode letters.
print(re.findall('(?i)stra\u00dfe', 'STRA\u00dfE stra\u00dfe'), ascii(re.findall('(?i)[a-z]+', 'Hello W\u00f6rld')))
print(ascii(re.findall('(?i)\u00e9', '\u00c9\u00e9E')), ascii(re.findall('(?i)k', 'kK\u212a')), ascii(re.findall('(?i)\u03c3', '\u03a3\u03c3\u03c2')))
print(re.findall(b'(?i)ab', b'AB ab'), re.findall(b'(?i)\xe9', b'\xc9\xe9'))

for flags in (re.L, re.U | re.A, 'x'):
    try:
        re.compile('a', flags)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
