@value
struct Version:
    var major: Int
    var minor: Int

    fn __lt__(self, other: Version) -> Bool:
        return self.major < other.major or (self.major == other.major and self.minor < other.minor)

    fn __eq__(self, other: Version) -> Bool:
        return self.major == other.major and self.minor == other.minor

    fn __ne__(self, other: Version) -> Bool:
        return not (self == other)

fn main():
    var a = Version(1, 2)
    var b = Version(1, 10)
    print(a < b, b < a, a == a, a != b, a < b < Version(2, 0))
