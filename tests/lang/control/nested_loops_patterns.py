# Nested loops producing patterns
for i in range(1, 6):
    print("*" * i)
for i in range(5, 0, -1):
    print(" " * (5 - i) + "#" * (2 * i - 1))
for i in range(1, 6):
    print(" ".join([str(i * j).rjust(2) for j in range(1, 6)]))
row = [1]
for _ in range(8):
    print(row)
    row = [a + b for a, b in zip([0] + row, row + [0])]
n = 5
grid = [[0] * n for _ in range(n)]
x, y, dx, dy = 0, 0, 1, 0
for k in range(1, n * n + 1):
    grid[y][x] = k
    nx, ny = x + dx, y + dy
    if not (0 <= nx < n and 0 <= ny < n and grid[ny][nx] == 0):
        dx, dy = -dy, dx
        nx, ny = x + dx, y + dy
    x, y = nx, ny
for r in grid:
    print(" ".join([f"{v:2d}" for v in r]))
