# JSON round trips: builds a deterministic document of nested dicts, lists,
# strings (with escapes and non-ASCII text), ints, floats, booleans and None,
# then repeatedly serialises it with json.dumps (compact, indented and
# sort_keys, ASCII-only forms), parses each back with json.loads and checks
# the result equals the original. Prints document sizes and a checksum.
# Usage: json_roundtrip.py [ROUNDS]. Default 120 rounds over 500 items.
import json
import sys

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "caf\u00e9", "na\u00efve", "\u00fcber", "\u65e5\u672c", "quote\"d", "back\\slash",
         "tab\there", "line\nbreak"]


def make_document(n):
    seed = 7
    items = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        tags = [WORDS[(seed >> s) % len(WORDS)] for s in range(3, 3 + i % 5)]
        item = {
            "id": i,
            "name": WORDS[seed % len(WORDS)] + "-" + str(i),
            "price": (seed % 100000) / 100.0,
            "ratio": seed / 2147483647.0,
            "active": seed % 3 == 0,
            "parent": None if i % 7 == 0 else i // 7,
            "tags": tags,
            "dims": {"w": seed % 50, "h": (seed >> 5) % 50, "d": [i, -i, i * i]},
        }
        items.append(item)
    return {"version": 3, "title": "inventory \u2014 \u00e9dition", "count": n,
            "items": items, "empty": {}, "nothing": [], "big": 2 ** 70}


def checksum_of(s):
    total = len(s)
    step = len(s) // 499 + 1
    for i in range(0, len(s), step):
        total = (total * 131 + ord(s[i])) % 1000000007
    return total


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    doc = make_document(500)
    total = 0
    sizes = None
    for r in range(rounds):
        compact = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
        pretty = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)
        ascii_only = json.dumps(doc)
        for text in (compact, pretty, ascii_only):
            if json.loads(text) != doc:
                print("round trip failed in round", r)
                sys.exit(1)
        # serialising the parsed copy again must give the same text
        again = json.dumps(json.loads(compact), separators=(",", ":"), ensure_ascii=False)
        if again != compact:
            print("re-serialisation differs in round", r)
            sys.exit(1)
        if sizes is None:
            sizes = (len(compact), len(pretty), len(ascii_only))
        total = (total + checksum_of(compact) + checksum_of(pretty) * 3
                 + checksum_of(ascii_only) * 7) % 1000000007
    print("sizes: compact %d, pretty %d, ascii %d" % sizes)
    print("items:", len(doc["items"]), "big:", json.loads(json.dumps(doc["big"])))
    print("first item:", json.dumps(doc["items"][1], sort_keys=True))
    print("rounds:", rounds)
    print("checksum:", total)


main()
