import hashlib

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

for name in ["md5", "sha1", "sha256"]:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b"abc")
    c = h.copy()
    c.update(b"def")
    print(h.hexdigest(), c.hexdigest())
    print(c.hexdigest() == hashlib.new(name, b"abcdef").hexdigest())
    print(getattr(hashlib, name)(b"abc").digest() == h.digest(), len(h.digest()))
    print(type(h.digest()).__name__, h.digest()[:4])

h = hashlib.sha256()
for chunk in [b"", b"a", bytearray(b"bc"), bytes(b"de")]:
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"abcde").hexdigest())
print(hashlib.md5(b"x" * 1000).hexdigest(), hashlib.sha1(b"\x00" * 64).hexdigest())
print(hashlib.sha256(b"The quick brown fox jumps over the lazy dog").hexdigest())
print(hashlib.md5(string=b"abc").hexdigest() == hashlib.md5(b"abc").hexdigest())
print(hashlib.new("SHA256", b"a").name, hashlib.new("MD5").name)
print(sorted(a for a in hashlib.algorithms_guaranteed if a in ("md5", "sha1", "sha256")))
print({"md5", "sha1", "sha256"} <= hashlib.algorithms_available)
d1 = hashlib.sha1(b"one")
d2 = d1.copy()
d1.update(b"two")
print(d1.hexdigest() != d2.hexdigest(), d2.hexdigest() == hashlib.sha1(b"one").hexdigest())
print(hashlib.sha1(b"abc").hexdigest() == hashlib.sha1(b"abc").digest().hex())

show("str update", lambda: hashlib.sha256().update("text"))
show("str ctor", lambda: hashlib.md5("text"))
show("int ctor", lambda: hashlib.sha1(5))
show("none update", lambda: hashlib.sha1().update(None))
show("list update", lambda: hashlib.md5().update([1]))
show("unknown", lambda: hashlib.new("nosuchhash"))
show("new int", lambda: hashlib.new(5))
show("new str data", lambda: hashlib.new("md5", "abc"))
