"""Basic statistics of numeric data.

Results equal CPython's bit for bit: sums and sums of squares are computed exactly,
as integer ratios, and rounded to float once at the end (the rounding of int / int
is correct), square roots are correctly rounded, and the functions that CPython
computes with plain float arithmetic do the same operations in the same order.
"""

from bisect import bisect_left, bisect_right
from itertools import groupby

__all__ = ["StatisticsError", "correlation", "covariance", "fmean", "geometric_mean",
           "harmonic_mean", "linear_regression", "mean", "median", "median_grouped",
           "median_high", "median_low", "mode", "multimode", "pstdev", "pvariance",
           "quantiles", "stdev", "variance"]


class StatisticsError(ValueError):
    pass


# --- Exact rational arithmetic on (numerator, denominator) pairs, denominator > 0 ---

def _gcd(a, b):
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a


def _reduced(n, d):
    if d < 0:
        n, d = -n, -d
    g = _gcd(n, d)
    return (n // g, d // g) if g > 1 else (n, d)


def _sum_partials(partials):
    """Exact sum of {denominator: numerator} partial sums, as a reduced pair."""
    common = 1
    for d in partials:
        common = common // _gcd(common, d) * d
    return _reduced(sum(n * (common // d) for d, n in partials.items()), common)


def _isqrt(n):
    """Largest integer whose square is <= n (Newton's method from above)."""
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def _sqrt_of_ratio(n, m):
    """sqrt(n / m) correctly rounded to a float. An integer square root with enough
    extra bits, rounded to odd, rounds correctly in the final division."""
    shift = (n.bit_length() - m.bit_length() - 109) // 2
    if shift >= 0:
        m <<= 2 * shift
    else:
        n <<= -2 * shift
    root = _isqrt(n // m)
    root |= root * root * m != n
    if shift >= 0:
        return float(root << shift)
    return root / (1 << -shift)


_INF = float("inf")


def _exact_ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)  # an infinity or a NaN
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    """The type a mix of T and S values is reported in, or TypeError."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if _is_fraction_type(T) and issubclass(S, float):
        return S
    if issubclass(T, float) and _is_fraction_type(S):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _is_fraction_type(cls):
    return hasattr(cls, "numerator") and hasattr(cls, "denominator") and not issubclass(cls, (int, float))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _sum(data):
    """(type, exact sum, count): the sum is a reduced (n, d) pair, or a float when the
    data holds infinities or NaNs."""
    count = 0
    types = []
    partials = {}
    special = None
    for typ, values in groupby(data, type):
        if typ not in types:
            types.append(typ)
        for value in values:
            n, d = _exact_ratio(value)
            count += 1
            if d is None:
                special = n if special is None else special + n
            else:
                partials[d] = partials.get(d, 0) + n
    total = special if special is not None else _sum_partials(partials)
    return _result_type(types), total, count


def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count), in one pass over data."""
    if c is not None:
        T, ssd, count = _sum((d := x - c) * d for x in data)
        return T, ssd, c, count
    count = 0
    types = []
    sx = {}
    sxx = {}
    special = None
    for typ, values in groupby(data, type):
        if typ not in types:
            types.append(typ)
        for value in values:
            n, d = _exact_ratio(value)
            count += 1
            if d is None:
                special = n if special is None else special + n
                continue
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    T = _result_type(types)
    if not count:
        return T, (0, 1), (0, 1), 0
    if special is not None:
        return T, special, special, count
    sx_n, sx_d = _sum_partials(sx)
    sxx_n, sxx_d = _sum_partials({d * d: n for d, n in sxx.items()})
    # (count * sxx - sx * sx) / count, exactly.
    ssd = _reduced(count * sxx_n * sx_d * sx_d - sx_n * sx_n * sxx_d, sxx_d * sx_d * sx_d * count)
    return T, ssd, _reduced(sx_n, sx_d * count), count


def _convert(value, T):
    """An exact (n, d) value (or a float infinity/NaN) as a T."""
    if not isinstance(value, tuple):
        return value
    n, d = value
    if issubclass(T, int):
        if d == 1:
            return T(n)
        T = float
    if issubclass(T, float):
        return T(n / d)
    return T(n, d)


def _divide(value, k):
    """value / k for an exact pair (or a float special value)."""
    if not isinstance(value, tuple):
        return value / k
    return _reduced(value[0], value[1] * k)


def _as_float(x):
    """float(x) the way C's PyFloat_AsDouble reads it."""
    if isinstance(x, float):
        return x
    cls = type(x)
    if hasattr(cls, "__float__"):
        return x.__float__()
    if hasattr(cls, "__index__"):
        return float(x.__index__())
    raise TypeError(f"must be real number, not {cls.__name__}")


_OVERFLOW_2X = 2 ** 1025 - 2 ** 971  # twice the smallest magnitude that rounds to infinity


def _fsum(values):
    """The correctly rounded sum of the values as floats, like math.fsum, including its
    OverflowError when a partial sum leaves the float range."""
    partials = {}  # exact sum of the finite values since the last infinity or NaN
    running = 0.0  # its rough float value, to notice possible overflow cheaply
    nan = saw_pos_inf = saw_neg_inf = False
    for value in values:
        value = _as_float(value)
        if value - value == 0.0:
            n, d = value.as_integer_ratio()
            partials[d] = partials.get(d, 0) + n
            running += value
            if running - running != 0.0:
                n, d = _sum_partials(partials)
                if abs(n) * 2 >= _OVERFLOW_2X * d:
                    raise OverflowError("intermediate overflow in fsum")
                running = n / d
            continue
        # Like math.fsum, a special value discards the finite partial sums.
        partials.clear()
        running = 0.0
        if value != value:
            nan = True
        elif value > 0:
            saw_pos_inf = True
        else:
            saw_neg_inf = True
    if saw_pos_inf and saw_neg_inf:
        raise ValueError("-inf + inf in fsum")
    if nan:
        return _INF - _INF
    if saw_pos_inf or saw_neg_inf:
        return _INF if saw_pos_inf else -_INF
    if not partials:
        return 0.0
    n, d = _sum_partials(partials)
    return n / d


# --- Averages ---

def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(_divide(total, n), T)


def fmean(data, weights=None):
    try:
        n = len(data)
    except TypeError:
        n = 0
        items = data

        def counted():
            nonlocal n
            for n, x in enumerate(items, start=1):
                yield x

        data = counted()
    if weights is None:
        total = _fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = _fsum(x * w for x, w in zip(data, weights))
    if n != num_weights:
        raise StatisticsError("data and weights must be the same length")
    den = _fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    import math

    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def _fail_neg(values, errmsg):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _is_real(x):
    return isinstance(x, (int, float)) or _is_fraction_type(type(x))


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if not _is_real(x):
            raise TypeError("unsupported type")
        if x < 0:
            raise StatisticsError(errmsg)
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        checked = _fail_neg(data, errmsg)
        T, total, _ = _sum(w / x if w else 0 for w, x in zip(weights, checked))
    except ZeroDivisionError:
        return 0
    if not isinstance(total, tuple):
        if total <= 0:
            raise StatisticsError("Weighted sum must be positive")
        return _convert(sum_weights, T) / total
    if total[0] <= 0:
        raise StatisticsError("Weighted sum must be positive")
    if not isinstance(sum_weights, tuple):
        return sum_weights / (total[0] / total[1])
    return _convert(_reduced(sum_weights[0] * total[1], sum_weights[1] * total[0]), T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # The run of values equal to the middle one.
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - i) / (j - i)


def _counts(data):
    counts = {}
    for value in data:
        counts[value] = counts.get(value, 0) + 1
    return counts


def mode(data):
    counts = _counts(iter(data))
    if not counts:
        raise StatisticsError("no mode for empty data")
    best, best_count = None, 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    return best


def multimode(data):
    counts = _counts(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    result = []
    if method == "inclusive":
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")


# --- Spread ---

def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(_divide(ss, n), T)


def _sqrt_of_mean_square(mss):
    if not isinstance(mss, tuple):
        # CPython reaches for .numerator here and fails the same way.
        raise AttributeError(f"'{type(mss).__name__}' object has no attribute 'numerator'")
    return _sqrt_of_ratio(*mss)


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _sqrt_of_mean_square(_divide(ss, n - 1))


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _sqrt_of_mean_square(_divide(ss, n))


# --- Relations between two inputs ---

def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def _float_sqrt(x):
    """math.sqrt for a float >= 0 (IEEE square roots are correctly rounded)."""
    if x != x or x == _INF:
        return x
    if x < 0:
        raise ValueError("math domain error")
    return _sqrt_of_ratio(*x.as_integer_ratio())


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = _fsum(x) / n
    ybar = _fsum(y) / n
    sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = _fsum((d := xi - xbar) * d for xi in x)
    syy = _fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / _float_sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


class LinearRegression(tuple):
    """The (slope, intercept) named tuple linear_regression returns."""

    _fields = ("slope", "intercept")

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    slope = property(lambda self: self[0])
    intercept = property(lambda self: self[1])

    def __repr__(self):
        return f"LinearRegression(slope={self[0]!r}, intercept={self[1]!r})"


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = _fsum(xi * yi for xi, yi in zip(x, y))
        sxx = _fsum(xi * xi for xi in x)
    else:
        xbar = _fsum(x) / n
        ybar = _fsum(y) / n
        sxy = _fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = _fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
