// The `_struct` module behind lib/struct.py: packing values into bytes and back by format
// strings ("<hI8s"), with native or standard sizes, alignment and byte order as CPython 3.11
// on x86-64, and its error messages (which differ by code and byte order exactly as there:
// little-endian standard codes whose size matches the native one are checked the native way).
#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "builtins/int_value.h"
#include "builtins/native_module.h"
#include "builtins/native_stdlib.h"
#include "builtins/number_support.h"
#include "vm/bytes_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

using native::obj;

enum class Order : uint8_t { Native, Little, Big };

struct Code {
  char code;
  int64_t count;   // repeat count, or the length of an 's'/'p' string
  int64_t offset;  // of the first element
  int size;        // of one element
};

struct Layout {
  Order order = Order::Native;
  bool native_sizes = true;
  std::vector<Code> codes;
  int64_t size = 0;
  int64_t values = 0;  // how many values pack takes and unpack returns
};

// ---- errors

Type* error_type(VM& vm) {
  Value m = dict_get_str(vm, vm.modules, vm.name("_struct"));
  auto* module = static_cast<ModuleObject*>(m.as_object());
  return static_cast<Type*>(dict_get_str(vm, module->dict, vm.name("error")).as_object());
}

[[noreturn]] void struct_error(VM& vm, const std::string& message) {
  vm.raise(error_type(vm), message);
}

// ---- formats

int native_size(char c) {
  switch (c) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p':
      return 1;
    case 'h':
    case 'H':
    case 'e':
      return 2;
    case 'i':
    case 'I':
    case 'f':
      return 4;
    case 'l':
    case 'L':
    case 'q':
    case 'Q':
    case 'n':
    case 'N':
    case 'P':
    case 'd':
      return 8;
    default:
      return 0;
  }
}

int standard_size(char c) {
  switch (c) {
    case 'l':
    case 'L':
      return 4;
    case 'n':
    case 'N':
    case 'P':
      return 0;
    default:
      return native_size(c);
  }
}

Layout parse_format(VM& vm, std::string_view fmt) {
  Layout layout;
  size_t i = 0;
  if (!fmt.empty()) {
    switch (fmt[0]) {
      case '@':
        ++i;
        break;
      case '=':
        layout.order = Order::Little;
        layout.native_sizes = false;
        ++i;
        break;
      case '<':
        layout.order = Order::Little;
        layout.native_sizes = false;
        ++i;
        break;
      case '>':
      case '!':
        layout.order = Order::Big;
        layout.native_sizes = false;
        ++i;
        break;
    }
  }
  constexpr int64_t kMax = INT64_MAX;
  auto too_long = [&] { struct_error(vm, "total struct size too long"); };
  while (i < fmt.size()) {
    char c = fmt[i++];
    if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
    int64_t count = 1;
    if (c >= '0' && c <= '9') {
      count = c - '0';
      while (true) {
        c = i < fmt.size() ? fmt[i++] : '\0';
        if (c < '0' || c > '9') break;
        if (count > (kMax - (c - '0')) / 10) too_long();
        count = count * 10 + (c - '0');
      }
      if (c == '\0') struct_error(vm, "repeat count given without format specifier");
    }
    int size = layout.native_sizes ? native_size(c) : standard_size(c);
    if (size == 0) struct_error(vm, "bad char in struct format");
    if (layout.native_sizes && size > 1 && c != 's' && c != 'p' && layout.size > 0) {
      layout.size = (layout.size + size - 1) / size * size;
    }
    bool is_string = c == 's' || c == 'p';
    if (count > (kMax - layout.size) / size) too_long();
    layout.codes.push_back({c, count, layout.size, is_string ? static_cast<int>(count) : size});
    layout.size += count * size;
    if (is_string) {
      layout.values += 1;
    } else if (c != 'x') {
      layout.values += count;
    }
  }
  return layout;
}

std::string_view format_text(VM& vm, Value format, std::string_view function) {
  if (StrObject* s = native::as_str(vm, format)) return s->view();
  if (is_bytes(vm, format)) return static_cast<BytesObject*>(format.as_object())->view();
  vm.raise(vm.types.TypeError, std::string(function) +
                                   "() argument 1 must be a str or bytes object, not " +
                                   std::string(type_name(vm, format)));
}

// ---- integers

void store(uint8_t* p, uint64_t bits, int size, Order order) {
  for (int k = 0; k < size; ++k) {
    int shift = order == Order::Big ? (size - 1 - k) * 8 : k * 8;
    p[k] = static_cast<uint8_t>(bits >> shift);
  }
}

uint64_t load(const uint8_t* p, int size, Order order) {
  uint64_t bits = 0;
  for (int k = 0; k < size; ++k) {
    int shift = order == Order::Big ? (size - 1 - k) * 8 : k * 8;
    bits |= static_cast<uint64_t>(p[k]) << shift;
  }
  return bits;
}

// The int behind an argument (through __index__); struct.error when it is not an integer.
Value integer_arg(VM& vm, Value v) {
  if (is_int_value(vm, v)) return v;
  if (vm.type_of(v)->slots.index) return to_int_index(vm, v);
  struct_error(vm, "required argument is not an integer");
}

[[noreturn]] void out_of_range(VM& vm) {
  struct_error(vm, "argument out of range");
}

[[noreturn]] void range_error(VM& vm, char code, int size, bool is_unsigned) {
  uint64_t largest = size >= 8 ? UINT64_MAX : (uint64_t{1} << (size * 8)) - 1;
  if (is_unsigned) {
    struct_error(vm, std::string("'") + code +
                         "' format requires 0 <= number <= " + std::to_string(largest));
  }
  int64_t max = static_cast<int64_t>(largest >> 1);
  struct_error(vm, std::string("'") + code + "' format requires " + std::to_string(-max - 1) +
                       " <= number <= " + std::to_string(max));
}

int64_t as_long(VM& vm, mpz_srcptr z) {
  if (!mpz_fits_slong_p(z)) out_of_range(vm);
  return mpz_get_si(z);
}

uint64_t as_ulong(VM& vm, mpz_srcptr z) {
  if (mpz_sgn(z) < 0 || !mpz_fits_ulong_p(z)) out_of_range(vm);
  return mpz_get_ui(z);
}

// The bits of an integer code's value, checked the way the code's packer checks it.
uint64_t integer_bits(VM& vm, const Layout& layout, char c, int size, Value v) {
  Value i = integer_arg(vm, v);
  IntView z(i);
  // Native checks: native layouts, 1-byte codes everywhere, and little-endian codes whose
  // standard size is the native size.
  bool native_check = layout.native_sizes || c == 'b' || c == 'B' ||
                      (layout.order == Order::Little && c != 'l' && c != 'L');
  auto check_signed = [&](int64_t lo, int64_t hi, const char* name) {
    int64_t x = as_long(vm, z.get());
    if (x < lo || x > hi) {
      if (name) {
        struct_error(vm, std::string(name) + " format requires " + std::to_string(lo) +
                             " <= number <= " + std::to_string(hi));
      }
      range_error(vm, c, size, false);
    }
    return static_cast<uint64_t>(x);
  };
  switch (c) {
    case 'b':
      return check_signed(-128, 127, "byte");
    case 'B':
      return check_signed(0, 255, "ubyte");
    case 'h':
      return native_check ? check_signed(-32768, 32767, "short")
                          : check_signed(-32768, 32767, nullptr);
    case 'H':
      if (native_check) return check_signed(0, 65535, "ushort");
      break;
    case 'i':
    case 'l':
      if (size == 4) return check_signed(INT32_MIN, INT32_MAX, nullptr);
      return static_cast<uint64_t>(as_long(vm, z.get()));
    case 'q':
    case 'n':
      return static_cast<uint64_t>(as_long(vm, z.get()));
    case 'P':
      // A pointer: any value of a signed or an unsigned machine word.
      if (mpz_fits_slong_p(z.get())) return static_cast<uint64_t>(mpz_get_si(z.get()));
      if (mpz_sgn(z.get()) > 0 && mpz_fits_ulong_p(z.get())) return mpz_get_ui(z.get());
      vm.raise(vm.types.OverflowError, "Python int too large to convert to C pointer");
    default:
      break;
  }
  // Unsigned codes: I, L, Q, N, and H in big-endian layouts.
  uint64_t x = as_ulong(vm, z.get());
  if (size < 8 && x > (uint64_t{1} << (size * 8)) - 1) range_error(vm, c, size, true);
  return x;
}

Value integer_value(VM& vm, char c, int size, uint64_t bits) {
  bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
  if (!is_signed) {
    if (bits <= static_cast<uint64_t>(INT64_MAX)) return vm.make_int(static_cast<int64_t>(bits));
    MpzTemp z;
    mpz_set_ui(z.get(), bits);
    return vm.make_int(z.get());
  }
  if (size < 8 && (bits >> (size * 8 - 1)) & 1) bits |= ~uint64_t{0} << (size * 8);
  return vm.make_int(static_cast<int64_t>(bits));
}

// ---- floats

uint16_t half_bits(VM& vm, double x) {
  uint16_t sign = std::signbit(x) ? 1 : 0;
  int e;
  uint32_t bits;
  if (x == 0.0) {
    e = 0;
    bits = 0;
  } else if (std::isinf(x)) {
    e = 0x1f;
    bits = 0;
  } else if (std::isnan(x)) {
    e = 0x1f;
    bits = 512;
  } else {
    double f = std::frexp(std::fabs(x), &e);
    f *= 2.0;  // [1, 2)
    --e;
    auto overflow = [&] {
      vm.raise(vm.types.OverflowError, "float too large to pack with e format");
    };
    if (e >= 16) overflow();
    if (e < -25) {
      f = 0.0;
      e = 0;
    } else if (e < -14) {
      f = std::ldexp(f, 14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    bits = static_cast<uint32_t>(f);
    double rest = f - bits;
    if (rest > 0.5 || (rest == 0.5 && bits % 2 == 1)) {
      if (++bits == 1024) {
        bits = 0;
        if (++e == 31) overflow();
      }
    }
  }
  return static_cast<uint16_t>(bits | (static_cast<uint32_t>(e) << 10) | (sign << 15));
}

double half_value(uint16_t h) {
  int sign = h >> 15;
  int e = (h >> 10) & 0x1f;
  int f = h & 0x3ff;
  double x;
  if (e == 0x1f) {
    x = f == 0 ? INFINITY : NAN;
  } else if (e == 0) {
    x = std::ldexp(f, -24);
  } else {
    x = std::ldexp(f + 1024, e - 25);
  }
  return sign ? -x : x;
}

double float_arg(VM& vm, Value v) {
  double d;
  try {
    if (number_to_double(vm, v, &d)) return d;
  } catch (const PythonException&) {
    vm.clear_raised();
  }
  struct_error(vm, "required argument is not a float");
}

// ---- packing

std::string_view readable_buffer(VM& vm, Value v) {
  if (is_bytes(vm, v)) return static_cast<BytesObject*>(v.as_object())->view();
  if (is_bytearray(vm, v)) return static_cast<ByteArrayObject*>(v.as_object())->view();
  vm.raise(vm.types.TypeError,
           "a bytes-like object is required, not '" + std::string(type_name(vm, v)) + "'");
}

void pack_value(VM& vm, const Layout& layout, const Code& code, uint8_t* p, Value v) {
  char c = code.code;
  int size = code.size;
  switch (c) {
    case 's':
    case 'p': {
      if (!is_bytes(vm, v) && !is_bytearray(vm, v)) {
        struct_error(vm, std::string("argument for '") + c + "' must be a bytes object");
      }
      std::string_view data = readable_buffer(vm, v);
      size_t room = static_cast<size_t>(code.count);
      if (c == 'p') {
        if (room == 0) return;
        size_t n = std::min({data.size(), room - 1, size_t{255}});
        p[0] = static_cast<uint8_t>(n);
        std::memcpy(p + 1, data.data(), n);
      } else {
        std::memcpy(p, data.data(), std::min(data.size(), room));
      }
      return;
    }
    case 'c': {
      if (!is_bytes(vm, v) || static_cast<BytesObject*>(v.as_object())->size != 1) {
        struct_error(vm, "char format requires a bytes object of length 1");
      }
      p[0] = static_cast<BytesObject*>(v.as_object())->data[0];
      return;
    }
    case '?':
      p[0] = truthy(vm, v) ? 1 : 0;
      return;
    case 'e':
      store(p, half_bits(vm, float_arg(vm, v)), 2, layout.order);
      return;
    case 'f': {
      double d = float_arg(vm, v);
      auto f = static_cast<float>(d);
      if (!layout.native_sizes && std::isinf(f) && !std::isinf(d)) {
        vm.raise(vm.types.OverflowError, "float too large to pack with f format");
      }
      uint32_t bits;
      std::memcpy(&bits, &f, 4);
      store(p, bits, 4, layout.order);
      return;
    }
    case 'd': {
      double d = float_arg(vm, v);
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      store(p, bits, 8, layout.order);
      return;
    }
    default:
      store(p, integer_bits(vm, layout, c, size, v), size, layout.order);
  }
}

void pack_values(VM& vm, const Layout& layout, const Value* values, uint32_t n, uint8_t* out,
                 const char* function) {
  if (n != layout.values) {
    struct_error(vm, std::string(function) + " expected " + std::to_string(layout.values) +
                         " items for packing (got " + std::to_string(n) + ")");
  }
  std::memset(out, 0, static_cast<size_t>(layout.size));
  uint32_t next = 0;
  for (const Code& code : layout.codes) {
    if (code.code == 'x') continue;
    int64_t repeat = code.code == 's' || code.code == 'p' ? 1 : code.count;
    for (int64_t k = 0; k < repeat; ++k) {
      Value v = values[next++];
      try {
        pack_value(vm, layout, code, out + code.offset + k * code.size, v);
      } catch (const PythonException&) {
        // An int whose conversion overflows is reported as a struct error.
        if (is_int_value(vm, v) && is_instance(vm, vm.raised(), vm.types.OverflowError)) {
          vm.clear_raised();
          struct_error(vm, "int too large to convert");
        }
        throw;
      }
    }
  }
}

Value unpack_values(VM& vm, const Layout& layout, const uint8_t* data) {
  TupleObject* result = vm.new_tuple(layout.values);
  Rooted keep(vm, obj(result));
  int64_t next = 0;
  for (const Code& code : layout.codes) {
    const uint8_t* p = data + code.offset;
    char c = code.code;
    if (c == 'x') continue;
    if (c == 's') {
      result->items[next++] =
          obj(new_bytes(vm, {reinterpret_cast<const char*>(p), static_cast<size_t>(code.count)}));
      continue;
    }
    if (c == 'p') {
      size_t n = code.count == 0 ? 0 : std::min<size_t>(p[0], static_cast<size_t>(code.count - 1));
      result->items[next++] = obj(new_bytes(vm, {reinterpret_cast<const char*>(p + 1), n}));
      continue;
    }
    for (int64_t k = 0; k < code.count; ++k, p += code.size) {
      Value v;
      switch (c) {
        case 'c':
          v = obj(new_bytes(vm, {reinterpret_cast<const char*>(p), 1}));
          break;
        case '?':
          v = Value::from_bool(p[0] != 0);
          break;
        case 'e':
          v = Value::from_double(half_value(static_cast<uint16_t>(load(p, 2, layout.order))));
          break;
        case 'f': {
          auto bits = static_cast<uint32_t>(load(p, 4, layout.order));
          float f;
          std::memcpy(&f, &bits, 4);
          v = Value::from_double(f);
          break;
        }
        case 'd': {
          uint64_t bits = load(p, 8, layout.order);
          double d;
          std::memcpy(&d, &bits, 8);
          v = Value::from_double(d);
          break;
        }
        default:
          v = integer_value(vm, c, code.size, load(p, code.size, layout.order));
      }
      result->items[next++] = v;
    }
  }
  return obj(result);
}

// ---- Struct objects

struct StructObject : Object {
  StrObject* format;
  Layout* layout;
};

void trace_struct(Object* self, Marker& m) {
  m.mark(static_cast<StructObject*>(self)->format);
}

void finalize_struct(VM&, Object* self) {
  auto* s = static_cast<StructObject*>(self);
  delete s->layout;
  s->layout = nullptr;
}

Value make_struct(VM& vm, Type* type, Value format) {
  std::string text(format_text(vm, format, "Struct"));
  Layout layout = parse_format(vm, text);
  auto* s = vm.allocate<StructObject>(type);
  s->layout = new Layout(std::move(layout));
  Rooted keep(vm, obj(s));
  s->format = vm.new_str(text);
  return obj(s);
}

Type* struct_type(VM& vm) {
  Value m = dict_get_str(vm, vm.modules, vm.name("_struct"));
  auto* module = static_cast<ModuleObject*>(m.as_object());
  return static_cast<Type*>(dict_get_str(vm, module->dict, vm.name("Struct")).as_object());
}

StructObject* as_struct(VM& vm, Value v, const char* method) {
  if (v.is_object() && v.as_object()->type->slots.trace == trace_struct) {
    return static_cast<StructObject*>(v.as_object());
  }
  vm.raise(vm.types.TypeError,
           std::string("descriptor '") + method + "' requires a '_struct.Struct' object");
}

Value construct_struct(VM& vm, Type* type, CallArgs args) {
  Value a[1];
  native::bind(vm, args, {"Struct", {"format"}, 0, 1, 1}, a);
  return make_struct(vm, type, a[0]);
}

// The operations, on a Struct and the arguments that follow it.

Value do_pack(VM& vm, StructObject* s, const Value* values, uint32_t n) {
  const Layout& layout = *s->layout;
  std::string out(static_cast<size_t>(layout.size), '\0');
  pack_values(vm, layout, values, n, reinterpret_cast<uint8_t*>(out.data()), "pack");
  return obj(new_bytes(vm, out));
}

Value do_unpack(VM& vm, StructObject* s, Value buffer) {
  std::string_view data = readable_buffer(vm, buffer);
  if (static_cast<int64_t>(data.size()) != s->layout->size) {
    struct_error(vm, "unpack requires a buffer of " + std::to_string(s->layout->size) + " bytes");
  }
  std::string copy(data);
  return unpack_values(vm, *s->layout, reinterpret_cast<const uint8_t*>(copy.data()));
}

// The absolute offset for unpack_from/pack_into, with CPython's checks.
int64_t checked_offset(VM& vm, int64_t offset, int64_t buffer_size, int64_t need,
                       const char* action) {
  bool packing = action[0] == 'p';
  if (offset < 0) {
    if (offset + need > 0) {
      struct_error(vm, std::string(packing ? "no space to pack " : "not enough data to unpack ") +
                           std::to_string(need) + " bytes at offset " + std::to_string(offset));
    }
    if (offset + buffer_size < 0) {
      struct_error(vm, "offset " + std::to_string(offset) + " out of range for " +
                           std::to_string(buffer_size) + "-byte buffer");
    }
    offset += buffer_size;
  }
  if (buffer_size - offset < need) {
    std::string verb = packing ? "packing" : "unpacking";
    struct_error(vm, std::string(packing ? "pack_into" : "unpack_from") +
                         " requires a buffer of at least " + std::to_string(need + offset) +
                         " bytes for " + verb + " " + std::to_string(need) + " bytes at offset " +
                         std::to_string(offset) + " (actual buffer size is " +
                         std::to_string(buffer_size) + ")");
  }
  return offset;
}

Value do_unpack_from(VM& vm, StructObject* s, Value buffer, Value offset_value) {
  std::string data(readable_buffer(vm, buffer));
  int64_t offset = offset_value.is_undefined() ? 0 : index_value(vm, offset_value);
  offset = checked_offset(vm, offset, static_cast<int64_t>(data.size()), s->layout->size, "unpack");
  return unpack_values(vm, *s->layout, reinterpret_cast<const uint8_t*>(data.data()) + offset);
}

Value do_pack_into(VM& vm, StructObject* s, const Value* args, uint32_t n) {
  if (n < 1) struct_error(vm, "pack_into expected buffer argument");
  if (n < 2) struct_error(vm, "pack_into expected offset argument");
  Value buffer = args[0];
  if (!is_bytearray(vm, buffer)) {
    vm.raise(vm.types.TypeError, "argument must be read-write bytes-like object, not " +
                                     std::string(type_name(vm, buffer)));
  }
  const Layout& layout = *s->layout;
  if (n - 2 != layout.values) {
    struct_error(vm, "pack_into expected " + std::to_string(layout.values) +
                         " items for packing (got " + std::to_string(n - 2) + ")");
  }
  int64_t offset = index_value(vm, args[1]);
  std::string packed(static_cast<size_t>(layout.size), '\0');
  pack_values(vm, layout, args + 2, n - 2, reinterpret_cast<uint8_t*>(packed.data()), "pack_into");
  auto* b = static_cast<ByteArrayObject*>(buffer.as_object());
  offset = checked_offset(vm, offset, b->size, layout.size, "pack");
  if (!packed.empty()) std::memcpy(b->data + offset, packed.data(), packed.size());
  return Value::none();
}

// iter_unpack's iterator: the tuples are unpacked up front, handed out one by one.
struct UnpackIteratorObject : Object {
  ListObject* items;  // the tuples
  int64_t next;       // index of the next one to hand out
};

void trace_unpack_iterator(Object* self, Marker& m) {
  m.mark(static_cast<UnpackIteratorObject*>(self)->items);
}

bool unpack_iterator_next(VM&, Value self, Value* item) {
  auto* it = static_cast<UnpackIteratorObject*>(self.as_object());
  if (it->next >= it->items->size) return false;
  *item = it->items->items[it->next++];
  return true;
}

// __length_hint__: the tuples not yet handed out.
Value unpack_iterator_length_hint(VM&, CallArgs args) {
  auto* it = static_cast<UnpackIteratorObject*>(args[0].as_object());
  return Value::from_small_int(it->items->size - it->next);
}

Value do_iter_unpack(VM& vm, StructObject* s, Value buffer) {
  std::string data(readable_buffer(vm, buffer));
  int64_t size = s->layout->size;
  if (size == 0) struct_error(vm, "cannot iteratively unpack with a struct of length 0");
  if (static_cast<int64_t>(data.size()) % size != 0) {
    struct_error(vm, "iterative unpacking requires a buffer of a multiple of " +
                         std::to_string(size) + " bytes");
  }
  ListObject* items = vm.new_list();
  Rooted keep(vm, obj(items));
  for (size_t at = 0; at < data.size(); at += static_cast<size_t>(size)) {
    list_append(vm, items,
                unpack_values(vm, *s->layout, reinterpret_cast<const uint8_t*>(data.data()) + at));
  }
  Value m = dict_get_str(vm, vm.modules, vm.name("_struct"));
  auto* module = static_cast<ModuleObject*>(m.as_object());
  Value type = dict_get_str(vm, module->dict, vm.name("_unpack_iterator"));
  auto* it = vm.allocate<UnpackIteratorObject>(static_cast<Type*>(type.as_object()));
  it->items = items;
  it->next = 0;
  return obj(it);
}

// Struct methods.

Value struct_pack(VM& vm, CallArgs args) {
  StructObject* s = as_struct(vm, args.npos ? args[0] : Value::none(), "pack");
  native::no_keywords(vm, args, "Struct.pack");
  return do_pack(vm, s, args.values + 1, args.npos - 1);
}

Value struct_unpack(VM& vm, CallArgs args) {
  StructObject* s = as_struct(vm, args.npos ? args[0] : Value::none(), "unpack");
  native::one_argument(vm, CallArgs{args.values + 1, args.npos - 1, args.kwnames}, "Struct.unpack");
  return do_unpack(vm, s, args[1]);
}

Value struct_unpack_from(VM& vm, CallArgs args) {
  StructObject* s = as_struct(vm, args.npos ? args[0] : Value::none(), "unpack_from");
  Value a[2];
  native::bind(vm, CallArgs{args.values + 1, args.npos - 1, args.kwnames},
               {"unpack_from", {"buffer", "offset"}, 0, 2, 1}, a);
  return do_unpack_from(vm, s, a[0], a[1]);
}

Value struct_pack_into(VM& vm, CallArgs args) {
  StructObject* s = as_struct(vm, args.npos ? args[0] : Value::none(), "pack_into");
  native::no_keywords(vm, args, "Struct.pack_into");
  return do_pack_into(vm, s, args.values + 1, args.npos - 1);
}

Value struct_iter_unpack(VM& vm, CallArgs args) {
  StructObject* s = as_struct(vm, args.npos ? args[0] : Value::none(), "iter_unpack");
  native::one_argument(vm, CallArgs{args.values + 1, args.npos - 1, args.kwnames},
                       "Struct.iter_unpack");
  return do_iter_unpack(vm, s, args[1]);
}

Value struct_getattr(VM& vm, Value self, StrObject* name) {
  auto* s = static_cast<StructObject*>(self.as_object());
  if (name->view() == "format") return obj(s->format);
  if (name->view() == "size") return vm.make_int(s->layout->size);
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) {
    vm.raise(vm.types.AttributeError,
             "'_struct.Struct' object has no attribute '" + std::string(name->view()) + "'");
  }
  return v;
}

// Module functions: the format first.

StructObject* format_struct(VM& vm, Value format) {
  return static_cast<StructObject*>(make_struct(vm, struct_type(vm), format).as_object());
}

Value module_pack(VM& vm, CallArgs args) {
  native::no_keywords(vm, args, "_struct.pack");
  if (args.npos == 0) vm.raise(vm.types.TypeError, "missing format argument");
  StructObject* s = format_struct(vm, args[0]);
  Rooted keep(vm, obj(s));
  return do_pack(vm, s, args.values + 1, args.npos - 1);
}

Value module_unpack(VM& vm, CallArgs args) {
  native::positional(vm, args, "unpack", "_struct.unpack", 2, 2);
  StructObject* s = format_struct(vm, args[0]);
  Rooted keep(vm, obj(s));
  return do_unpack(vm, s, args[1]);
}

Value module_unpack_from(VM& vm, CallArgs args) {
  Value a[3];
  native::bind(vm, args, {"unpack_from", {"format", "buffer", "offset"}, 1, 3, 2}, a);
  StructObject* s = format_struct(vm, a[0]);
  Rooted keep(vm, obj(s));
  return do_unpack_from(vm, s, a[1], a[2]);
}

Value module_pack_into(VM& vm, CallArgs args) {
  native::no_keywords(vm, args, "_struct.pack_into");
  if (args.npos == 0) vm.raise(vm.types.TypeError, "missing format argument");
  StructObject* s = format_struct(vm, args[0]);
  Rooted keep(vm, obj(s));
  return do_pack_into(vm, s, args.values + 1, args.npos - 1);
}

Value module_iter_unpack(VM& vm, CallArgs args) {
  native::positional(vm, args, "iter_unpack", "_struct.iter_unpack", 2, 2);
  StructObject* s = format_struct(vm, args[0]);
  Rooted keep(vm, obj(s));
  return do_iter_unpack(vm, s, args[1]);
}

Value module_calcsize(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "_struct.calcsize");
  std::string text(format_text(vm, args[0], "Struct"));
  return vm.make_int(parse_format(vm, text).size);
}

Value module_clearcache(VM& vm, CallArgs args) {
  return Value::none();
}

void init_struct(VM& vm, ModuleObject* m) {
  Type* error = vm.new_type("error", vm.types.Exception);
  error->module = vm.intern("struct");
  native::add_value(vm, m, "error", obj(error));
  Type* s = native::new_module_type(vm, m, "Struct");
  s->slots.trace = trace_struct;
  s->slots.finalize = finalize_struct;
  s->slots.getattr = struct_getattr;
  s->slots.construct = construct_struct;
  vm.add_method(s, "pack", struct_pack);
  vm.add_method(s, "unpack", struct_unpack);
  vm.add_method(s, "unpack_from", struct_unpack_from);
  vm.add_method(s, "pack_into", struct_pack_into);
  vm.add_method(s, "iter_unpack", struct_iter_unpack);
  native::add_value(vm, m, "Struct", obj(s));
  Type* iterator = native::new_module_type(vm, m, "unpack_iterator");
  iterator->slots.trace = trace_unpack_iterator;
  iterator->slots.iter = [](VM&, Value self) { return self; };
  iterator->slots.next = unpack_iterator_next;
  vm.add_method(iterator, "__length_hint__", unpack_iterator_length_hint);
  native::add_value(vm, m, "_unpack_iterator", obj(iterator));
  const std::pair<const char*, NativeFunction> functions[] = {
      {"pack", module_pack},
      {"unpack", module_unpack},
      {"unpack_from", module_unpack_from},
      {"pack_into", module_pack_into},
      {"iter_unpack", module_iter_unpack},
      {"calcsize", module_calcsize},
      {"_clearcache", module_clearcache},
  };
  for (const auto& [name, f] : functions) native::add_function(vm, m, name, f);
}

}  // namespace

void install_struct_module(VM& vm) {
  vm.native_modules["_struct"] = init_struct;
}

}  // namespace ember
