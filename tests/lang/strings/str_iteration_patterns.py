# Iterating over strings: reversed, enumerate, zip, membership
s = "abcde"
print(list(reversed(s)), "".join(reversed(s)), [i for i, c in enumerate(s) if c in "aeiou"])
print(list(zip(s, s[1:])), ["".join(p) for p in zip(s, s[::-1])])
print([s[i:i + 2] for i in range(0, len(s), 2)], [s[:i] for i in range(len(s) + 1)])
vowels = 0
for ch in "Programming Language":
    if ch.lower() in "aeiou":
        vowels += 1
print(vowels)
def is_palindrome(t):
    cleaned = [c.lower() for c in t if c.isalnum()]
    return cleaned == cleaned[::-1]
print([is_palindrome(t) for t in ["A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon"]])
print(sorted(set("mississippi")), {c: "mississippi".count(c) for c in sorted(set("mississippi"))})
print(max("zebra"), min("Zebra"), sum([ord(c) for c in "abc"]), any([c.isdigit() for c in "ab1"]))
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print(sorted(anagrams.values()))
