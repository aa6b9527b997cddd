# Scheduling tasks (List of @value structs) by priority then deadline, simulating a clock and lateness.
@value
struct Task:
    var name: String
    var priority: Int
    var duration: Int
    var deadline: Int

    fn before(self, o: Task) -> Bool:
        if self.priority != o.priority:
            return self.priority > o.priority
        if self.deadline != o.deadline:
            return self.deadline < o.deadline
        return self.name < o.name


fn order(owned ts: List[Task]) -> List[Task]:
    for i in range(1, len(ts)):
        var cur = ts[i]
        var j = i - 1
        while j >= 0 and cur.before(ts[j]):
            ts[j + 1] = ts[j]
            j -= 1
        ts[j + 1] = cur
    return ts^


fn main():
    var tasks = List[Task](
        Task("backup", 1, 30, 200),
        Task("deploy", 3, 20, 60),
        Task("email", 2, 5, 30),
        Task("review", 3, 15, 40),
        Task("lunch", 2, 45, 120),
        Task("audit", 1, 25, 90),
    )
    var plan = order(tasks)
    var clock = 0
    var late = 0
    var total_lateness = 0
    for t in plan:
        clock += t.duration
        var lateness = max(0, clock - t.deadline)
        if lateness > 0:
            late += 1
        total_lateness += lateness
        print(t.name, "p" + String(t.priority), "done at", clock, "deadline", t.deadline, "late by", lateness)
    print(late, "late tasks, total lateness", total_lateness, "| original first:", tasks[0].name)
