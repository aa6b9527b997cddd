# Round trips over generated documents: every string of a set of tricky characters,
# deep nesting, large arrays; dumps(loads(dumps(x))) is stable.
import json

chars = ['a', '"', '\\', '/', '\n', '\t', '\x00', '\x1f', ' ', '\x7f', '\u00e9', '\u2028',
         '\ufeff', '\uffff', '\U00010000', '\U0010ffff', '\ud800', '\udbff', '\udc00']
strings = [a + b for a in chars for b in chars]
print(len(strings))
for ensure_ascii in (True, False):
    text = json.dumps(strings, ensure_ascii=ensure_ascii)
    back = json.loads(text)
    print(ensure_ascii, len(text), back == strings)
# Adjacent surrogate escapes combine only as a high-low pair.
print(ascii(json.loads('"\\ud800\\udc00\\udc00\\ud800\\ud800\\udfff"')))
print(json.dumps("\ud83d\ude00"), json.dumps("\U0001f600"))

deep = []
node = deep
for i in range(200):
    node.append({"level": i, "next": []})
    node = node[0]["next"]
text = json.dumps(deep)
print(len(text), json.loads(text) == deep, json.dumps(json.loads(text)) == text)

numbers = [i * 7919 % 10007 - 5000 for i in range(2000)]
floats = [n / 7.0 for n in numbers]
blob = {"ints": numbers, "floats": floats, "pairs": [[n, f] for n, f in zip(numbers, floats)]}
text = json.dumps(blob, sort_keys=True, indent=1)
again = json.loads(text)
print(len(text), again == blob, sum(again["ints"]), round(sum(again["floats"]), 6))
print(json.dumps(again, sort_keys=True, indent=1) == text)
print(text[:80].replace("\n", "|"))

big = {str(i): [i, str(i) * 3, {"k" + str(i % 10): i % 3 == 0}] for i in range(500)}
compact = json.dumps(big, separators=(",", ":"))
print(len(compact), json.loads(compact) == big)
print(compact[-60:])
