# A raises fn using Python standard modules (json, collections) through PythonObject values.
import json
from collections import Counter


fn summarize(doc: String) raises -> Int:
    var data = json.loads(doc)
    var words: PythonObject = data["words"]
    var counts = Counter(words)
    print("most common:", counts.most_common(2))
    var total = 0
    for i in range(Int(len(words))):
        total += Int(len(words[i]))
    print("letters:", total, "distinct:", len(counts))
    var nums: PythonObject = data["nums"]
    var s: Float64 = 0
    for i in range(Int(len(nums))):
        s += Float64(nums[i])
    print("sum:", s, "max:", max(Float64(nums[1]), Float64(nums[2])), "first:", Int(nums[0]) // 5)
    data["total"] = total
    print(json.dumps(data))
    return total


def main():
    doc = '{"words": ["mojo", "fire", "mojo", "fn", "fire", "mojo"], "nums": [42, 0.5, 0.25]}'
    print("returned", summarize(doc))
