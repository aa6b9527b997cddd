"""A small project tracker: schedules tasks onto people, then reports on the plan.

Uses collections, enum, dataclasses, typing, abc, fractions and datetime together."""
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple
from dataclasses import asdict, astuple, fields
from datetime import date, datetime, time, timedelta, timezone
from fractions import Fraction
from typing import Dict, List, Optional, Tuple

from _tracker_model import (Assignment, Outbox, Person, Priority, Registry, Skill, Task,
                            TaskSummary, working_days)

DEFAULTS = {"start": "2024-03-04", "hours_per_point": "3/2", "timezone": 1, "verbose": False}
config = ChainMap({"verbose": True}, {"timezone": 2}, DEFAULTS)
START = date.fromisoformat(config["start"])
HOURS_PER_POINT = Fraction(config["hours_per_point"])
LOCAL = timezone(timedelta(hours=config["timezone"]), "PLAN")

people = [
    Person("ada", Skill.BACKEND | Skill.OPS),
    Person("bob", Skill.FRONTEND | Skill.DESIGN, Fraction(11, 2)),
    Person("cy", Skill.FULLSTACK, Fraction(13, 2)),
]

raw_tasks = [
    ("Set up CI", Priority.HIGH, 3, Skill.OPS, ["infra"], None),
    ("Login page", Priority.NORMAL, 5, Skill.FRONTEND, ["ui", "auth"], "2024-03-15"),
    ("Auth API", Priority.URGENT, 8, Skill.BACKEND, ["auth", "api"], "2024-03-08"),
    ("Logo", Priority.LOW, 2, Skill.DESIGN, ["brand"], None),
    ("Search", Priority.NORMAL, 13, Skill.FULLSTACK, ["api", "ui"], "2024-04-01"),
    ("Metrics", Priority.HIGH, 5, Skill.OPS | Skill.BACKEND, ["infra", "api"], "2024-03-20"),
    ("Dark mode", Priority.LOW, 3, Skill.FRONTEND, ["ui"], None),
]

tasks: Registry[Task] = Registry()
for number, (title, prio, points, needs, tags, due) in enumerate(raw_tasks, start=1):
    tasks.add(number, Task(number, title, prio, date.fromisoformat(due) if due else None,
                           points * HOURS_PER_POINT, needs, tags))

print(f"Plan starts {START:%A %d %B %Y}; {len(tasks)} tasks, {len(people)} people")
print("config:", dict(config), "| layers:", len(config.maps))
for t in sorted(tasks):
    due = t.due.strftime("%d.%m") if t.due else "--.--"
    print(f"  #{t.id} {t.priority.marker:<4}{t.title:<12} {due} {float(t.estimate):5.1f}h {t.needs}")

# ---- scheduling: a round-robin queue of people, each with a calendar of busy days
busy: Dict[str, date] = {p.name: START for p in people}
queue = deque(people)
plan: List[Assignment] = []
unassigned = []
for task in sorted(tasks):
    for _ in range(len(queue)):
        person = queue[0]
        queue.rotate(-1)
        if person.can_do(task):
            break
    else:
        unassigned.append(task)
        continue
    days = -(-task.estimate // person.hours_per_day)
    start = busy[person.name]
    end = working_days(start, days)
    busy[person.name] = working_days(end + timedelta(days=1), 1)
    plan.append(Assignment(task.id, person.name, start, end))

print("\nSchedule:")
for a in sorted(plan, key=lambda a: (a.start, a.person)):
    task = tasks[a.task_id]
    late = task.due is not None and a.end > task.due
    flag = f"LATE by {(a.end - task.due).days}d" if late else ""
    print(f"  {a.start:%a %d} .. {a.end:%a %d} ({a.days:2d}d) {a.person:<4} {task.title} {flag}".rstrip())
print("unassigned:", [t.title for t in unassigned])

# ---- reports
by_person = defaultdict(list)
for a in plan:
    by_person[a.person].append(tasks[a.task_id])
Load = namedtuple("Load", "person tasks hours share")
total_hours = sum((t.estimate for t in tasks), Fraction(0))
loads = [Load(name, len(ts), sum(t.estimate for t in ts), sum(t.estimate for t in ts) / total_hours)
         for name, ts in sorted(by_person.items())]
for load in loads:
    print(f"{load.person:>4}: {load.tasks} tasks, {load.hours} h = {load.share} "
          f"(~{load.share.limit_denominator(10)}, {float(load.share):.1%})")
print("total:", total_hours, "hours =", total_hours / 8, "days of 8h")

tag_counts = Counter(tag for t in tasks for tag in t.tags)
print("tags:", tag_counts.most_common(3), "| unique:", len(tag_counts))
print("needs:", Counter(str(t.needs) for t in tasks).most_common())
print("priorities:", {p.name: sum(1 for t in tasks if t.priority is p) for p in Priority})
print("skill check:", [(p.name, [s.name for s in Skill if s in p.skills]) for p in people])

# ---- progress: finish some tasks at given local times, convert to UTC
finished_at = {3: "2024-03-07T16:30", 1: "2024-03-05T09:15", 4: "2024-03-06T18:05"}
for task_id, stamp in finished_at.items():
    when = datetime.fromisoformat(stamp).replace(tzinfo=LOCAL)
    tasks.update(task_id, tasks[task_id].complete(when))
done = [t for t in tasks if t.done]
for t in sorted(done, key=lambda t: t.finished):
    print(f"done #{t.id} {t.title!r} at {t.finished.isoformat(timespec='minutes')} "
          f"= {t.finished.astimezone(timezone.utc):%H:%M %Z}")
first, last = min(t.finished for t in done), max(t.finished for t in done)
print("span:", last - first, "| progress:", Fraction(len(done), len(tasks)),
      f"| burned {sum(t.estimate for t in done)} of {total_hours} h")

# ---- a small LRU cache of report queries
cache: "OrderedDict[Tuple[str, ...], List[str]]" = OrderedDict()


def query(*tags: str) -> List[str]:
    key = tuple(sorted(tags))
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    result = [t.title for t in tasks if set(tags) <= set(t.tags)]
    cache[key] = result
    if len(cache) > 2:
        cache.popitem(last=False)
    return result


for q in (("api",), ("ui",), ("api",), ("auth", "api"), ("ui",)):
    print("query", q, "->", query(*q))
print("cache keys:", list(cache.keys()))

# ---- summaries and notifications
summaries: List[TaskSummary] = [TaskSummary(id=a.task_id, title=tasks[a.task_id].title, owner=a.person)
                                for a in plan if not tasks[a.task_id].done]
print("open:", summaries[:2])
outbox = Outbox()
count = outbox.broadcast(sorted(by_person), "weekly plan ready")
for person, ts in sorted(by_person.items()):
    open_titles = [tasks[t.id].title for t in ts if not tasks[t.id].done]
    if open_titles:
        outbox.send(person, "open: " + ", ".join(open_titles))
print(f"{count} broadcasts, {len(outbox.messages)} messages:")
for message in outbox.messages:
    print("  " + message)
snapshot = asdict(tasks[2])
print(sorted(snapshot), snapshot["estimate"], astuple(tasks[4])[1:4])
print([f.name for f in fields(Task)], Task.__match_args__[:3])
match tasks[3]:
    case Task(priority=Priority.URGENT, finished=datetime() as when):
        print("urgent task finished on", when.date(), "at", when.time())
# ---- burndown: remaining hours at the end of each working day
remaining = total_hours
day = START
burndown = []
finished_by_day = defaultdict(Fraction)
for t in done:
    finished_by_day[t.finished.date()] += t.estimate
while day <= max(a.end for a in plan):
    if day.weekday() < 5:
        remaining -= finished_by_day.get(day, Fraction(0))
        burndown.append((day, remaining))
    day += timedelta(days=1)
for day, hours in burndown:
    bar = "#" * round(hours / 4)
    print(f"  {day:%a %d}: {float(hours):5.1f}h {bar}")
deadline = datetime.combine(max(a.end for a in plan), time(17, 0), LOCAL)
print("all done by", deadline, "->", deadline.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M %z"))
