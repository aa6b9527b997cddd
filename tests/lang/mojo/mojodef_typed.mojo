# A def written as typed Mojo (typed arguments, `var`, the static library) is Mojo's def:
# typed code that may raise, as `fn ... raises`.
from collections import List, Optional
from testing import assert_equal, assert_true


@value
struct Account:
    var owner: String
    var cents: Int


def deposit(mut account: Account, cents: Int):
    if cents <= 0:
        raise Error("deposit must be positive")
    account.cents += cents


def total(accounts: List[Account]) -> Int:
    var sum = 0
    for a in accounts:
        sum += a[].cents
    return sum


def test_deposit():
    var a = Account("ada", 100)
    deposit(a, 250)
    assert_equal(a.cents, 350)


def test_wrapping():
    # Int is 64-bit and wraps, as in fn code (a Python def would print a big int).
    var m: Int = 9223372036854775807
    m += 1
    assert_true(m < 0)
    print("wrapped to", m)


def test_optional():
    var o = Optional[Int](7)
    assert_equal(o.value() * 6, 42)


def footer() -> None:
    var done = True
    if done:
        print("-- done --")


def main():
    test_deposit()
    test_wrapping()
    test_optional()
    var accounts = List[Account]()
    accounts.append(Account("ada", 1250))
    accounts.append(Account("grace", 3075))
    print("total:", total(accounts))
    var first = accounts[0]
    try:
        deposit(first, -5)
    except e:
        print("refused:", e)
    print("all tests passed")
    footer()
