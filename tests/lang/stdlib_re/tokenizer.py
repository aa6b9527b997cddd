# A realistic use of re: a tokenizer built from one master pattern of named alternatives
# (lastgroup tells which matched), a small expression evaluator on top of it, and a tiny
# Markdown-to-HTML converter built from substitutions.
import re

TOKENS = [
    ('NUMBER', r'\d+(?:\.\d*)?(?:[eE][+-]?\d+)?'),
    ('NAME', r'[^\W\d]\w*'),
    ('OP', r'\*\*|[-+*/%(),=]'),
    ('SKIP', r'[ \t]+'),
    ('NEWLINE', r'\n'),
    ('MISMATCH', r'.'),
]
MASTER = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKENS))


def tokenize(code):
    line = 1
    line_start = 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        column = m.start() - line_start
        if kind == 'NEWLINE':
            line_start = m.end()
            line += 1
            continue
        if kind == 'SKIP':
            continue
        if kind == 'MISMATCH':
            raise SyntaxError('%r unexpected on line %d column %d' % (value, line, column))
        if kind == 'NUMBER':
            value = float(value) if re.search('[.eE]', value) else int(value)
        yield kind, value, line, column


class Parser:
    def __init__(self, tokens, env):
        self.tokens = list(tokens)
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i][1] if self.i < len(self.tokens) else None

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() in ('+', '-'):
            op = self.take()[1]
            value = value + self.term() if op == '+' else value - self.term()
        return value

    def term(self):
        value = self.power()
        while self.peek() in ('*', '/', '%'):
            op = self.take()[1]
            rhs = self.power()
            value = value * rhs if op == '*' else value / rhs if op == '/' else value % rhs
        return value

    def power(self):
        base = self.atom()
        if self.peek() == '**':
            self.take()
            return base ** self.power()
        return base

    def atom(self):
        kind, value, line, col = self.take()
        if value == '(':
            inner = self.expr()
            self.take()
            return inner
        if value == '-':
            return -self.atom()
        if kind == 'NAME':
            if self.peek() == '(':
                self.take()
                args = [self.expr()]
                while self.peek() == ',':
                    self.take()
                    args.append(self.expr())
                self.take()
                return self.env[value](*args)
            return self.env[value]
        return value


env = {'max': max, 'min': min, 'abs': abs, 'x': 7, 'y': 2.5}
program = """a = 1 + 2 * 3
b = (1 + 2) * 3 ** 2
c = max(x, 10, y * 4) - min(3, x) % 2
d = -x + 1.5e1 / 3
caf\u00e9 = abs(-42) + d
"""
for line in program.splitlines():
    name, expression = re.match(r'\s*(\w+)\s*=\s*(.*)', line).groups()
    tokens = list(tokenize(expression))
    env[name] = Parser(tokens, env).expr()
    print(name, '=', env[name], '|', ' '.join(str(t[1]) for t in tokens))
try:
    list(tokenize('1 + 2\n3 $ 4'))
except SyntaxError as e:
    print('SyntaxError:', e)

RULES = [
    (re.compile(r'^(#{1,6})\s+(.*)$', re.M), lambda m: '<h%d>%s</h%d>' % (len(m[1]), m[2], len(m[1]))),
    (re.compile(r'\*\*(.+?)\*\*'), r'<b>\1</b>'),
    (re.compile(r'(?<![*\w])\*(?!\*)(.+?)\*'), r'<i>\1</i>'),
    (re.compile(r'`([^`]+)`'), r'<code>\1</code>'),
    (re.compile(r'\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)'), r'<a href="\g<url>">\g<text></a>'),
    (re.compile(r'^[-*] (.*)$', re.M), r'<li>\1</li>'),
]

MARKDOWN = """# Title with **bold**
Some *italic* text, `code`, and a [link](http://example.com/a_b).
## Second *level*
- item **one**
- item two with `x * y`
Plain line with 2 * 3 * 4 stars.
"""

html = MARKDOWN
for pattern, replacement in RULES:
    html, n = pattern.subn(replacement, html)
    print(pattern.pattern[:24].ljust(24), n)
print(html)
paragraphs = [p for p in re.split(r'\n(?=<h\d>)', html.strip()) if p]
print(len(paragraphs), [re.sub(r'<[^>]+>', '', p).split('\n')[0] for p in paragraphs])
