# A List of @value Item structs: totals, restocking through an index, filtering and a cheapest search.
@value
struct Item:
    var name: String
    var price_cents: Int
    var quantity: Int

    fn value(self) -> Int:
        return self.price_cents * self.quantity

    fn line(self) -> String:
        return self.name + " x" + String(self.quantity) + " @ " + String(self.price_cents) + "c"


fn total_value(items: List[Item]) -> Int:
    var t = 0
    for it in items:
        t += it.value()
    return t


fn restock(mut items: List[Item], name: String, amount: Int) -> Bool:
    for i in range(len(items)):
        if items[i].name == name:
            var updated = items[i]
            updated.quantity += amount
            items[i] = updated
            return True
    return False


fn low_stock(items: List[Item], threshold: Int) -> List[String]:
    var out = List[String]()
    for it in items:
        if it.quantity < threshold:
            out.append(it.name)
    return out


fn main():
    var items = List[Item]()
    items.append(Item("bolt", 15, 120))
    items.append(Item("nut", 5, 300))
    items.append(Item("gear", 450, 3))
    items.append(Item("spring", 80, 12))
    for it in items:
        print(it.line())
    print("total", total_value(items))
    var snapshot = items.copy()
    print(restock(items, "gear", 7), restock(items, "cog", 1))
    print("total", total_value(items), "snapshot", total_value(snapshot))
    var low = low_stock(items, 15)
    print(len(low), low[0] if len(low) > 0 else "none")
    var cheapest = items[0]
    for it in items:
        if it.price_cents < cheapest.price_cents:
            cheapest = it
    print("cheapest", cheapest.name, items[2].quantity, snapshot[2].quantity)
    _ = items.pop()
    print(len(items), items[-1].name)
