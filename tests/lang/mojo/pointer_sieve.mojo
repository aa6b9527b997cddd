# The sieve of Eratosthenes on an UnsafePointer[Bool], counted and summed.
from memory import memset_zero


fn sieve(limit: Int) -> UnsafePointer[Bool]:
    var composite = UnsafePointer[Bool].alloc(limit)
    memset_zero(composite, limit)
    var i = 2
    while i * i < limit:
        if not composite[i]:
            var j = i * i
            while j < limit:
                composite[j] = True
                j += i
        i += 1
    return composite


fn main():
    for limit in List[Int](10, 100, 1000, 10000):
        var composite = sieve(limit)
        var count = 0
        var total = 0
        var largest = 0
        for n in range(2, limit):
            if not composite[n]:
                count += 1
                total += n
                largest = n
        print(limit, count, total, largest)
        composite.free()
