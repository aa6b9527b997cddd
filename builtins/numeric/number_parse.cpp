#include "builtins/numeric/number_parse.h"

#include <double-conversion/string-to-double.h>

#include <cmath>
#include <cstdio>
#include <vector>

namespace ember::numeric {
namespace {

struct CodePoint {
  char32_t cp;
  size_t len;
};

CodePoint decode_at(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n && i + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  return {cp, std::min(n, s.size() - i)};
}

bool is_unicode_space(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

// Zero code points of common Unicode decimal digit blocks (each zero..zero+9).
constexpr char32_t kDigitZeros[] = {
    0x660,  0x6F0,  0x7C0,  0x966,  0x9E6,  0xA66,  0xAE6,  0xB66,  0xBE6,  0xC66,  0xCE6,  0xD66,
    0xDE6,  0xE50,  0xED0,  0xF20,  0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xAA50, 0xFF10};

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', Unicode
// decimal digits become ASCII digits, other non-ASCII characters become '?'.
std::string to_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    CodePoint cp = decode_at(s, i);
    i += cp.len;
    char r = '?';
    if (is_unicode_space(cp.cp)) {
      r = ' ';
    } else {
      for (char32_t z : kDigitZeros) {
        if (cp.cp >= z && cp.cp <= z + 9) r = static_cast<char>('0' + (cp.cp - z));
      }
    }
    out.push_back(r);
  }
  return out;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_printable(char32_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c < 0x7F) return true;
  if (c <= 0xA0 || c == 0xAD) return false;
  if (c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) ||
      (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF) {
    return false;
  }
  if ((c >= 0xD800 && c <= 0xF8FF) || (c >= 0xFFF0 && c <= 0xFFFB) || c == 0xFFFE || c == 0xFFFF ||
      c > 0x10FFFF || c >= 0xE0000) {
    return false;
  }
  return true;
}

NumError int_literal_error(int base, std::string_view original) {
  std::string r = str_repr(original);
  if (r.size() > 200) {
    // %.200R keeps the first 200 code points of the repr.
    size_t i = 0, n = 0;
    for (; i < r.size() && n < 200; ++n) i += decode_at(r, i).len;
    r.resize(i);
  }
  return value_error("invalid literal for int() with base " + std::to_string(base) + ": " + r);
}

NumError digit_limit_error(int64_t limit, int64_t digits) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "Exceeds the limit (%lld digits) for integer string conversion: value has %lld "
                "digits; use sys.set_int_max_str_digits() to increase the limit",
                static_cast<long long>(limit), static_cast<long long>(digits));
  return value_error(buf);
}

double string_to_double(const std::string& clean) {
  static const double_conversion::StringToDoubleConverter conv(
      double_conversion::StringToDoubleConverter::NO_FLAGS, 0.0, std::nan(""), nullptr, nullptr);
  int processed = 0;
  return conv.StringToDouble(clean.data(), static_cast<int>(clean.size()), &processed);
}

// Parses [sign] (inf | infinity | nan | decimal) with no surrounding space; nullopt on error.
bool parse_float_body(std::string_view t, double* out) {
  size_t i = 0;
  bool negative = false;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
    negative = t[i] == '-';
    ++i;
  }
  std::string_view rest = t.substr(i);
  auto lower_eq = [](std::string_view a, std::string_view word) {
    if (a.size() != word.size()) return false;
    for (size_t k = 0; k < a.size(); ++k) {
      char c = a[k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != word[k]) return false;
    }
    return true;
  };
  if (lower_eq(rest, "inf") || lower_eq(rest, "infinity")) {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (lower_eq(rest, "nan")) {
    *out = negative ? -std::nan("") : std::nan("");
    return true;
  }
  size_t j = 0;
  size_t int_digits = 0, frac_digits = 0;
  while (j < rest.size() && rest[j] >= '0' && rest[j] <= '9') ++j, ++int_digits;
  if (j < rest.size() && rest[j] == '.') {
    ++j;
    while (j < rest.size() && rest[j] >= '0' && rest[j] <= '9') ++j, ++frac_digits;
  }
  if (int_digits + frac_digits == 0) return false;
  if (j < rest.size() && (rest[j] == 'e' || rest[j] == 'E')) {
    ++j;
    if (j < rest.size() && (rest[j] == '+' || rest[j] == '-')) ++j;
    size_t exp_digits = 0;
    while (j < rest.size() && rest[j] >= '0' && rest[j] <= '9') ++j, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  if (j != rest.size()) return false;
  std::string clean(rest);
  double v = string_to_double(clean);
  *out = negative ? -v : v;
  return true;
}

}  // namespace

std::string str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out(1, quote);
  for (size_t i = 0; i < s.size();) {
    CodePoint cp = decode_at(s, i);
    i += cp.len;
    char32_t c = cp.cp;
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (is_printable(c)) {
      out.append(s.substr(i - cp.len, cp.len));
    } else {
      char buf[16];
      if (c < 0x100) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
      } else if (c < 0x10000) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
      }
      out += buf;
    }
  }
  out.push_back(quote);
  return out;
}

bool parse_plain_decimal(std::string_view s, int64_t* out) {
  bool negative = !s.empty() && s[0] == '-';
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s.empty() || s.size() > 18) return false;  // 18 digits always fit an int64
  int64_t value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = negative ? -value : value;
  return true;
}

Result<Mpz> parse_int(std::string_view original, int base, int64_t max_str_digits) {
  if ((base != 0 && base < 2) || base > 36) {
    return value_error("int() base must be >= 2 and <= 36, or 0");
  }
  const std::string ascii = to_ascii(original);
  std::string_view s = ascii;
  size_t p = 0;
  while (p < s.size() && is_ascii_space(s[p])) ++p;
  bool negative = false;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
    negative = s[p] == '-';
    ++p;
  }
  auto at = [&](size_t k) { return k < s.size() ? s[k] : '\0'; };
  bool error_if_nonzero = false;
  const int report_base = base;
  if (base == 0) {
    char c1 = at(p + 1);
    if (at(p) != '0') {
      base = 10;
    } else if (c1 == 'x' || c1 == 'X') {
      base = 16;
    } else if (c1 == 'o' || c1 == 'O') {
      base = 8;
    } else if (c1 == 'b' || c1 == 'B') {
      base = 2;
    } else {
      error_if_nonzero = true;
      base = 10;
    }
  }
  if (at(p) == '0') {
    char c1 = at(p + 1);
    if ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
        (base == 2 && (c1 == 'b' || c1 == 'B'))) {
      p += 2;
      if (at(p) == '_') ++p;
    }
  }
  if (at(p) == '_') return int_literal_error(report_base, original);
  std::string digits;
  char prev = '\0';
  while (p < s.size() && (digit_value(s[p]) < base || s[p] == '_')) {
    if (s[p] == '_') {
      if (prev == '_') return int_literal_error(report_base, original);
    } else {
      digits.push_back(s[p]);
    }
    prev = s[p];
    ++p;
  }
  if (prev == '_') return int_literal_error(report_base, original);
  if ((base & (base - 1)) != 0 && max_str_digits > 0 &&
      static_cast<int64_t>(digits.size()) > max_str_digits) {
    return digit_limit_error(max_str_digits, static_cast<int64_t>(digits.size()));
  }
  if (digits.empty()) return int_literal_error(report_base, original);
  Mpz r;
  mpz_set_str(r.get(), digits.c_str(), base);
  if (error_if_nonzero && r.sign() != 0) return int_literal_error(0, original);
  while (p < s.size() && is_ascii_space(s[p])) ++p;
  if (p != s.size()) return int_literal_error(report_base, original);
  if (negative) mpz_neg(r.get(), r.get());
  return r;
}

Result<Mpz> parse_int_literal(std::string_view text, int64_t max_str_digits) {
  int base = 10;
  size_t p = 0;
  if (text.size() >= 2 && text[0] == '0') {
    char c1 = text[1];
    if (c1 == 'x' || c1 == 'X') base = 16;
    if (c1 == 'o' || c1 == 'O') base = 8;
    if (c1 == 'b' || c1 == 'B') base = 2;
    if (base != 10) p = 2;
  }
  std::string digits;
  for (; p < text.size(); ++p) {
    if (text[p] != '_') digits.push_back(text[p]);
  }
  if (base == 10 && max_str_digits > 0 && static_cast<int64_t>(digits.size()) > max_str_digits) {
    return digit_limit_error(max_str_digits, static_cast<int64_t>(digits.size()));
  }
  Mpz r;
  if (digits.empty() || mpz_set_str(r.get(), digits.c_str(), base) != 0) {
    return int_literal_error(base, text);
  }
  return r;
}

Result<double> parse_float(std::string_view original) {
  const std::string ascii = to_ascii(original);
  std::string_view s = ascii;
  auto fail = [&]() {
    return value_error("could not convert string to float: " + str_repr(original));
  };
  std::string cleaned;
  if (s.find('_') != std::string_view::npos) {
    char prev = '\0';
    for (char c : s) {
      if (c == '_') {
        if (!(prev >= '0' && prev <= '9')) return fail();
      } else {
        cleaned.push_back(c);
        if (prev == '_' && !(c >= '0' && c <= '9')) return fail();
      }
      prev = c;
    }
    if (prev == '_') return fail();
    s = cleaned;
  }
  size_t b = 0, e = s.size();
  while (b < e && is_ascii_space(s[b])) ++b;
  while (e > b && is_ascii_space(s[e - 1])) --e;
  double v = 0.0;
  if (!parse_float_body(s.substr(b, e - b), &v)) return fail();
  return v;
}

double parse_float_literal(std::string_view text) {
  std::string clean;
  for (char c : text) {
    if (c != '_') clean.push_back(c);
  }
  return string_to_double(clean);
}

}  // namespace ember::numeric
