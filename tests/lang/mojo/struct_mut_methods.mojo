struct Account:
    var balance: Int
    var history: Int

    fn __init__(out self, opening: Int):
        self.balance = opening
        self.history = 0

    fn deposit(mut self, amount: Int):
        self.balance += amount
        self.history += 1

    fn withdraw(inout self, amount: Int) -> Bool:
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history += 1
        return True

fn main():
    var acct = Account(100)
    acct.deposit(50)
    print(acct.withdraw(500), acct.withdraw(30), acct.balance, acct.history)
