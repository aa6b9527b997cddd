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
  auto invalid = [&](int64_t reported_base) {
    vm.raise(vm.types.ValueError, "invalid literal for int() with base " +
                                      std::to_string(reported_base) + ": " +
                                      std::string(repr(vm, text)->view()));
  };
  if (!is_str) {
    // Bytes are ASCII text: any other byte makes the literal invalid.
    for (char c : chars) {
      if (static_cast<unsigned char>(c) >= 0x80) invalid(base);
    }
  }
  auto parsed = numeric::parse_int(chars, static_cast<int>(base), vm.int_max_str_digits);
  if (!parsed.ok()) {
    const numeric::NumError& error = parsed.error();
    // The library quotes the text as a str; bytes need their own repr.
    if (!is_str && error.message.starts_with("invalid literal")) {
      size_t with = error.message.find("base ") + 5;
      invalid(std::stoll(error.message.substr(with)));
    }
    raise_num_error(vm, error);
  }
  return vm.make_int(parsed.value().get());
}

}  // namespace ember
