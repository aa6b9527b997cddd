# A List returned to Python code becomes a list of Python values; a Python list passed
# to a List parameter is copied into a new List.
fn squares(n: Int) -> List[Int]:
    var out = List[Int]()
    for i in range(n):
        out.append(i * i)
    return out

fn halves(n: Int) -> List[Float64]:
    var out = List[Float64]()
    for i in range(n):
        out.append(Float64(i) / 2.0)
    return out

fn words() -> List[String]:
    return ["a", "bc"]

fn total(l: List[Int]) -> Int:
    return len(l)

@value
struct Pair:
    var a: Int
    var b: Int

fn pairs() -> List[Pair]:
    return [Pair(1, 2)]

fn count_pairs(l: List[Pair]) -> Int:
    return len(l)

fn append_one(owned l: List[Int]) -> List[Int]:
    l.append(1)
    return l

def main():
    print(squares(5), halves(3), words(), [True] == [b for b in [True]])
    numbers = [5, 6]
    print(total([1, 2]), total([]), append_one(numbers), numbers)
    for bad in [(1, 2), [1, 2.5], [True, 2**70]]:
        try:
            total(bad)
        except (TypeError, OverflowError) as e:
            print(type(e).__name__ + ":", e)
    try:
        count_pairs([])
    except TypeError as e:
        print("TypeError:", e)
    try:
        pairs()
    except TypeError as e:
        print("TypeError:", e)
