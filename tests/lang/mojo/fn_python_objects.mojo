# A raises fn working on Python values held as `object`: lists, dicts, methods, arithmetic, truthiness.
def make_record(name, score):
    return {"name": name, "score": score, "tags": []}


class Tally:
    def __init__(self):
        self.items = {}

    def add(self, key, n=1):
        self.items[key] = self.items.get(key, 0) + n
        return self

    def top(self):
        return max(self.items, key=self.items.get)


fn grade(score: Int) -> String:
    if score >= 90:
        return "A"
    if score >= 75:
        return "B"
    return "C"


fn process(names: object, scores: object) raises -> Int:
    var tally = Tally()
    var best: object = None
    var count = 0
    for i in range(Int(len(names))):
        var rec = make_record(names[i], scores[i])
        var g = grade(Int(rec["score"]))
        rec["tags"].append(g)
        tally.add(g)
        if count == 0 or Bool(rec["score"] > best["score"]):
            best = rec
        count += 1
    print("best:", best["name"], best["score"], best["tags"])
    print("grades:", tally.items, "most common:", tally.top())
    var total: object = 0
    for i in range(count):
        total = total + scores[i]
    print("mean:", total / count)
    return count


def main():
    n = process(["ada", "bo", "cy", "di"], [91, 74, 88, 60])
    print("processed", n)
