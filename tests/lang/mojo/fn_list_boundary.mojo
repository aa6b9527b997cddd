# A List returned to Python code becomes a list of Python values.
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

def main():
    print(squares(5), halves(3), words(), [True] == [b for b in [True]])
    try:
        total([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    try:
        pairs()
    except TypeError as e:
        print("TypeError:", e)
