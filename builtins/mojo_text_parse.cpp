// Mojo's atol and atof, which fn code calls through the hidden builtins __mojo_atol__ and
// __mojo_atof__ (frontend/static_string.cpp). atol reads integers as Python's int(text,
// base) does (whitespace, underscores between digits, 0x/0o/0b prefixes); atof reads an
// optional sign, digits with one dot, an exponent and an optional trailing f or F, or
// nan / inf, between whitespace, and no underscores. Their failures are Mojo Errors with
// Mojo's messages.
#include <cmath>
#include <cstdlib>
#include <string>

#include "builtins/install.h"
#include "builtins/numeric/number_parse.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

std::string_view text_argument(VM& vm, CallArgs args, const char* who) {
  if (args.npos < 1 || !is_instance(vm, args[0], vm.types.str)) {
    vm.raise(vm.types.TypeError, std::string(who) + " takes a String");
  }
  return static_cast<StrObject*>(args[0].as_object())->view();
}

// __mojo_atol__(text, base) -> int
Value mojo_atol(VM& vm, CallArgs args) {
  std::string_view text = text_argument(vm, args, "atol");
  int64_t base = args.npos > 1 ? index_value(vm, args[1]) : 10;
  if (base != 0 && (base < 2 || base > 36)) {
    vm.raise(vm.types.MojoError, "Base must be >= 2 and <= 36, or 0.");
  }
  auto parsed = numeric::parse_int(text, static_cast<int>(base), 0);
  if (!parsed.ok()) {
    vm.raise(vm.types.MojoError, "String is not convertible to integer with base " +
                                     std::to_string(base) + ": '" + std::string(text) + "'");
  }
  if (!parsed.value().fits_i64()) {
    vm.raise(vm.types.MojoError, "String expresses an integer too large to store in Int.");
  }
  return vm.make_int(parsed.value().get_i64());
}

bool is_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The number `s` spells in atof's grammar (without the whitespace); false when it spells none.
bool atof_number(std::string_view s, double* out) {
  std::string_view body = s;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) body.remove_prefix(1);
  std::string lower;
  for (char c : body) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  bool negative = !s.empty() && s[0] == '-';
  if (lower == "nan" || lower == "inf" || lower == "infinity") {
    *out = lower == "nan" ? std::nan("") : HUGE_VAL;
    if (negative) *out = -*out;
    return true;
  }
  // digits [. digits] or . digits, then e [sign] digits, then an optional f.
  size_t i = 0, digits = 0;
  while (i < body.size() && is_digit(body[i])) ++i, ++digits;
  if (i < body.size() && body[i] == '.') {
    ++i;
    while (i < body.size() && is_digit(body[i])) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    ++i;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) ++i;
    size_t exponent_digits = 0;
    while (i < body.size() && is_digit(body[i])) ++i, ++exponent_digits;
    if (exponent_digits == 0) return false;
  }
  size_t end = i;
  if (i < body.size() && (body[i] == 'f' || body[i] == 'F')) ++i;
  if (i != body.size()) return false;
  std::string number(s.substr(0, s.size() - body.size() + end));
  *out = std::strtod(number.c_str(), nullptr);
  return true;
}

// __mojo_atof__(text) -> float
Value mojo_atof(VM& vm, CallArgs args) {
  std::string_view text = text_argument(vm, args, "atof");
  std::string_view s = text;
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  double value = 0;
  if (!atof_number(s, &value)) {
    vm.raise(vm.types.MojoError, "String is not convertible to float: '" + std::string(text) + "'");
  }
  return Value::from_double(value);
}

}  // namespace

void install_mojo_text_parse(VM& vm) {
  vm.add_builtin_function("__mojo_atol__", mojo_atol);
  vm.add_builtin_function("__mojo_atof__", mojo_atof);
}

}  // namespace ember
