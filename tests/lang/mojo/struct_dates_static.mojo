# A Date struct with @staticmethod helpers: leap years, day of year, weekday (Zeller) and days between dates.
@value
struct Date(Stringable):
    var year: Int
    var month: Int
    var day: Int

    @staticmethod
    fn is_leap(y: Int) -> Bool:
        return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0

    @staticmethod
    fn days_in_month(y: Int, m: Int) -> Int:
        if m == 2:
            return 29 if Date.is_leap(y) else 28
        if m == 4 or m == 6 or m == 9 or m == 11:
            return 30
        return 31

    fn day_of_year(self) -> Int:
        var d = self.day
        for m in range(1, self.month):
            d += Date.days_in_month(self.year, m)
        return d

    fn ordinal(self) -> Int:
        var y = self.year - 1
        return y * 365 + y // 4 - y // 100 + y // 400 + self.day_of_year()

    fn weekday(self) -> String:
        var m = self.month
        var y = self.year
        if m < 3:
            m += 12
            y -= 1
        var k = y % 100
        var j = y // 100
        var h = (self.day + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
        alias names = "SatSunMonTueWedThuFri"
        return names[h * 3:h * 3 + 3]

    fn __str__(self) -> String:
        var mm = ("0" if self.month < 10 else "") + String(self.month)
        var dd = ("0" if self.day < 10 else "") + String(self.day)
        return String(self.year) + "-" + mm + "-" + dd


fn main():
    for y in List[Int](1900, 2000, 2023, 2024):
        print(y, Date.is_leap(y), Date.days_in_month(y, 2))
    var dates = List[Date](Date(2024, 3, 1), Date(1969, 7, 20), Date(2000, 1, 1), Date(2026, 12, 31))
    for d in dates:
        print(String(d), d.weekday(), d.day_of_year(), d.ordinal())
    print(Date(2026, 12, 31).ordinal() - Date(2000, 1, 1).ordinal(), "days")
