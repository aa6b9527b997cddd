from dataclasses import dataclass
from enum import Enum, Flag, auto


class Suit(Enum):
    CLUBS = "♣"
    DIAMONDS = "♦"
    HEARTS = "♥"
    SPADES = "♠"

    @property
    def color(self):
        return "red" if self in (Suit.DIAMONDS, Suit.HEARTS) else "black"


class Rank(Enum):
    TWO = 2
    THREE = 3
    FOUR = 4
    JACK = 11
    QUEEN = 12
    KING = 13
    ACE = 14

    def __str__(self):
        return self.name[0] if self.value > 10 else str(self.value)


@dataclass(frozen=True, order=True)
class Card:
    rank_value: int
    suit: Suit

    @property
    def rank(self):
        return Rank(self.rank_value)

    def __str__(self):
        return f"{self.rank}{self.suit.value}"


deck = [Card(r.value, s) for s in Suit for r in Rank]
print(len(deck), " ".join(map(str, deck[:9])))
hand = [deck[i] for i in (3, 10, 17, 24, 27)]
print([str(c) for c in sorted(hand, key=lambda c: c.rank_value)], {c.suit.color for c in hand} == {"red", "black"})


def describe(card):
    match card:
        case Card(rank_value=14, suit=Suit.SPADES):
            return "the ace of spades"
        case Card(suit=Suit.HEARTS | Suit.DIAMONDS, rank_value=v) if v > 10:
            return f"a red face card ({card.rank.name.lower()})"
        case Card(suit=s):
            return f"a {s.name.lower()} card"


for c in (Card(14, Suit.SPADES), Card(12, Suit.HEARTS), Card(3, Suit.CLUBS)):
    print(describe(c))


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()


TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "finish"): State.DONE,
}


def run(events):
    state = State.IDLE
    history = [state.name]
    for e in events:
        nxt = TRANSITIONS.get((state, e))
        if nxt is None:
            history.append(f"!{e}")
            continue
        state = nxt
        history.append(state.name)
    return state, history


print(run(["start", "pause", "finish", "resume", "finish"]))
print(run(["pause"]))


class Access(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    ALL = READ | WRITE | EXECUTE


roles = {"guest": Access.READ, "dev": Access.READ | Access.WRITE, "admin": Access.ALL, "nobody": Access.NONE}
for role, access in roles.items():
    print(f"{role:>6}: {access!s:<24} {[a.name for a in access]} {Access.WRITE in access} {bool(access)}")
print(Access.ALL & ~Access.WRITE, Access(5), Access.READ | Access.EXECUTE == Access(5))
counts = {}
for card in deck:
    counts[card.suit] = counts.get(card.suit, 0) + card.rank_value
print({s.name: n for s, n in counts.items()}, max(counts, key=counts.get))
print(Suit("♥"), Suit["SPADES"].color, [s.name for s in reversed(Suit)], Suit.HEARTS in Suit)
