try:
    [][0]
except IndexError:
    raise ValueError("empty input") from None
