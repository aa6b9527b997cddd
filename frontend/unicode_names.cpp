// Unicode character names from the compact table of unicode_names_data.inc, which
// frontend/gen_unicode_names.py generates. Each stored name is a string of word codes
// (1 to 3 characters of kAlphabet, indices into kWords) ended by ' ' in kNames; its
// ordinal there maps to a code point through kRuns (or kAliases, kNamedSequences).
// A name is found by encoding its words and searching the names sorted by their codes.
#include "frontend/unicode_names.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <vector>

namespace ember::unicode_names {

namespace {

struct NameRun {
  char32_t first;    // first code point of a run of named code points
  uint32_t ordinal;  // ordinal of its name in kNames
};
struct HexFamily {
  std::string_view prefix;
  char32_t first;
  char32_t last;
};
struct CodeRange {
  char32_t first;
  char32_t last;
};

#include "frontend/unicode_names_data.inc"

constexpr int kBase = static_cast<int>(kAlphabet.size());
constexpr int kTwoCharFirst = kOneCharCodes;                            // first code index
constexpr int kThreeCharFirst = kTwoCharFirst + kTwoCharLeads * kBase;  // of each length
constexpr uint32_t kStoredNames = std::end(kRuns)[-1].ordinal;
constexpr uint32_t kFirstSequence = kStoredNames + std::size(kAliases);
constexpr int kVowels = static_cast<int>(std::size(kHangulVowels));
constexpr int kTails = static_cast<int>(std::size(kHangulTails));

constexpr std::array<int8_t, 128> kDigitOf = [] {
  std::array<int8_t, 128> digits{};
  digits.fill(-1);
  for (int i = 0; i < kBase; ++i)
    digits[static_cast<unsigned char>(kAlphabet[i])] = static_cast<int8_t>(i);
  return digits;
}();

int digit(char c) {
  return kDigitOf[static_cast<unsigned char>(c)];
}

// Words by code index, where each stored name starts in kNames, and the ordinals of
// the stored names in the order of their codes; built on first use.
struct Index {
  std::vector<std::string_view> words;
  std::vector<uint32_t> names;
  std::vector<uint32_t> by_codes;

  // The codes of the stored name with ordinal `ordinal`.
  std::string_view codes(uint32_t ordinal) const {
    std::string_view rest = kNames.substr(names[ordinal]);
    return rest.substr(0, rest.find(' '));
  }

  Index() {
    words.reserve(kWordCount);
    for (size_t start = 0;;) {
      size_t end = kWords.find(' ', start);
      words.push_back(kWords.substr(start, end - start));
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    for (size_t i = 0; i + 1 < kNames.size(); ++i) {
      if (kNames[i] == ' ') names.push_back(static_cast<uint32_t>(i + 1));
    }
    by_codes.resize(names.size());
    for (uint32_t i = 0; i < by_codes.size(); ++i) by_codes[i] = i;
    std::sort(by_codes.begin(), by_codes.end(),
              [&](uint32_t a, uint32_t b) { return codes(a) < codes(b); });
  }

  // The code index of `word`: words of one code length are in alphabetical order.
  int code_of(std::string_view word) const {
    for (auto [first, last] :
         {std::pair{0, kTwoCharFirst}, std::pair{kTwoCharFirst, kThreeCharFirst},
          std::pair{kThreeCharFirst, kWordCount}}) {
      auto begin = words.begin() + std::min(first, kWordCount);
      auto end = words.begin() + std::min(last, kWordCount);
      auto it = std::lower_bound(begin, end, word);
      if (it != end && *it == word) return static_cast<int>(it - words.begin());
    }
    return -1;
  }

  // The stored name with ordinal `ordinal`.
  std::string name_at(uint32_t ordinal) const {
    std::string out;
    for (size_t i = names[ordinal]; kNames[i] != ' ';) {
      int d = digit(kNames[i]);
      int code;
      if (d < kOneCharCodes) {
        code = d;
        i += 1;
      } else if (d < kOneCharCodes + kTwoCharLeads) {
        code = kTwoCharFirst + (d - kOneCharCodes) * kBase + digit(kNames[i + 1]);
        i += 2;
      } else {
        code = kThreeCharFirst +
               ((d - kOneCharCodes - kTwoCharLeads) * kBase + digit(kNames[i + 1])) * kBase +
               digit(kNames[i + 2]);
        i += 3;
      }
      if (!out.empty()) out += ' ';
      out += words[code];
    }
    return out;
  }
};

const Index& index() {
  static const Index built;
  return built;
}

// Appends the code of word `code` (the inverse of Index::name_at's decoding).
void append_code(std::string& out, int code) {
  if (code < kTwoCharFirst) {
    out += kAlphabet[code];
  } else if (code < kThreeCharFirst) {
    code -= kTwoCharFirst;
    out += kAlphabet[kOneCharCodes + code / kBase];
    out += kAlphabet[code % kBase];
  } else {
    code -= kThreeCharFirst;
    out += kAlphabet[kOneCharCodes + kTwoCharLeads + code / (kBase * kBase)];
    out += kAlphabet[code / kBase % kBase];
    out += kAlphabet[code % kBase];
  }
}

// Ordinal of the stored name (name, alias or named sequence) spelled `upper`, or -1.
int64_t stored_ordinal(std::string_view upper) {
  const Index& ix = index();
  std::string codes;
  for (size_t start = 0;;) {
    size_t end = upper.find(' ', start);
    int code = ix.code_of(upper.substr(start, end - start));
    if (code < 0) return -1;
    append_code(codes, code);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  auto it = std::lower_bound(ix.by_codes.begin(), ix.by_codes.end(), codes,
                             [&](uint32_t o, const std::string& c) { return ix.codes(o) < c; });
  if (it == ix.by_codes.end() || ix.codes(*it) != codes) return -1;
  return *it;
}

std::string hex(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(cp));
  return buf;
}

// The value of `text` as upper-case hex digits, or -1.
int64_t parse_hex(std::string_view text) {
  int64_t v = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      v = v * 16 + (c - '0');
    } else if (c >= 'A' && c <= 'F') {
      v = v * 16 + (c - 'A' + 10);
    } else {
      return -1;
    }
  }
  return v;
}

template <class Ranges>
bool in_ranges(const Ranges& ranges, char32_t cp) {
  return std::any_of(std::begin(ranges), std::end(ranges),
                     [&](const auto& r) { return r.first <= cp && cp <= r.last; });
}

// Index of the longest short jamo name of `names` that starts `text` (CPython takes the
// longest at each step), consuming it; -1 if none does.
int take_jamo(std::string_view& text, const std::string_view* names, int count) {
  int best = -1;
  for (int i = 0; i < count; ++i) {
    if (text.starts_with(names[i]) && (best < 0 || names[i].size() > names[best].size())) best = i;
  }
  if (best >= 0) text.remove_prefix(names[best].size());
  return best;
}

// Hangul syllables and CJK unified ideographs are named by rule, which CPython applies
// case-sensitively. Returns the code point, -1 for a bad name under one of these
// prefixes, or -2 for a name without them.
int64_t named_by_rule(std::string_view name) {
  if (name.starts_with(kHangulPrefix)) {
    std::string_view rest = name.substr(kHangulPrefix.size());
    int l = take_jamo(rest, kHangulLeads, static_cast<int>(std::size(kHangulLeads)));
    int v = take_jamo(rest, kHangulVowels, kVowels);
    int t = take_jamo(rest, kHangulTails, kTails);
    if (l < 0 || v < 0 || t < 0 || !rest.empty()) return -1;
    return kHangulFirst + (l * kVowels + v) * kTails + t;
  }
  if (name.starts_with(kCjkPrefix)) {
    std::string_view digits = name.substr(kCjkPrefix.size());
    if (digits.size() != 4 && digits.size() != 5) return -1;
    int64_t cp = parse_hex(digits);
    return cp >= 0 && in_ranges(kCjkUnified, static_cast<char32_t>(cp)) ? cp : -1;
  }
  return -2;
}

}  // namespace

std::u32string lookup(std::string_view name) {
  if (int64_t cp = named_by_rule(name); cp != -2) {
    return cp < 0 ? std::u32string() : std::u32string(1, static_cast<char32_t>(cp));
  }
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  for (const HexFamily& f : kHexFamilies) {
    if (!upper.starts_with(f.prefix)) continue;
    std::string_view digits = std::string_view(upper).substr(f.prefix.size());
    int64_t cp = digits.size() <= 6 ? parse_hex(digits) : -1;
    if (cp >= f.first && cp <= f.last && hex(static_cast<char32_t>(cp)) == digits)
      return std::u32string(1, static_cast<char32_t>(cp));
  }
  int64_t ordinal = stored_ordinal(upper);
  if (ordinal < 0) return {};
  if (ordinal >= kFirstSequence) {
    const char32_t* seq = kNamedSequences[ordinal - kFirstSequence];
    return std::u32string(seq, std::find(seq, seq + 4, U'\0'));
  }
  if (ordinal >= kStoredNames) return std::u32string(1, kAliases[ordinal - kStoredNames]);
  const NameRun* run = std::upper_bound(std::begin(kRuns), std::end(kRuns), ordinal,
                                        [](int64_t o, const NameRun& r) { return o < r.ordinal; }) -
                       1;
  return std::u32string(1, static_cast<char32_t>(run->first + (ordinal - run->ordinal)));
}

int32_t code_point(std::string_view name) {
  // Named sequences have two code points or more.
  std::u32string found = lookup(name);
  return found.size() == 1 ? static_cast<int32_t>(found[0]) : -1;
}

std::string name(char32_t cp) {
  int syllables = static_cast<int>(std::size(kHangulLeads)) * kVowels * kTails;
  if (cp >= kHangulFirst && cp < kHangulFirst + static_cast<char32_t>(syllables)) {
    int s = static_cast<int>(cp - kHangulFirst);
    std::string out(kHangulPrefix);
    out += kHangulLeads[s / (kVowels * kTails)];
    out += kHangulVowels[s / kTails % kVowels];
    out += kHangulTails[s % kTails];
    return out;
  }
  if (in_ranges(kCjkUnified, cp)) return std::string(kCjkPrefix) + hex(cp);
  for (const HexFamily& f : kHexFamilies) {
    if (cp >= f.first && cp <= f.last) return std::string(f.prefix) + hex(cp);
  }
  const NameRun* run = std::upper_bound(std::begin(kRuns), std::end(kRuns), cp,
                                        [](char32_t c, const NameRun& r) { return c < r.first; });
  if (run == std::begin(kRuns) || run == std::end(kRuns)) return "";
  uint32_t ordinal = run[-1].ordinal + static_cast<uint32_t>(cp - run[-1].first);
  if (ordinal >= run->ordinal) return "";
  return index().name_at(ordinal);
}

}  // namespace ember::unicode_names
