from algorithm import vectorize, parallelize, tile

fn main():
    var n = 13
    var data = UnsafePointer[Float32].alloc(n)
    for i in range(n):
        data[i] = Float32(i)
    var widths = List[Int]()

    @parameter
    fn double[width: Int](i: Int):
        data.store(i, data.load[width=width](i) * 2)
        widths.append(width)

    vectorize[double, 4](n)
    print(data.load[width=8](0), data.load[width=4](8), data[12])
    for i in range(len(widths)):
        print(widths[i], end=" ")
    print()
    var total = 0

    @parameter
    fn add(i: Int):
        total += i

    parallelize[add](10)
    print(total)

    @parameter
    fn square(x: Int) -> Int:
        return x * x

    print(square(7), square(total))
    var cells = List[Int]()

    @parameter
    fn visit[tx: Int, ty: Int](x: Int, y: Int):
        cells.append(x * 100 + y + tx * 1000 + ty * 10000)

    tile[visit, 2, 3](4, 6)
    for i in range(len(cells)):
        print(cells[i], end=" ")
    print()
    var count = 0

    @parameter
    fn each[w: Int](i: Int):
        count += w

    vectorize[each, 8, size=21]()
    vectorize[each, 16, unroll_factor=2](40)
    print(count)
    data.free()
