# Conway's Game of Life on a List[List[Int]] grid that wraps around at the edges, as in
# Mojo's getting-started tutorial (with free fns where the tutorial has a Grid struct).
alias rows = 12
alias cols = 20


fn glider_grid() -> List[List[Int]]:
    var grid = List[List[Int]]()
    for _ in range(rows):
        var row = List[Int]()
        for _ in range(cols):
            row.append(0)
        grid.append(row)
    # A glider and a blinker.
    grid[1][2] = 1
    grid[2][3] = 1
    grid[3][1] = 1
    grid[3][2] = 1
    grid[3][3] = 1
    grid[8][14] = 1
    grid[8][15] = 1
    grid[8][16] = 1
    return grid


fn render(grid: List[List[Int]]) -> String:
    var out = String("")
    for y in range(rows):
        for x in range(cols):
            out += "*" if grid[y][x] == 1 else "."
        out += "\n"
    return out


fn evolve(grid: List[List[Int]]) -> List[List[Int]]:
    var next = List[List[Int]]()
    for y in range(rows):
        var row = List[Int]()
        var above = (y - 1) % rows
        var below = (y + 1) % rows
        for x in range(cols):
            var left = (x - 1) % cols
            var right = (x + 1) % cols
            var neighbors = grid[above][left] + grid[above][x] + grid[above][right]
            neighbors += grid[y][left] + grid[y][right]
            neighbors += grid[below][left] + grid[below][x] + grid[below][right]
            var alive = grid[y][x] == 1
            if neighbors == 3 or (alive and neighbors == 2):
                row.append(1)
            else:
                row.append(0)
        next.append(row)
    return next


fn population(grid: List[List[Int]]) -> Int:
    var count = 0
    for y in range(rows):
        for x in range(cols):
            count += grid[y][x]
    return count


fn main():
    var grid = glider_grid()
    print(render(grid))
    for generation in range(1, 41):
        grid = evolve(grid)
        if generation % 10 == 0:
            print("generation", generation, "population", population(grid))
    print(render(grid))
