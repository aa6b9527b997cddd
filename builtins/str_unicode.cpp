#include "builtins/str_unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstring>

#include "vm/str_object.h"

namespace ember {

namespace {

struct CodePointRange {
  uint32_t first;
  uint32_t last;
};
struct SpecialCase {
  uint32_t cp;
  const char* upper;
  const char* lower;
  const char* title;
};
struct CaseFold {
  uint32_t cp;
  const char* folded;
};

#include "builtins/str_unicode_data.inc"

template <size_t N>
bool in_ranges(const CodePointRange (&table)[N], uint32_t cp) {
  const CodePointRange* end = table + N;
  const CodePointRange* it = std::upper_bound(
      table, end, cp, [](uint32_t c, const CodePointRange& r) { return c < r.first; });
  if (it == table) return false;
  --it;
  return cp <= it->last;
}

utf8proc_category_t category(uint32_t cp) {
  if (cp > 0x10FFFF) return UTF8PROC_CATEGORY_CN;
  utf8proc_category_t c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  if (c != UTF8PROC_CATEGORY_CN && cp >= 0xCF3 && in_ranges(kUnassignedInUnicode14, cp)) {
    return UTF8PROC_CATEGORY_CN;
  }
  return c;
}

const SpecialCase* special_case(uint32_t cp) {
  const SpecialCase* end = kSpecialCasing + std::size(kSpecialCasing);
  const SpecialCase* it = std::lower_bound(
      kSpecialCasing, end, cp, [](const SpecialCase& s, uint32_t c) { return s.cp < c; });
  return it != end && it->cp == cp ? it : nullptr;
}

void append_cp(uint32_t cp, std::string& out) {
  char buffer[4];
  out.append(buffer, utf8_encode(cp, buffer));
}

}  // namespace

bool uni_isalpha(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
      return true;
    default:
      return false;
  }
}

bool uni_isdecimal(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return category(cp) == UTF8PROC_CATEGORY_ND;
}

bool uni_isdigit(uint32_t cp) {
  return uni_isdecimal(cp) || in_ranges(kDigitNotDecimal, cp);
}

bool uni_isnumeric(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  auto c = category(cp);
  bool by_category =
      c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
  return by_category != in_ranges(kNumericToggle, cp);
}

bool uni_isalnum(uint32_t cp) {
  return uni_isalpha(cp) || uni_isdecimal(cp) || uni_isdigit(cp) || uni_isnumeric(cp);
}

bool uni_isspace(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return in_ranges(kWhitespace, cp);
}

bool uni_isprintable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

bool uni_islower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return category(cp) == UTF8PROC_CATEGORY_LL || in_ranges(kOtherLower, cp);
}

bool uni_isupper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return category(cp) == UTF8PROC_CATEGORY_LU || in_ranges(kOtherUpper, cp);
}

bool uni_istitlecase(uint32_t cp) {
  return category(cp) == UTF8PROC_CATEGORY_LT;
}

bool uni_iscased(uint32_t cp) {
  return uni_islower(cp) || uni_isupper(cp) || uni_istitlecase(cp);
}

bool uni_iscase_ignorable(uint32_t cp) {
  if (cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`' || cp == 0xB7 ||
      cp == 0x2019 || cp == 0x2018 || cp == 0x2024 || cp == 0xFE52 || cp == 0xFF07 || cp == 0xFF0E)
    return true;
  switch (category(cp)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_SK:
      return true;
    default:
      return false;
  }
}

bool uni_isxid_start(uint32_t cp) {
  if (cp < 0x80) return uni_isalpha(cp) || cp == '_';
  auto c = category(cp);
  bool by_category = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
                     c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
                     c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_NL;
  return by_category != in_ranges(kXidStartToggle, cp);
}

bool uni_isxid_continue(uint32_t cp) {
  if (cp < 0x80) return uni_isalpha(cp) || cp == '_' || (cp >= '0' && cp <= '9');
  auto c = category(cp);
  bool by_category = c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL ||
                     c == UTF8PROC_CATEGORY_LT || c == UTF8PROC_CATEGORY_LM ||
                     c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_NL ||
                     c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC ||
                     c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_PC;
  return by_category != in_ranges(kXidContinueToggle, cp);
}

bool uni_islinebreak(uint32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

int uni_decimal_value(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  if (!uni_isdecimal(cp)) return -1;
  // Decimal digits come in runs of ten, zero first.
  int n = 0;
  while (n < 9 && cp > 0 && uni_isdecimal(cp - 1)) {
    --cp;
    ++n;
  }
  return n;
}

void uni_append_upper(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'a' && cp <= 'z' ? cp - 32 : cp);
    return;
  }
  if (const SpecialCase* s = special_case(cp)) {
    out += s->upper;
    return;
  }
  append_cp(static_cast<uint32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp))), out);
}

void uni_append_lower(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
    return;
  }
  if (const SpecialCase* s = special_case(cp)) {
    out += s->lower;
    return;
  }
  append_cp(static_cast<uint32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), out);
}

void uni_append_title(uint32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp >= 'a' && cp <= 'z' ? cp - 32 : cp);
    return;
  }
  if (const SpecialCase* s = special_case(cp)) {
    out += s->title;
    return;
  }
  append_cp(static_cast<uint32_t>(utf8proc_totitle(static_cast<utf8proc_int32_t>(cp))), out);
}

void uni_append_casefold(uint32_t cp, std::string& out) {
  if (cp >= 0x80) {
    const CaseFold* end = kCaseFolding + std::size(kCaseFolding);
    const CaseFold* it = std::lower_bound(kCaseFolding, end, cp,
                                          [](const CaseFold& f, uint32_t c) { return f.cp < c; });
    if (it != end && it->cp == cp) {
      out += it->folded;
      return;
    }
  }
  uni_append_lower(cp, out);
}

}  // namespace ember
