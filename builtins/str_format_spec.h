// The format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision]
// [type]) as parsed by CPython's parse_internal_render_format_spec, and padding of text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace ember {

class VM;

struct FormatSpec {
  uint32_t fill = ' ';
  char align = 0;            // '<' '>' '=' '^', or 0 for the type's default
  char sign = 0;             // '+' '-' ' ', or 0
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  int64_t width = -1;
  char grouping = 0;  // ',' '_', or 0
  int64_t precision = -1;
  uint32_t type = 0;  // the presentation type, 0 when absent
};

// Raises ValueError with CPython's messages. `default_align` is '<' for str, '>' for numbers
// (a leading '0' then means fill '0' with '=' alignment); `type_name` names the formatted
// object's type in "Invalid format specifier" messages.
FormatSpec parse_format_spec(VM& vm, std::string_view spec, char default_align,
                             std::string_view type_name);

// Pads `text` (`length` code points) to spec.width with spec.fill, honouring spec.align (or
// `default_align` when the spec has none).
std::string pad_formatted(std::string_view text, int64_t length, const FormatSpec& spec,
                          char default_align);

}  // namespace ember
