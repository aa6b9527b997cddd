# io.StringIO (newline modes, positions in characters) and io.BytesIO.
import io
s = io.StringIO("hello\nworld\r\nx\ry", newline=None); print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline=None); s.write("a\r\nb\rc\n"); print(repr(s.getvalue()), repr(s.newlines))
s = io.StringIO("a\r\nb\rc\n", newline=""); print(s.readlines())
s = io.StringIO("a\r\nb\rc\n"); print(s.readlines(), s.newlines)
s = io.StringIO(newline="\r\n"); s.write("a\nb"); print(repr(s.getvalue()))
s = io.StringIO(newline="\r"); s.write("a\nb\rc"); s.seek(0); print(s.readlines())
s = io.StringIO(); s.write("abc"); s.seek(10); s.write("x"); print(repr(s.getvalue()), s.tell())
s = io.StringIO("héllo wörld ✓\nsecond line\nthird")
print(s.read(3), s.tell(), s.readline(), s.readline(4), s.readline(), s.read(), repr(s.read()), s.tell())
s.seek(0); print([line for line in s]); s.seek(0); print(list(s), s.seek(0, 2), s.seek(0))
print(s.readlines(5), s.truncate(4), repr(s.getvalue()), s.tell(), s.seekable(), s.readable(), s.writable(), s.isatty(), s.closed, s.line_buffering)
s = io.StringIO()
print("printed", 42, file=s)
print("more", end="", file=s)
s.writelines(["a\n", "b\n"])
print(repr(s.getvalue()), type(s).__name__, type(s).__module__)
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
b = io.BytesIO(b"line1\nline2\nrest")
print(b.read(3), b.readline(), b.readlines(), b.tell(), b.seek(-4, 2), b.read(), b.seek(2), b.seek(3, 1), b.read1(2))
b = io.BytesIO(); print(b.write(b"abc"), b.write(bytearray(b"de")), b.getvalue(), b.seek(10), b.write(b"z"), b.getvalue(), b.truncate(3), b.getvalue(), b.tell())
b.seek(0); print(list(b), b.closed, type(b).__name__)
b.writelines([b"x", b"y"]); print(b.getvalue())
for e in [lambda: io.StringIO(1), lambda: io.StringIO().write(1), lambda: io.StringIO(newline="x"), lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 3),
          lambda: io.StringIO().read("a"), lambda: io.BytesIO("a"), lambda: io.BytesIO().write("a"), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO(b"abc").seek(-5, 2), lambda: io.StringIO().fileno(),
          lambda: io.StringIO().truncate(-1), lambda: io.StringIO("abc").truncate(), lambda: io.StringIO("a", "b", "c"), lambda: io.StringIO().seek(1.5), lambda: io.StringIO(newline=1), lambda: io.BytesIO().truncate(-2),
          lambda: io.StringIO().seek(0, 1), lambda: io.StringIO("ab").seek(0, 2), lambda: io.StringIO(None).getvalue(), lambda: io.StringIO(initial_value="kw").read()]:
    try: print(e())
    except Exception as x: print(type(x).__name__, x)
s = io.StringIO(); s.close()
for e in [lambda: s.write("a"), lambda: s.read(), lambda: s.getvalue(), lambda: s.closed, lambda: s.tell(), lambda: next(iter(s)), lambda: s.close(), lambda: s.seek(0), lambda: s.readline()]:
    try: print(e())
    except Exception as x: print(type(x).__name__, x)
b = io.BytesIO(); b.close()
for e in [lambda: b.write(b"a"), lambda: b.getvalue(), lambda: b.read(), lambda: b.closed, lambda: b.close()]:
    try: print(e())
    except Exception as x: print(type(x).__name__, x)
