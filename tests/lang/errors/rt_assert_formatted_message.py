xs = [1, 2, 3]
assert len(xs) == 4, f"expected 4 items, got {len(xs)}: {xs}"
