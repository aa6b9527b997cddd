# A def written as typed Mojo has its errors reported like a fn's.
def with_default(x: Int = 4) -> Int:
    return x


def countdown(n: Int):
    while n > 0:
        yield n


def wrong_result(x: Int) -> Int:
    return "no"


def untyped_with_mut(mut total, x: Int):
    total += x


def declared():
    var count: Int = "three"
    print(count)


def main():
    print(wrong_result(1))
