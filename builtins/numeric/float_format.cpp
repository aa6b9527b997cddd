#include "builtins/numeric/float_format.h"

#include <climits>

#include "builtins/numeric/float_repr.h"

namespace ember::numeric {

Result<std::string> format_float_parsed(double x, const FormatSpec& spec,
                                        std::string_view type_name) {
  char32_t type = spec.type;
  switch (type) {
    case '\0':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      break;
    default:
      return unknown_format_code(type, type_name);
  }
  if (spec.precision > INT_MAX) return value_error("precision too big");
  int precision = static_cast<int>(spec.precision);
  unsigned flags = 0;
  int default_precision = 6;
  if (spec.alternate) flags |= kDtsfAlt;
  if (spec.no_neg_0) flags |= kDtsfNoNeg0;
  if (type == '\0') {
    flags |= kDtsfAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    x *= 100;
    add_pct = true;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  std::string buf = double_to_string(x, static_cast<char>(type), precision, flags);
  if (add_pct) buf.push_back('%');

  std::string_view v = buf;
  char sign_char = '\0';
  if (!v.empty() && v[0] == '-') {
    sign_char = '-';
    v.remove_prefix(1);
  }
  size_t n = 0;
  while (n < v.size() && v[n] >= '0' && v[n] <= '9') ++n;
  std::string_view digits = v.substr(0, n);
  std::string_view rest = v.substr(n);
  bool has_decimal = !rest.empty() && rest[0] == '.';
  if (has_decimal) rest.remove_prefix(1);
  FormatSpec layout = spec;
  if (spec.type == 'n') layout.grouping = '\0';  // C locale: no grouping
  return fill_number(layout, sign_char, "", digits, has_decimal, rest, false);
}

Result<std::string> format_float(double x, std::string_view spec, std::string_view type_name) {
  if (spec.empty()) return float_repr(x);
  auto parsed = parse_format_spec(spec, '\0', '>', type_name);
  if (!parsed) return parsed.error();
  return format_float_parsed(x, *parsed, type_name);
}

}  // namespace ember::numeric
