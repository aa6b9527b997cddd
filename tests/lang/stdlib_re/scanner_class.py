# re.Scanner: a lexicon of (pattern, action) pairs tried at each position.
import re
def s_ident(scanner, token): return ('ID', token)
def s_operator(scanner, token): return ('OP', token)
def s_float(scanner, token): return ('NUM', float(token))
def s_int(scanner, token): return ('INT', int(token))
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
    ])
print(scanner.scan("sum = 3*foo + 312.50 + bar $ rest"))
print(re.Scanner([(r'(a)(b)', 'AB'), (r'c', 'C')]).scan('abcabx'))
print(re.Scanner([(r'\d+', lambda s, t: s.match.span())]).scan('12 3'))
print(re.Scanner([(r'x', None)]).scan(''), re.Scanner([(r'a*', 'A')]).scan('b'))
