# sub, subn, split, findall and finditer: empty matches, groups, counts, templates and
# replacement functions.
import re

text = 'one 1, two 22, three 333; four'
print(re.findall(r'\d+', text), re.findall(r'(\w+) (\d+)', text), re.findall(r'(\d)(\d)?', '1 23'))
print(re.findall(r'(a)|b', 'ab'), re.findall(r'', 'abc'), re.findall(r'x*', 'axxb'),
      re.findall(r'\b', 'ab cd'), re.findall(r'^|a', 'aa'))
print(re.split(r',\s*', text), re.split(r'(,)\s*', text), re.split(r'(,)|(;)', text))
print(re.split(r'\s+', text, maxsplit=2), re.split(r'\s+', text, 1), re.split('x', 'axbxc', -1))
print(re.split(r'', 'abc'), re.split(r'x*', 'axbc'), re.split(r'\b', 'ab cd'), re.split('a', ''))
print(re.split(r'(?=b)', 'abab'), re.split(r'(x)?y', 'ayxyb'), re.split('[;,]', ';a,;'))

print(re.sub(r'\d+', '#', text), re.sub(r'\d+', '#', text, 2), re.sub(r'\d+', '#', text, count=1))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a|', '-', 'aab'))
print(re.sub(r'(\w+) (\d+)', r'\2 \1', text), re.sub(r'(?P<w>\w+) (?P<n>\d+)', r'\g<n>=\g<w>', text))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'), re.sub(r'(\w)(x)?', r'[\2]', 'ab'), re.sub('a', r'\n\t\\', 'a'))
print(re.sub('a', r'\101\0\07\08', 'a'), re.sub('a', r'\&\-\.', 'a'), re.sub('(a)', r'\1' * 3, 'ab'))
print(re.sub('(((((((((((a)))))))))))', r'\11-\g<11>', 'a'), re.sub('(a)', r'\g<1>0', 'a'))
print(re.subn(r'\d', 'N', text), re.subn(r'\d', 'N', text, 3), re.subn('z', 'y', text))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), text))
print(re.sub(r'[aeiou]', lambda m: m.group().upper(), text, count=4))
print(re.sub(r'(\w+)', lambda m: None if m.group() == 'two' else m.group()[::-1], text))
print(re.sub(r'(?P<n>\d)', lambda m: '<%s@%d>' % (m['n'], m.start()), 'a1b2'))
calls = []
print(re.sub('.', lambda m: calls.append(m.span()) or '', 'abc'), calls)
p = re.compile(r'(\w)(\w)')
print(p.sub(r'\2\1', 'abcdefg'), p.subn(repl=r'\2\1', string='abcd', count=1))
print(p.sub('', 'ab'), re.sub('b', 'x', 'abc', flags=re.I), re.sub('B', 'x', 'abc', 0, re.I))

# finditer: Match objects in order, honouring pos and endpos.
for m in re.finditer(r'(\w)(\d)?', 'a1 b c3'):
    print(m.span(), m.groups(), m.lastindex)
print([m.span() for m in re.compile('x*').finditer('axxb')])
print([m.group() for m in re.compile(r'\w+').finditer('ab cd ef', 1, 7)])
it = re.finditer('a', 'aa')
print(iter(it) is it, next(it).span(), next(it).span(), next(it, 'done'))

# Template errors.
for template in [r'\q', r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\g<-1>', r'\g<3>',
                 r'\3', r'\477', r'\g<name>', 'x\\']:
    try:
        print(repr(template), re.sub('(a)(b)?', template, 'a'))
    except (re.error, IndexError) as e:
        print(repr(template), type(e).__name__, e)

# Match.expand uses the same templates.
m = re.match(r'(?P<k>\w+)=(?P<v>\w+)?', 'key=')
print(repr(m.expand(r'\g<k>: \2 (\g<0>)')), repr(m.expand(r'\1\n')))
try:
    m.expand(r'\g<missing>')
except IndexError as e:
    print('IndexError', e)
