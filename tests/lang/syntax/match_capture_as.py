# match: capture, AS and guards
def describe(x):
    match x:
        case int(n) if n < 0:
            return f"negative int {n}"
        case int() as n if n % 2 == 0:
            return f"even int {n}"
        case int(n):
            return f"odd int {n}"
        case (str() | bytes()) as s:
            return f"text {s!r}"
        case [a, b] as pair if a == b:
            return f"same pair {pair}"
        case other:
            return f"other {other!r}"
for v in [-5, 4, 7, "s", b"b", [1, 1], [1, 2], 3.5, None]:
    print(describe(v))
match 42:
    case x:
        print("captured", x)
print("x after match", x)
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)
seen = []
def g(v):
    seen.append(v)
    return v > 2
for item in [1, 5]:
    match item:
        case n if g(n):
            print("guard passed", n)
        case n:
            print("guard failed", n)
print(seen)
match (1, 2):
    case (1, y) | (y, 1):
        print("or with capture", y)
match (3, 1):
    case (1, y) | (y, 1):
        print("or with capture", y)
