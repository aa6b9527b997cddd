#include "builtins/numeric/percent_format.h"

#include <climits>
#include <cmath>

#include "builtins/numeric/float_ops.h"
#include "builtins/numeric/float_repr.h"
#include "builtins/numeric/format_spec.h"
#include "builtins/numeric/int_ops.h"

namespace ember::numeric {
namespace {

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

Result<std::string> long_body(mpz_srcptr v, const PercentSpec& spec, int64_t max_str_digits) {
  const char type = spec.conversion;
  std::string digits;
  if (type == 'o' || type == 'x' || type == 'X') {
    digits = int_to_base(v, type == 'o' ? 8 : 16, false);
  } else {
    auto s = int_to_decimal(v, max_str_digits);
    if (!s) return s.error();
    digits = std::move(*s);
  }
  std::string sign;
  if (digits[0] == '-') {
    sign = "-";
    digits.erase(0, 1);
  }
  if (spec.precision > static_cast<int64_t>(digits.size())) {
    digits.insert(0, static_cast<size_t>(spec.precision) - digits.size(), '0');
  }
  std::string prefix;
  if (spec.alt && (type == 'o' || type == 'x' || type == 'X')) {
    prefix = type == 'o' ? "0o" : (type == 'x' ? "0x" : "0X");
  }
  if (type == 'X') {
    for (char& c : digits) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
  }
  return sign + prefix + digits;
}

std::string float_body(double v, const PercentSpec& spec) {
  int prec = spec.precision < 0 ? 6 : static_cast<int>(std::min<int64_t>(spec.precision, INT_MAX));
  return double_to_string(v, spec.conversion, prec,
                          spec.alt ? static_cast<unsigned>(kDtsfAlt) : 0u);
}

bool is_float_conversion(char c) {
  return c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G';
}

}  // namespace

std::string percent_output(std::string_view body, const PercentSpec& spec, bool numeric) {
  const char ch = spec.conversion;
  const char fill = (numeric && spec.zero) ? '0' : ' ';
  int64_t len = static_cast<int64_t>(count_code_points(body));
  int64_t width = spec.width;
  if ((width == -1 || width <= len) && (spec.precision == -1 || spec.precision >= len) &&
      !(numeric && (spec.plus || spec.space))) {
    return std::string(body);
  }
  if ((ch == 's' || ch == 'r' || ch == 'a') && spec.precision >= 0 && len > spec.precision) {
    size_t i = 0;
    for (int64_t n = 0; i < body.size(); ++i) {
      if ((static_cast<unsigned char>(body[i]) & 0xC0) != 0x80) {
        if (n == spec.precision) break;
        ++n;
      }
    }
    body = body.substr(0, i);
    len = spec.precision;
  }
  size_t pindex = 0;
  char signchar = '\0';
  if (numeric) {
    if (!body.empty() && (body[0] == '-' || body[0] == '+')) {
      signchar = body[0];
      --len;
      ++pindex;
    } else if (spec.plus) {
      signchar = '+';
    } else if (spec.space) {
      signchar = ' ';
    }
  }
  if (width < len) width = len;
  std::string out;
  if (signchar) {
    if (fill != ' ') out.push_back(signchar);
    if (width > len) --width;
  }
  const bool alt_prefix = spec.alt && (ch == 'x' || ch == 'X' || ch == 'o');
  if (alt_prefix) {
    if (fill != ' ') {
      out.append(body.substr(pindex, 2));
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !spec.left) {
    out.append(static_cast<size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (signchar) out.push_back(signchar);
    if (alt_prefix) {
      out.append(body.substr(pindex, 2));
      pindex += 2;
    }
  }
  out.append(body.substr(pindex));
  if (width > len) out.append(static_cast<size_t>(width - len), ' ');
  return out;
}

Result<std::string> format_percent_int(mpz_srcptr v, const PercentSpec& spec,
                                       int64_t max_str_digits) {
  const char c = spec.conversion;
  if (is_float_conversion(c)) {
    auto d = int_to_double(v);
    if (!d) return d.error();
    return percent_output(float_body(*d, spec), spec, true);
  }
  if (c == 'c') {
    if (!mpz_fits_slong_p(v) || mpz_get_si(v) < 0 || mpz_get_si(v) > 0x10ffff) {
      return overflow_error("%c arg not in range(0x110000)");
    }
    std::string ch;
    append_utf8(ch, static_cast<char32_t>(mpz_get_si(v)));
    return percent_output(ch, spec, false);
  }
  auto body = long_body(v, spec, max_str_digits);
  if (!body) return body.error();
  return percent_output(*body, spec, true);
}

Result<std::string> format_percent_float(double v, const PercentSpec& spec) {
  const char c = spec.conversion;
  if (is_float_conversion(c)) return percent_output(float_body(v, spec), spec, true);
  if (c == 'c') return type_error("%c requires int or char");
  if (c == 'o' || c == 'x' || c == 'X') {
    return type_error(std::string("%") + c + " format: an integer is required, not float");
  }
  auto i = float_trunc(v);
  if (!i) return i.error();
  auto body = long_body(i->get(), spec, 0);
  if (!body) return body.error();
  return percent_output(*body, spec, true);
}

}  // namespace ember::numeric
