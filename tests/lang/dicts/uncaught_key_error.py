# An uncaught KeyError with a tuple key ends the program
inventory = {"apple": 3, "pear": 0}
for item in ["apple", "pear"]:
    print(item, inventory[item])
inventory.pop("pear")
print(sorted(inventory))
print(inventory["pear"])
