// Shared helpers of bytes_type.cpp, bytearray_type.cpp and bytes_methods.cpp.
#pragma once
#include <string>
#include <string_view>

#include "builtins/str_internal.h"
#include "vm/bytes_object.h"

namespace ember {

// The contents of a bytes or bytearray value; false for anything else.
inline bool bytes_like(VM& vm, Value v, std::string_view* out) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  if (t == vm.types.bytes || is_subtype(t, vm.types.bytes)) {
    *out = static_cast<BytesObject*>(v.as_object())->view();
    return true;
  }
  if (t == vm.types.bytearray || is_subtype(t, vm.types.bytearray)) {
    *out = static_cast<ByteArrayObject*>(v.as_object())->view();
    return true;
  }
  return false;
}

// TypeError "a bytes-like object is required, not 'str'" unless v is bytes-like.
std::string_view need_bytes_like(VM& vm, Value v);

ByteArrayObject* new_bytearray(VM& vm, std::string_view data, Type* type = nullptr);
// Grows or shrinks the buffer so that it holds `size` bytes (new bytes are zero).
void bytearray_resize(VM& vm, ByteArrayObject* b, int64_t size);

// A new exact bytes (self is bytes) or bytearray (self is bytearray) holding `data`.
Value new_bytes_like_self(VM& vm, Value self, std::string_view data);

// An int in range(0, 256) from an __index__-able value; ValueError `range_message`.
uint8_t byte_value(VM& vm, Value v, const char* range_message = "byte must be in range(0, 256)");

// The bytes of an iterable of ints / bytes-like / int count, for bytes() and bytearray().
// `type_name` is "bytes" or "bytearray" for messages.
std::string bytes_from_object(VM& vm, Value source, const char* type_name);

// bytes()/bytearray() arguments (source, encoding, errors) with CPython's errors. When an
// encoding or errors is given, `encoded` is the source str encoded (a bytes object);
// otherwise it is undefined and `source` (possibly undefined) is to be converted.
struct BytesConstructorArgs {
  Value source = Value::undefined();
  Value encoded = Value::undefined();
};
BytesConstructorArgs parse_bytes_constructor_args(VM& vm, CallArgs args, const char* constructor);

// Slots and parts shared by both types.
Value bytes_repr_text(VM& vm, std::string_view data, bool bytearray);
Value bytes_compare_views(VM& vm, Value a, Value b, CompareOp op);
void install_bytearray_type(VM& vm);
Value bytes_percent_format(VM& vm, Value self, std::string_view fmt, Value args);

}  // namespace ember

namespace ember {
// bytes_type.cpp: the int-yielding iterator shared by bytes and bytearray.
Value bytes_iterator_for(VM& vm, Type* owner, Value seq);
Type* make_bytes_iterator_type(VM& vm, Type* owner, const char* name);
// `item in hay` for bytes-like hay (int or bytes-like item).
bool bytes_contains_in(VM& vm, std::string_view hay, Value item);
}  // namespace ember
