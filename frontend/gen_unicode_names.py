#!/usr/bin/env python3.11
"""Writes frontend/unicode_names_data.inc: every Unicode character name CPython 3.11 knows.

Usage: python3.11 frontend/gen_unicode_names.py [PATH/TO/perl/unicore/Name.pl]

The names come from python3.11's unicodedata (Unicode 14.0.0). unicodedata cannot list
name aliases and named sequences, so their candidates are read from Perl's copy of the
Unicode database (found with `perl -MConfig` unless given) and each is kept only if
unicodedata.lookup() gives it the same meaning.

Encoding (decoded by frontend/unicode_names.cpp):
- Names made by rule are not stored: CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE ...,
  and the other "PREFIX-XXXX" families named after their code point (kHexFamilies).
- kWords: every word of the stored names, separated by spaces, in code order. A word's
  code is 1, 2 or 3 characters of ALPHABET; frequent words get the short codes, and
  within one code length the words are in alphabetical order (so a word's code can be
  found by binary search).
- kNames: " " + the names' codes, each name followed by " ". Names of kRuns (code point
  order), then the aliases (kAliases), then the named sequences (kNamedSequences).
"""

import glob
import os
import subprocess
import sys
import unicodedata

# Characters of a word code: printable ASCII that needs no escape in a C++ string
# literal ('?' left out so that no "??" trigraph warning can arise); ' ' separates names.
ALPHABET = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '"\\?')
BASE = len(ALPHABET)
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "
HANGUL_FIRST, HANGUL_L, HANGUL_V, HANGUL_T = 0xAC00, 19, 21, 28
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unicode_names_data.inc")


def perl_name_table():
    if len(sys.argv) > 1:
        return sys.argv[1]
    try:
        lib = subprocess.run(["perl", "-MConfig", "-e", "print $Config{privlibexp}"],
                             capture_output=True, text=True, check=True).stdout
        found = [os.path.join(lib, "unicore", "Name.pl")]
    except OSError:
        found = []
    found += sorted(glob.glob("/usr/share/perl/*/unicore/Name.pl"))
    for path in found:
        if os.path.exists(path):
            return path
    sys.exit("Perl's unicore/Name.pl not found; give its path")


def perl_candidates(path):
    """(code points, name) pairs of Perl's Name.pl, checked against its version."""
    version = open(os.path.join(os.path.dirname(path), "version")).read().strip()
    if version != unicodedata.unidata_version:
        sys.exit(f"{path} is Unicode {version}, unicodedata is {unicodedata.unidata_version}")
    text = open(path, encoding="utf-8").read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    for entry in body.strip("\n").split("\n\n"):
        codes, name = entry.split("\n")
        yield tuple(int(c, 16) for c in codes.split(" ")), name


def hangul_jamo():
    """The short jamo names, split out of the syllable names (ieung, index 11, is "")."""
    def syllable(l, v, t):
        name = unicodedata.name(chr(HANGUL_FIRST + (l * HANGUL_V + v) * HANGUL_T + t))
        return name[len(HANGUL_PREFIX):]
    vowels = [syllable(11, v, 0) for v in range(HANGUL_V)]
    leads = [syllable(l, 0, 0)[:-len(vowels[0])] for l in range(HANGUL_L)]
    tails = [syllable(11, 0, t)[len(vowels[0]):] for t in range(HANGUL_T)]
    for l in range(HANGUL_L):
        for v in range(HANGUL_V):
            for t in range(HANGUL_T):
                assert syllable(l, v, t) == leads[l] + vowels[v] + tails[t]
    return leads, vowels, tails


def ranges(cps):
    out = []
    for cp in sorted(cps):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def code_text(index, one, two):
    if index < one:
        return ALPHABET[index]
    index -= one
    if index < two * BASE:
        return ALPHABET[one + index // BASE] + ALPHABET[index % BASE]
    index -= two * BASE
    return (ALPHABET[one + two + index // (BASE * BASE)] + ALPHABET[index // BASE % BASE] +
            ALPHABET[index % BASE])


def assign_codes(entries):
    """Word -> code, and the split (one, two) of ALPHABET's leading characters."""
    counts = {}
    for name in entries:
        for word in name.split(" "):
            assert word, name
            counts[word] = counts.get(word, 0) + 1
    by_use = sorted(counts, key=lambda w: (-counts[w], w))
    uses = [counts[w] for w in by_use]
    best = None
    for one in range(BASE):
        for two in range(BASE - one):
            three = BASE - one - two
            if one + two * BASE + three * BASE * BASE < len(by_use):
                continue
            cost = (sum(uses[:one]) + 2 * sum(uses[one:one + two * BASE]) +
                    3 * sum(uses[one + two * BASE:]))
            if best is None or cost < best[0]:
                best = (cost, one, two)
    _, one, two = best
    classes = [by_use[:one], by_use[one:one + two * BASE], by_use[one + two * BASE:]]
    order = [w for words in classes for w in sorted(words)]
    return {w: code_text(i, one, two) for i, w in enumerate(order)}, order, one, two


def literal_lines(text, width=96):
    return "\n".join('"%s"' % text[i:i + width] for i in range(0, len(text), width))


def main():
    names = {}
    hex_families = {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        prefix, _, tail = name.rpartition("-")
        if name.startswith((CJK_PREFIX, HANGUL_PREFIX)):
            continue
        if prefix and tail == "%04X" % cp:
            hex_families.setdefault(prefix + "-", []).append(cp)
            continue
        names[cp] = name
    cjk = [cp for cp in range(0x110000)
           if unicodedata.name(chr(cp), "").startswith(CJK_PREFIX)]
    for cp in cjk:
        assert unicodedata.name(chr(cp)) == CJK_PREFIX + "%04X" % cp
    for prefix in hex_families:
        assert not any(n.startswith(prefix) for n in names.values()), prefix
    leads, vowels, tails = hangul_jamo()

    stored = set(names.values())
    aliases, sequences = [], []
    for cps, name in perl_candidates(perl_name_table()):
        if len(cps) == 1 and names.get(cps[0]) == name:
            continue
        try:
            value = unicodedata.lookup(name)
        except KeyError:
            continue  # a name Perl knows but Python does not (Unicode 1.0 names)
        if value != "".join(map(chr, cps)) or name in stored:
            continue
        (aliases if len(cps) == 1 else sequences).append((name, cps))
    aliases.sort(key=lambda a: (a[1], a[0]))
    sequences.sort(key=lambda s: s[0])
    assert max(len(cps) for _, cps in sequences) <= 4

    cp_order = sorted(names)
    entries = [names[cp] for cp in cp_order] + [n for n, _ in aliases] + [n for n, _ in sequences]
    assert len(set(entries)) == len(entries)
    assert all(set(n) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -") for n in entries)
    codes, words, one, two = assign_codes(entries)
    stream = " " + "".join("".join(codes[w] for w in n.split(" ")) + " " for n in entries)

    # Decode everything back, as unicode_names.cpp will.
    decode = {c: w for w, c in codes.items()}
    pos = 1
    for n in entries:
        out = []
        while stream[pos] != " ":
            k = ALPHABET.index(stream[pos])
            size = 1 if k < one else 2 if k < one + two else 3
            out.append(decode[stream[pos:pos + size]])
            pos += size
        pos += 1
        assert " ".join(out) == n

    runs = []
    for i, cp in enumerate(cp_order):
        if not runs or runs[-1][0] + (i - runs[-1][1]) != cp:
            runs.append((cp, i))
    runs.append((0x110000, len(cp_order)))

    with open(OUT, "w") as f:
        w = f.write
        w("// Unicode character names as CPython 3.11 knows them (Unicode %s).\n"
          % unicodedata.unidata_version)
        w("// Generated by frontend/gen_unicode_names.py; do not edit by hand.\n")
        w("// Included by frontend/unicode_names.cpp only; the encoding is described there\n")
        w("// and in the generator.\n")
        w("// clang-format off\n")
        w("constexpr std::string_view kAlphabet = \"%s\";\n" % ALPHABET)
        w("constexpr int kOneCharCodes = %d;  // leading characters of 1-character codes\n" % one)
        w("constexpr int kTwoCharLeads = %d;  // and of 2-character codes; the rest lead 3\n" % two)
        w("constexpr int kWordCount = %d;\n" % len(words))
        w("constexpr std::string_view kWords =\n%s;\n" % literal_lines(" ".join(words)))
        w("constexpr std::string_view kNames =\n%s;\n" % literal_lines(stream))
        w("// Code points with stored names: {first code point, ordinal of its name}; the last\n")
        w("// entry ends the table.\n")
        w("constexpr NameRun kRuns[] = {\n")
        for i in range(0, len(runs), 6):
            w("".join("{0x%X, %d}," % r for r in runs[i:i + 6]) + "\n")
        w("};\n")
        w("// Code points of the name aliases, which follow the names in kNames.\n")
        w("constexpr char32_t kAliases[] = {\n")
        for i in range(0, len(aliases), 10):
            w("".join("0x%X," % cps[0] for _, cps in aliases[i:i + 10]) + "\n")
        w("};\n")
        w("// The named sequences, which follow the aliases in kNames (0 ends a short one).\n")
        w("constexpr char32_t kNamedSequences[][4] = {\n")
        for i in range(0, len(sequences), 4):
            w("".join("{%s}," % ", ".join("0x%X" % c for c in (cps + (0,) * (4 - len(cps))))
                      for _, cps in sequences[i:i + 4]) + "\n")
        w("};\n")
        w("// Names that are a prefix and the code point in hex: {prefix, first, last}.\n")
        w("constexpr HexFamily kHexFamilies[] = {\n")
        for prefix, cps in sorted(hex_families.items()):
            for first, last in ranges(cps):
                w('{"%s", 0x%X, 0x%X},\n' % (prefix, first, last))
        w("};\n")
        w("// Names made by rule, which CPython reads case-sensitively.\n")
        w('constexpr std::string_view kCjkPrefix = "%s";\n' % CJK_PREFIX)
        w('constexpr std::string_view kHangulPrefix = "%s";\n' % HANGUL_PREFIX)
        w("constexpr char32_t kHangulFirst = 0x%X;\n" % HANGUL_FIRST)
        w("// Code points named \"%sXXXX\".\n" % CJK_PREFIX)
        w("constexpr CodeRange kCjkUnified[] = {\n")
        w("".join("{0x%X, 0x%X}," % tuple(r) for r in ranges(cjk)) + "\n")
        w("};\n")
        w("// Short names of the Hangul jamo: leading consonants, vowels, trailing consonants.\n")
        for var, jamo in (("kHangulLeads", leads), ("kHangulVowels", vowels),
                          ("kHangulTails", tails)):
            w("constexpr std::string_view %s[] = {%s};\n"
              % (var, ", ".join('"%s"' % j for j in jamo)))
        w("// clang-format on\n")
    print("%s: %d names, %d aliases, %d named sequences, %d words, %d bytes"
          % (OUT, len(names), len(aliases), len(sequences), len(words), os.path.getsize(OUT)))


if __name__ == "__main__":
    main()
