# Incremental constraint solving in the style of DeltaBlue (Freeman-Benson and
# Maloney): variables are tied together by constraints of different
# strengths (required, preferred, default, weak ...); adding or removing a
# constraint re-plans incrementally which constraint determines which variable
# ("walkabout strengths"), and a plan extracted from the input constraints is
# executed to propagate new input values. Exercises classes, inheritance,
# virtual methods, attribute access and lists of objects.
# Two workloads per round: a long chain of equalities driven from one end, and
# a "projection" of source/destination pairs linked by scale-and-offset
# constraints whose shared scale and offset are edited.
# Usage: deltablue.py [ROUNDS]. Default 250 rounds of chains and projections of
# 200 variables.
import sys

# Strengths: a smaller number is a stronger constraint.
REQUIRED = 0
STRONG_PREFERRED = 1
PREFERRED = 2
STRONG_DEFAULT = 3
NORMAL = 4
WEAK_DEFAULT = 5
WEAKEST = 6

STRENGTH_NAMES = ["required", "strong preferred", "preferred", "strong default",
                  "normal", "weak default", "weakest"]

# directions of a two-variable constraint
NONE, FORWARD, BACKWARD = 0, 1, 2


class SolverError(Exception):
    pass


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []      # every constraint that mentions it
        self.determined_by = None  # the constraint that currently computes it
        self.mark = 0              # the last planning pass that visited it
        self.walk_strength = WEAKEST
        self.stay = True           # constant during plan execution

    def attach(self, c):
        self.constraints.append(c)

    def detach(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None

    def __repr__(self):
        return "Variable(%s=%r)" % (self.name, self.value)


class Constraint:
    """Base class. Subclasses choose a method, i.e. which variable they output."""

    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)
        return self

    def uninstall(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        """Tries to enforce self. Returns the constraint it displaced, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise SolverError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        displaced = out.determined_by
        if displaced is not None:
            displaced.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.propagate_from(self, mark):
            raise SolverError("cycle encountered")
        out.mark = mark
        return displaced


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        Constraint.__init__(self, planner, strength)
        self.var = var
        self.satisfied = False

    def add_to_graph(self):
        self.var.attach(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.var.detach(self)
        self.satisfied = False

    def choose_method(self, mark):
        v = self.var
        self.satisfied = v.mark != mark and self.strength < v.walk_strength

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def inputs_known(self, mark):
        return True

    def mark_unsatisfied(self):
        self.satisfied = False

    def recalculate(self):
        v = self.var
        v.walk_strength = self.strength
        v.stay = not self.is_input()
        if v.stay:
            self.execute()


class StayConstraint(UnaryConstraint):
    """Keeps a variable at its value (during planning it is a constant)."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Marks a variable whose value the program will change: a plan input."""

    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, planner, a, b, strength):
        Constraint.__init__(self, planner, strength)
        self.a = a
        self.b = b
        self.direction = NONE

    def variables(self):
        return [self.a, self.b]

    def add_to_graph(self):
        for v in self.variables():
            v.attach(self)
        self.direction = NONE

    def remove_from_graph(self):
        for v in self.variables():
            v.detach(self)
        self.direction = NONE

    def choose_method(self, mark):
        a, b, s = self.a, self.b, self.strength
        if a.mark == mark:
            # a was already set in this pass: only a -> b is possible
            self.direction = FORWARD if b.mark != mark and s < b.walk_strength else NONE
        elif b.mark == mark:
            self.direction = BACKWARD if s < a.walk_strength else NONE
        elif a.walk_strength > b.walk_strength:
            # a is held more weakly: prefer overriding it
            self.direction = BACKWARD if s < a.walk_strength else NONE
        else:
            self.direction = FORWARD if s < b.walk_strength else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def mark_inputs(self, mark):
        self.input().mark = mark

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def mark_unsatisfied(self):
        self.direction = NONE

    def recalculate(self):
        i = self.input()
        out = self.output()
        out.walk_strength = max(self.strength, i.walk_strength)
        out.stay = i.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset (or a = (b - offset) // scale going backwards)."""

    def __init__(self, planner, a, scale, offset, b, strength):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, planner, a, b, strength)

    def variables(self):
        return [self.a, self.b, self.scale, self.offset]

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        i = self.input()
        out = self.output()
        out.walk_strength = max(self.strength, i.walk_strength)
        out.stay = i.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self, steps):
        self.steps = steps

    def execute(self):
        for c in self.steps:
            c.execute()

    def __len__(self):
        return len(self.steps)


class Planner:
    def __init__(self):
        self.current_mark = 0
        self.added = 0
        self.removed = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        """Satisfies c, re-satisfying whatever it displaces in turn."""
        self.added += 1
        mark = self.new_mark()
        displaced = c.satisfy(mark)
        while displaced is not None:
            displaced = displaced.satisfy(mark)

    def incremental_remove(self, c):
        """Retracts c and re-satisfies the weaker constraints it was blocking."""
        self.removed += 1
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.clear_downstream(out)
        for strength in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def propagate_from(self, c, mark):
        """Recomputes walk strengths and constants downstream of c; False on a cycle."""
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.consumers(d.output(), todo)
        return True

    def clear_downstream(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            source = v.determined_by
            for c in v.constraints:
                if c is not source and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def consumers(self, v, into):
        source = v.determined_by
        for c in v.constraints:
            if c is not source and c.is_satisfied():
                into.append(c)

    def make_plan(self, sources):
        mark = self.new_mark()
        steps = []
        todo = list(sources)
        i = 0
        while i < len(todo):
            c = todo[i]
            i += 1
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                steps.append(c)
                out.mark = mark
                self.consumers(out, todo)
        return Plan(steps)

    def plan_for_inputs(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def drive(planner, var, values):
    """Edits var through an EditConstraint, running the plan once per value."""
    edit = EditConstraint(planner, var, PREFERRED).install()
    plan = planner.plan_for_inputs([edit])
    for v in values:
        var.value = v
        plan.execute()
    edit.uninstall()
    return len(plan)


def chain(n):
    """v0 == v1 == ... == vn; editing v0 must reach vn and vice versa."""
    planner = Planner()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(planner, vs[i], vs[i + 1], REQUIRED).install()
    StayConstraint(planner, vs[n], STRONG_DEFAULT).install()
    first, last = vs[0], vs[n]
    edit = EditConstraint(planner, first, PREFERRED).install()
    plan = planner.plan_for_inputs([edit])
    total = 0
    for v in range(100):
        first.value = v
        plan.execute()
        if last.value != v:
            raise SolverError("chain: %d != %d" % (last.value, v))
        total += last.value
    edit.uninstall()
    # now drive it from the other end
    steps = drive(planner, last, range(50, 0, -1))
    if first.value != 1:
        raise SolverError("chain backwards: %d" % first.value)
    return total + len(plan) + steps + planner.added + planner.removed


def projection(n):
    """dst[i] = src[i] * scale + offset for n pairs sharing scale and offset."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs = []
    dsts = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        srcs.append(src)
        dsts.append(dst)
        StayConstraint(planner, src, NORMAL).install()
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED).install()
    # edit the last pair from either side, then the shared scale and offset
    src, dst = srcs[-1], dsts[-1]
    total = drive(planner, src, [17])
    if dst.value != 1170:
        raise SolverError("projection 1: %d" % dst.value)
    total += drive(planner, dst, [1050])
    if src.value != 5:
        raise SolverError("projection 2: %d" % src.value)
    total += drive(planner, scale, [5])
    for i in range(n - 1):
        if dsts[i].value != i * 5 + 1000:
            raise SolverError("projection 3: %d" % dsts[i].value)
    total += drive(planner, offset, [2000])
    for i in range(n - 1):
        if dsts[i].value != i * 5 + 2000:
            raise SolverError("projection 4: %d" % dsts[i].value)
    for d in dsts:
        total += d.value
    return total + planner.added + planner.removed


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 250
    n = 200
    checksum = 0
    for r in range(rounds):
        a = chain(n)
        b = projection(n)
        if r == 0:
            print("chain(%d): %d" % (n, a))
            print("projection(%d): %d" % (n, b))
        checksum = (checksum * 31 + a * 7 + b) % 1000000007
    print("rounds:", rounds)
    print("strengths:", ", ".join(STRENGTH_NAMES))
    print("checksum:", checksum)


main()
