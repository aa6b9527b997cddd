struct P:
    var x: Int
    var y: Int

    fn __init__(out self, x: Int):
        self.x = x
