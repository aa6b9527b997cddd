# An inventory kept in Dicts: stock levels, prices, orders that may fail, a report.
fn restock(mut stock: Dict[String, Int], item: String, amount: Int):
    stock[item] = stock.get(item, 0) + amount


fn order(mut stock: Dict[String, Int], item: String, amount: Int) raises -> Int:
    if item not in stock:
        raise Error("unknown item " + item)
    var have = stock[item]
    if have < amount:
        raise Error("only " + String(have) + " " + item + " left")
    stock[item] = have - amount
    return amount


fn value(stock: Dict[String, Int], prices: Dict[String, Float64]) raises -> Float64:
    var total: Float64 = 0
    for item in stock:
        total += Float64(stock[item]) * prices.get(item, 0.0)
    return total


fn main() raises:
    var stock = Dict[String, Int]()
    var prices = Dict[String, Float64]()
    prices["apple"] = 0.5
    prices["pear"] = 0.75
    prices["plum"] = 0.25
    restock(stock, "apple", 10)
    restock(stock, "pear", 4)
    restock(stock, "apple", 5)
    print("value", value(stock, prices))
    var requests = List[String]("apple", "pear", "kiwi", "pear", "apple")
    var amounts = List[Int](3, 5, 1, 4, 12)
    var served = 0
    for i in range(len(requests)):
        try:
            served += order(stock, requests[i], amounts[i])
        except e:
            print("order", i, "failed:", e)
    print("served", served)
    for item in stock:
        print(item, stock[item])
    print("value", value(stock, prices))
    var empty = List[String]()
    for item in stock.keys():
        if stock[item] == 0:
            empty.append(item)
    print("sold out:", len(empty), empty[0] if len(empty) > 0 else "-")
