# Richards-style operating-system simulation: a priority scheduler runs four
# kinds of tasks (an idle task, a worker, two packet handlers and two devices)
# that hand message packets to one another through per-task queues, block on
# them, hold themselves and release others. Exercises classes, inheritance,
# method calls and attribute access on small objects, and linked lists.
# Prints, per round, how many packets were queued and how often a task held
# itself, plus a checksum over all rounds.
# Usage: richards.py [ROUNDS]. Default 60 rounds (each scheduling one system
# until its idle task has run IDLE_STEPS times).
import sys

IDLE_STEPS = 10000

# task identifiers (also their index in the scheduler's table)
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
TASK_COUNT = 6

# packet kinds
WORK, DEVICE = 0, 1

PAYLOAD = 4


class Packet:
    def __init__(self, after, dest, kind):
        self.next = after      # next packet in whatever queue this one is in
        self.dest = dest       # the task it is addressed to (or came from)
        self.kind = kind
        self.cursor = 0        # used by handlers to walk `payload`
        self.payload = [0] * PAYLOAD

    def enqueue_into(self, head):
        """Appends self to the queue starting at head; returns the new head."""
        self.next = None
        if head is None:
            return self
        p = head
        while p.next is not None:
            p = p.next
        p.next = self
        return head


class Task:
    """A task control block plus its behaviour (subclasses define step)."""

    def __init__(self, system, ident, priority, inbox, suspended_with_work):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        self.has_work = suspended_with_work   # a packet is waiting for it
        self.waiting = inbox is None           # blocked until a packet arrives
        self.held = False                     # taken out of scheduling
        self.link = system.task_list
        system.task_list = self
        system.table[ident] = self

    def runnable(self):
        return self.has_work or (not self.waiting and not self.held)

    def blocked(self):
        return self.held or (self.waiting and not self.has_work)

    def take_packet(self):
        """Pops the first packet of the inbox (None when nothing was pending)."""
        if not self.has_work:
            return None
        pkt = self.inbox
        self.inbox = pkt.next
        self.has_work = self.inbox is not None
        return pkt

    def receive(self, pkt, sender):
        """A packet arrives; returns the task the scheduler should run next."""
        if self.inbox is None:
            self.inbox = pkt
            pkt.next = None
            self.has_work = True
            self.waiting = False
            if self.priority > sender.priority:
                return self
            return sender
        self.inbox = pkt.enqueue_into(self.inbox)
        return sender

    # services a task's step may call; each returns the next task to run

    def send(self, pkt):
        target = self.system.table[pkt.dest]
        self.system.queued += 1
        pkt.dest = self.ident
        return target.receive(pkt, self)

    def wait(self):
        self.waiting = True
        return self

    def hold_self(self):
        self.system.holds += 1
        self.held = True
        return self.link

    def release(self, ident):
        other = self.system.table[ident]
        other.held = False
        if other.priority > self.priority:
            return other
        return self


class IdleTask(Task):
    def __init__(self, system, priority, steps):
        Task.__init__(self, system, IDLE, priority, None, False)
        self.waiting = False
        self.seed = 1
        self.left = steps

    def step(self, pkt):
        self.left -= 1
        if self.left == 0:
            return self.hold_self()
        # a shift register decides which device to wake next
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.release(DEVICE_B)
        self.seed >>= 1
        return self.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, system, priority, inbox):
        Task.__init__(self, system, WORKER, priority, inbox, True)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, pkt):
        if pkt is None:
            return self.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        pkt.dest = self.target
        pkt.cursor = 0
        data = pkt.payload
        for i in range(PAYLOAD):
            self.letter = self.letter % 26 + 1
            data[i] = self.letter
        return self.send(pkt)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, inbox):
        Task.__init__(self, system, ident, priority, inbox, True)
        self.jobs = None       # work packets to process
        self.devices = None    # device packets to fill

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == WORK:
                self.jobs = pkt.enqueue_into(self.jobs)
            else:
                self.devices = pkt.enqueue_into(self.devices)
        job = self.jobs
        if job is None:
            return self.wait()
        if job.cursor >= PAYLOAD:
            # the job is done: give the packet back to the worker
            self.jobs = job.next
            return self.send(job)
        dev = self.devices
        if dev is None:
            return self.wait()
        self.devices = dev.next
        dev.payload[0] = job.payload[job.cursor]
        job.cursor += 1
        return self.send(dev)


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority, None, False)
        self.busy = None       # packets being "transferred", oldest first

    def step(self, pkt):
        if pkt is not None:
            # start a transfer and sleep until the idle task releases us
            self.busy = pkt.enqueue_into(self.busy)
            return self.hold_self()
        done = self.busy
        if done is None:
            return self.wait()
        self.busy = done.next
        self.system.output += done.payload[0]
        return self.send(done)


class System:
    def __init__(self):
        self.table = [None] * TASK_COUNT
        self.task_list = None
        self.queued = 0
        self.holds = 0
        self.output = 0

    def build(self, steps):
        IdleTask(self, 0, steps)
        work = Packet(None, WORKER, WORK)
        work = Packet(work, WORKER, WORK)
        WorkerTask(self, 1000, work)
        for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
            pkts = Packet(None, device, DEVICE)
            pkts = Packet(pkts, device, DEVICE)
            pkts = Packet(pkts, device, DEVICE)
            HandlerTask(self, handler, 2000 + handler, pkts)
        DeviceTask(self, DEVICE_A, 4000)
        DeviceTask(self, DEVICE_B, 5000)

    def run(self):
        # task_list is ordered by decreasing priority (built in increasing order)
        task = self.task_list
        steps = 0
        while task is not None:
            if task.blocked():
                task = task.link
                continue
            steps += 1
            task = task.step(task.take_packet())
        return steps


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    checksum = 0
    for r in range(rounds):
        system = System()
        system.build(IDLE_STEPS + r % 7)
        steps = system.run()
        if r < 3 or r == rounds - 1:
            print("round %d: steps %d, queued %d, holds %d, output %d"
                  % (r, steps, system.queued, system.holds, system.output))
        checksum = (checksum * 1000003 + steps * 7 + system.queued * 3 + system.holds
                    + system.output) % 2147483647
    print("rounds:", rounds)
    print("checksum:", checksum)


main()
