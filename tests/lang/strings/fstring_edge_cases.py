# f-string edge cases
x = 10
s = "str"
print(f"{x!r:>5}", f"{s!r:^9}", f"{s:.2}", f"{s:>{x}}")
print(f"{x:{'>'}{x}}")
print(f"{'{'}{x}{'}'}", f"{{{x}}}", f"{{x}}")
print(f"{3.14159:.{x // 4}f}", f"{x:#{x}b}")
print(f"{x if x > 5 else 0}", f"{[i for i in range(x) if i % 3 == 0]}")
print(f"{dict(a=1)['a']}", f"{'a' 'b'}", f"{x,}", f"{x, s}")
print(f"{x:}", f"{s:}", f"{''}", f"{None!s:>6}")
nested = {"k": {"j": [1, 2, 3]}}
print(f"{nested['k']['j'][-1]}")
print(f"{len(s)}{s}{len(s)}")
print(f"{x:>+10.2f}|{x:<10}|{x:^10}|")
print(f"{-x = }", f"{s = !r}", f"{x % 3 = }")
print(f"{x:c}" if x > 200 else f"{65:c}")
obj = [1, 2]
print(f"{obj!s}", f"{obj!r}", f"{obj}")
print(f"{'é'!a}", f"{'😀'!a}")
width = 6
print("\n".join([f"{i:>{width}}|{i * i:<{width}}|" for i in range(4)]))
print(f"{1_000_000:_}", f"{1e6:_.1f}", f"{12345.678:,.1f}")
print(f"{x!s:*>5}", f"{True:>5}", f"{True!s:>5}")
