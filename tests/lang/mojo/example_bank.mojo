# Accounts as structs in a List, looked up through a Dict of indices; transfers that may
# fail raise Errors, a ledger of Tuples records what happened.
@value
struct Account:
    var owner: String
    var balance: Int
    var frozen: Bool

    fn __str__(self) -> String:
        var state = " (frozen)" if self.frozen else ""
        return self.owner + ": " + String(self.balance) + state


fn open_account(mut accounts: List[Account], mut index: Dict[String, Int], owner: String, amount: Int):
    index[owner] = len(accounts)
    accounts.append(Account(owner, amount, False))


fn transfer(
    mut accounts: List[Account], index: Dict[String, Int], source: String, target: String, amount: Int
) raises:
    if source not in index or target not in index:
        raise Error("unknown account in " + source + " -> " + target)
    var i = index[source]
    var j = index[target]
    if accounts[i].frozen or accounts[j].frozen:
        raise Error("frozen account in " + source + " -> " + target)
    if accounts[i].balance < amount:
        raise Error(source + " cannot pay " + String(amount))
    var payer = accounts[i]
    var payee = accounts[j]
    payer.balance -= amount
    payee.balance += amount
    accounts[i] = payer
    accounts[j] = payee


fn main():
    var accounts = List[Account]()
    var index = Dict[String, Int]()
    open_account(accounts, index, "ada", 100)
    open_account(accounts, index, "bob", 50)
    open_account(accounts, index, "cy", 0)
    var frozen = accounts[2]
    frozen.frozen = True
    accounts[2] = frozen
    var ledger = List[Int]()
    var failures = 0
    var plans = List[String]("ada", "bob", "bob", "cy", "ada", "zed", "bob", "ada")
    var amounts = List[Int](30, 90, 20, 5, 10, 1, 60, 200)
    for k in range(0, len(plans) - 1, 2):
        try:
            transfer(accounts, index, plans[k], plans[k + 1], amounts[k])
            ledger.append(amounts[k])
        except e:
            failures += 1
            print("failed:", e)
    for i in range(len(accounts)):
        print(accounts[i])
    var total = 0
    for i in range(len(ledger)):
        total += ledger[i]
    print("moved", total, "in", len(ledger), "transfers,", failures, "failed")
