// The format-spec mini-language: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "builtins/numeric/result.h"

namespace ember::numeric {

struct FormatSpec {
  char32_t fill = U' ';
  char align = '>';  // one of < > = ^ (the caller's default when not given)
  bool align_given = false;
  char sign = '\0';        // '\0', '+', '-' or ' '
  bool no_neg_0 = false;   // 'z'
  bool alternate = false;  // '#'
  int64_t width = -1;
  char grouping = '\0';  // '\0', ',', '_' (every 3 digits) or '4' ('_' every 4 digits for b/o/x/X)
  int64_t precision = -1;
  char32_t type = U'\0';  // the caller's default type when not given
};

// Parses spec (UTF-8). default_type: 'd' for int, '\0' for float, 's' for str; default_align:
// '>' for numbers, '<' for str. type_name appears in "Invalid format specifier" messages.
Result<FormatSpec> parse_format_spec(std::string_view spec, char default_type, char default_align,
                                     std::string_view type_name);

// "Unknown format code 'x' for object of type 'float'" (ValueError).
NumError unknown_format_code(char32_t type, std::string_view type_name);

// Lays out a number: <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
// sign_char is '-' for negative numbers, '\0' otherwise. upper upper-cases prefix and digits.
std::string fill_number(const FormatSpec& spec, char sign_char, std::string_view prefix,
                        std::string_view digits, bool has_decimal, std::string_view remainder,
                        bool upper);

// Pads UTF-8 text to spec.width code points with spec.fill according to spec.align.
std::string pad_text(std::string_view text, const FormatSpec& spec);

// format(s, spec) for a str s (UTF-8); type_name is normally "str".
Result<std::string> format_str(std::string_view s, std::string_view spec,
                               std::string_view type_name = "str");

// Appends the UTF-8 encoding of code point cp.
void append_utf8(std::string& out, char32_t cp);

}  // namespace ember::numeric
