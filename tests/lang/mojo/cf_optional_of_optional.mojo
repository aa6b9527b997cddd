fn main():
    var o: Optional[Optional[Int]] = None
