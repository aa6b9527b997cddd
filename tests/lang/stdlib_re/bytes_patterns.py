# bytes patterns on bytes and bytearray subjects; mixing str and bytes is an error.
import re

p = re.compile(rb'(?P<key>\w+)=(?P<value>[^;]*);?')
data = b'name=caf\xc3\xa9;size=12;empty=;'
print(p.findall(data), [m.groupdict() for m in p.finditer(data)])
print(p.sub(rb'\g<value>:\g<key>', data), p.split(data), p.subn(b'', data))
m = p.search(data)
print(m, m.span(), m.group(), m['value'], m.groups(), m.expand(rb'[\1]'))
print(re.findall(rb'\d+', bytearray(b'a12b345')), re.search(rb'\d+', bytearray(b'x99')).group())
print(re.sub(rb'\d', lambda m: m.group() * 2, b'a1b2'), re.sub(rb'\d', lambda m: bytearray(b'#'), b'a1'))
print(re.findall(rb'\w+', b'abc \xe9t\xe9 123'), re.findall(rb'\s+', b'a \x85\xa0b'))
print(re.findall(rb'[\x80-\xff]+', b'ab\x80\x81cd\xff'), re.findall(b'.', b'\x00\n\xff'))
print(re.escape(b'a.b\x00\xff'), re.compile(b'\\x41\\101\\0').match(b'AA\x00'))
print(re.split(rb'\s*,\s*', b'a , b,c'), re.fullmatch(b'a+', b'aaa'), re.match(b'', b''))
print(re.compile(b'abc'), re.compile(b'a\'"b', re.I), re.match(b'.*', b'\x00' * 60))
for func, args in [(re.match, ('a', b'a')), (re.match, (b'a', 'a')), (re.sub, (b'a', 'x', b'a')),
                   (re.sub, ('a', b'x', 'a')), (re.findall, (b'a', 3)), (re.search, ('a', None)),
                   (re.compile, (b'\\u0041',)), (re.compile, ('a', re.L)), (re.compile, (b'(?u)a',)),
                   (re.sub, (b'a', lambda m: 'str', b'a'))]:
    try:
        print(func(*args))
    except (TypeError, ValueError, re.error) as e:
        print(type(e).__name__, e)
