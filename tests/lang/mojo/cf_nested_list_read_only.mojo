fn f(grid: List[List[Int]]):
    grid[0][0] = 1
    grid[0].append(2)

fn main():
    var g = List[List[Int]]()
    f(g)
