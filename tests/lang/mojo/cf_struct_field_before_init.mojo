struct P:
    var x: Int
    var y: Int

    fn __init__(out self):
        self.y = self.x + 1
        self.x = 0
