# f-strings: nested fields in format spec and debug form
width = 10
prec = 3
value = 12.3456789
print(f"{value:{width}.{prec}f}|")
print(f"{value:>{width}}|")
fill = '*'
align = '^'
print(f"{'mid':{fill}{align}{width}}")
print(f"{42:{'x'}}")
for w in range(3, 7):
    print(f"[{w:{w}d}]")
x = 7
y = 'text'
print(f"{x=}")
print(f"{y=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{y=!s}")
print(f"{value=:.2f}")
print(f"{x + 1 = }")
print(f"{[1,2]=}")
items = [1.5, 2.25, 3.125]
print(f"{', '.join([f'{v:.1f}' for v in items])}")
print(f"{'nested ' + f'{x}'}")
print(f"{f'{x:>{width}}'}|")
print(f"{x:#0{width}x}")
print(f"{-x:0{width}d}")
print(f"{len(y)=}, {y.upper()=}")
