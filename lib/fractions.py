"""Rational numbers: Fraction(numerator, denominator), always kept in lowest terms with a
positive denominator."""

__all__ = ["Fraction"]

# sys.hash_info.modulus and .inf of 64-bit builds.
_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _isfinite(x):
    return x == x and x not in (float("inf"), float("-inf"))


def _digits(text, allow_empty=False):
    """int of a run of decimal digits with single underscores between them, or None."""
    if not text:
        return 0 if allow_empty else None
    if text[0] == "_" or text[-1] == "_" or "__" in text:
        return None
    plain = text.replace("_", "")
    if not (plain.isdigit() and plain.isascii()):
        return None
    return int(plain)


def _parse(text):
    """(numerator, denominator) of a string like ' -3/4 ', '1.5e-3', '7'; None if invalid."""
    s = text.strip()
    sign = 1
    if s[:1] in ("+", "-"):
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if "/" in s:
        num_text, _, den_text = s.partition("/")
        num, den = _digits(num_text), _digits(den_text)
        if num is None or den is None:
            return None
        return sign * num, den
    exponent = 0
    lower = s.lower()
    if "e" in lower:
        s, _, exp_text = lower.partition("e")
        exp_sign = 1
        if exp_text[:1] in ("+", "-"):
            exp_sign = -1 if exp_text[0] == "-" else 1
            exp_text = exp_text[1:]
        exp_value = _digits(exp_text)
        if exp_value is None:
            return None
        exponent = exp_sign * exp_value
    int_text, dot, frac_text = s.partition(".")
    if not int_text and not frac_text:
        return None
    whole = _digits(int_text, allow_empty=bool(dot))
    fraction = _digits(frac_text, allow_empty=True)
    if whole is None or fraction is None:
        return None
    num = whole * 10 ** len(frac_text.replace("_", "")) + fraction
    den = 10 ** len(frac_text.replace("_", ""))
    if exponent >= 0:
        num *= 10 ** exponent
    else:
        den *= 10 ** -exponent
    return sign * num, den


def _operator_pair(name, exact, inexact):
    """__op__ and __rop__ for Fraction: exact(Fraction, Fraction) for rationals,
    inexact(x, y) on floats or complex numbers otherwise."""
    def forward(a, b):
        if _is_rational(b):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if _is_rational(a):
            return exact(Fraction(a), b)
        if isinstance(a, float):
            return inexact(a, float(b))
        if isinstance(a, complex):
            return inexact(a, complex(b))
        return NotImplemented

    forward.__name__ = f"__{name}__"
    reverse.__name__ = f"__r{name}__"
    return forward, reverse


def _add(a, b):
    da, db = a.denominator, b.denominator
    return Fraction(a.numerator * db + b.numerator * da, da * db)


def _sub(a, b):
    da, db = a.denominator, b.denominator
    return Fraction(a.numerator * db - b.numerator * da, da * db)


def _mul(a, b):
    return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _div(a, b):
    if b.numerator == 0:
        raise ZeroDivisionError(f"Fraction({a.numerator * b.denominator}, 0)")
    return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)


def _floordiv(a, b):
    return (a.numerator * b.denominator) // (a.denominator * b.numerator)


def _divmod(a, b):
    da, db = a.denominator, b.denominator
    div, n_mod = divmod(a.numerator * db, da * b.numerator)
    return div, Fraction(n_mod, da * db)


def _mod(a, b):
    da, db = a.denominator, b.denominator
    return Fraction((a.numerator * db) % (b.numerator * da), da * db)


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75), Fraction(x)."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super().__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                numerator, denominator = int(numerator), 1
            elif isinstance(numerator, float):
                numerator, denominator = numerator.as_integer_ratio()
                _normalize = False
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError(f"Fraction({numerator}, 0)")
        if _normalize:
            g = _gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} "
                            f"({type(f).__name__})")
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion; the answer is the last convergent that
        # fits or the best semiconvergent after it.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semiconvergent = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return f"{type(self).__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    # ---- arithmetic: Fractions and ints give Fractions, floats floats, complex complex

    __add__, __radd__ = _operator_pair("add", _add, lambda x, y: x + y)
    __sub__, __rsub__ = _operator_pair("sub", _sub, lambda x, y: x - y)
    __mul__, __rmul__ = _operator_pair("mul", _mul, lambda x, y: x * y)
    __truediv__, __rtruediv__ = _operator_pair("truediv", _div, lambda x, y: x / y)
    __floordiv__, __rfloordiv__ = _operator_pair("floordiv", _floordiv, lambda x, y: x // y)
    __divmod__, __rdivmod__ = _operator_pair("divmod", _divmod, divmod)
    __mod__, __rmod__ = _operator_pair("mod", _mod, lambda x, y: x % y)

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power,
                                    _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError(f"Fraction({a._denominator ** -power}, 0)")
                if a._numerator > 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power,
                                    _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                                _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        # The numeric hash: equal to hash(int) / hash(float) for equal values.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    # ---- comparisons: exact, also against floats

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _isfinite(b):
                return a == a.from_float(b)
            return False
        return NotImplemented

    def _compare(a, b, op):
        if _is_rational(b):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            if _isfinite(b):
                return op(a, a.from_float(b))
            return op(0.0, b)
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._compare(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._compare(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._compare(b, lambda x, y: x >= y)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()
