# Each value is destroyed right after its last use, not at the end of its scope
# (the example of Mojo's "Death of a value" page, with a destructor that prints).


struct MyPet:
    var name: String
    var age: Int

    fn __init__(out self, name: String, age: Int):
        self.name = name
        self.age = age

    fn __del__(owned self):
        print("Destruct", self.name)


fn pets():
    var a = MyPet("Loki", 4)
    var b = MyPet("Sylvie", 2)
    print(a.name)
    # a's value ends here: the next event is a new value
    a = MyPet("Charlie", 8)
    # "Charlie" is never used: it ends at once
    print(b.name)
    # b ends here


fn unused():
    var x = MyPet("Unused", 1)
    print("x is never read after its declaration")
    var y = MyPet("Read twice", 2)
    print(y.name)
    print("between the two reads")
    print(y.age)
    print("y is gone")


fn main():
    pets()
    print("--")
    unused()
