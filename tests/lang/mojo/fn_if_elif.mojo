fn classify(n: Int) -> String:
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

fn main():
    print(classify(-5), classify(0), classify(7), classify(100))
    var x = 3
    if x > 2:
        x = 10
    print(x)
