#include "builtins/numeric/int_format.h"

#include "builtins/numeric/float_format.h"
#include "builtins/numeric/format_spec.h"
#include "builtins/numeric/int_ops.h"

namespace ember::numeric {

Result<std::string> format_int(mpz_srcptr n, std::string_view spec_text, std::string_view type_name,
                               int64_t max_str_digits) {
  if (spec_text.empty()) return int_to_decimal(n, max_str_digits);
  auto parsed = parse_format_spec(spec_text, 'd', '>', type_name);
  if (!parsed) return parsed.error();
  const FormatSpec& f = *parsed;
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      auto d = int_to_double(n);
      if (!d) return d.error();
      return format_float_parsed(*d, f, type_name);
    }
    default:
      return unknown_format_code(f.type, type_name);
  }
  if (f.precision != -1) return value_error("Precision not allowed in integer format specifier");
  if (f.no_neg_0) {
    return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (f.type == 'c') {
    if (f.sign != '\0') return value_error("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) {
      return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (!mpz_fits_slong_p(n)) return overflow_error("Python int too large to convert to C long");
    long x = mpz_get_si(n);
    if (x < 0 || x > 0x10ffff) return overflow_error("%c arg not in range(0x110000)");
    std::string ch;
    append_utf8(ch, static_cast<char32_t>(x));
    return fill_number(f, '\0', "", "", false, ch, false);
  }
  int base = 10;
  const char* prefix = "";
  switch (f.type) {
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = "0x";
      break;
    default:
      break;
  }
  std::string digits;
  if (base == 10) {
    auto s = int_to_decimal(n, max_str_digits);
    if (!s) return s.error();
    digits = std::move(*s);
  } else {
    digits = int_to_base(n, base, false);
  }
  char sign_char = '\0';
  std::string_view dv = digits;
  if (dv[0] == '-') {
    sign_char = '-';
    dv.remove_prefix(1);
  }
  FormatSpec layout = f;
  if (f.type == 'n') layout.grouping = '\0';  // C locale: no grouping
  return fill_number(layout, sign_char, f.alternate ? prefix : "", dv, false, "", f.type == 'X');
}

}  // namespace ember::numeric
