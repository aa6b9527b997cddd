// str: an immutable sequence of code points, stored as UTF-8.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vm/object.h"

namespace ember {

// Text is kept in "generalised UTF-8" (lone surrogates are allowed, encoded as three bytes),
// so printing, hashing, searching and concatenation work on bytes directly. `length` counts
// code points; indexing is O(1) for ASCII strings and uses a sparse offset index otherwise.
// The object ends right after the text's NUL for ASCII text (most strs, so the header stays
// as small as CPython's); non-ASCII ones carry one more word there, see str_index.
struct StrObject : Object {
  int64_t length;       // code points
  int64_t hash;         // -1 until computed
  int64_t byte_length;  // bytes of UTF-8, without the terminating NUL
  bool ascii;
  bool interned;
  char data[1];  // byte_length bytes then NUL; allocated inline

  std::string_view view() const { return {data, static_cast<size_t>(byte_length)}; }
};

// Where the text starts. StrObject is not standard-layout (it derives from Object), which
// makes offsetof conditionally supported; GCC and Clang support it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kStrDataOffset = offsetof(StrObject, data);
#pragma GCC diagnostic pop

// Offset of the word after the text of a str of `byte_length` bytes (8-byte aligned).
constexpr size_t str_tail_offset(int64_t byte_length) {
  return (kStrDataOffset + static_cast<size_t>(byte_length) + 1 + 7) & ~size_t{7};
}
// Bytes of a str of `byte_length` bytes of text (exact str; subclasses place their
// attributes after this).
constexpr size_t str_object_size(int64_t byte_length, bool ascii) {
  return ascii ? kStrDataOffset + static_cast<size_t>(byte_length) + 1
               : str_tail_offset(byte_length) + sizeof(uint32_t*);
}
// The code-point index of a non-ASCII str, in the word after its text: null until built,
// then the byte offset of every kStrIndexStride-th code point (freed by str's finaliser).
inline uint32_t*& str_index(StrObject* s) {
  return *reinterpret_cast<uint32_t**>(reinterpret_cast<char*>(s) +
                                       str_tail_offset(s->byte_length));
}

constexpr int64_t kStrIndexStride = 64;

// Text and byte results beyond this many bytes raise MemoryError up front (rather than
// letting a C++ allocation fail or the OS kill the process).
constexpr int64_t kMaxTextBytes = int64_t{1} << 34;

class VM;
// a + b for strs (of any str type): an exact str; a or b itself when the other is empty and
// it is exactly str. MemoryError past kMaxTextBytes.
Value str_concat(VM& vm, StrObject* a, StrObject* b);

// Byte offset of code point `index` (0 <= index <= length).
int64_t str_byte_offset(StrObject* s, int64_t index);
// Code point at `index` (0 <= index < length).
uint32_t str_code_point(StrObject* s, int64_t index);
// Cached hash: CPython's (SipHash-1-3 of its internal representation, with the zero key that
// PYTHONHASHSEED=0 gives), so that str hashes and set orders match CPython's in that mode.
int64_t str_hash(StrObject* s);
// CPython's hash of bytes data (also used by bytes objects); 0 for empty data.
int64_t hash_bytes(const void* data, size_t size);
bool str_equal(const StrObject* a, const StrObject* b);

// Decodes one code point from generalised UTF-8 at `p`, advancing it. Input must be valid.
uint32_t utf8_decode(const char*& p);
// Appends the generalised UTF-8 encoding of `cp` to `out`; returns bytes written (1-4).
int utf8_encode(uint32_t cp, char* out);
// Number of code points in valid UTF-8 text.
int64_t utf8_count_code_points(std::string_view text);

}  // namespace ember
