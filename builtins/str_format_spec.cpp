#include "builtins/str_format_spec.h"

#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

bool is_align(uint32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}

// Reads decimal digits at text[*pos]; -1 when there are none.
int64_t read_number(VM& vm, std::string_view text, size_t* pos) {
  int64_t value = -1;
  while (*pos < text.size() && text[*pos] >= '0' && text[*pos] <= '9') {
    if (value < 0) value = 0;
    if (value > (INT64_MAX - 9) / 10 || value > (int64_t{1} << 62) / 10) {
      vm.raise(vm.types.ValueError, "Too many decimal digits in format string");
    }
    value = value * 10 + (text[*pos] - '0');
    ++*pos;
  }
  return value;
}

}  // namespace

FormatSpec parse_format_spec(VM& vm, std::string_view spec, char default_align,
                             std::string_view type_name) {
  FormatSpec f;
  // Decode the spec into code points so that a non-ASCII fill character works.
  const char* p = spec.data();
  const char* end = p + spec.size();
  size_t pos = 0;
  bool fill_given = false;
  bool align_given = false;
  if (p < end) {
    const char* q = p;
    uint32_t first = utf8_decode(q);
    if (q < end) {
      const char* r = q;
      uint32_t second = utf8_decode(r);
      if (is_align(second)) {
        f.fill = first;
        f.align = static_cast<char>(second);
        fill_given = align_given = true;
        pos = static_cast<size_t>(r - p);
      }
    }
    if (!align_given && is_align(first)) {
      f.align = static_cast<char>(first);
      align_given = true;
      pos = 1;
    }
  }
  if (pos < spec.size() && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) {
    f.sign = spec[pos++];
  }
  if (pos < spec.size() && spec[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_given && pos < spec.size() && spec[pos] == '0') {
    f.fill = '0';
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  f.width = read_number(vm, spec, &pos);
  if (pos < spec.size() && spec[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == '_') {
    if (f.grouping) vm.raise(vm.types.ValueError, "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < spec.size() && spec[pos] == ',') {
    if (f.grouping == '_') vm.raise(vm.types.ValueError, "Cannot specify both ',' and '_'.");
    vm.raise(vm.types.ValueError, "Cannot specify ',' with ','.");
  }
  if (pos < spec.size() && spec[pos] == '.') {
    ++pos;
    f.precision = read_number(vm, spec, &pos);
    if (f.precision < 0) vm.raise(vm.types.ValueError, "Format specifier missing precision");
  }
  if (pos < spec.size()) {
    const char* q = spec.data() + pos;
    uint32_t type = utf8_decode(q);
    if (q != end) {
      vm.raise(vm.types.ValueError, "Invalid format specifier '" + std::string(spec) +
                                        "' for object of type '" + std::string(type_name) + "'");
    }
    f.type = type;
  }
  if (f.grouping) {
    uint32_t t = f.type;
    bool ok = t == 0 || t == 'd' || t == 'e' || t == 'f' || t == 'g' || t == 'E' || t == 'F' ||
              t == 'G' || t == '%';
    if (f.grouping == '_') ok = ok || t == 'b' || t == 'o' || t == 'x' || t == 'X';
    if (!ok) {
      std::string message = "Cannot specify '";
      message += f.grouping;
      message += "' with '";
      char buffer[4];
      message.append(buffer, utf8_encode(t, buffer));
      message += "'.";
      vm.raise(vm.types.ValueError, message);
    }
  }
  return f;
}

std::string pad_formatted(std::string_view text, int64_t length, const FormatSpec& spec,
                          char default_align) {
  if (spec.width <= length) return std::string(text);
  int64_t total = spec.width - length;
  char align = spec.align ? spec.align : default_align;
  int64_t left = 0;
  if (align == '>' || align == '=') {
    left = total;
  } else if (align == '^') {
    left = total / 2;
  }
  int64_t right = total - left;
  char fill[4];
  int n = utf8_encode(spec.fill, fill);
  std::string out;
  out.reserve(text.size() + static_cast<size_t>(total * n));
  for (int64_t i = 0; i < left; ++i) out.append(fill, static_cast<size_t>(n));
  out += text;
  for (int64_t i = 0; i < right; ++i) out.append(fill, static_cast<size_t>(n));
  return out;
}

}  // namespace ember
