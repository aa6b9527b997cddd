# Dicts and lists of dicts created and destroyed repeatedly
records = []
checksum = 0
for i in range(200000):
    rec = {"id": i, "name": "n" + str(i % 100), "tags": [i % 3, i % 5]}
    records.append(rec)
    if len(records) > 1000:
        checksum += sum([r["id"] for r in records[:500]]) % 1000
        records = records[500:]
print(len(records), checksum, records[-1])
cache = {}
for i in range(300000):
    cache[i % 5000] = (i, str(i))
print(len(cache), cache[0], cache[4999])
merged = {}
for i in range(20000):
    merged = {**{"a": i}, "b": [i]} | {"c": (i,)}
print(merged)
