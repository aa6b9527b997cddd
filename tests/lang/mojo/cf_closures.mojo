from algorithm import vectorize, parallelize, tile


fn main():
    var n = 0

    @parameter
    fn f[w: Int](i: Int):
        n += w

    var g = f
    vectorize[f, 3](10)
    vectorize[n, 4](10)
    parallelize[f, 2](10)
    tile[f, 4](8, 8)

    fn recurse(i: Int):
        recurse(i)

    recurse(1)

    fn missing(i: Int) -> Int:
        if i > 0:
            return 1

    print(missing(1))
    f[1]("x")
    f(1)

    @staticmethod
    fn decorated():
        pass
