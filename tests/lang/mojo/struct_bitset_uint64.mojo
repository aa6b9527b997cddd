# A 64-element bit set in a UInt64 field: add/remove/contains, union/intersection operators, iteration, count.
@value
struct BitSet:
    var bits: UInt64

    fn add(mut self, i: Int):
        self.bits |= UInt64(1) << UInt64(i)

    fn remove(mut self, i: Int):
        self.bits &= ~(UInt64(1) << UInt64(i))

    fn contains(self, i: Int) -> Bool:
        return (self.bits >> UInt64(i)) & 1 == 1

    fn __or__(self, o: BitSet) -> BitSet:
        return BitSet(self.bits | o.bits)

    fn __and__(self, o: BitSet) -> BitSet:
        return BitSet(self.bits & o.bits)

    fn count(self) -> Int:
        var n = 0
        var b = self.bits
        while b != 0:
            b &= b - 1
            n += 1
        return n

    fn items(self) -> String:
        var s = String("{")
        for i in range(64):
            if self.contains(i):
                if len(s) > 1:
                    s += ", "
                s += String(i)
        return s + "}"


fn main():
    var evens = BitSet(0)
    var primes = BitSet(0)
    for i in range(0, 20, 2):
        evens.add(i)
    for p in List[Int](2, 3, 5, 7, 11, 13, 17, 19, 63):
        primes.add(p)
    print(evens.items(), evens.count())
    print(primes.items(), primes.count(), primes.bits)
    print((evens & primes).items(), (evens | primes).count())
    primes.remove(63)
    primes.remove(4)
    print(primes.bits, primes.contains(7), primes.contains(8))
    var full = BitSet(~UInt64(0))
    print(full.count(), full.contains(63), BitSet(0).items())
