# Nested loops of Python code: the outer loop's trace calls the inner loop's trace, whose
# exits (by either condition of a while loop, by a break, by a value of another type) the
# outer one must follow; carried values come back from the inner loop in the frame.


def escape_grid(n, limit):
    inside = 0
    total = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = zi = 0.0
            i = 0
            while i < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                i += 1
            if i == limit:
                inside += 1
            else:
                total += i
    return inside, total


def triangle(n):
    count = 0
    for i in range(n):
        j = 0
        while j < i:
            if (i * j) % 97 == 96:
                break
            count += j
            j += 1
    return count


def matrix_sum(rows):
    total = 0
    for row in rows:
        for v in row:
            total += v
    return total


def carried_type_change(n):
    acc = 0
    for i in range(n):
        for j in range(10):
            acc += j
        if i == n // 2:
            acc = acc * 1.0
    return acc


def after_inner(n):
    # values the inner loop leaves in the frame, compared and combined afterwards: negative
    # ints and bools read back from the frame must be unboxed, not used as their bits
    below = 0
    flags = 0
    for y in range(n):
        d = 0
        k = 0
        while k < y % 13:
            d -= 3
            k += 1
        done = k == y % 13
        if d < -20:
            below += d
        if done:
            flags += 1
    return below, flags


print(escape_grid(60, 40))
print(after_inner(300))
print(triangle(400))
print(matrix_sum([[i * j for j in range(30)] for i in range(30)]))
print(matrix_sum([[1, 2.5], [3, 2**80], [4.25]]))
print(carried_type_change(500))
