# re basics: compile, match/search/fullmatch, Match objects and their reprs.
import re

p = re.compile(r'(?P<first>\w+) (?P<last>\w+)(?P<tail>!)?')
print(p, p.pattern, p.groups, dict(p.groupindex), p.flags)
m = p.search('>> Ada Lovelace wrote')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m.groups(), m.groups('n/a'), m.groupdict(), m.groupdict(default=''))
print(m.span(), m.span(1), m.span('last'), m.start(), m.end(), m.start('first'), m.end(2))
print(m.span('tail'), m.start(3), m.end(3), m.group('tail'))
print(m[0], m[1], m['last'], m.lastindex, m.lastgroup, m.regs)
print(m.pos, m.endpos, m.string, m.re is p, m.re)
print(bool(m), type(m).__name__, type(p).__name__, re.Match, re.Pattern)
print(isinstance(m, re.Match), isinstance(p, re.Pattern), re.Pattern[str], re.Match[bytes])

print(p.match('>> Ada Lovelace'), p.match('Ada Lovelace!'), p.fullmatch('Ada Lovelace!'))
print(p.fullmatch('Ada Lovelace wrote'), p.search('nothing'), re.match('', ''))

# pos and endpos: like slicing for the end, but ^ and lookbehind see the real start.
q = re.compile(r'\w+')
print(q.search('hello world', 3), q.search('hello world', 3, 8), q.match('hello', 1, 3))
print(re.compile('^b').search('ab', 1), re.compile(r'(?<=a)b').search('ab', 1))
print(re.compile('a$').search('ab', 0, 1), q.search('abc', -5, 99), q.search('abc', 2, 1))
print(q.match(string='xy z', pos=3), q.fullmatch('abc', endpos=2))

# lastindex and lastgroup.
print(re.match('(a)(b)', 'ab').lastindex, re.match('((a)b)', 'ab').lastindex,
      re.match('(a)((b))', 'ab').lastindex, re.match('(?P<x>a)|(?P<y>b)', 'b').lastgroup,
      re.match('(?P<x>a)(b)', 'ab').lastgroup, re.match('x', 'x').lastindex)

# Non-ASCII text: spans count code points.
m = re.search(r'(\w+)\s+(\w+)', '«  héllo wörld 😀 »')
print(m, m.span(1), m.span(2), m.groups())
print([(x.group(), x.span()) for x in re.finditer(r'\S+', 'añb 日本語 😀x z')])
print(re.search('😀(.)', 'ab😀c'), re.search('.', '😀').span())

# Reprs are cut: the pattern to 200 characters, the match to 50.
print(re.compile('a' * 250))
print(re.match('.*', 'b' * 80))
print(re.match('.*', "it's \"quoted\"\n"), re.match(b'.+', b'\x00\xffab'))
print(re.compile('a', re.I), re.compile('a', re.I | re.M | re.S), re.compile('a', re.A),
      re.compile(b'a', re.L | re.I), re.compile('(?x)a'), re.compile('a', re.X | 512))

# Patterns compare by pattern and flags; compiling uses a cache.
print(re.compile('a+') == re.compile('a+'), re.compile('a+') == re.compile('a+', re.I),
      re.compile('a+') != re.compile('b+'), hash(re.compile('x')) == hash(re.compile('x')))
print(re.compile(p) is p, re.compile('abc') is re.compile('abc'), p.__copy__() is p)
re.purge()
print(re.compile('abc').pattern)

# The special methods are reachable by name too.
m = re.match(r'(\w)(\w)', 'xy')
print(m.__getitem__(2), m.__repr__(), re.compile('a+').__repr__(), str(m) == repr(m))
