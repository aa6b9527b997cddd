// int(text, base): str, bytes and bytearray, parsed by the numeric library.
#include <string>

#include "builtins/int_value.h"
#include "builtins/number_support.h"
#include "builtins/numeric/number_parse.h"
#include "vm/bytes_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"

namespace ember {

Value text_to_int(VM& vm, Value text, Value base_value) {
  int64_t base = index_value(vm, base_value);
  if (base != 0 && (base < 2 || base > 36)) {
    vm.raise(vm.types.ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  std::string_view chars;
  bool is_str = is_instance(vm, text, vm.types.str);
  if (is_str) {
    chars = static_cast<StrObject*>(text.as_object())->view();
  } else if (is_bytes(vm, text)) {
    chars = static_cast<BytesObject*>(text.as_object())->view();
  } else if (is_bytearray(vm, text)) {
    chars = static_cast<ByteArrayObject*>(text.as_object())->view();
  } else {
    vm.raise(vm.types.TypeError, "int() can't convert non-string with explicit base");
  }
  // "invalid literal for int() with base %d: %.200R", with the base as given (0 stays 0).
  auto invalid = [&]() {
    std::string quoted(repr(vm, text)->view());
    size_t end = 0;
    for (int n = 0; end < quoted.size() && n < 200; ++n) {
      ++end;
      while (end < quoted.size() && (static_cast<unsigned char>(quoted[end]) & 0xC0) == 0x80) ++end;
    }
    quoted.resize(end);
    vm.raise(vm.types.ValueError,
             "invalid literal for int() with base " + std::to_string(base) + ": " + quoted);
  };
  if (!is_str) {
    // Bytes are ASCII text: any other byte makes the literal invalid.
    for (char c : chars) {
      if (static_cast<unsigned char>(c) >= 0x80) invalid();
    }
  }
  int64_t plain = 0;
  if (base == 10 && numeric::parse_plain_decimal(chars, &plain)) return vm.make_int(plain);
  auto parsed = numeric::parse_int(chars, static_cast<int>(base), vm.int_max_str_digits);
  if (!parsed.ok()) {
    // The library quotes the text as a str and names the base it deduced for base 0; CPython
    // quotes bytes as bytes and names the base given.
    if (parsed.error().message.starts_with("invalid literal")) invalid();
    raise_num_error(vm, parsed.error());
  }
  return vm.make_int(parsed.value().get());
}

}  // namespace ember
