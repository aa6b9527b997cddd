"""A cooperative task scheduler: generator-based jobs on a simulated clock,
a heapq run queue with priorities, retries with exponential backoff, and
dependency tracking between jobs."""
import heapq
import random
import statistics
import textwrap
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property, wraps
from itertools import count, chain, groupby, zip_longest


class State(Enum):
    PENDING = "."
    READY = "r"
    RUNNING = "R"
    SLEEPING = "z"
    DONE = "+"
    FAILED = "x"

    def __str__(self):
        return self.name.lower()


class JobError(Exception):
    retryable = False


class Transient(JobError):
    retryable = True


class Fatal(JobError):
    pass


class DependencyFailed(Fatal):
    def __init__(self, job, dep):
        super().__init__(f"{job} cannot run: {dep} failed")
        self.dep = dep


# Instructions a job generator may yield to the scheduler.
@dataclass(frozen=True)
class Sleep:
    ticks: int


@dataclass(frozen=True)
class Emit:
    key: str
    value: object


@dataclass(order=True)
class Entry:
    when: int
    priority: int
    seq: int
    job: "Job" = field(compare=False)


class Job:
    def __init__(self, name, func, *args, priority=5, retries=0, after=()):
        self.name = name
        self.func = func
        self.args = args
        self.priority = priority
        self.retries_left = retries
        self.after = tuple(after)
        self.state = State.PENDING
        self.attempts = 0
        self.gen = None
        self.result = None
        self.error = None
        self.trace = []

    @cached_property
    def label(self):
        return f"{self.name}/p{self.priority}"

    def start(self):
        self.attempts += 1
        self.gen = self.func(*self.args)

    def __repr__(self):
        return f"Job({self.name!r}, {self.state}, attempts={self.attempts})"


def traced(fn):
    @wraps(fn)
    def wrapper(self, job, *a, **kw):
        before = job.state
        out = fn(self, job, *a, **kw)
        if job.state is not before:
            job.trace.append(job.state.value)
        return out
    return wrapper


class Scheduler:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.clock = 0
        self.queue = []
        self.seq = count()
        self.jobs = {}
        self.outputs = defaultdict(list)
        self.log = deque(maxlen=8)
        self.timeline = []

    def add(self, job):
        if job.name in self.jobs:
            raise ValueError(f"duplicate job {job.name}")
        self.jobs[job.name] = job
        return job

    @traced
    def schedule(self, job, delay=0, state=State.READY):
        job.state = state
        heapq.heappush(self.queue, Entry(self.clock + delay, job.priority, next(self.seq), job))

    @traced
    def finish(self, job, result=None, error=None):
        job.result, job.error = result, error
        job.state = State.DONE if error is None else State.FAILED
        self.log.append(f"t={self.clock:>3} {job.name:<9} {job.state} {error or result!s}")

    def deps_state(self, job):
        states = [self.jobs[d].state for d in job.after]
        if any(s is State.FAILED for s in states):
            bad = next(d for d in job.after if self.jobs[d].state is State.FAILED)
            return "failed", bad
        return ("ok", None) if all(s is State.DONE for s in states) else ("wait", None)

    def release(self):
        for job in self.jobs.values():
            if job.state is not State.PENDING:
                continue
            status, bad = self.deps_state(job)
            if status == "ok":
                job.start()
                self.schedule(job)
            elif status == "failed":
                self.finish(job, error=DependencyFailed(job.name, bad))

    def step(self, job):
        job.state = State.RUNNING
        try:
            instr = next(job.gen)
        except StopIteration as stop:
            self.finish(job, result=stop.value)
            return
        except JobError as e:
            if e.retryable and job.retries_left > 0:
                job.retries_left -= 1
                backoff = 2 ** job.attempts + self.rng.randint(0, 2)
                self.log.append(f"t={self.clock:>3} {job.name:<9} retry in {backoff} ({e})")
                job.start()
                self.schedule(job, backoff, State.SLEEPING)
            else:
                self.finish(job, error=e)
            return
        match instr:
            case Sleep(ticks=n) if n > 0:
                self.schedule(job, n, State.SLEEPING)
            case Sleep():
                self.schedule(job)
            case Emit(key, value):
                self.outputs[key].append((self.clock, value))
                self.schedule(job)
            case None:
                self.schedule(job)
            case other:
                job.gen.close()
                self.finish(job, error=Fatal(f"bad instruction {other!r}"))

    def run(self, limit=200):
        self.release()
        while self.queue and self.clock <= limit:
            entry = heapq.heappop(self.queue)
            self.clock = max(self.clock, entry.when)
            self.timeline.append((self.clock, entry.job.name))
            self.step(entry.job)
            self.release()
        return all(j.state in (State.DONE, State.FAILED) for j in self.jobs.values())


# ---- job bodies -------------------------------------------------------------

FLAKES = Counter({"http://a/x": 2})


def fetch(url, size):
    chunks = 0
    for offset in range(0, size, 4):
        yield Sleep(1)
        if FLAKES[url] and offset == 4:
            FLAKES[url] -= 1
            raise Transient(f"timeout reading {url} at {offset}")
        chunks += 1
    yield Emit("fetched", url)
    return chunks


def crunch(n):
    total = 0
    for i in range(1, n + 1):
        total += i * i
        if i % 3 == 0:
            yield
    yield Emit("crunch", total)
    return total


def report(label):
    yield Sleep(2)
    lines = [f"{label}: {k}={len(v)}" for k, v in sorted(SCHED.outputs.items())]
    yield Emit("report", "; ".join(lines))
    return len(lines)


def broken(kind):
    yield Sleep(1)
    if kind == "fatal":
        raise Fatal("disk full")
    yield "what is this"


def always_flaky():
    yield Sleep(1)
    raise Transient("service unavailable")


SCHED = Scheduler(seed=1234)


def build():
    s = SCHED
    s.add(Job("fetch-a", fetch, "http://a/x", 12, priority=2, retries=2))
    s.add(Job("fetch-b", fetch, "http://b/y", 8, priority=3))
    s.add(Job("crunch", crunch, 10, priority=1))
    s.add(Job("merge", crunch, 4, priority=4, after=["fetch-a", "fetch-b"]))
    s.add(Job("bad-out", broken, "weird", priority=6))
    s.add(Job("disk", broken, "fatal", priority=6))
    s.add(Job("flaky", always_flaky, priority=5, retries=3))
    s.add(Job("after-flk", crunch, 2, after=["flaky"]))
    s.add(Job("report", report, "summary", priority=9, after=["merge", "crunch"]))
    try:
        s.add(Job("crunch", crunch, 1))
    except ValueError as e:
        print("add failed:", e)
    return s


def main():
    s = build()
    finished = s.run()
    print(f"finished={finished} clock={s.clock} steps={len(s.timeline)}")

    print("== jobs ==")
    for job in sorted(s.jobs.values(), key=lambda j: (j.state.name, j.priority, j.name)):
        err = f"{type(job.error).__name__}: {job.error}" if job.error else ""
        print(f"  {job.label:<13} {job.state!s:<7} tries={job.attempts} result={job.result!r:<5} "
              f"trace={''.join(job.trace):<8} {err}")

    print("== last log lines ==")
    for line in s.log:
        print("  " + line)

    print("== outputs ==")
    for key, vals in sorted(s.outputs.items()):
        for t, v in vals:
            text = textwrap.shorten(str(v), width=60, placeholder=" [...]")
            print(f"  {key:<8} t={t:<3} {text}")

    print("== timeline ==")
    runs = [(name, len(list(g))) for name, g in groupby(s.timeline, key=lambda p: p[1])]
    cols = [f"{n}x{k}" if k > 1 else n for n, k in runs]
    for row in zip_longest(*[iter(cols)] * 6, fillvalue=""):
        print("  " + " ".join(f"{c:<11}" for c in row).rstrip())
    per_job = Counter(name for _, name in s.timeline)
    print("  busiest:", per_job.most_common(3))
    ticks = sorted({t for t, _ in s.timeline})
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    print(f"  distinct ticks={len(ticks)} mean gap={statistics.mean(gaps):.3f} "
          f"median={statistics.median(gaps)} max={max(gaps)}")

    print("== failure chain ==")
    for job in s.jobs.values():
        e = job.error
        if isinstance(e, DependencyFailed):
            root = s.jobs[e.dep].error
            print(f"  {job.name} <- {e.dep} ({type(root).__name__}, retryable={root.retryable})")
    kinds = Counter(type(j.error).__mro__[1].__name__ for j in s.jobs.values() if j.error)
    print("  error bases:", dict(sorted(kinds.items())))
    states = "".join(j.state.value for j in s.jobs.values())
    print("  states:", states, "| all names:", ",".join(chain.from_iterable([j.name[:1]] for j in s.jobs.values())))


if __name__ == "__main__":
    main()
