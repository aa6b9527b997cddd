# The Josephus problem simulated with List.pop(index), checked against the recurrence; a round-robin queue.
fn josephus_sim(n: Int, k: Int) -> (Int, String):
    var people = List[Int]()
    for i in range(1, n + 1):
        people.append(i)
    var order = String("")
    var idx = 0
    while len(people) > 1:
        idx = (idx + k - 1) % len(people)
        var out = people.pop(idx)
        if len(order) < 30:
            order += String(out) + " "
    return people[0], order


fn josephus_formula(n: Int, k: Int) -> Int:
    var r = 0
    for m in range(2, n + 1):
        r = (r + k) % m
    return r + 1


fn main():
    var t = josephus_sim(7, 3)
    print(t[0], "|", t[1])
    for n in List[Int](1, 5, 10, 41):
        var s = josephus_sim(n, 3)
        print(n, s[0], josephus_formula(n, 3))
    print(josephus_formula(1000, 2), josephus_formula(1000, 7))
    var queue = List[Int](5, 2, 7, 1)
    var quantum = 2
    var clock = 0
    var done = String("")
    var ids = List[Int](0, 1, 2, 3)
    while len(queue) > 0:
        var need = queue.pop(0)
        var who = ids.pop(0)
        var run = min(need, quantum)
        clock += run
        if need > run:
            queue.append(need - run)
            ids.append(who)
        else:
            done += "P" + String(who) + "@" + String(clock) + " "
    print(done)
