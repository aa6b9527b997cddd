# Word frequency count over deterministic generated text: a linear congruential
# generator picks syllables to build words (skewed so that frequencies vary),
# the text is assembled into lines, split back into words and counted in a
# dict. Prints totals, the 15 most frequent words and a checksum.
# Usage: wordcount.py [WORDS]. Default WORDS=3000000: /usr/bin/python3.11 took 2.6-2.7 s
# (2-core dev machine, shared with builds).
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "qui", "dor",
             "an", "el", "is", "or", "um", "bra", "cre", "fla"]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000000
    seed = 20231105
    lines = []
    line = []
    for w in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        nsyl = 1 + (seed >> 8) % 3
        word = ""
        for s in range(nsyl):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            # squaring a uniform index skews the choice towards early syllables
            u = (seed >> 10) % 1000
            word += SYLLABLES[(u * u) // 50000]
        if (seed >> 4) % 11 == 0:
            word = word.capitalize()
        line.append(word)
        if len(line) == 12:
            lines.append(" ".join(line) + ("." if (seed >> 6) % 3 == 0 else ","))
            line = []
    if line:
        lines.append(" ".join(line) + ".")
    text = "\n".join(lines)

    counts = {}
    total = 0
    for raw in text.split():
        word = raw.strip(".,").lower()
        counts[word] = counts.get(word, 0) + 1
        total += 1

    print("characters:", len(text))
    print("lines:", len(lines))
    print("words:", total)
    print("distinct:", len(counts))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, c in ranked[:15]:
        print("%-12s %7d" % (word, c))
    singles = 0
    longest = 0
    checksum = 0
    for word, c in counts.items():
        if c == 1:
            singles += 1
        if len(word) > longest:
            longest = len(word)
        for ch in word:
            checksum = (checksum * 131 + ord(ch) * c) % 1000000007
    print("hapax legomena:", singles)
    print("longest:", longest)
    print("checksum:", checksum)


main()
