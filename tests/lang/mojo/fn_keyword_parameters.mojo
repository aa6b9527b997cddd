fn repeat[times: Int = 2, sep: String = "-"](s: String) -> String:
    var out = String("")
    for i in range(times):
        if i > 0:
            out += sep
        out += s
    return out

fn main():
    print(repeat[sep="+"]("x"))
    print(repeat[3, sep="."]("y"))
    print(repeat[times=4]("z"))
