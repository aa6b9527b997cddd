# Structs with List and Dict fields: a copy of the struct copies its collections (the two
# values never share them), `mut self` methods change them in place, and a field read into
# a variable is a copy too.


struct Inventory:
    var items: List[String]
    var counts: Dict[String, Int]

    fn __init__(out self):
        self.items = List[String]()
        self.counts = Dict[String, Int]()

    fn add(mut self, name: String, n: Int) raises:
        if name not in self.counts:
            self.items.append(name)
            self.counts[name] = 0
        self.counts[name] += n

    fn total(self) raises -> Int:
        var t = 0
        for name in self.items:
            t += self.counts[name[]]
        return t


@value
struct Path:
    var points: List[Int]
    var label: String

    fn extended(self, p: Int) -> Path:
        var copy = self
        copy.points.append(p)
        return copy


fn main() raises:
    var inv = Inventory()
    inv.add("apple", 3)
    inv.add("pear", 2)
    inv.add("apple", 4)
    var snapshot = inv
    inv.add("plum", 10)
    print(len(inv.items), inv.total(), len(snapshot.items), snapshot.total())
    print(snapshot.counts["apple"], inv.counts["plum"])
    var a = Path(List[Int](1, 2), "a")
    var b = a.extended(3)
    print(len(a.points), len(b.points), b.points[2])
    var pts = b.points
    pts.append(99)
    print(len(pts), len(b.points))
