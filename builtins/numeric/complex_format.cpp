#include "builtins/numeric/complex_format.h"

#include <climits>
#include <cmath>

#include "builtins/numeric/float_repr.h"
#include "builtins/numeric/format_spec.h"

namespace ember::numeric {
namespace {

// Splits a formatted double into sign, digits, decimal point and remainder and lays it out.
std::string layout_part(const std::string& buf, const FormatSpec& spec) {
  std::string_view v = buf;
  char sign_char = '\0';
  if (!v.empty() && v[0] == '-') {
    sign_char = '-';
    v.remove_prefix(1);
  }
  size_t n = 0;
  while (n < v.size() && v[n] >= '0' && v[n] <= '9') ++n;
  std::string_view rest = v.substr(n);
  bool has_decimal = !rest.empty() && rest[0] == '.';
  if (has_decimal) rest.remove_prefix(1);
  return fill_number(spec, sign_char, "", v.substr(0, n), has_decimal, rest, false);
}

}  // namespace

Result<std::string> format_complex(Complex z, std::string_view spec_text,
                                   std::string_view type_name) {
  if (spec_text.empty()) return complex_repr(z);
  auto parsed = parse_format_spec(spec_text, '\0', '>', type_name);
  if (!parsed) return parsed.error();
  const FormatSpec& f = *parsed;
  char32_t type = f.type;
  switch (type) {
    case '\0':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      break;
    default:
      return unknown_format_code(type, type_name);
  }
  if (f.fill == U'0') {
    return value_error("Zero padding is not allowed in complex format specifier");
  }
  if (f.align == '=') {
    return value_error("'=' alignment flag is not allowed in complex format specifier");
  }
  if (f.precision > INT_MAX) return value_error("precision too big");
  int precision = static_cast<int>(f.precision);
  int default_precision = 6;
  unsigned flags = 0;
  if (f.alternate) flags |= kDtsfAlt;
  if (f.no_neg_0) flags |= kDtsfNoNeg0;
  bool skip_re = false;
  bool add_parens = false;
  if (type == '\0') {
    type = 'r';
    default_precision = 0;
    if (z.re == 0.0 && !std::signbit(z.re)) {
      skip_re = true;
    } else {
      add_parens = true;
    }
  }
  if (type == 'n') type = 'g';
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  const std::string re_buf = double_to_string(z.re, static_cast<char>(type), precision, flags);
  const std::string im_buf = double_to_string(z.im, static_cast<char>(type), precision, flags);

  FormatSpec tmp = f;
  tmp.fill = U' ';
  tmp.align = '<';
  tmp.width = -1;
  if (f.type == 'n') tmp.grouping = '\0';  // C locale: no grouping
  std::string body;
  if (add_parens) body.push_back('(');
  if (!skip_re) {
    body += layout_part(re_buf, tmp);
    tmp.sign = '+';
  }
  body += layout_part(im_buf, tmp);
  body.push_back('j');
  if (add_parens) body.push_back(')');
  FormatSpec pad = f;
  if (!f.align_given) pad.align = '>';
  return pad_text(body, pad);
}

}  // namespace ember::numeric
