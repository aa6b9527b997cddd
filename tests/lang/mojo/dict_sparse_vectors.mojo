# Sparse vectors as Dict[Int, Float64]: add, dot product, scaling, pruning zeros, and norms.
from math import sqrt


fn add(a: Dict[Int, Float64], b: Dict[Int, Float64]) raises -> Dict[Int, Float64]:
    var out = a.copy()
    for k in b:
        out[k] = out.get(k, 0.0) + b[k]
    return out


fn dot(a: Dict[Int, Float64], b: Dict[Int, Float64]) raises -> Float64:
    var s: Float64 = 0
    for k in a:
        if k in b:
            s += a[k] * b[k]
    return s


fn prune(v: Dict[Int, Float64]) raises -> Dict[Int, Float64]:
    var out = Dict[Int, Float64]()
    for k in v:
        if v[k] != 0:
            out[k] = v[k]
    return out


fn show(v: Dict[Int, Float64]) raises -> String:
    var s = String("{")
    for k in v:
        if len(s) > 1:
            s += ", "
        s += String(k) + ": " + String(v[k])
    return s + "}"


fn main() raises:
    var a = Dict[Int, Float64]()
    a[0] = 1.5
    a[1000] = -2.0
    a[7] = 4.0
    var b = Dict[Int, Float64]()
    b[7] = 0.5
    b[1000] = 2.0
    b[3] = 1.0
    var c = add(a, b)
    print(show(c))
    print(show(prune(c)), len(c), len(prune(c)))
    print(dot(a, b), dot(a, a), sqrt(dot(b, b)))
    var keys = List[Int]()
    for k in c.keys():
        keys.append(k)
    for k in keys:
        c[k] = c[k] * 2
    print(show(c), len(a))
    var total: Float64 = 0
    for v in c.values():
        total += v
    print(total, c.get(5, -1.0), 1000 in c)
