# while True loops with several exit points
def parse_all(tokens):
    out = []
    i = 0
    while True:
        if i >= len(tokens):
            out.append("END")
            break
        tok = tokens[i]
        i += 1
        if tok == "#":
            out.append("COMMENT")
            break
        if not tok:
            continue
        out.append(tok.upper())
    return out, i
print(parse_all(["a", "", "b", "#", "c"]), parse_all(["x"]), parse_all([]))
n = 27
steps = 0
peak = n
while True:
    if n == 1:
        break
    n = 3 * n + 1 if n % 2 else n // 2
    peak = max(peak, n)
    steps += 1
print(steps, peak)
guess_lo, guess_hi = 0, 1000
secret = 737
tries = 0
while True:
    tries += 1
    mid = (guess_lo + guess_hi) // 2
    if mid == secret:
        break
    elif mid < secret:
        guess_lo = mid + 1
    else:
        guess_hi = mid - 1
print("found", mid, "in", tries)
