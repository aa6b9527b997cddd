#include "builtins/numeric/format_spec.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace ember::numeric {
namespace {

constexpr int64_t kSsizeMax = INT64_MAX;

std::vector<char32_t> decode_utf8(std::string_view s) {
  std::vector<char32_t> out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n && i + k < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += static_cast<size_t>(n);
  }
  return out;
}

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

bool is_alignment_token(char32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}
bool is_sign_element(char32_t c) {
  return c == ' ' || c == '+' || c == '-';
}

// Returns the number of digits consumed, or -1 on overflow.
int64_t get_integer(const std::vector<char32_t>& s, size_t& pos, int64_t& result) {
  int64_t acc = 0;
  int64_t n = 0;
  for (; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos, ++n) {
    int64_t d = static_cast<int64_t>(s[pos] - '0');
    if (acc > (kSsizeMax - d) / 10) return -1;
    acc = acc * 10 + d;
  }
  result = acc;
  return n;
}

NumError cannot_specify(char sep, char32_t type) {
  char buf[64];
  if (type > 32 && type < 128) {
    std::snprintf(buf, sizeof buf, "Cannot specify '%c' with '%c'.", sep, static_cast<char>(type));
  } else {
    std::snprintf(buf, sizeof buf, "Cannot specify '%c' with '\\x%x'.", sep,
                  static_cast<unsigned>(type));
  }
  return value_error(buf);
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

NumError unknown_format_code(char32_t type, std::string_view type_name) {
  std::string m = "Unknown format code '";
  if (type > 32 && type < 128) {
    m.push_back(static_cast<char>(type));
  } else {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(type));
    m += buf;
  }
  m += "' for object of type '";
  m += type_name;
  m += "'";
  return value_error(std::move(m));
}

Result<FormatSpec> parse_format_spec(std::string_view spec_text, char default_type,
                                     char default_align, std::string_view type_name) {
  const std::vector<char32_t> s = decode_utf8(spec_text);
  const size_t end = s.size();
  size_t pos = 0;
  FormatSpec f;
  f.align = default_align;
  f.type = static_cast<unsigned char>(default_type);
  bool fill_given = false;

  if (end - pos >= 2 && is_alignment_token(s[pos + 1])) {
    f.align = static_cast<char>(s[pos + 1]);
    f.fill = s[pos];
    fill_given = true;
    f.align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment_token(s[pos])) {
    f.align = static_cast<char>(s[pos]);
    f.align_given = true;
    ++pos;
  }
  if (end - pos >= 1 && is_sign_element(s[pos])) {
    f.sign = static_cast<char>(s[pos]);
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_given && end - pos >= 1 && s[pos] == '0') {
    f.fill = U'0';
    if (!f.align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  int64_t consumed = get_integer(s, pos, f.width);
  if (consumed < 0) return value_error("Too many decimal digits in format string");
  if (consumed == 0) f.width = -1;

  if (end - pos >= 1 && s[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == '_') {
    if (f.grouping != '\0') return value_error("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (end - pos >= 1 && s[pos] == ',') {
    if (f.grouping == '_') return value_error("Cannot specify both ',' and '_'.");
  }
  if (end - pos >= 1 && s[pos] == '.') {
    ++pos;
    consumed = get_integer(s, pos, f.precision);
    if (consumed < 0) return value_error("Too many decimal digits in format string");
    if (consumed == 0) return value_error("Format specifier missing precision");
  }
  if (end - pos > 1) {
    std::string m = "Invalid format specifier '";
    m += spec_text;
    m += "' for object of type '";
    m += type_name;
    m += "'";
    return value_error(std::move(m));
  }
  if (end - pos == 1) {
    f.type = s[pos];
    ++pos;
  }
  if (f.grouping != '\0') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '\0':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (f.grouping == '_') {
          f.grouping = '4';
          break;
        }
        [[fallthrough]];
      default:
        return cannot_specify(f.grouping == '4' ? '_' : f.grouping, f.type);
    }
  }
  return f;
}

std::string fill_number(const FormatSpec& spec, char sign_char, std::string_view prefix,
                        std::string_view digits, bool has_decimal, std::string_view remainder,
                        bool upper) {
  char sign = '\0';
  if (spec.sign == '+') {
    sign = sign_char == '-' ? '-' : '+';
  } else if (spec.sign == ' ') {
    sign = sign_char == '-' ? '-' : ' ';
  } else if (sign_char == '-') {
    sign = '-';
  }
  const int64_t n_sign = sign ? 1 : 0;
  const int64_t n_non_digit = n_sign + static_cast<int64_t>(prefix.size()) + (has_decimal ? 1 : 0) +
                              static_cast<int64_t>(count_code_points(remainder));
  int64_t min_width = 0;
  if (spec.fill == U'0' && spec.align == '=') min_width = spec.width - n_non_digit;

  // Group the digits (built right to left), padding with zeros up to min_width.
  std::string grouped;
  if (!digits.empty()) {
    const int group = spec.grouping == '4' ? 4 : (spec.grouping ? 3 : 0);
    const char sep = spec.grouping == ',' ? ',' : '_';
    int64_t remaining = static_cast<int64_t>(digits.size());
    size_t src = digits.size();
    if (group == 0) {
      int64_t l = std::max<int64_t>(std::max<int64_t>(remaining, min_width), 1);
      grouped.append(static_cast<size_t>(l - remaining), '0');
      grouped.append(digits);
    } else {
      std::string rev;
      bool use_sep = false;
      for (;;) {
        int64_t l = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, min_width), 1));
        int64_t n_zeros = std::max<int64_t>(0, l - remaining);
        int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
        if (use_sep) rev.push_back(sep);
        for (int64_t i = 0; i < n_chars; ++i) rev.push_back(digits[--src]);
        rev.append(static_cast<size_t>(n_zeros), '0');
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
      }
      grouped.assign(rev.rbegin(), rev.rend());
    }
  }
  const int64_t body = n_non_digit + static_cast<int64_t>(grouped.size());
  int64_t n_padding = spec.width - body;
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (spec.align) {
      case '<':
        rpad = n_padding;
        break;
      case '^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case '=':
        spad = n_padding;
        break;
      default:
        lpad = n_padding;
        break;
    }
  }
  std::string fill;
  append_utf8(fill, spec.fill);
  std::string out;
  out.reserve(static_cast<size_t>(body + std::max<int64_t>(n_padding, 0)) * fill.size());
  for (int64_t i = 0; i < lpad; ++i) out += fill;
  if (sign) out.push_back(sign);
  size_t prefix_at = out.size();
  out.append(prefix);
  if (upper) {
    for (size_t i = prefix_at; i < out.size(); ++i) {
      if (out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
    }
  }
  for (int64_t i = 0; i < spad; ++i) out += fill;
  size_t digits_at = out.size();
  out += grouped;
  if (upper) {
    for (size_t i = digits_at; i < out.size(); ++i) {
      if (out[i] >= 'a' && out[i] <= 'z') out[i] = static_cast<char>(out[i] - 'a' + 'A');
    }
  }
  if (has_decimal) out.push_back('.');
  out.append(remainder);
  for (int64_t i = 0; i < rpad; ++i) out += fill;
  return out;
}

std::string pad_text(std::string_view text, const FormatSpec& spec) {
  const int64_t len = static_cast<int64_t>(count_code_points(text));
  if (spec.width <= len) return std::string(text);
  const int64_t n = spec.width - len;
  int64_t left = 0, right = 0;
  if (spec.align == '>') {
    left = n;
  } else if (spec.align == '^') {
    left = n / 2;
    right = n - left;
  } else {
    right = n;
  }
  std::string fill;
  append_utf8(fill, spec.fill);
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out.append(text);
  for (int64_t i = 0; i < right; ++i) out += fill;
  return out;
}

Result<std::string> format_str(std::string_view s, std::string_view spec_text,
                               std::string_view type_name) {
  if (spec_text.empty()) return std::string(s);
  auto parsed = parse_format_spec(spec_text, 's', '<', type_name);
  if (!parsed) return parsed.error();
  const FormatSpec& f = *parsed;
  if (f.type != 's') return unknown_format_code(f.type, type_name);
  if (f.sign == ' ') return value_error("Space not allowed in string format specifier");
  if (f.sign) return value_error("Sign not allowed in string format specifier");
  if (f.no_neg_0) {
    return value_error("Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f.alternate) return value_error("Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') return value_error("'=' alignment not allowed in string format specifier");
  std::string_view text = s;
  if (f.precision >= 0) {
    // Truncate to precision code points.
    size_t i = 0;
    int64_t n = 0;
    for (; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
        if (n == f.precision) break;
        ++n;
      }
    }
    text = text.substr(0, i);
  }
  return pad_text(text, f);
}

}  // namespace ember::numeric
