"""HMAC (RFC 2104): keyed message authentication on top of hashlib."""

import hashlib as _hashlib

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))
digest_size = None

__all__ = ["HMAC", "new", "digest", "compare_digest"]


def _digest_constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        try:
            _hashlib.new(digestmod)
        except ValueError:
            # CPython reports OpenSSL's error for an unknown name here.
            raise ValueError("[digital envelope routines] unsupported") from None
        return lambda data=b"": _hashlib.new(digestmod, data)
    return lambda data=b"": digestmod.new(data)


def _xor(data, table):
    return bytes(table[b] for b in data)


class HMAC:
    """hash(key ^ opad + hash(key ^ ipad + message)) with the digest's block size."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _digest_constructor(digestmod)
        self._inner = make()
        self._outer = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, "block_size", 64)
        if block < 16:
            block = self.blocksize
        if len(key) > block:
            key = make(key).digest()
        self.block_size = block
        key = bytes(key) + b"\x00" * (block - len(key))
        self._inner.update(_xor(key, trans_36))
        self._outer.update(_xor(key, trans_5C))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = HMAC.__new__(HMAC)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b for ASCII str or bytes-like values, in time that does not depend on where
    they differ."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            a = a.encode("ascii")
            b = b.encode("ascii")
        except UnicodeEncodeError:
            raise TypeError("comparing strings with non-ASCII characters is not supported")
    else:
        buffers = (bytes, bytearray)
        if not isinstance(a, buffers) and not isinstance(b, buffers):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            "'%s' and '%s'" % (type(a).__name__, type(b).__name__))
        for value in (a, b):
            if not isinstance(value, buffers):
                raise TypeError("a bytes-like object is required, not '%s'"
                                % type(value).__name__)
    # Unequal lengths still walk a whole operand.
    result = 0 if len(a) == len(b) else 1
    for x, y in zip(a, b if len(a) == len(b) else a):
        result |= x ^ y
    return result == 0
