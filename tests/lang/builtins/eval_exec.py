# compile(), eval() and exec(): globals and locals, the caller's namespace, code objects, errors.
x = 10
print(eval("x + 1"), eval("  x * 2"), eval("y", {"y": 5}), eval("a + b", {}, {"a": 1, "b": 2}))
def f():
    local = 7
    return eval("local * x")
print(f())
ns = {}
exec("def g(n):\n    return n * 3\nresult = g(4)", ns)
print(ns["result"], ns["g"](2), sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("z = 1\nw = z + 1", {}, loc)
print(loc)
code = compile("1 + 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
exec(compile("print('compiled exec')", "<s>", "exec"))
exec("global gx\ngx = 99")
print(gx)
for bad in ("1 +", "def", "x ="):
    try:
        eval(bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    compile("x", "f", "bad")
except ValueError as e:
    print("ValueError:", e)
try:
    eval(42)
except TypeError as e:
    print("TypeError:", e)
class K:
    v = 3
    w = eval("v + 1")
print(K.w)
print(eval("[i * i for i in range(4)]"), eval("lambda q: q + x")(1))
