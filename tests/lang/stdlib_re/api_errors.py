# Argument errors of the re functions, Pattern and Match methods.
import re


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


p = re.compile(r'(?P<a>\w)(\d)?')
m = p.match('a')
attempt('match int', lambda: p.match(5))
attempt('search None', lambda: p.search(None))
attempt('findall list', lambda: re.findall('a', ['a']))
attempt('too many', lambda: p.match('a', 0, 1, 2))
attempt('missing', lambda: p.match())
attempt('bad keyword', lambda: p.match('a', x=1))
attempt('twice', lambda: p.match('a', string='a'))
attempt('keywords', lambda: p.match(string='xa1', pos=1))
attempt('pos float', lambda: p.search('abc', 1.5))
attempt('pos str', lambda: p.search('abc', endpos='x'))
attempt('findall many', lambda: p.findall('a', 1, 2, 3))
attempt('sub missing', lambda: p.sub('a'))
attempt('subn many', lambda: p.subn('a', 'b', 1, 2))
attempt('split missing', lambda: p.split())
attempt('split kw', lambda: p.split(string='a1b', maxsplit=1))
attempt('group 3', lambda: m.group(3))
attempt('group name', lambda: m.group('zz'))
attempt('group -1', lambda: m.group(-1))
attempt('group float', lambda: m.group(1.0))
attempt('group kw', lambda: m.group(x=1))
attempt('group many', lambda: p.match('a1').group(0, 'a', 2, True, False))
attempt('groups many', lambda: m.groups(1, 2))
attempt('start 2', lambda: m.start(2))
attempt('span 2', lambda: m.span(2))
attempt('span many', lambda: m.span(1, 2))
attempt('start kw', lambda: m.start(group=1))
attempt('end kw', lambda: m.end(x=1))
attempt('expand missing', lambda: m.expand())
attempt('getitem', lambda: m['zz'])
attempt('Pattern()', lambda: re.Pattern())
attempt('Match()', lambda: re.Match())
attempt('pattern attr', lambda: p.nonexistent)
attempt('match attr', lambda: m.nonexistent)
attempt('compile flags', lambda: re.compile(p, re.I))
attempt('compile int', lambda: re.compile(5))
attempt('sub int repl', lambda: re.sub('a', 5, 'a'))
attempt('sub bytes repl', lambda: re.sub('a', b'x', 'ab'))
attempt('sub bytes repl, no match', lambda: re.sub('z', b'x', 'ab'))
attempt('repl returns int', lambda: re.sub('a', lambda m: 1, 'bab'))
attempt('repl returns None', lambda: re.sub('a', lambda m: None, 'bab'))
attempt('repl raises', lambda: re.sub('a', lambda m: 1 / 0, 'a'))
attempt('count negative', lambda: re.sub('a', 'b', 'aaa', count=-1))
attempt('split negative', lambda: re.split('a', 'bab', -1))

# An uncaught error from a replacement template.
re.sub('(a)', r'\2', 'a')
