# Dicts of functions as dispatch tables and memo caches
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
ops = {"+": add, "-": sub, "*": mul, "max": max}
for expr in ["3 + 4", "10 - 7", "6 * 7", "2 max 9"]:
    a, op, b = expr.split()
    print(expr, "=", ops[op](int(a), int(b)))
print(ops.get("/", lambda a, b: "unsupported")(1, 2))
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
state = "start"
transitions = {("start", "a"): "mid", ("mid", "b"): "end", ("mid", "a"): "mid"}
for ch in "aaab":
    state = transitions.get((state, ch), "error")
    print(ch, state)
roman = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
def from_roman(s):
    total = 0
    for i, c in enumerate(s):
        v = roman[c]
        if i + 1 < len(s) and roman[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
print([from_roman(r) for r in ["III", "IV", "IX", "LVIII", "MCMXCIV", "MMXXIV"]])
