# Two small domain programs: ten-pin bowling scores from a List of rolls, and a printed month calendar.
fn bowling(rolls: List[Int]) -> Int:
    var score = 0
    var i = 0
    for _ in range(10):
        if rolls[i] == 10:
            score += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            score += 10 + rolls[i + 2]
            i += 2
        else:
            score += rolls[i] + rolls[i + 1]
            i += 2
    return score


fn month_calendar(first_weekday: Int, days: Int):
    print("Mo Tu We Th Fr Sa Su")
    var line = String("")
    for _ in range(first_weekday):
        line += "   "
    var col = first_weekday
    for d in range(1, days + 1):
        line += (" " if d < 10 else "") + String(d)
        col += 1
        if col == 7:
            print(line)
            line = ""
            col = 0
        else:
            line += " "
    if len(line) > 0:
        print(line.rstrip())


fn main():
    var perfect = List[Int]()
    for _ in range(12):
        perfect.append(10)
    var spares = List[Int]()
    for _ in range(21):
        spares.append(5)
    var gutter = List[Int]()
    for _ in range(20):
        gutter.append(0)
    var mixed = List[Int](10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1)
    print(bowling(perfect), bowling(spares), bowling(gutter), bowling(mixed))
    month_calendar(6, 28)
    month_calendar(2, 31)
