# Mutually recursive fns: even/odd parity, Hofstadter's Female and Male sequences, and a recursive-descent
# digit-string checker alternating between two states.
fn is_even(n: Int) -> Bool:
    if n == 0:
        return True
    return is_odd(n - 1)


fn is_odd(n: Int) -> Bool:
    if n == 0:
        return False
    return is_even(n - 1)


fn female(n: Int) -> Int:
    if n == 0:
        return 1
    return n - male(female(n - 1))


fn male(n: Int) -> Int:
    if n == 0:
        return 0
    return n - female(male(n - 1))


fn expect_digit(s: String, i: Int) -> Bool:
    if i == len(s):
        return False
    return s[i].isdigit() and expect_sep_or_end(s, i + 1)


fn expect_sep_or_end(s: String, i: Int) -> Bool:
    if i == len(s):
        return True
    if s[i] == ",":
        return expect_digit(s, i + 1)
    return s[i].isdigit() and expect_sep_or_end(s, i + 1)


fn main():
    print(is_even(10), is_odd(7), is_even(7), is_odd(0), is_even(99))
    var f = String("")
    var m = String("")
    for n in range(15):
        f += String(female(n)) + " "
        m += String(male(n)) + " "
    print("F:", f)
    print("M:", m)
    for s in List[String]("1,22,333", "1,,2", "12,", "", "7", "a,1"):
        print("'" + s + "'", expect_digit(s, 0))
