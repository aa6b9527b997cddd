struct Holder:
    var d: Dict[String, Int]

fn main():
    pass
