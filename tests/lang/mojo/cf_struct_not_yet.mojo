struct Point:
    var x: Int
    var y: Int

fn main():
    print(1)
