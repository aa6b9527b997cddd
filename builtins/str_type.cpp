// The str type: slots (repr, hash, comparison, +, *, %, len, iteration, indexing, `in`,
// construction, format) and the str iterator. Methods live in builtins/str_methods_*.cpp and
// builtins/str_format.cpp.
#include <cstring>
#include <string>

#include "builtins/install.h"
#include "builtins/str_internal.h"
#include "vm/bytes_object.h"
#include "vm/dict_object.h"
#include "vm/int_object.h"
#include "vm/ops.h"
#include "vm/slice_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

// Strings longer than this are refused with MemoryError before allocation.
constexpr int64_t kMaxStrBytes = kMaxTextBytes;

StrObject* alloc_str(VM& vm, int64_t byte_length, int64_t length, bool ascii) {
  if (byte_length > kMaxStrBytes) vm.raise_memory_error();
  return vm.allocate_str(vm.types.str, static_cast<size_t>(byte_length), length, ascii);
}

// One-character strings below U+0100 are interned: they are shared and never collected.
Value char_str(VM& vm, uint32_t cp) {
  if (cp < 0x100) return Value::from_object(vm.latin1_char(cp));
  return Value::from_object(vm.new_str_from_code_point(cp));
}

// ---- the iterator

struct StrIterObject : Object {
  StrObject* str;
  int64_t offset;  // byte offset of the next code point
};

void trace_str_iter(Object* self, Marker& m) {
  m.mark(static_cast<StrIterObject*>(self)->str);
}

bool str_iter_next(VM& vm, Value self, Value* item) {
  auto* it = static_cast<StrIterObject*>(self.as_object());
  if (!it->str || it->offset >= it->str->byte_length) {
    it->str = nullptr;
    return false;
  }
  const char* p = it->str->data + it->offset;
  const char* start = p;
  uint32_t cp = utf8_decode(p);
  it->offset += p - start;
  *item = char_str(vm, cp);
  return true;
}

Value iter_self(VM&, Value self) {
  return self;
}

Value str_iter_next_method(VM& vm, CallArgs args) {
  Value dummy[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str_iterator.__next__", 0, 0, {}, dummy);
  Value item;
  if (!str_iter_next(vm, args[0], &item)) vm.raise(vm.types.StopIteration, "");
  return item;
}

Value str_iter(VM& vm, Value self) {
  auto* it = vm.allocate<StrIterObject>(as_str(self)->ascii ? vm.types.str_ascii_iterator
                                                            : vm.types.str_iterator);
  it->str = as_str(self);
  it->offset = 0;
  return Value::from_object(it);
}

// ---- slots

Value str_repr_slot(VM& vm, Value self) {
  std::string out;
  append_str_repr(out, as_str(self)->view());
  return str_value(vm, out);
}

Value str_str_slot(VM& vm, Value self) {
  return str_exact(vm, as_str(self));
}

int64_t str_hash_slot(VM&, Value self) {
  return str_hash(as_str(self));
}

int compare_strs(const StrObject* a, const StrObject* b) {
  int64_t n = a->byte_length < b->byte_length ? a->byte_length : b->byte_length;
  int c = std::memcmp(a->data, b->data, static_cast<size_t>(n));
  if (c != 0) return c;
  return a->byte_length < b->byte_length ? -1 : a->byte_length > b->byte_length ? 1 : 0;
}

Value str_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (!is_str(a) || !is_str(b)) return vm.not_implemented;
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  switch (op) {
    case CompareOp::Eq:
      return Value::from_bool(str_equal(x, y));
    case CompareOp::Ne:
      return Value::from_bool(!str_equal(x, y));
    case CompareOp::Lt:
      return Value::from_bool(compare_strs(x, y) < 0);
    case CompareOp::Le:
      return Value::from_bool(compare_strs(x, y) <= 0);
    case CompareOp::Gt:
      return Value::from_bool(compare_strs(x, y) > 0);
    case CompareOp::Ge:
      return Value::from_bool(compare_strs(x, y) >= 0);
  }
  return vm.not_implemented;
}

// A user class may still handle the operation with a reflected method.
bool defers_to(VM& vm, Value other, const char* reflected) {
  Type* t = vm.type_of(other);
  if (!t->has_flag(kTypeHeapType)) return false;
  return !lookup_in_type(vm, t, vm.intern(reflected)).is_undefined();
}

bool is_index_like(VM& vm, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  Type* t = vm.type_of(v);
  return t->has_flag(kTypeIntSubclass) || t->slots.index != nullptr;
}

// The repeat count of `seq * n`: OverflowError when it does not fit an index.
int64_t repeat_count(VM& vm, Value n) {
  Value i = n.is_object() && n.as_object()->type == vm.types.int_ ? n : to_int_index(vm, n);
  if (i.is_small_int()) return i.as_small_int();
  if (i.is_bool()) return i.as_bool();
  auto* big = static_cast<BigIntObject*>(i.as_object());
  if (mpz_fits_slong_p(big->value)) return mpz_get_si(big->value);
  vm.raise(vm.types.OverflowError, "cannot fit 'int' into an index-sized integer");
}

Value str_repeat(VM& vm, StrObject* s, Value count_value) {
  int64_t count = repeat_count(vm, count_value);
  if (count <= 0 || s->length == 0) return Value::from_object(vm.empty_str);
  if (count == 1 && s->type == vm.types.str) return Value::from_object(s);
  if (count > INT64_MAX / s->byte_length) {
    vm.raise(vm.types.OverflowError, "repeated string is too long");
  }
  int64_t total = s->byte_length * count;
  StrObject* r = alloc_str(vm, total, s->length * count, s->ascii);
  if (s->byte_length == 1) {
    std::memset(r->data, s->data[0], static_cast<size_t>(total));
  } else {
    std::memcpy(r->data, s->data, static_cast<size_t>(s->byte_length));
    int64_t done = s->byte_length;
    while (done < total) {
      int64_t chunk = done < total - done ? done : total - done;
      std::memcpy(r->data + done, r->data, static_cast<size_t>(chunk));
      done += chunk;
    }
  }
  return Value::from_object(r);
}

Value str_binary(VM& vm, BinaryOp op, Value a, Value b) {
  switch (op) {
    case BinaryOp::Add:
      if (!is_str(a)) return vm.not_implemented;
      if (is_str(b)) return str_concat(vm, as_str(a), as_str(b));
      if (defers_to(vm, b, "__radd__")) return vm.not_implemented;
      vm.raise(vm.types.TypeError,
               "can only concatenate str (not \"" + std::string(type_name(vm, b)) + "\") to str");
    case BinaryOp::Mul: {
      Value s = is_str(a) ? a : b;
      Value n = is_str(a) ? b : a;
      if (is_index_like(vm, n)) return str_repeat(vm, as_str(s), n);
      if (is_str(a) && defers_to(vm, b, "__rmul__")) return vm.not_implemented;
      if (!is_str(a) && vm.type_of(a)->has_flag(kTypeHeapType)) return vm.not_implemented;
      vm.raise(vm.types.TypeError, "can't multiply sequence by non-int of type '" +
                                       std::string(type_name(vm, n)) + "'");
    }
    case BinaryOp::Mod:
      // Like CPython's unicode_mod, formatting wins over the right operand's __rmod__.
      if (!is_str(a)) return vm.not_implemented;
      return str_percent_format(vm, as_str(a), b);
    default:
      return vm.not_implemented;
  }
}

int64_t str_length_slot(VM&, Value self) {
  return as_str(self)->length;
}

bool str_truth(VM&, Value self) {
  return as_str(self)->length != 0;
}

Value str_getitem(VM& vm, Value self, Value key) {
  StrObject* s = as_str(self);
  if (key.is_object() && key.as_object()->type == vm.types.slice) {
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, static_cast<SliceObject*>(key.as_object()), s->length, &start,
                              &stop, &step);
    if (n <= 0) return Value::from_object(vm.empty_str);
    if (step == 1) {
      if (n == s->length && s->type == vm.types.str) return self;
      int64_t b0 = str_byte_offset(s, start);
      int64_t b1 = str_byte_offset(s, start + n);
      StrObject* r = alloc_str(vm, b1 - b0, n, s->ascii || b1 - b0 == n);
      std::memcpy(r->data, s->data + b0, static_cast<size_t>(b1 - b0));
      return Value::from_object(r);
    }
    if (s->ascii) {
      StrObject* r = alloc_str(vm, n, n, true);
      for (int64_t i = 0, j = start; i < n; ++i, j += step) r->data[i] = s->data[j];
      return Value::from_object(r);
    }
    std::string out;
    char buffer[4];
    for (int64_t i = 0, j = start; i < n; ++i, j += step) {
      out.append(buffer, utf8_encode(str_code_point(s, j), buffer));
    }
    return str_value(vm, out);
  }
  if (!is_index_like(vm, key)) {
    vm.raise(vm.types.TypeError,
             "string indices must be integers, not '" + std::string(type_name(vm, key)) + "'");
  }
  int64_t i = index_value(vm, key);
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) vm.raise(vm.types.IndexError, "string index out of range");
  return char_str(vm, str_code_point(s, i));
}

bool str_contains(VM& vm, Value self, Value item) {
  if (!is_str(item)) {
    vm.raise(vm.types.TypeError, "'in <string>' requires string as left operand, not " +
                                     std::string(type_name(vm, item)));
  }
  return find_text(as_str(self)->view(), as_str(item)->view()) != std::string_view::npos;
}

Value str_construct(VM& vm, Type* type, CallArgs args) {
  // args: positional then keywords (object, encoding, errors); no self.
  Value vals[3] = {Value::undefined(), Value::undefined(), Value::undefined()};
  static const char* const kNames[3] = {"object", "encoding", "errors"};
  uint32_t nkw = args.nkw();
  if (args.npos + nkw > 3) {
    vm.raise(vm.types.TypeError,
             "str() takes at most 3 arguments (" + std::to_string(args.npos + nkw) + " given)");
  }
  for (uint32_t i = 0; i < args.npos; ++i) vals[i] = args[i];
  for (uint32_t k = 0; k < nkw; ++k) {
    auto* key = static_cast<StrObject*>(args.kwnames->items[k].as_object());
    int index = -1;
    for (int j = 0; j < 3; ++j) {
      if (key->view() == kNames[j]) index = j;
    }
    if (index < 0) {
      vm.raise(vm.types.TypeError,
               "'" + std::string(key->view()) + "' is an invalid keyword argument for str()");
    }
    if (static_cast<uint32_t>(index) < args.npos) {
      vm.raise(vm.types.TypeError, "argument for str() given by name ('" +
                                       std::string(key->view()) + "') and position (" +
                                       std::to_string(index + 1) + ")");
    }
    vals[index] = args[args.npos + k];
  }
  Value result;
  if (vals[1].is_undefined() && vals[2].is_undefined()) {
    if (vals[0].is_undefined()) {
      result = Value::from_object(vm.empty_str);
    } else {
      result = Value::from_object(str(vm, vals[0]));
    }
  } else {
    for (int j = 1; j < 3; ++j) {
      if (!vals[j].is_undefined() && !is_str(vals[j])) {
        vm.raise(vm.types.TypeError, std::string("str() argument '") + kNames[j] +
                                         "' must be str, not " +
                                         std::string(type_name(vm, vals[j])));
      }
    }
    StrObject* encoding = vals[1].is_undefined() ? nullptr : as_str(vals[1]);
    StrObject* errors = vals[2].is_undefined() ? nullptr : as_str(vals[2]);
    Value obj = vals[0];
    if (obj.is_undefined()) {
      result = Value::from_object(vm.empty_str);
    } else if (is_bytes(vm, obj)) {
      result =
          bytes_decode(vm, static_cast<BytesObject*>(obj.as_object())->view(), encoding, errors);
    } else if (is_bytearray(vm, obj)) {
      result = bytes_decode(vm, static_cast<ByteArrayObject*>(obj.as_object())->view(), encoding,
                            errors);
    } else if (is_str(obj)) {
      vm.raise(vm.types.TypeError, "decoding str is not supported");
    } else {
      vm.raise(vm.types.TypeError, "decoding to str: need a bytes-like object, " +
                                       std::string(type_name(vm, obj)) + " found");
    }
  }
  if (type == vm.types.str) return result;
  return Value::from_object(str_make(vm, as_str(result)->view(), type));
}

// ---- dunder methods that programs call by name

Value self_str_method_check(VM& vm, CallArgs args, const char* qualname, int n, Value* out) {
  parse_args(vm, args, n == 0 ? ArgStyle::NoArgs : ArgStyle::One, qualname, n, n, {}, out);
  return args[0];
}

Value m_add(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__add__", 1, a);
  if (!is_str(a[0])) return vm.not_implemented;
  return str_concat(vm, as_str(args[0]), as_str(a[0]));
}

Value m_mul(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__mul__", 1, a);
  return str_repeat(vm, as_str(args[0]), a[0]);
}

Value m_rmul(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__rmul__", 1, a);
  return str_repeat(vm, as_str(args[0]), a[0]);
}

Value m_mod(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__mod__", 1, a);
  return str_percent_format(vm, as_str(args[0]), a[0]);
}

Value m_rmod(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__rmod__", 1, a);
  return vm.not_implemented;
}

Value m_getitem(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__getitem__", 1, a);
  return str_getitem(vm, args[0], a[0]);
}

Value m_contains(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__contains__", 1, a);
  return Value::from_bool(str_contains(vm, args[0], a[0]));
}

Value m_len(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__len__", 0, a);
  return vm.make_int(as_str(args[0])->length);
}

Value m_iter(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__iter__", 0, a);
  return str_iter(vm, args[0]);
}

Value m_hash(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__hash__", 0, a);
  return vm.make_int(str_hash(as_str(args[0])));
}

Value m_repr(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__repr__", 0, a);
  return str_repr_slot(vm, args[0]);
}

Value m_str(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__str__", 0, a);
  return str_str_slot(vm, args[0]);
}

template <CompareOp op>
Value m_compare(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__cmp__", 1, a);
  return str_compare(vm, args[0], a[0], op);
}

Value m_sizeof(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__sizeof__", 0, a);
  StrObject* s = as_str(args[0]);
  return vm.make_int(static_cast<int64_t>(str_object_size(s->byte_length, s->ascii)));
}

Value m_encode(VM& vm, CallArgs args) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Keywords, "str.encode", 0, 2, {"encoding", "errors"}, a);
  static const char* const kNames[2] = {"encoding", "errors"};
  for (int i = 0; i < 2; ++i) {
    if (!a[i].is_undefined() && !is_str(a[i])) {
      vm.raise(vm.types.TypeError, std::string("encode() argument '") + kNames[i] +
                                       "' must be str, not " + std::string(type_name(vm, a[i])));
    }
  }
  return str_encode(vm, as_str(args[0]), a[0].is_undefined() ? nullptr : as_str(a[0]),
                    a[1].is_undefined() ? nullptr : as_str(a[1]));
}

Value m_getnewargs(VM& vm, CallArgs args) {
  Value a[1];
  self_str_method_check(vm, args, "str.__getnewargs__", 0, a);
  return Value::from_object(vm.new_tuple({str_exact(vm, as_str(args[0]))}));
}

}  // namespace

void install_str_type(VM& vm) {
  Type* t = vm.types.str;
  t->slots.repr = str_repr_slot;
  t->slots.str = str_str_slot;
  t->slots.hash = str_hash_slot;
  t->slots.compare = str_compare;
  t->slots.binary = str_binary;
  t->slots.truth = str_truth;
  t->slots.length = str_length_slot;
  t->slots.iter = str_iter;
  t->slots.getitem = str_getitem;
  t->slots.contains = str_contains;
  t->slots.construct = str_construct;
  t->slots.format = str_format_slot;

  // CPython has a separate iterator type for ASCII strings; type(iter(s)) shows it.
  const char* const names[2] = {"str_iterator", "str_ascii_iterator"};
  Type** fields[2] = {&vm.types.str_iterator, &vm.types.str_ascii_iterator};
  for (int i = 0; i < 2; ++i) {
    Type* it = vm.new_type(names[i], vm.types.object, 0);
    it->slots.trace = trace_str_iter;
    it->slots.iter = iter_self;
    it->slots.next = str_iter_next;
    vm.add_method(it, "__next__", str_iter_next_method);
    *fields[i] = it;
  }

  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__add__", m_add);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__mul__", m_mul);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__rmul__", m_rmul);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__mod__", m_mod);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__rmod__", m_rmod);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__getitem__", m_getitem);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__contains__", m_contains);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__len__", m_len);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__iter__", m_iter);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__hash__", m_hash);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__repr__", m_repr);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__str__", m_str);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__eq__", m_compare<CompareOp::Eq>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__ne__", m_compare<CompareOp::Ne>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__lt__", m_compare<CompareOp::Lt>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__le__", m_compare<CompareOp::Le>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__gt__", m_compare<CompareOp::Gt>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__ge__", m_compare<CompareOp::Ge>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__sizeof__", m_sizeof);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__getnewargs__", m_getnewargs);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "encode", m_encode);

  install_str_search_methods(vm, t);
  install_str_split_methods(vm, t);
  install_str_case_methods(vm, t);
  install_str_format_methods(vm, t);
}

}  // namespace ember
