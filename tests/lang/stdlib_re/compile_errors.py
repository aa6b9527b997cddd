# re.error for malformed patterns: CPython's messages, positions, lines and columns.
import re

patterns = [
    '(', '(a', 'a)', ')', '*', 'a**', 'a{2}{3}', '+a', '?', '[', '[a', '[]', '[^]', '[z-a]',
    '[\\d-z]', '[a-\\d]', '\\q', '\\', 'a\\', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)',
    '(?P<a>(?P=a))', '(?P', '(?Px)', '(?', '(?<', '(?<x)', '(?x', '(?z)', 'a(?i)', '(?i',
    '(?i-', '(?i-:a)', '(?-i)', '(?L)a', '(?au:a)', '(?#abc', '\\1', '(a)\\2', '(a\\1)', '\\x1',
    '\\xg', '\\u12', '\\U0011ffff', '\\U1', '\\400', '\\777', 'a{3,2}', '(?<=a*)b', '(?<=a|bc)',
    '(?<=a{1,2})', '(?(1)a|b|c)', '(?(a)x)', '(?(1)x)', '(?(0)x)', '(?(-1)x)', '(?(x!)a)',
    '(?(2)a)(b)', '[a-', '\\b*', '^*', '$+', '\\A?', '\\Z{2}', '(?P<>a)', '(?P<a', '(?P=)',
    '(?P=a', '(a)(?P=1)', '(?<=\\1)(a)', '{1}', '(?s:a', '(?-z:a)', '(?i-i:a)', '(?i-a:b)',
    '(?t:a)', '\\N', '\\N{', '[\\A]', '[\\Z]', '[\\B]', '(?a)(?u)', '\\8', '\\18', 'a\n(',
    '\n\n  (?x)', '  (?x)', '(?x)  #c\n (', '(?i)|(?m)', 'a|*', '(?:*)', '(?P<a-b>c)',
    '(?<=a(?=b))', '(?<=(?P<g>a)(?P=g))', 'x(?<!a+)', '[\\x]', '[\\777]', '(?<=a)(?<!b*)',
]
for pattern in patterns:
    try:
        compiled = re.compile(pattern)
        print(repr(pattern), 'compiles:', compiled.groups)
    except re.error as e:
        print(repr(pattern), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno,
              e.pattern == pattern)
    except (ValueError, OverflowError) as e:
        print(repr(pattern), type(e).__name__, e)

for pattern in [b'(', b'\\u1234', b'[z-a]', b'a\n\n(', b'(?u)a', b'(?L)(?a)']:
    try:
        re.compile(pattern)
        print(pattern, 'compiles')
    except re.error as e:
        print(pattern, '|', e, '|', e.pos, e.lineno, e.colno)
    except ValueError as e:
        print(pattern, 'ValueError', e)

for n in ('99999999999', '4294967295', '1,4294967295'):
    try:
        re.compile('a{%s}' % n)
    except OverflowError as e:
        print(n, 'OverflowError', e)
    except re.error as e:
        print(n, 're.error', e)

e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception))
print(re.error('x', 'ab\ncd', 4), re.error('x', b'ab', 1))
print(re.error.__name__, re.error.__module__)

# An uncaught error: the traceback's last line reads "re.error: ...".
re.compile('(unclosed')
