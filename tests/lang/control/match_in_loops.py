# match statements inside loops driving a tiny interpreter
program = [("push", 3), ("push", 4), ("add",), ("push", 5), ("mul",), ("dup",), ("print",), ("pop",), ("jmpz", 0), ("halt",)]
stack = []
pc = 0
steps = 0
while True:
    steps += 1
    match program[pc]:
        case ("push", v):
            stack.append(v)
        case ("add",):
            b, a = stack.pop(), stack.pop()
            stack.append(a + b)
        case ("mul",):
            b, a = stack.pop(), stack.pop()
            stack.append(a * b)
        case ("dup",):
            stack.append(stack[-1])
        case ("print",):
            print("top:", stack[-1])
        case ("pop",):
            stack.pop()
        case ("jmpz", target) if stack and stack[-1] == 0:
            pc = target
            continue
        case ("jmpz", _):
            pass
        case ("halt",):
            break
        case other:
            print("unknown", other)
            break
    pc += 1
print("stack", stack, "steps", steps)
tokens = ["12", "+", "x", "-", "3.5", "*", "(", ")"]
for t in tokens:
    match t:
        case "+" | "-" | "*" | "/":
            kind = "op"
        case "(" | ")":
            kind = "paren"
        case _ if t.isdigit():
            kind = "int"
        case _ if t.replace(".", "", 1).isdigit():
            kind = "float"
        case _:
            kind = "name"
    print(t, kind)
