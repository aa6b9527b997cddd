# atol and atof: Mojo's parsers of Int and Float64 text, and their errors.
fn show_atol(text: String, base: Int):
    try:
        print(atol(text, base))
    except e:
        print("error:", e)


fn show_atof(text: String):
    try:
        print(atof(text))
    except e:
        print("error:", e)


fn main() raises:
    print(atol("375"), atol(" -52 "), atol(" 1_100_200"), atol("ff", 16))
    print(atol("0x_00_ff", base=16), atol("0o77", base=0), atol(" 0B1_1 ", 0))
    show_atol("9.03", 10)
    show_atol("5__5", 10)
    show_atol("5", 5)
    show_atol("0", 1)
    show_atol("0", 37)
    show_atol("9223372036854775832", 10)
    show_atol("-9223372036854775808", 10)
    show_atol("00100", 0)
    show_atol("", 10)
    print(atof("375.f"), atof(" +005."), atof(" -69E+3  "), atof(" .78 "), atof("-0"))
    print(atof(" inf "), atof("-inf  "), atof("  nan"), atof("1e5F"), atof(" 989343E-13  "))
    show_atof("")
    show_atof(" 123 asd")
    show_atof(" 124124124_2134124124 ")
    show_atof(" 123.2E ")
    show_atof(" --958.23 ")
    show_atof(" f.9123 ")
    show_atof(".")
