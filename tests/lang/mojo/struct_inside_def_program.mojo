@value
struct Acc:
    var total: Int

    fn add(mut self, x: Int):
        self.total += x

fn sum_to(n: Int) -> Int:
    var acc = Acc(0)
    for i in range(n + 1):
        acc.add(i)
    return acc.total

def main():
    results = [sum_to(k) for k in range(5)]
    print(results)
