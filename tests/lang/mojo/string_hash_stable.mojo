# The hash of a String is the same for equal texts (all 64 bits of it, not a box's address).
fn main():
    var a = String("a")
    print(hash("a") == hash(a), a.__hash__() == StringLiteral.__hash__("a"))
    print(hash("a") != hash("b"), String.__hash__("a") == String.__hash__("a"))
    var same = 0
    for i in range(100):
        if hash(String("k", i)) == hash(String("k", i)):
            same += 1
    print(same)
