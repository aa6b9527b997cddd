# Tuples as lightweight records
employees = [
    ("Alice", "Engineering", 120000),
    ("Bob", "Marketing", 80000),
    ("Carol", "Engineering", 110000),
    ("Dan", "Sales", 70000),
    ("Eve", "Marketing", 95000),
]
by_dept = {}
for name, dept, salary in employees:
    by_dept.setdefault(dept, []).append((name, salary))
for dept in sorted(by_dept):
    members = by_dept[dept]
    total = sum([s for _, s in members])
    print(f"{dept:<12} n={len(members)} total={total:>7} avg={total / len(members):10.2f}")
top = max(employees, key=lambda e: e[2])
print("top earner:", top)
print(sorted(employees, key=lambda e: (e[1], -e[2])))
NAME, DEPT, SALARY = range(3)
print([e[NAME] for e in employees if e[SALARY] > 90000])
raised = [(n, d, int(s * 1.1)) for n, d, s in employees]
print(raised[0], employees[0])
print(tuple(sorted(set([e[DEPT] for e in employees]))))
