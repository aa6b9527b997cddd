# A growable stack of Int backed by an UnsafePointer field, used for bracket matching and RPN.
struct IntStack:
    var data: UnsafePointer[Int]
    var size: Int
    var capacity: Int

    fn __init__(out self):
        self.capacity = 2
        self.data = UnsafePointer[Int].alloc(self.capacity)
        self.size = 0

    fn push(mut self, x: Int):
        if self.size == self.capacity:
            var bigger = UnsafePointer[Int].alloc(self.capacity * 2)
            for i in range(self.size):
                bigger[i] = self.data[i]
            self.data.free()
            self.data = bigger
            self.capacity *= 2
        self.data[self.size] = x
        self.size += 1

    fn pop(mut self) raises -> Int:
        if self.size == 0:
            raise Error("pop from empty stack")
        self.size -= 1
        return self.data[self.size]

    fn release(mut self):
        self.data.free()


fn balanced(text: String) -> Bool:
    alias opens = "([{"
    alias closes = ")]}"
    var stack = IntStack()
    var ok = True
    for i in range(len(text)):
        var c = text[i]
        if opens.find(c) >= 0:
            stack.push(opens.find(c))
        elif closes.find(c) >= 0:
            try:
                if stack.pop() != closes.find(c):
                    ok = False
            except:
                ok = False
    if stack.size != 0:
        ok = False
    stack.release()
    return ok


fn rpn(expr: String) raises -> Int:
    var stack = IntStack()
    for i in range(len(expr)):
        var c = expr[i]
        if c.isdigit():
            stack.push(Int(c))
        elif c != " ":
            var b = stack.pop()
            var a = stack.pop()
            if c == "+":
                stack.push(a + b)
            elif c == "-":
                stack.push(a - b)
            elif c == "*":
                stack.push(a * b)
            else:
                stack.push(a // b)
    var result = stack.pop()
    print("capacity", stack.capacity)
    stack.release()
    return result


fn main() raises:
    for t in List[String]("([]{()})", "([)]", "((", "", "}"):
        print("'" + t + "'", balanced(t))
    print(rpn("3 4 + 2 *"), rpn("9 3 - 4 /"), rpn("1 2 3 4 5 6 7 + + + + + +"))
    try:
        print(rpn("1 +"))
    except e:
        print("error:", e)
