# Set[T]: elements kept in insertion order (as Mojo's Set, built on Dict), the set algebra
# as methods and operators, membership, value semantics on copies, loops and printing.


@value
struct Tags:
    var names: Set[String]

    fn tag(mut self, name: String):
        self.names.add(name)


fn primes_below(n: Int) -> Set[Int]:
    var result = Set[Int]()
    for i in range(2, n):
        var prime = True
        for d in range(2, i):
            if i % d == 0:
                prime = False
                break
        if prime:
            result.add(i)
    return result


fn main() raises:
    var s = Set[Int](3, 1, 2)
    s.add(5)
    s.add(1)  # already there: the order stays
    print(len(s), 5 in s, 7 in s, 7 not in s)
    for x in s:
        print("element", x)
    var t = Set[Int](2, 5, 9)
    print(s | t, s & t, s - t, s ^ t)
    print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
    var u = s  # a copy
    u.discard(3)
    u.discard(42)
    print(s, u, s == u, s != u, u <= s, u < s, s >= u, s > s)
    print(u.issubset(s), s.issuperset(u), u.isdisjoint(Set[Int](7, 8)))
    s.remove(3)
    print(s.pop(), s)
    var odd = primes_below(20)
    odd.difference_update(Set[Int](2))
    print(odd)
    odd.intersection_update(Set[Int](3, 5, 7, 100))
    print(odd)
    odd.symmetric_difference_update(Set[Int](7, 11))
    print(odd)
    var tags = Tags(Set[String]("b", "a"))
    var before = tags
    tags.tag("c")
    tags.tag("a")
    print(tags.names, before.names, len(tags.names))
    if tags.names:
        print("tags present")
    tags.names.clear()
    if not tags.names:
        print("tags cleared")
    try:
        odd.remove(1000)
    except e:
        print("remove failed")
    var empty = Set[Bool]()
    try:
        _ = empty.pop()
    except:
        print("pop failed")
