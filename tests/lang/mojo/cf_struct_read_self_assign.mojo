@value
struct P:
    var x: Int

    fn reset(self):
        self.x = 0
