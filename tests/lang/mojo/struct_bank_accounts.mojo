# Bank accounts as structs: deposits, withdrawals that raise, transfers between two `mut` accounts.
struct Account(Stringable):
    var owner: String
    var cents: Int
    var history: Int

    fn __init__(out self, owner: String, cents: Int):
        self.owner = owner
        self.cents = cents
        self.history = 0

    fn deposit(mut self, cents: Int) raises:
        if cents <= 0:
            raise Error("deposit must be positive")
        self.cents += cents
        self.history += 1

    fn withdraw(mut self, cents: Int) raises:
        if cents > self.cents:
            raise Error(self.owner + " has only " + format_cents(self.cents))
        self.cents -= cents
        self.history += 1

    fn __str__(self) -> String:
        return self.owner + ": " + format_cents(self.cents) + " (" + String(self.history) + " ops)"


fn format_cents(c: Int) -> String:
    var frac = c % 100
    var pad = "0" if frac < 10 else ""
    return "$" + String(c // 100) + "." + pad + String(frac)


fn transfer(mut src: Account, mut dst: Account, cents: Int) raises:
    src.withdraw(cents)
    dst.deposit(cents)


fn main():
    var alice = Account("alice", 10000)
    var bob = Account("bob", 2550)
    try:
        transfer(alice, bob, 2505)
        print(alice)
        print(bob)
        transfer(bob, alice, 10000)
        print("not reached")
    except e:
        print("error:", e)
    try:
        alice.deposit(-5)
    except e:
        print("error:", e)
    finally:
        print("after deposit attempt")
    print(alice)
    print(bob)
    print(format_cents(7), format_cents(100), format_cents(123456))
