fn count_primes(limit: Int) -> Int:
    var count = 0
    for n in range(2, limit):
        var prime = True
        var d = 2
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
    return count

fn main():
    print(count_primes(100), count_primes(10000))
