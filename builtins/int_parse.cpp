// int(text, base): parsing str, bytes and bytearray as CPython's int() does.
#include <string>

#include "builtins/int_value.h"
#include "builtins/number_support.h"
#include "vm/bytes_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"

namespace ember {

namespace {

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

bool is_python_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// Digits of `text` in `base` (0: from the prefix) without sign, prefix or underscores;
// false when the text is not a valid literal.
bool extract_digits(std::string_view text, int* base, std::string* digits, bool* negative) {
  size_t i = 0, n = text.size();
  while (i < n && is_python_space(text[i])) ++i;
  while (n > i && is_python_space(text[n - 1])) --n;
  *negative = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) *negative = text[i++] == '-';
  bool prefixed = false;
  if (i + 1 < n && text[i] == '0') {
    char p = static_cast<char>(text[i + 1] | 0x20);
    int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefix_base && (*base == 0 || *base == prefix_base)) {
      *base = prefix_base;
      i += 2;
      prefixed = true;
    }
  }
  bool base_zero_decimal = false;
  if (*base == 0) {
    *base = 10;
    base_zero_decimal = true;
  }
  // An underscore may follow a prefix, and may separate digits, never two in a row.
  bool previous_underscore = prefixed;
  bool any = false;
  for (; i < n; ++i) {
    char c = text[i];
    if (c == '_') {
      if (previous_underscore && !(prefixed && !any)) return false;
      if (!any && !prefixed) return false;
      previous_underscore = true;
      continue;
    }
    if (digit_value(c) >= *base) return false;
    digits->push_back(c);
    any = true;
    previous_underscore = false;
  }
  if (!any || previous_underscore) return false;
  // Base 0 forbids leading zeros in a non-zero decimal literal ("010").
  if (base_zero_decimal && (*digits)[0] == '0' &&
      digits->find_first_not_of('0') != std::string::npos) {
    return false;
  }
  return true;
}

}  // namespace

Value text_to_int(VM& vm, Value text, Value base_value) {
  int64_t base = index_value(vm, base_value);
  if (base != 0 && (base < 2 || base > 36)) {
    vm.raise(vm.types.ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  std::string_view chars;
  if (is_instance(vm, text, vm.types.str)) {
    chars = static_cast<StrObject*>(text.as_object())->view();
  } else if (is_bytes(vm, text)) {
    chars = static_cast<BytesObject*>(text.as_object())->view();
  } else if (is_bytearray(vm, text)) {
    chars = static_cast<ByteArrayObject*>(text.as_object())->view();
  } else {
    vm.raise(vm.types.TypeError, "int() can't convert non-string with explicit base");
  }
  int actual_base = static_cast<int>(base);
  std::string digits;
  bool negative;
  if (!extract_digits(chars, &actual_base, &digits, &negative)) {
    vm.raise(vm.types.ValueError, "invalid literal for int() with base " + std::to_string(base) +
                                      ": " + std::string(repr(vm, text)->view()));
  }
  bool power_of_two = (actual_base & (actual_base - 1)) == 0;
  if (!power_of_two && vm.int_max_str_digits > 0 &&
      static_cast<int64_t>(digits.size()) > vm.int_max_str_digits) {
    vm.raise(vm.types.ValueError,
             "Exceeds the limit (" + std::to_string(vm.int_max_str_digits) +
                 " digits) for integer string conversion: value has " +
                 std::to_string(digits.size()) +
                 " digits; use sys.set_int_max_str_digits() to increase the limit");
  }
  MpzTemp z;
  mpz_set_str(z.get(), digits.c_str(), actual_base);
  if (negative) mpz_neg(z.get(), z.get());
  return vm.make_int(z.get());
}

}  // namespace ember
