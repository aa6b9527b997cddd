@value
struct Marker:
    pass

fn make() -> Marker:
    return Marker()

fn show():
    print(None)
    return

fn main():
    var m = make()
    show()
    print("ok")
