# choice, choices (weights and cumulative weights), shuffle, sample (with counts).
import random

random.seed(2024)
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(1000)))
print(random.choices(range(10), k=8))
print(random.choices("abc", weights=[1, 2, 3], k=10))
print(random.choices("abc", cum_weights=[1, 3, 6], k=10))
print(random.choices(["x", "y"], [0.25, 0.75]))
cards = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(cards)
print(cards[:13])
for trial in range(5):
    deck = list(range(20))
    random.shuffle(deck)
    print(deck)
print(random.sample(range(100), 10))
print(random.sample(range(10**9), 6))
print(random.sample("abcdefg", 7))
print(random.sample(["red", "blue"], 5, counts=[4, 2]))
print(random.sample(("a", "b", "c"), k=0))
print(sorted(random.sample(range(50), 40)))
big = list(range(1000))
print(random.sample(big, 25))
print(random.randbytes(12))
for n in (1, 2, 3, 7, 100, 2**31, 2**64 + 1):
    print(n, [random.randrange(n) for _ in range(6)])
print([random.randrange(-50, 50, 7) for _ in range(10)], [random.randrange(100, 0, -3) for _ in range(10)])
print([random.randint(-3, 3) for _ in range(20)])
print([random.getrandbits(k) for k in (0, 1, 8, 31, 32, 33, 64, 65, 200)])
