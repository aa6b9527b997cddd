fn main():
    var s = 0
    for i in range(5):
        s += i
    print(s)
    for i in range(2, 5):
        print(i, end=" ")
    print()
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()
    for i in range(0, 10, 4):
        print(i, end=" ")
    print()
    for i in range(5, 2):
        print("never")
    var count = 0
    for i in range(10):
        if i == 7:
            break
        if i % 2 == 1:
            continue
        count += 1
    print(count)
