#include "vm/str_object.h"

#include <mimalloc.h>

#include <cstring>
#include <vector>

#include "vm/vm.h"

namespace ember {

Value str_concat(VM& vm, StrObject* a, StrObject* b) {
  if (b->length == 0 && a->type == vm.types.str) return Value::from_object(a);
  if (a->length == 0 && b->type == vm.types.str) return Value::from_object(b);
  int64_t byte_length = a->byte_length + b->byte_length;
  if (byte_length > kMaxTextBytes) vm.raise_memory_error();
  StrObject* s = vm.allocate_str(vm.types.str, static_cast<size_t>(byte_length),
                                 a->length + b->length, a->ascii && b->ascii);
  std::memcpy(s->data, a->data, static_cast<size_t>(a->byte_length));
  std::memcpy(s->data + a->byte_length, b->data, static_cast<size_t>(b->byte_length));
  return Value::from_object(s);
}

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
  str_index(s) = offsets;
}

}  // namespace

int64_t str_byte_offset(StrObject* s, int64_t index) {
  if (s->ascii) return index;
  if (index == s->length) return s->byte_length;
  if (!str_index(s)) build_offsets(s);
  const char* p = s->data + str_index(s)[index / kStrIndexStride];
  return skip_code_points(p, index % kStrIndexStride) - s->data;
}

uint32_t str_code_point(StrObject* s, int64_t index) {
  if (s->ascii) return static_cast<unsigned char>(s->data[index]);
  const char* p = s->data + str_byte_offset(s, index);
  return utf8_decode(p);
}

namespace {

inline uint64_t rotl(uint64_t x, int b) {
  return (x << b) | (x >> (64 - b));
}

inline void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
  v0 += v1;
  v2 += v3;
  v1 = rotl(v1, 13) ^ v0;
  v3 = rotl(v3, 16) ^ v2;
  v0 = rotl(v0, 32);
  v2 += v1;
  v0 += v3;
  v1 = rotl(v1, 17) ^ v2;
  v3 = rotl(v3, 21) ^ v0;
  v2 = rotl(v2, 32);
}

// SipHash-1-3 with CPython's final step, keyed as CPython is under PYTHONHASHSEED=0 (a zero
// key), so that str and bytes hash exactly as there and sets of strings iterate in the same
// order as CPython's with that setting.
uint64_t siphash13(const unsigned char* in, size_t size) {
  const uint64_t k0 = 0, k1 = 0;
  uint64_t b = static_cast<uint64_t>(size) << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ull;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dull;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ull;
  uint64_t v3 = k1 ^ 0x7465646279746573ull;
  while (size >= 8) {
    uint64_t m = 0;
    for (int i = 0; i < 8; ++i) m |= static_cast<uint64_t>(in[i]) << (8 * i);
    in += 8;
    size -= 8;
    v3 ^= m;
    sip_round(v0, v1, v2, v3);
    v0 ^= m;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < size; ++i) t |= static_cast<uint64_t>(in[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  sip_round(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

}  // namespace

int64_t hash_bytes(const void* data, size_t size) {
  if (size == 0) return 0;
  auto h = static_cast<int64_t>(siphash13(static_cast<const unsigned char*>(data), size));
  return h == -1 ? -2 : h;
}

int64_t str_hash(StrObject* s) {
  if (s->hash != -1) return s->hash;
  int64_t result;
  if (s->ascii) {
    result = hash_bytes(s->data, static_cast<size_t>(s->byte_length));
  } else {
    // CPython hashes its internal representation: 1, 2 or 4 bytes per code point (the
    // smallest that holds the largest one), little-endian.
    uint32_t max = 0;
    const char* p = s->data;
    for (int64_t i = 0; i < s->length; ++i) {
      uint32_t cp = utf8_decode(p);
      if (cp > max) max = cp;
    }
    size_t width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
    std::vector<unsigned char> units(static_cast<size_t>(s->length) * width);
    p = s->data;
    for (int64_t i = 0; i < s->length; ++i) {
      uint32_t cp = utf8_decode(p);
      for (size_t b = 0; b < width; ++b) {
        units[static_cast<size_t>(i) * width + b] = static_cast<unsigned char>(cp >> (8 * b));
      }
    }
    result = hash_bytes(units.data(), units.size());
  }
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
