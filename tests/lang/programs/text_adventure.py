"""A text adventure driven by a scripted list of commands: a parser turns
sentences into verb/noun pairs, a state machine runs them against the world
model from _adventure_world, and a transcript is saved and replayed as JSON."""
import json
import re
from collections import Counter, deque
from contextlib import contextmanager
from dataclasses import dataclass, asdict
from enum import Enum, auto
from functools import wraps
from itertools import chain, count, islice

from _adventure_world import (
    Dir, GameError, Blocked, NotHere, GameOver, Item, Container, build_world,
)

FILLER = {"the", "a", "an", "to", "at", "with", "on", "into", "in"}
SYNONYMS = {"get": "take", "grab": "take", "l": "look", "i": "inventory", "inv": "inventory",
            "go": "walk", "move": "walk", "x": "examine", "drop": "put"}


class Mode(Enum):
    EXPLORING = auto()
    CLIMBING = auto()
    FINISHED = auto()


@dataclass(frozen=True)
class Command:
    verb: str
    noun: str = ""
    target: str = ""

    @classmethod
    def parse(cls, line):
        words = [w for w in re.findall(r"[a-z]+", line.lower()) if w not in FILLER]
        if not words:
            raise GameError("say something")
        verb, *rest = words
        verb = SYNONYMS.get(verb, verb)
        if verb in {d.value for d in Dir} | {d.name.lower() for d in Dir}:
            return cls("walk", verb)
        if "from" in rest:
            i = rest.index("from")
            return cls(verb, " ".join(rest[:i]), " ".join(rest[i + 1:]))
        return cls(verb, " ".join(rest))


HANDLERS = {}


def verb(*names, modes=(Mode.EXPLORING,)):
    def deco(fn):
        @wraps(fn)
        def wrapper(game, cmd):
            if game.mode not in modes:
                raise GameError(f"you cannot {cmd.verb} while {game.mode.name.lower()}")
            return fn(game, cmd)
        for n in names:
            HANDLERS[n] = wrapper
        return wrapper
    return deco


class Game:
    MAX_WEIGHT = 6

    def __init__(self):
        self.world = build_world()
        self.here = self.world.rooms["hall"]
        self.inventory = []
        self.mode = Mode.EXPLORING
        self.moves = count(1)
        self.turns = 0
        self.score = 0
        self.history = deque(maxlen=3)
        self.out = []

    def say(self, text):
        self.out.append(text)

    @property
    def carried(self):
        return sum(i.weight for i in self.inventory)

    @property
    def lit(self):
        return not self.here.dark or any("light" in i.tags for i in self.inventory)

    def describe(self):
        r = self.here
        if not self.lit:
            return "It is pitch dark. You might be eaten by a grue."
        parts = [f"[{r.name.title()}] {r.desc}"]
        if r.items:
            parts.append("You see " + ", ".join(map(str, sorted(r.items))) + ".")
        exits = sorted(d.name.lower() for d in r.exits)
        parts.append(f"Exits: {', '.join(exits) or 'none'}.")
        return " ".join(parts)

    def holding(self, noun):
        return next((i for i in self.inventory if noun and (i.name == noun or noun in i.name.split())), None)

    def execute(self, line):
        self.turns += 1
        cmd = Command.parse(line)
        handler = HANDLERS.get(cmd.verb)
        if handler is None:
            raise GameError(f"I don't know how to '{cmd.verb}'")
        handler(self, cmd)
        self.history.append(cmd)


@verb("look", "examine", modes=(Mode.EXPLORING, Mode.CLIMBING))
def do_look(game, cmd):
    if not cmd.noun:
        game.say(game.describe())
        return
    item = game.holding(cmd.noun) or game.here.find(cmd.noun)
    match item:
        case Container(contents=[]):
            game.say(f"The {item.name} is empty.")
        case Container(locked=True):
            game.say(f"The {item.name} is locked tight.")
        case Container(contents=stuff):
            game.say(f"The {item.name} holds {', '.join(map(str, stuff))}.")
        case Item(tags=tags) if tags:
            game.say(f"It is {item} ({', '.join(sorted(tags))}), worth {item.value}.")
        case _:
            game.say(f"Just {item}.")


@verb("walk", "climb", modes=(Mode.EXPLORING, Mode.CLIMBING))
def do_walk(game, cmd):
    d = Dir.parse(cmd.noun or "u")
    if not game.lit and d is not Dir.UP:
        raise GameOver(False, "You stumble in the dark and are eaten by a grue.")
    if d not in game.here.exits:
        raise Blocked(f"you cannot go {d.name.lower()} from here")
    door = game.here.doors.get(d)
    if door and door.locked:
        if not game.holding(door.key):
            raise Blocked("the door is locked")
        door.locked = False
        game.say(f"You unlock the door with the {door.key}.")
    if d is Dir.UP and game.mode is Mode.EXPLORING and game.here.name == "garden":
        if not game.holding("rope"):
            raise Blocked("the wall is too sheer to climb without a rope")
        game.mode = Mode.CLIMBING
        game.say("You throw the rope up and start climbing...")
        return
    game.mode = Mode.EXPLORING
    game.here = game.world.rooms[game.here.exits[d]]
    game.here.visits += 1
    game.say(game.describe())


@verb("take")
def do_take(game, cmd):
    if not game.lit:
        raise Blocked("you fumble around but find nothing")
    if cmd.target:
        box = game.here.find(cmd.target)
        if not isinstance(box, Container) or box.locked:
            raise Blocked(f"you cannot get anything from the {box.name}")
        item = next((i for i in box.contents if i.name == cmd.noun), None)
        if item is None:
            raise NotHere(cmd.noun)
        source = box.contents
    else:
        item = game.here.find(cmd.noun)
        source = game.here.items
    if "fixed" in item.tags:
        raise Blocked(f"the {item.name} will not budge")
    if game.carried + item.weight > game.MAX_WEIGHT:
        raise Blocked(f"{item} is too heavy ({game.carried}+{item.weight} > {game.MAX_WEIGHT})")
    source.remove(item)
    game.inventory.append(item)
    game.score += item.value
    game.say(f"Taken: {item.name}.")
    if "treasure" in item.tags:
        raise GameOver(True, f"You hold the {item.name} aloft. Victory!")


@verb("put")
def do_put(game, cmd):
    item = game.holding(cmd.noun)
    if item is None:
        raise GameError(f"you are not carrying {cmd.noun or 'that'}")
    game.inventory.remove(item)
    game.here.items.append(item)
    game.say(f"Dropped: {item.name}.")


@verb("eat")
def do_eat(game, cmd):
    item = game.holding(cmd.noun)
    if item is None or "food" not in item.tags:
        raise GameError(f"you cannot eat {cmd.noun!r}")
    game.inventory.remove(item)
    game.say(f"You eat the {item.name}. Delicious.")


@verb("unlock", "open")
def do_unlock(game, cmd):
    box = game.here.find(cmd.noun)
    if not isinstance(box, Container):
        raise GameError(f"the {box.name} cannot be opened")
    if box.locked and not game.holding("key"):
        raise Blocked("you need a key")
    box.locked = False
    game.say(f"The {box.name} creaks open.")


@verb("inventory", modes=tuple(Mode))
def do_inventory(game, cmd):
    if not game.inventory:
        game.say("You carry nothing.")
    else:
        names = ", ".join(f"{i.name}({i.weight})" for i in sorted(game.inventory))
        game.say(f"You carry {names}: {game.carried}/{game.MAX_WEIGHT}.")


SCRIPT = """\
look
dance wildly
n
take the lamp
x lamp
east
s
down
get key
take coin
up
north
e
examine chest
open chest
take crown from chest
w
s
west
take rope
eat apple
take apple
eat apple
i
climb
drop lamp
put coin
take rope
climb
look
up
drop the rope
fly
down
e
n
e
take crown from chest
look
i
"""


@contextmanager
def turn(game, line, transcript):
    mark = len(game.out)
    status = "ok"
    try:
        yield
    except GameOver:
        status = "end"
        raise
    except GameError as e:
        status = type(e).__name__
        game.say(f"** {str(e)[0].upper()}{str(e)[1:]}.")
    finally:
        transcript.append({"turn": game.turns, "cmd": line, "room": game.here.name,
                           "status": status, "lines": game.out[mark:]})


def play(script):
    game = Game()
    transcript = []
    lines = iter(script.splitlines())
    for line in lines:
        print(f"> {line}")
        try:
            with turn(game, line, transcript):
                game.execute(line)
        except GameOver as over:
            game.say(str(over))
            game.mode = Mode.FINISHED
            for text in transcript[-1]["lines"] + [str(over)]:
                print("  " + text)
            print(f"*** {'WON' if over.won else 'LOST'} after {game.turns} turns, score {game.score} ***")
            break
        for text in transcript[-1]["lines"]:
            print("  " + text)
    skipped = list(lines)
    return game, transcript, skipped


def main():
    game, transcript, skipped = play(SCRIPT)
    print("== summary ==")
    print(f"mode={game.mode.name} turns={game.turns} score={game.score} skipped={skipped}")
    statuses = Counter(t["status"] for t in transcript)
    print("statuses:", sorted(statuses.items(), key=lambda kv: (-kv[1], kv[0])))
    visits = {name: r.visits for name, r in sorted(game.world.rooms.items()) if r.visits}
    print("visits:", visits)
    print("recent commands:", [asdict(c) for c in game.history])
    print("map:", game.world.map_edges())
    left = sorted(chain.from_iterable(r.items for r in game.world.rooms.values()))
    print("items left:", [str(i) for i in left], "| total value", sum(i.value for i in left))
    print("handlers:", sorted({f.__name__ for f in HANDLERS.values()}))
    print("dirs:", [(d.name, d.opposite.value) for d in Dir])

    print("== transcript json ==")
    blob = json.dumps(transcript, separators=(",", ":"))
    again = json.loads(blob)
    print(len(blob), again == transcript, again[5]["lines"])
    errors = [(t["turn"], t["status"]) for t in again if t["status"] not in ("ok", "end")]
    print("errors:", errors)
    rooms_path = [t["room"] for t in again]
    compressed = [r for i, r in enumerate(rooms_path) if i == 0 or rooms_path[i - 1] != r]
    print("path:", " -> ".join(compressed))
    print("first three dark-room turns:", list(islice((t["turn"] for t in again if t["room"] == "cellar"), 3)))

    print("== replay ==")
    replayed, _, _ = play("\n".join(t["cmd"] for t in again if t["status"] == "ok" or t["status"] == "end"))
    print("same score:", replayed.score == game.score, "same turns:", replayed.turns, "<", game.turns)
    print("== a darker game ==")
    lost, trans, skipped = play("down\nlook\ntake key\nnorth\nup")
    print("skipped:", skipped, "| last status:", trans[-1]["status"], "| mode:", lost.mode.name)
    print("same score:", replayed.score == game.score, "same turns:", replayed.turns, "<", game.turns)


if __name__ == "__main__":
    main()
