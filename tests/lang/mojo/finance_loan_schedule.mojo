# Money in integer cents and rates in Float64: compound growth, an amortised loan schedule, rounding by hand.
fn round_cents(x: Float64) -> Int:
    return Int(x + 0.5) if x >= 0 else -Int(-x + 0.5)


fn fmt(cents: Int) -> String:
    var sign = "-" if cents < 0 else ""
    var c = abs(cents)
    var frac = c % 100
    return sign + String(c // 100) + "." + ("0" if frac < 10 else "") + String(frac)


fn payment(principal: Int, annual_rate: Float64, months: Int) -> Int:
    var r = annual_rate / 12
    var factor = (1 + r) ** Float64(months)
    return round_cents(Float64(principal) * r * factor / (factor - 1))


fn main():
    var balance = 100000
    for year in range(1, 6):
        balance = round_cents(Float64(balance) * 1.05)
        print("year", year, fmt(balance))
    var loan = 1200000
    var pay = payment(loan, 0.06, 12)
    print("monthly payment", fmt(pay))
    var total_interest = 0
    for month in range(1, 13):
        var interest = round_cents(Float64(loan) * 0.06 / 12)
        var principal = pay - interest
        if month == 12:
            principal = loan
        loan -= principal
        total_interest += interest
        if month <= 3 or month == 12:
            print(month, fmt(interest), fmt(principal), fmt(loan))
    print("interest paid", fmt(total_interest), fmt(-1234), round_cents(-2.5), round_cents(2.4999))
