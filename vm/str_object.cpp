#include "vm/str_object.h"

#include <mimalloc.h>

#include <cstring>

namespace ember {

uint32_t utf8_decode(const char*& p) {
  auto b0 = static_cast<unsigned char>(*p++);
  if (b0 < 0x80) return b0;
  if (b0 < 0xE0) {
    uint32_t cp = (b0 & 0x1Fu) << 6;
    return cp | (static_cast<unsigned char>(*p++) & 0x3Fu);
  }
  if (b0 < 0xF0) {
    uint32_t cp = (b0 & 0x0Fu) << 12;
    cp |= (static_cast<unsigned char>(*p++) & 0x3Fu) << 6;
    return cp | (static_cast<unsigned char>(*p++) & 0x3Fu);
  }
  uint32_t cp = (b0 & 0x07u) << 18;
  cp |= (static_cast<unsigned char>(*p++) & 0x3Fu) << 12;
  cp |= (static_cast<unsigned char>(*p++) & 0x3Fu) << 6;
  return cp | (static_cast<unsigned char>(*p++) & 0x3Fu);
}

int utf8_encode(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

int64_t utf8_count_code_points(std::string_view text) {
  // Count the bytes that start a code point (everything but continuation bytes).
  int64_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

const char* skip_code_points(const char* p, int64_t count) {
  while (count-- > 0) {
    auto b = static_cast<unsigned char>(*p);
    p += b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  }
  return p;
}

// Builds the sparse index: the byte offset of code points 0, 64, 128, ...
void build_offsets(StrObject* s) {
  int64_t count = s->length / kStrIndexStride + 1;
  auto* offsets = static_cast<uint32_t*>(mi_malloc(count * sizeof(uint32_t)));
  const char* p = s->data;
  for (int64_t i = 0; i < count; ++i) {
    offsets[i] = static_cast<uint32_t>(p - s->data);
    if (i + 1 < count) p = skip_code_points(p, kStrIndexStride);
  }
  s->offsets = offsets;
}

}  // namespace

int64_t str_byte_offset(StrObject* s, int64_t index) {
  if (s->ascii) return index;
  if (index == s->length) return s->byte_length;
  if (!s->offsets) build_offsets(s);
  const char* p = s->data + s->offsets[index / kStrIndexStride];
  return skip_code_points(p, index % kStrIndexStride) - s->data;
}

uint32_t str_code_point(StrObject* s, int64_t index) {
  if (s->ascii) return static_cast<unsigned char>(s->data[index]);
  const char* p = s->data + str_byte_offset(s, index);
  return utf8_decode(p);
}

int64_t str_hash(StrObject* s) {
  if (s->hash != -1) return s->hash;
  // FNV-1a over the bytes with a final avalanche; str hashes are not part of any output
  // (CPython randomises them), only their consistency matters.
  uint64_t h = 14695981039346656037ull;
  for (int64_t i = 0; i < s->byte_length; ++i) {
    h ^= static_cast<unsigned char>(s->data[i]);
    h *= 1099511628211ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  auto result = static_cast<int64_t>(h);
  if (result == -1) result = -2;
  s->hash = result;
  return result;
}

bool str_equal(const StrObject* a, const StrObject* b) {
  if (a == b) return true;
  if (a->byte_length != b->byte_length) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data, b->data, a->byte_length) == 0;
}

}  // namespace ember
