# Mojo's collections are built in: importing them from `collections` (or its submodules)
# costs nothing at run time, and the other names of `collections` are Python's.
from collections import List, Dict, Set, Optional
from collections.list import List
from collections import OrderedDict, Counter


fn tally(words: List[String]) -> Dict[String, Int]:
    var counts = Dict[String, Int]()
    for w in words:
        counts[w[]] = counts.get(w[], 0) + 1
    return counts


def main():
    var words = List[String]("a", "b", "a", "c", "a")
    var counts = tally(words)
    print(counts["a"], counts["b"], len(counts))
    var seen = Set[Int](3, 1, 3)
    print(len(seen), 3 in seen)
    var maybe = Optional[Int]()
    if maybe:
        print("some")
    else:
        print("none")


print(Counter("abracadabra").most_common(2))
print(OrderedDict(x=1))
