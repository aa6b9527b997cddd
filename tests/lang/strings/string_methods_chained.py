# Chains of string methods on realistic text
raw = "  Name: Alice Smith ; Age: 30 ; City:  New York  "
fields = {}
for part in raw.strip().split(";"):
    k, _, v = part.partition(":")
    fields[k.strip().lower()] = v.strip()
print(fields)
print(fields["name"].upper().replace(" ", "_"), fields["city"].lower().title(), fields["age"].zfill(5))
slug = "  Hello, World! This is -- a Test  ".lower().strip()
clean = "".join([c if c.isalnum() else " " for c in slug])
print("-".join(clean.split()))
path = "/usr/local/lib/python3.11/site-packages/module.py"
print(path.rsplit("/", 1)[-1], path.rpartition("/")[0], path.split("/")[1:3], path.endswith(".py"), path.count("/"))
name = path.rpartition("/")[2].removesuffix(".py")
print(name, name.capitalize(), name.center(12, "="), name[::-1].swapcase())
line = "key1=val1&key2=val2&empty=&flag"
params = {}
for kv in line.split("&"):
    k, eq, v = kv.partition("=")
    params[k] = v if eq else None
print(params)
words = "The rain in Spain stays mainly in the plain".split()
print([w for w in words if "ain" in w], " ".join([w[::-1] for w in words]), max(words, key=len))
print(" ".join(sorted(words, key=str.lower)), len(" ".join(words)))
