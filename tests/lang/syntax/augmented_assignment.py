# Augmented assignment operators
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17
x %= 5; print(x)
x **= 3; print(x)
x = 0b1100
x &= 0b1010; print(x)
x |= 0b0001; print(x)
x ^= 0b1111; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
L = [1]
alias = L
L += [2, 3]
print(L, alias, L is alias)
L *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias)
d = {'k': 1}
d['k'] += 10
print(d)
M = [[0, 0], [0, 0]]
M[1][0] -= 5
print(M)
n = [0]
n[0] += 1; n[-1] *= 7
print(n)
f = 1.5
f //= 0.4; print(f)
f = 7
f %= -3; print(f)
d2 = {'a': 1}
d2 |= {'b': 2}; print(d2)
st = {1, 2}
st -= {1}; print(st)
