# hashlib on OpenSSL: every guaranteed algorithm, update/copy/digest/hexdigest, and the errors.
import hashlib
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"hello world")
    if name.startswith("shake"):
        print(name, h.name, h.digest_size, h.block_size, type(h).__name__, h.hexdigest(20), h.digest(5))
    else:
        print(name, h.name, h.digest_size, h.block_size, type(h).__name__, h.hexdigest())
h = hashlib.sha256()
h.update(b"abc")
c = h.copy()
h.update(bytearray(b"def"))
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b"abcdef").hexdigest() == h.hexdigest())
print(hashlib.md5(string=b"x").hexdigest(), hashlib.sha1(b"x", usedforsecurity=False).digest())
print(hashlib.sha512(b"a" * 100000).hexdigest())
tests = [lambda: hashlib.md5("a"), lambda: hashlib.md5(1), lambda: hashlib.new("foo"), lambda: hashlib.md5().update("x"),
  lambda: hashlib.md5(b"", b""), lambda: hashlib.md5(data=b"x"), lambda: hashlib.md5().update(), lambda: hashlib.md5().hexdigest(1), lambda: hashlib.new(1), lambda: hashlib.new("SHA256").name]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
