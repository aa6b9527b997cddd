@value
struct P:
    var x: Int

fn main():
    var a = Dict[Float64, Int]()
    var b = Dict[String, P]()
    var c = Dict[Int]()
    var d = Dict[String, Int]()
    print(d["x"])
    d[1] = 2
    print(1.5 in d)
    print(d.items())
