// The bytearray type: a mutable bytes buffer. Shares its non-mutating methods with bytes
// (bytes_methods.cpp) and its iterator with bytes (bytes_type.cpp).
#include <cstring>
#include <string>

#include "builtins/bytes_internal.h"
#include "vm/dict_object.h"
#include "vm/ops.h"
#include "vm/slice_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

ByteArrayObject* as_ba(Value v) {
  return static_cast<ByteArrayObject*>(v.as_object());
}

void finalize_bytearray(VM& vm, Object* self) {
  auto* b = static_cast<ByteArrayObject*>(self);
  if (b->data) vm.heap().free_buffer(b->data, static_cast<size_t>(b->capacity));
  b->data = nullptr;
  b->capacity = 0;
  b->size = 0;
}

bool index_like(VM& vm, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  Type* t = vm.type_of(v);
  return t->has_flag(kTypeIntSubclass) || t->slots.index != nullptr;
}

Value ba_repr(VM& vm, Value self) {
  Type* t = self.as_object()->type;
  if (t == vm.types.bytearray) return bytes_repr_text(vm, as_ba(self)->view(), true);
  std::string out(t->name->view());
  out += "(";
  append_bytes_repr(out, as_ba(self)->view(), true);
  out += ")";
  return str_value(vm, out);
}

Value ba_compare(VM& vm, Value a, Value b, CompareOp op) {
  return bytes_compare_views(vm, a, b, op);
}

std::string repeat(std::string_view x, int64_t count, VM& vm) {
  if (count <= 0 || x.empty()) return {};
  if (count > kMaxTextBytes / static_cast<int64_t>(x.size())) vm.raise_memory_error();
  std::string out;
  out.reserve(x.size() * static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) out += x;
  return out;
}

Value ba_binary(VM& vm, BinaryOp op, Value a, Value b) {
  std::string_view y;
  switch (op) {
    case BinaryOp::Add: {
      if (!is_bytearray(vm, a)) return vm.not_implemented;
      if (!bytes_like(vm, b, &y)) {
        if (vm.type_of(b)->has_flag(kTypeHeapType)) return vm.not_implemented;
        vm.raise(vm.types.TypeError,
                 "can't concat " + std::string(type_name(vm, b)) + " to bytearray");
      }
      std::string joined(as_ba(a)->view());
      joined += y;
      return Value::from_object(new_bytearray(vm, joined));
    }
    case BinaryOp::Mul: {
      Value s = is_bytearray(vm, a) ? a : b;
      Value n = is_bytearray(vm, a) ? b : a;
      if (!index_like(vm, n)) {
        if (vm.type_of(n)->has_flag(kTypeHeapType)) return vm.not_implemented;
        vm.raise(vm.types.TypeError, "can't multiply sequence by non-int of type '" +
                                         std::string(type_name(vm, n)) + "'");
      }
      int64_t count = index_value(vm, n);
      return Value::from_object(new_bytearray(vm, repeat(as_ba(s)->view(), count, vm)));
    }
    case BinaryOp::Mod:
      if (!is_bytearray(vm, a)) return vm.not_implemented;
      return bytes_percent_format(vm, a, std::string(as_ba(a)->view()), b);
    default:
      return vm.not_implemented;
  }
}

void ba_append_bytes(VM& vm, ByteArrayObject* ba, std::string_view data) {
  std::string copy(data);  // data may alias the buffer
  int64_t old = ba->size;
  bytearray_resize(vm, ba, old + static_cast<int64_t>(copy.size()));
  if (!copy.empty()) std::memcpy(ba->data + old, copy.data(), copy.size());
}

Value ba_inplace(VM& vm, BinaryOp op, Value a, Value b) {
  if (!is_bytearray(vm, a)) return vm.not_implemented;
  ByteArrayObject* ba = as_ba(a);
  if (op == BinaryOp::Add) {
    std::string_view y;
    if (!bytes_like(vm, b, &y)) {
      if (vm.type_of(b)->has_flag(kTypeHeapType)) return vm.not_implemented;
      vm.raise(vm.types.TypeError,
               "can't concat " + std::string(type_name(vm, b)) + " to bytearray");
    }
    ba_append_bytes(vm, ba, y);
    return a;
  }
  if (op == BinaryOp::Mul) {
    if (!index_like(vm, b)) return vm.not_implemented;
    int64_t count = index_value(vm, b);
    std::string r = repeat(ba->view(), count, vm);
    bytearray_resize(vm, ba, static_cast<int64_t>(r.size()));
    if (!r.empty()) std::memcpy(ba->data, r.data(), r.size());
    return a;
  }
  return vm.not_implemented;
}

int64_t ba_length(VM&, Value self) {
  return as_ba(self)->size;
}

bool ba_truth(VM&, Value self) {
  return as_ba(self)->size != 0;
}

Value ba_iter(VM& vm, Value self) {
  return bytes_iterator_for(vm, vm.types.bytearray, self);
}

[[noreturn]] void bad_index(VM& vm, Value key) {
  vm.raise(vm.types.TypeError,
           "bytearray indices must be integers or slices, not " + std::string(type_name(vm, key)));
}

bool is_slice(VM& vm, Value key) {
  return key.is_object() && key.as_object()->type == vm.types.slice;
}

Value ba_getitem(VM& vm, Value self, Value key) {
  ByteArrayObject* b = as_ba(self);
  if (is_slice(vm, key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, static_cast<SliceObject*>(key.as_object()), b->size, &start,
                              &stop, &step);
    std::string out;
    for (int64_t i = 0, j = start; i < n; ++i, j += step) out += static_cast<char>(b->data[j]);
    return Value::from_object(new_bytearray(vm, out));
  }
  if (!index_like(vm, key)) bad_index(vm, key);
  int64_t i = index_value(vm, key);
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) vm.raise(vm.types.IndexError, "bytearray index out of range");
  return Value::from_small_int(b->data[i]);
}

// The bytes to store by a slice assignment.
std::string assigned_bytes(VM& vm, Value value) {
  std::string_view view;
  if (bytes_like(vm, value, &view)) return std::string(view);
  Type* t = vm.type_of(value);
  if (t == vm.types.list || t == vm.types.tuple) return bytes_from_object(vm, value, "bytearray");
  if (is_str(value) || index_like(vm, value) || (!t->slots.iter && !t->slots.getitem)) {
    vm.raise(vm.types.TypeError,
             "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  }
  return bytes_from_object(vm, value, "bytearray");
}

void ba_setitem(VM& vm, Value self, Value key, Value value) {
  ByteArrayObject* b = as_ba(self);
  if (is_slice(vm, key)) {
    std::string data = assigned_bytes(vm, value);
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, static_cast<SliceObject*>(key.as_object()), b->size, &start,
                              &stop, &step);
    if (step == 1) {
      if (stop < start) stop = start;
      std::string result(b->view().substr(0, static_cast<size_t>(start)));
      result += data;
      result += b->view().substr(static_cast<size_t>(stop));
      bytearray_resize(vm, b, static_cast<int64_t>(result.size()));
      if (!result.empty()) std::memcpy(b->data, result.data(), result.size());
      return;
    }
    if (static_cast<int64_t>(data.size()) != n) {
      vm.raise(vm.types.ValueError, "attempt to assign bytes of size " +
                                        std::to_string(data.size()) +
                                        " to extended slice of size " + std::to_string(n));
    }
    for (int64_t i = 0, j = start; i < n; ++i, j += step) {
      b->data[j] = static_cast<uint8_t>(data[static_cast<size_t>(i)]);
    }
    return;
  }
  if (!index_like(vm, key)) bad_index(vm, key);
  int64_t i = index_value(vm, key);
  uint8_t byte = byte_value(vm, value);
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) vm.raise(vm.types.IndexError, "bytearray index out of range");
  b->data[i] = byte;
}

void ba_delitem(VM& vm, Value self, Value key) {
  ByteArrayObject* b = as_ba(self);
  if (is_slice(vm, key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, static_cast<SliceObject*>(key.as_object()), b->size, &start,
                              &stop, &step);
    if (n <= 0) return;
    std::string keep;
    if (step < 0) {
      // Delete the same positions walking forwards.
      start = start + (n - 1) * step;
      step = -step;
    }
    int64_t next = start;
    int64_t removed = 0;
    for (int64_t i = 0; i < b->size; ++i) {
      if (removed < n && i == next) {
        ++removed;
        next += step;
        continue;
      }
      keep += static_cast<char>(b->data[i]);
    }
    bytearray_resize(vm, b, static_cast<int64_t>(keep.size()));
    if (!keep.empty()) std::memcpy(b->data, keep.data(), keep.size());
    return;
  }
  if (!index_like(vm, key)) bad_index(vm, key);
  int64_t i = index_value(vm, key);
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) {
    vm.raise(vm.types.IndexError, "bytearray index out of range");
  }
  std::memmove(b->data + i, b->data + i + 1, static_cast<size_t>(b->size - i - 1));
  b->size -= 1;
}

bool ba_contains(VM& vm, Value self, Value item) {
  return bytes_contains_in(vm, std::string(as_ba(self)->view()), item);
}

Value ba_construct(VM& vm, Type* type, CallArgs args) {
  BytesConstructorArgs parsed = parse_bytes_constructor_args(vm, args, "bytearray");
  std::string data;
  if (!parsed.encoded.is_undefined()) {
    data = static_cast<BytesObject*>(parsed.encoded.as_object())->view();
  } else if (!parsed.source.is_undefined()) {
    data = bytes_from_object(vm, parsed.source, "bytearray");
  }
  return Value::from_object(new_bytearray(vm, data, type));
}

// ---- mutating methods

Value m_append(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytearray.append", 1, 1, {}, a);
  uint8_t byte = byte_value(vm, a[0]);
  ByteArrayObject* b = as_ba(args[0]);
  bytearray_resize(vm, b, b->size + 1);
  b->data[b->size - 1] = byte;
  return Value::none();
}

Value m_extend(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytearray.extend", 1, 1, {}, a);
  Rooted self(vm, args[0]);
  std::string_view view;
  std::string data;
  if (bytes_like(vm, a[0], &view)) {
    data = view;
  } else {
    Type* t = vm.type_of(a[0]);
    bool sequence = t == vm.types.list || t == vm.types.tuple;
    if (!sequence && !t->slots.iter && !t->slots.getitem) {
      vm.raise(vm.types.TypeError,
               "can't extend bytearray with " + std::string(type_name(vm, a[0])));
    }
    if (is_str(a[0])) vm.raise(vm.types.TypeError, "expected iterable of integers; got: 'str'");
    data = bytes_from_object(vm, a[0], "bytearray");
  }
  ba_append_bytes(vm, as_ba(self.get()), data);
  return Value::none();
}

Value m_pop(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::Unpack, "bytearray.pop", 0, 1, {}, a);
  ByteArrayObject* b = as_ba(args[0]);
  int64_t i = a[0].is_undefined() ? -1 : arg_int(vm, a[0]);
  if (b->size == 0) vm.raise(vm.types.IndexError, "pop from empty bytearray");
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) vm.raise(vm.types.IndexError, "pop index out of range");
  uint8_t byte = b->data[i];
  std::memmove(b->data + i, b->data + i + 1, static_cast<size_t>(b->size - i - 1));
  b->size -= 1;
  return Value::from_small_int(byte);
}

Value m_insert(VM& vm, CallArgs args) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Unpack, "bytearray.insert", 2, 2, {}, a);
  ByteArrayObject* b = as_ba(args[0]);
  int64_t i = arg_int(vm, a[0]);
  uint8_t byte = byte_value(vm, a[1]);
  if (i < 0) {
    i += b->size;
    if (i < 0) i = 0;
  }
  if (i > b->size) i = b->size;
  bytearray_resize(vm, b, b->size + 1);
  std::memmove(b->data + i + 1, b->data + i, static_cast<size_t>(b->size - 1 - i));
  b->data[i] = byte;
  return Value::none();
}

Value m_remove(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytearray.remove", 1, 1, {}, a);
  ByteArrayObject* b = as_ba(args[0]);
  uint8_t byte = byte_value(vm, a[0]);
  for (int64_t i = 0; i < b->size; ++i) {
    if (b->data[i] == byte) {
      std::memmove(b->data + i, b->data + i + 1, static_cast<size_t>(b->size - i - 1));
      b->size -= 1;
      return Value::none();
    }
  }
  vm.raise(vm.types.ValueError, "value not found in bytearray");
}

Value m_reverse(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytearray.reverse", 0, 0, {}, a);
  ByteArrayObject* b = as_ba(args[0]);
  for (int64_t i = 0, j = b->size - 1; i < j; ++i, --j) std::swap(b->data[i], b->data[j]);
  return Value::none();
}

Value m_clear(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytearray.clear", 0, 0, {}, a);
  as_ba(args[0])->size = 0;
  return Value::none();
}

Value m_copy(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytearray.copy", 0, 0, {}, a);
  return Value::from_object(new_bytearray(vm, std::string(as_ba(args[0])->view())));
}

Value m_getitem(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytearray.__getitem__", 1, 1, {}, a);
  return ba_getitem(vm, args[0], a[0]);
}

Value m_setitem(VM& vm, CallArgs args) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Unpack, "bytearray.__setitem__", 2, 2, {}, a);
  ba_setitem(vm, args[0], a[0], a[1]);
  return Value::none();
}

Value m_delitem(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytearray.__delitem__", 1, 1, {}, a);
  ba_delitem(vm, args[0], a[0]);
  return Value::none();
}

Value m_len(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytearray.__len__", 0, 0, {}, a);
  return vm.make_int(as_ba(args[0])->size);
}

Value m_contains(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytearray.__contains__", 1, 1, {}, a);
  return Value::from_bool(ba_contains(vm, args[0], a[0]));
}

Value m_iadd(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytearray.__iadd__", 1, 1, {}, a);
  return ba_inplace(vm, BinaryOp::Add, args[0], a[0]);
}

Value m_repr(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytearray.__repr__", 0, 0, {}, a);
  return ba_repr(vm, args[0]);
}

Value m_iter(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytearray.__iter__", 0, 0, {}, a);
  return ba_iter(vm, args[0]);
}

template <CompareOp op>
Value m_compare(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytearray.__cmp__", 1, 1, {}, a);
  return bytes_compare_views(vm, args[0], a[0], op);
}

Value m_mul(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytearray.__mul__", 1, 1, {}, a);
  // Like CPython's sq_repeat wrapper: a non-integer is a TypeError, not NotImplemented.
  Value n = to_int_index(vm, a[0]);
  return ba_binary(vm, BinaryOp::Mul, args[0], n);
}

}  // namespace

void install_bytearray_type(VM& vm) {
  Type* t = vm.types.bytearray;
  t->slots.finalize = finalize_bytearray;
  t->slots.repr = ba_repr;
  t->slots.str = ba_repr;
  t->slots.hash = nullptr;
  t->slots.compare = ba_compare;
  t->slots.binary = ba_binary;
  t->slots.inplace = ba_inplace;
  t->slots.truth = ba_truth;
  t->slots.length = ba_length;
  t->slots.iter = ba_iter;
  t->slots.getitem = ba_getitem;
  t->slots.setitem = ba_setitem;
  t->slots.delitem = ba_delitem;
  t->slots.contains = ba_contains;
  t->slots.construct = ba_construct;
  make_bytes_iterator_type(vm, t, "bytearray_iterator");
  dict_set_str(vm, t->dict, vm.intern("__hash__"), Value::none());
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "append", m_append);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "extend", m_extend);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "pop", m_pop);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "insert", m_insert);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "remove", m_remove);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "reverse", m_reverse);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "clear", m_clear);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "copy", m_copy);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__getitem__", m_getitem);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__setitem__", m_setitem);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__delitem__", m_delitem);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__len__", m_len);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__contains__", m_contains);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__iadd__", m_iadd);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__iter__", m_iter);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__repr__", m_repr);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__eq__", m_compare<CompareOp::Eq>);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__ne__", m_compare<CompareOp::Ne>);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__lt__", m_compare<CompareOp::Lt>);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__le__", m_compare<CompareOp::Le>);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__gt__", m_compare<CompareOp::Gt>);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__ge__", m_compare<CompareOp::Ge>);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__mul__", m_mul);
  EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, "__rmul__", m_mul);
  install_bytes_common_methods(vm, t);
}

}  // namespace ember
