# Python regular-expression syntax, case by case: each pattern is run through search,
# match, fullmatch, findall, split, sub and subn.
import re

cases = [
    (r'a.c', 0, 'abc a\nc'), (r'a.c', re.S, 'a\nc'), (r'(?s:a.c)|x.y', 0, 'a\nc x\ny xzy'),
    (r'^\w+$', re.M, 'foo\nbar\n'), (r'^', re.M, 'a\nb\n'), (r'$', re.M, 'a\nb\n'),
    (r'$', 0, 'a\nb\n'), (r'(?m:^b)|^a', 0, 'a\nb'), (r'(?-m:^a)', re.M, 'b\na'),
    (r'\Aa|b\Z', 0, 'ab\n'), (r'b\Z', 0, 'ab'), (r'\bfoo\b', 0, 'foo foobar (foo)'),
    (r'\Bo\B', 0, 'foo boo'), (r'\d+', 0, '12 \u0663\u0664 \uff15'), (r'\d+', re.A, '12 \u0663\u0664'),
    (r'\w+', 0, 'h\u00e9llo_1 w\u00f6rld'), (r'\w+', re.A, 'h\u00e9llo_1 w\u00f6rld'),
    (r'(?a:\w+)', 0, 'h\u00e9llo'), (r'(?a:\b\w)', 0, '\u00e9a b'),
    (r'\s+', 0, 'a \t\n\x1c\x85\xa0\u3000b'), (r'\s+', re.A, 'a \t\n\x1c\x85b'),
    (r'[\s]+', 0, 'a \x1fb'), (r'\S+', 0, 'ab cd'), (r'[^\W\d]+', 0, 'ab12cd'),
    (r'[a-z]+', re.I, 'ABC def'), (r'(?i)k', 0, 'K\u212a'), (r'(?i:A)b', 0, 'ab aB Ab'),
    (r'(?-i:a)b', re.I, 'AB ab aB'), (r'(?i)\u00e9+', 0, '\u00c9\u00e9'),
    (r'x{2,3}', 0, 'xxxxxxx'), (r'x{,2}', 0, 'xxx'), (r'x{2,}?', 0, 'xxxx'), (r'x{3}', 0, 'xxxx'),
    (r'a{', 0, 'a{'), (r'a{1', 0, 'a{1'), (r'a{}', 0, 'a{}'), (r'{', 0, '{'), (r'x{a}', 0, 'x{a}'),
    (r'x{1,2', 0, 'x{1,2'), (r'(a)(b)?', 0, 'ac ab'), (r'(?P<x>a)(?P=x)', 0, 'aa ab'),
    (r'(a)\1', 0, 'aa'), (r'(?:(a)|b)+', 0, 'ab ba'), (r'(a)?(?(1)b|c)', 0, 'ab c ac'),
    (r'(?P<q>")?\w+(?(q)")', 0, '"ab" cd "e'), (r'(a)?x(?(1)y)', 0, 'axy x'),
    (r'(?<=a)b', 0, 'ab cb'), (r'(?<!a)b', 0, 'ab cb'), (r'a(?=b)', 0, 'ab ac'),
    (r'a(?!b)', 0, 'ab ac'), (r'(?<=ab|cd)x', 0, 'abx cdx'), (r'(?=a)*b', 0, 'b'),
    (r'(?>a+)b', 0, 'aaab'), (r'(?>a+)a', 0, 'aaa'), (r'a*+a', 0, 'aaa'), (r'a++b', 0, 'aab'),
    (r'a?+a', 0, 'a'), (r'[]a]+', 0, ']a]b'), (r'[^]a]+', 0, ']a]bc'), (r'[a\]]+', 0, 'a]b'),
    (r'[\^a]+', 0, '^ab'), (r'[a-]+', 0, 'a-b'), (r'[-a]+', 0, '-ab'), (r'[\d-]+', 0, '1-2a'),
    (r'[\w.]+', 0, 'a.b c'), (r'[^\s]+', 0, 'ab cd'), (r'[\x41-\x43]+', 0, 'ABCD'),
    (r'\x41\u00e9\U0001F600\101\0', 0, 'A\u00e9\U0001F600A\x00'), (r'\n\t\\\a\f\v', 0, '\n\t\\\a\f\v'),
    (r'[\n\t]', 0, 'a\tb'), (r'[\b]', 0, 'a\bb'), (r'\.\*\+\?\{\}\[\]\(\)\|\^\$', 0, '.*+?{}[]()|^$'),
    (r'\-\#\&\~\'\"\%\!\@\,\;\:\<\>\=', 0, '-#&~\'"%!@,;:<>='),
    (r'a|b|', 0, 'abc'), (r'(|a)+', 0, 'aa'), (r'(a*)*', 0, 'b'), (r'(a*)+', 0, 'b'),
    (r'(a|b)*?c', 0, 'abc'), (r'(a+)+b', 0, 'aaab'), (r'[\u00e9-\u00eb]+', 0, '\u00e8\u00eax'),
    (r'.', 0, '\U0001F600x'), (r'(?x) a b # c\n c', 0, 'abc'), (r'a b', re.X, 'ab a b'),
    (r'[ ]a', re.X, ' a'), (r'a\ b', re.X, 'a b'), (r'(?x: a b ) c', 0, 'ab c'), (r'(?x)a|b c', 0, 'bc'),
    (r'(?#comment)a', 0, 'a'), (r'a(?#x)*', 0, 'aaa'), (r'\$\^', 0, '$^'), (r'[$^]+', 0, '$^'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 0, 'abcdefghijj'), (r'(a)\1{2}', 0, 'aaa'),
    (r'(?i)\u017f', 0, 'sS'), (r'(?u)\w', 0, '\u00e9'), (r'\w', re.U, '\u00e9'), (r'(?s).', 0, '\n'),
    (r'.', re.S | re.M, '\n'), (r'(?i)[^a]', 0, 'aAb'), (r'\0101', 0, '\x081'), (r'\08', 0, '\x008'),
    (r'[\101]', 0, 'A'), (r'(?=(\w+))', 0, 'abc'), (r'(\d)(?=(\d))', 0, '123'), (r'^$', 0, ''),
    (r'^$', re.M, 'a\n\nb'), (r'\b', 0, 'ab cd'), (r'\B', 0, 'ab cd'), (r'\B', 0, ''), (r'\b', 0, ''),
    (r'(?<=\d)(?=(\d{3})+\b)', 0, '1234567'), (r'(?P<a>x)(?P<b>y)?(?P=a)', 0, 'xx xyx'),
    (r'(?P<n>\d+)-(?P=n)', 0, '12-12 3-4'), (r'(a)|\1', 0, 'a'),
]
for pat, flags, s in cases:
    p = re.compile(pat, flags)
    m = p.search(s)
    print(ascii(pat), ascii(s), m and (m.span(), m.groups(), m.lastindex))
    print('   ', p.match(s) is not None, p.fullmatch(s) is not None, ascii(p.findall(s)),
          ascii(p.split(s)), ascii(p.sub('<\\g<0>>', s)), ascii(p.subn('#', s, 2)))
