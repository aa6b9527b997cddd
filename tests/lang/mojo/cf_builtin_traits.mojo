@value
struct A(Stringable, Sized):
    var x: Int

    fn __str__(self) -> Int:
        return self.x

@value
struct B(Comparable):
    var x: Int

    fn __lt__(self, other: B) -> Bool:
        return self.x < other.x

fn main():
    print(A(1))
