# A Temperature struct stored in kelvin with @staticmethod constructors per unit and comparison dunders.
@value
struct Temperature:
    var kelvin: Float64

    @staticmethod
    fn celsius(c: Float64) -> Temperature:
        return Temperature(c + 273.15)

    @staticmethod
    fn fahrenheit(f: Float64) -> Temperature:
        return Temperature((f - 32) * 5 / 9 + 273.15)

    fn to_celsius(self) -> Float64:
        return self.kelvin - 273.15

    fn to_fahrenheit(self) -> Float64:
        return self.to_celsius() * 9 / 5 + 32

    fn __lt__(self, o: Temperature) -> Bool:
        return self.kelvin < o.kelvin

    fn __eq__(self, o: Temperature) -> Bool:
        return abs(self.kelvin - o.kelvin) < 1e-9


fn main():
    var boiling = Temperature.celsius(100)
    var body = Temperature.fahrenheit(98.6)
    var zero = Temperature(0)
    print(boiling.kelvin, boiling.to_fahrenheit())
    print(body.to_celsius(), body.kelvin)
    print(zero.to_celsius(), zero.to_fahrenheit())
    print(Temperature.celsius(-40) == Temperature.fahrenheit(-40), body < boiling, boiling < zero)
    var readings = List[Float64](12.5, -3.0, 21.25, 30.0, 0.0)
    var warmest = Temperature.celsius(readings[0])
    for c in readings:
        var t = Temperature.celsius(c)
        if warmest < t:
            warmest = t
    print("warmest", warmest.to_celsius(), warmest.to_fahrenheit())
