// bytes and bytearray: layouts shared by the compiler (bytes constants), the interpreter and
// builtins/bytes_type.cpp, builtins/bytearray_type.cpp.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

#include "vm/object.h"
#include "vm/vm.h"

namespace ember {

// Immutable bytes, stored inline (size bytes, then a NUL that is not part of the value).
struct BytesObject : Object {
  int64_t size;
  int64_t hash;  // -1 until computed
  uint8_t data[1];

  std::string_view view() const {
    return {reinterpret_cast<const char*>(data), static_cast<size_t>(size)};
  }
};

// Mutable bytes in a heap buffer of `capacity` bytes (owned; freed by the type's finalizer).
struct ByteArrayObject : Object {
  int64_t size;
  int64_t capacity;
  uint8_t* data;  // null while capacity is 0

  std::string_view view() const {
    return {reinterpret_cast<const char*>(data), static_cast<size_t>(size)};
  }
};

// A new bytes object of `type` (vm.types.bytes when null) holding a copy of `data`.
inline BytesObject* new_bytes(VM& vm, std::string_view data, Type* type = nullptr) {
  if (data.size() > (1ull << 56)) vm.raise_memory_error();
  auto* b = vm.allocate<BytesObject>(type ? type : vm.types.bytes, data.size());
  b->size = static_cast<int64_t>(data.size());
  b->hash = -1;
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  b->data[data.size()] = 0;
  return b;
}

// bytes (or a subclass) / bytearray (or a subclass).
inline bool is_bytes(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.as_object()->type, vm.types.bytes);
}
inline bool is_bytearray(VM& vm, Value v) {
  return v.is_object() && is_subtype(v.as_object()->type, vm.types.bytearray);
}

}  // namespace ember
