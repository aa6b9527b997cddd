# hmac on top of hashlib: new/update/copy/digest/hexdigest, digest(), compare_digest.
import hashlib
import hmac

h = hmac.new(b"key", b"msg", "sha256")
print(h.name, h.digest_size, h.block_size, h.hexdigest())
h2 = h.copy()
h2.update(b"more")
print(h2.hexdigest(), h.hexdigest())
print(hmac.digest(b"k" * 100, b"m", "md5"), hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
print(hmac.new(b"k", digestmod=hashlib.sha1).hexdigest(), hmac.new(bytearray(b"k"), digestmod="sha512").hexdigest())
print(hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha384).hexdigest())
print(hmac.compare_digest(b"abc", b"abd"), hmac.compare_digest(b"abc", b"ab"), hmac.compare_digest(bytearray(b"x"), b"x"))
for e in [lambda: hmac.new(b"k"), lambda: hmac.new("k", digestmod="md5"), lambda: hmac.compare_digest("a", b"a"),
          lambda: hmac.new(b"k", "m", "md5"), lambda: hmac.compare_digest(1, 2), lambda: hmac.new(b"k", digestmod="nope")]:
    try:
        print(e())
    except Exception as x:
        print(type(x).__name__, x)
