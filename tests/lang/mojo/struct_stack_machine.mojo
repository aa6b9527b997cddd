# A tiny stack-machine interpreter: instructions as @value structs in a List, jumps, a loop computing factorials.
alias PUSH = 0
alias ADD = 1
alias MUL = 2
alias SUB = 3
alias DUP = 4
alias SWAP = 5
alias JZ = 6
alias JMP = 7
alias PRINT = 8
alias HALT = 9
alias OVER = 10


@value
struct Instr:
    var op: Int
    var arg: Int


fn run(prog: List[Instr], max_steps: Int) raises -> Int:
    var stack = List[Int]()
    var pc = 0
    var steps = 0
    while pc < len(prog):
        steps += 1
        if steps > max_steps:
            raise Error("step limit exceeded at pc " + String(pc))
        var ins = prog[pc]
        pc += 1
        if ins.op == PUSH:
            stack.append(ins.arg)
        elif ins.op == ADD or ins.op == MUL or ins.op == SUB:
            var b = stack.pop()
            var a = stack.pop()
            stack.append(a + b if ins.op == ADD else (a * b if ins.op == MUL else a - b))
        elif ins.op == DUP:
            stack.append(stack[-1])
        elif ins.op == OVER:
            stack.append(stack[-2])
        elif ins.op == SWAP:
            var b = stack.pop()
            var a = stack.pop()
            stack.append(b)
            stack.append(a)
        elif ins.op == JZ:
            if stack.pop() == 0:
                pc = ins.arg
        elif ins.op == JMP:
            pc = ins.arg
        elif ins.op == PRINT:
            print("out:", stack[-1])
        elif ins.op == HALT:
            break
        else:
            raise Error("bad opcode " + String(ins.op))
    return steps


fn main():
    # stack [acc, n]; loop: if n == 0 print acc and halt, else acc *= n and n -= 1
    var fact = List[Instr](
        Instr(PUSH, 1), Instr(PUSH, 10),
        Instr(DUP, 0), Instr(JZ, 12),
        Instr(SWAP, 0), Instr(OVER, 0), Instr(MUL, 0), Instr(SWAP, 0), Instr(PUSH, 1), Instr(SUB, 0), Instr(JMP, 2),
        Instr(HALT, 0),
        Instr(SWAP, 0), Instr(PRINT, 0), Instr(HALT, 0),
    )
    try:
        print("steps", run(fact, 1000))
        print("steps", run(List[Instr](Instr(PUSH, 2), Instr(PUSH, 3), Instr(ADD, 0), Instr(PRINT, 0)), 10))
        print("steps", run(List[Instr](Instr(JMP, 0)), 50))
    except e:
        print("error:", e)
    try:
        _ = run(List[Instr](Instr(42, 0)), 5)
    except e:
        print("error:", e)
