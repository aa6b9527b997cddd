# Nested lists: matrices, deep copies by comprehension, flattening
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], m[0][:2], [row[0] for row in m])
t = [list(r) for r in zip(*m)]
print(t)
prod = [[sum([m[i][k] * t[k][j] for k in range(3)]) for j in range(3)] for i in range(3)]
print(prod)
deep = [[[i, j] for j in range(2)] for i in range(2)]
print(deep, deep[1][0][1])
copy = [[x for x in row] for row in m]
copy[0][0] = "changed"
print(m[0][0], copy[0][0])
flat = [x for row in m for x in row]
print(flat, sum(flat))
m[1].append(99)
print(m, [len(r) for r in m])
tree = [1, [2, [3, [4, []]]]]
depth = 0
node = tree
while node:
    depth += 1
    node = node[1] if len(node) > 1 else []
print("depth", depth)
diag = [m[i][i] for i in range(3)]
print(diag, [m[i][2 - i] for i in range(3)])
board = [["."] * 4 for _ in range(4)]
for i in range(4):
    board[i][i] = "Q"
print("\n".join(["".join(r) for r in board]))
