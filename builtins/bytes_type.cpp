// The bytes type (slots, constructor, iterator, `%` formatting) and helpers shared with
// bytearray. Methods common to both types are in bytes_methods.cpp.
#include <cstring>
#include <string>

#include "builtins/bytes_internal.h"
#include "builtins/install.h"
#include "vm/dict_object.h"
#include "vm/int_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/slice_object.h"
#include "vm/tuple_object.h"

namespace ember {

// ---- shared helpers

ByteArrayObject* new_bytearray(VM& vm, std::string_view data, Type* type) {
  auto* b = vm.allocate<ByteArrayObject>(type ? type : vm.types.bytearray);
  b->size = 0;
  b->capacity = 0;
  b->data = nullptr;
  if (!data.empty()) {
    bytearray_resize(vm, b, static_cast<int64_t>(data.size()));
    std::memcpy(b->data, data.data(), data.size());
  }
  return b;
}

void bytearray_resize(VM& vm, ByteArrayObject* b, int64_t size) {
  if (size > kMaxTextBytes) vm.raise_memory_error();
  if (size > b->capacity) {
    int64_t capacity = b->capacity + b->capacity / 2;
    if (capacity < size) capacity = size;
    if (capacity < 16) capacity = 16;
    void* data = b->data ? vm.heap().reallocate_buffer(b->data, static_cast<size_t>(b->capacity),
                                                       static_cast<size_t>(capacity))
                         : vm.heap().allocate_buffer(static_cast<size_t>(capacity));
    b->data = static_cast<uint8_t*>(data);
    b->capacity = capacity;
  }
  if (size > b->size) std::memset(b->data + b->size, 0, static_cast<size_t>(size - b->size));
  b->size = size;
}

Value new_bytes_like_self(VM& vm, Value self, std::string_view data) {
  if (is_bytearray(vm, self)) return Value::from_object(new_bytearray(vm, data));
  return Value::from_object(new_bytes(vm, data));
}

uint8_t byte_value(VM& vm, Value v, const char* range_message) {
  int64_t i;
  if (v.is_small_int()) {
    i = v.as_small_int();
  } else if (v.is_bool()) {
    i = v.as_bool();
  } else {
    Value n = to_int_index(vm, v);
    i = n.is_small_int() ? n.as_small_int() : n.is_bool() ? n.as_bool() : -1;
  }
  if (i < 0 || i > 255) vm.raise(vm.types.ValueError, range_message);
  return static_cast<uint8_t>(i);
}

std::string bytes_from_object(VM& vm, Value source, const char* type_name_text) {
  std::string_view view;
  if (bytes_like(vm, source, &view)) return std::string(view);
  bool is_bytearray_target = std::strcmp(type_name_text, "bytearray") == 0;
  const char* range_message =
      is_bytearray_target ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)";
  Type* t = vm.type_of(source);
  if (source.is_small_int() || source.is_bool() || t->has_flag(kTypeIntSubclass) ||
      t->slots.index) {
    int64_t n = index_value(vm, source);
    if (n < 0) vm.raise(vm.types.ValueError, "negative count");
    if (n > kMaxTextBytes) vm.raise_memory_error();
    return std::string(static_cast<size_t>(n), '\0');
  }
  if (is_str(source)) vm.raise(vm.types.TypeError, "string argument without an encoding");
  if (t == vm.types.list || t == vm.types.tuple) {
    const Value* items = t == vm.types.list ? static_cast<ListObject*>(source.as_object())->items
                                            : static_cast<TupleObject*>(source.as_object())->items;
    int64_t n = t == vm.types.list ? static_cast<ListObject*>(source.as_object())->size
                                   : static_cast<TupleObject*>(source.as_object())->size;
    bool simple = true;
    for (int64_t i = 0; i < n && simple; ++i) simple = items[i].is_small_int();
    if (simple) {
      std::string out(static_cast<size_t>(n), '\0');
      for (int64_t i = 0; i < n; ++i) {
        int64_t b = items[i].as_small_int();
        if (b < 0 || b > 255) vm.raise(vm.types.ValueError, range_message);
        out[static_cast<size_t>(i)] = static_cast<char>(b);
      }
      return out;
    }
  }
  if (!t->slots.iter && !t->slots.getitem) {
    vm.raise(vm.types.TypeError, "cannot convert '" + std::string(type_name(vm, source)) +
                                     "' object to " + type_name_text);
  }
  std::string out;
  for_each_item(vm, source,
                [&](Value item) { out += static_cast<char>(byte_value(vm, item, range_message)); });
  return out;
}

Value bytes_repr_text(VM& vm, std::string_view data, bool bytearray) {
  std::string out;
  if (bytearray) out += "bytearray(";
  append_bytes_repr(out, data, bytearray);
  if (bytearray) out += ")";
  return str_value(vm, out);
}

Value bytes_compare_views(VM& vm, Value a, Value b, CompareOp op) {
  std::string_view x, y;
  if (!bytes_like(vm, a, &x) || !bytes_like(vm, b, &y)) return vm.not_implemented;
  int c = x.compare(y);
  switch (op) {
    case CompareOp::Eq:
      return Value::from_bool(c == 0);
    case CompareOp::Ne:
      return Value::from_bool(c != 0);
    case CompareOp::Lt:
      return Value::from_bool(c < 0);
    case CompareOp::Le:
      return Value::from_bool(c <= 0);
    case CompareOp::Gt:
      return Value::from_bool(c > 0);
    case CompareOp::Ge:
      return Value::from_bool(c >= 0);
  }
  return vm.not_implemented;
}

// `bytes % args`: text conversions are done here, numeric ones by the str implementation
// (their output is ASCII).
Value bytes_percent_format(VM& vm, Value self, std::string_view fmt_view, Value args) {
  std::string fmt(fmt_view);
  Rooted keep_self(vm, self);
  Rooted keep_args(vm, args);
  const Value* items = &args;
  int64_t count = 1;
  bool is_tuple = args.is_object() && args.as_object()->type->has_flag(kTypeTupleSubclass);
  if (is_tuple) {
    items = static_cast<TupleObject*>(args.as_object())->items;
    count = static_cast<TupleObject*>(args.as_object())->size;
  }
  std::string_view dummy;
  Type* at = vm.type_of(args);
  bool is_mapping =
      !is_tuple && !bytes_like(vm, args, &dummy) && !is_str(args) && at->slots.getitem;
  int64_t next = 0;
  auto next_arg = [&]() -> Value {
    if (next >= count) vm.raise(vm.types.TypeError, "not enough arguments for format string");
    return items[next++];
  };
  std::string out;
  size_t i = 0;
  bool keyed = false;
  while (i < fmt.size()) {
    size_t pct = fmt.find('%', i);
    if (pct == std::string::npos) {
      out.append(fmt, i, std::string::npos);
      break;
    }
    out.append(fmt, i, pct - i);
    i = pct + 1;
    if (i >= fmt.size()) vm.raise(vm.types.ValueError, "incomplete format");
    Value arg = Value::undefined();
    if (fmt[i] == '(') {
      if (!is_mapping) vm.raise(vm.types.TypeError, "format requires a mapping");
      int depth = 1;
      size_t start = ++i;
      while (i < fmt.size() && depth > 0) {
        if (fmt[i] == '(') ++depth;
        if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) vm.raise(vm.types.ValueError, "incomplete format key");
      Value key =
          Value::from_object(new_bytes(vm, std::string_view(fmt).substr(start, i - 1 - start)));
      arg = get_item(vm, args, key);
      keyed = true;
    }
    std::string spec = "%";
    while (i < fmt.size() && std::strchr("-+ #0", fmt[i]) && fmt[i] != 0) spec += fmt[i++];
    auto star = [&]() {
      Value v = next_arg();
      if (!v.is_small_int() && !v.is_bool() && !vm.type_of(v)->has_flag(kTypeIntSubclass)) {
        vm.raise(vm.types.TypeError, "* wants int");
      }
      spec += std::to_string(arg_int(vm, v));
      ++i;
    };
    if (i < fmt.size() && fmt[i] == '*') {
      star();
    } else {
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') spec += fmt[i++];
    }
    int64_t precision = -1;
    if (i < fmt.size() && fmt[i] == '.') {
      spec += fmt[i++];
      size_t before = spec.size();
      if (i < fmt.size() && fmt[i] == '*') {
        star();
      } else {
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') spec += fmt[i++];
      }
      precision = spec.size() > before ? std::stoll(spec.substr(before)) : 0;
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) vm.raise(vm.types.ValueError, "incomplete format");
    char type = fmt[i++];
    if (type == '%' && spec == "%" && i == pct + 2) {
      out += '%';
      continue;
    }
    if (arg.is_undefined()) arg = keyed ? args : next_arg();
    Rooted keep_arg(vm, arg);
    if (type == 's' || type == 'b' || type == 'r' || type == 'a' || type == 'c') {
      std::string text;
      std::string_view view;
      if (type == 's' || type == 'b') {
        if (!bytes_like(vm, arg, &view)) {
          Value method = lookup_in_type(vm, vm.type_of(arg), vm.intern("__bytes__"));
          if (method.is_undefined()) {
            vm.raise(vm.types.TypeError,
                     "%b requires a bytes-like object, or an object that implements "
                     "__bytes__, not '" +
                         std::string(type_name(vm, arg)) + "'");
          }
          Value r = vm.call(method, {arg});
          view = need_bytes_like(vm, r);
        }
        text = view;
      } else if (type == 'c') {
        if (bytes_like(vm, arg, &view)) {
          if (view.size() != 1) {
            vm.raise(vm.types.TypeError, "%c requires an integer in range(256) or a single byte");
          }
          text = view;
        } else {
          Type* t = vm.type_of(arg);
          if (!(arg.is_small_int() || arg.is_bool() || t->has_flag(kTypeIntSubclass) ||
                t->slots.index)) {
            vm.raise(vm.types.TypeError, "%c requires an integer in range(256) or a single byte");
          }
          Value n = to_int_index(vm, arg);
          if (!n.is_small_int() || n.as_small_int() < 0 || n.as_small_int() > 255) {
            vm.raise(vm.types.OverflowError, "%c arg not in range(256)");
          }
          text = std::string(1, static_cast<char>(n.as_small_int()));
        }
      } else {
        text = ascii_repr(vm, arg)->view();
      }
      if (precision >= 0 && static_cast<size_t>(precision) < text.size() && type != 'c') {
        text.resize(static_cast<size_t>(precision));
      }
      // Width from the spec: the digits after the flags.
      size_t k = 1;
      bool left = false;
      while (k < spec.size() && std::strchr("-+ #0", spec[k])) left |= spec[k++] == '-';
      int64_t width = 0;
      while (k < spec.size() && spec[k] >= '0' && spec[k] <= '9')
        width = width * 10 + (spec[k++] - '0');
      if (k < spec.size() && spec[k] == '-') {
        left = true;
        ++k;
        while (k < spec.size() && spec[k] >= '0' && spec[k] <= '9')
          width = width * 10 + (spec[k++] - '0');
      }
      if (width > static_cast<int64_t>(text.size())) {
        std::string pad(static_cast<size_t>(width) - text.size(), ' ');
        text = left ? text + pad : pad + text;
      }
      out += text;
      continue;
    }
    if (!std::strchr("diuoxXeEfFgG", type) || type == 0) {
      char buffer[80];
      std::snprintf(buffer, sizeof buffer, "unsupported format character '%c' (0x%x) at index %zu",
                    type, static_cast<unsigned char>(type), i - 1);
      vm.raise(vm.types.ValueError, buffer);
    }
    spec += type;
    StrObject* spec_str = str_make(vm, spec);
    Rooted keep_spec(vm, Value::from_object(spec_str));
    TupleObject* one = vm.new_tuple({arg});
    Rooted keep_one(vm, Value::from_object(one));
    Value formatted = str_percent_format(vm, spec_str, Value::from_object(one));
    out += as_str(formatted)->view();
  }
  if (!keyed && !is_mapping && next < count) {
    vm.raise(vm.types.TypeError, "not all arguments converted during string formatting");
  }
  return new_bytes_like_self(vm, keep_self.get(), out);
}

namespace {

BytesObject* as_bytes(Value v) {
  return static_cast<BytesObject*>(v.as_object());
}

// ---- the iterator: yields ints

struct BytesIterObject : Object {
  Value seq;  // bytes or bytearray; undefined once exhausted
  int64_t index;
};

constexpr char kIterKey[] = " iterator";

void trace_bytes_iter(Object* self, Marker& m) {
  mark_value(m, static_cast<BytesIterObject*>(self)->seq);
}

bool bytes_iter_next(VM& vm, Value self, Value* item) {
  auto* it = static_cast<BytesIterObject*>(self.as_object());
  if (it->seq.is_undefined()) return false;
  std::string_view data;
  bytes_like(vm, it->seq, &data);
  if (it->index >= static_cast<int64_t>(data.size())) {
    it->seq = Value::undefined();
    return false;
  }
  *item = Value::from_small_int(static_cast<unsigned char>(data[static_cast<size_t>(it->index++)]));
  return true;
}

Value iter_self(VM&, Value self) {
  return self;
}

Value bytes_iter_next_method(VM& vm, CallArgs args) {
  Value item;
  if (!bytes_iter_next(vm, args[0], &item)) vm.raise(vm.types.StopIteration, "");
  return item;
}

Type* make_iter_type(VM& vm, Type* owner, const char* name) {
  Type* it = vm.new_type(name, vm.types.object, 0);
  it->slots.trace = trace_bytes_iter;
  it->slots.iter = iter_self;
  it->slots.next = bytes_iter_next;
  vm.add_method(it, "__next__", bytes_iter_next_method);
  dict_set_str(vm, owner->dict, vm.intern(kIterKey), Value::from_object(it));
  return it;
}

// ---- bytes slots

Value bytes_repr(VM& vm, Value self) {
  return bytes_repr_text(vm, as_bytes(self)->view(), false);
}

int64_t bytes_hash(VM&, Value self) {
  BytesObject* b = as_bytes(self);
  if (b->hash != -1) return b->hash;
  // CPython's hash of the data (vm/str_object.cpp), equal to str's for ASCII text.
  int64_t result = hash_bytes(b->data, static_cast<size_t>(b->size));
  b->hash = result;
  return result;
}

Value bytes_compare(VM& vm, Value a, Value b, CompareOp op) {
  return bytes_compare_views(vm, a, b, op);
}

bool index_like(VM& vm, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  Type* t = vm.type_of(v);
  return t->has_flag(kTypeIntSubclass) || t->slots.index != nullptr;
}

Value bytes_binary(VM& vm, BinaryOp op, Value a, Value b) {
  std::string_view x, y;
  switch (op) {
    case BinaryOp::Add:
      if (!is_bytes(vm, a)) return vm.not_implemented;
      if (bytes_like(vm, b, &y)) {
        x = as_bytes(a)->view();
        if (y.empty() && a.as_object()->type == vm.types.bytes) return a;
        std::string joined(x);
        joined += y;
        return Value::from_object(new_bytes(vm, joined));
      }
      if (vm.type_of(b)->has_flag(kTypeHeapType)) return vm.not_implemented;
      vm.raise(vm.types.TypeError, "can't concat " + std::string(type_name(vm, b)) + " to bytes");
    case BinaryOp::Mul: {
      Value s = is_bytes(vm, a) ? a : b;
      Value n = is_bytes(vm, a) ? b : a;
      if (!index_like(vm, n)) {
        if (vm.type_of(n)->has_flag(kTypeHeapType)) return vm.not_implemented;
        vm.raise(vm.types.TypeError, "can't multiply sequence by non-int of type '" +
                                         std::string(type_name(vm, n)) + "'");
      }
      int64_t count = index_value(vm, n);
      x = as_bytes(s)->view();
      if (count <= 0 || x.empty()) return Value::from_object(new_bytes(vm, ""));
      if (count > kMaxTextBytes / static_cast<int64_t>(x.size())) vm.raise_memory_error();
      std::string out;
      out.reserve(x.size() * static_cast<size_t>(count));
      for (int64_t i = 0; i < count; ++i) out += x;
      return Value::from_object(new_bytes(vm, out));
    }
    case BinaryOp::Mod:
      if (!is_bytes(vm, a)) return vm.not_implemented;
      return bytes_percent_format(vm, a, as_bytes(a)->view(), b);
    default:
      return vm.not_implemented;
  }
}

int64_t bytes_length(VM&, Value self) {
  return as_bytes(self)->size;
}

Value bytes_iter(VM& vm, Value self) {
  Value t = dict_get_str(vm, vm.types.bytes->dict, vm.intern(kIterKey));
  auto* it = vm.allocate<BytesIterObject>(static_cast<Type*>(t.as_object()));
  it->seq = self;
  it->index = 0;
  return Value::from_object(it);
}

Value bytes_getitem(VM& vm, Value self, Value key) {
  BytesObject* b = as_bytes(self);
  if (key.is_object() && key.as_object()->type == vm.types.slice) {
    int64_t start, stop, step;
    int64_t n = slice_indices(vm, static_cast<SliceObject*>(key.as_object()), b->size, &start,
                              &stop, &step);
    if (n <= 0) return Value::from_object(new_bytes(vm, ""));
    if (step == 1) {
      if (n == b->size && b->type == vm.types.bytes) return self;
      return Value::from_object(
          new_bytes(vm, b->view().substr(static_cast<size_t>(start), static_cast<size_t>(n))));
    }
    std::string out(static_cast<size_t>(n), '\0');
    for (int64_t i = 0, j = start; i < n; ++i, j += step)
      out[static_cast<size_t>(i)] = static_cast<char>(b->data[j]);
    return Value::from_object(new_bytes(vm, out));
  }
  if (!index_like(vm, key)) {
    vm.raise(vm.types.TypeError,
             "byte indices must be integers or slices, not " + std::string(type_name(vm, key)));
  }
  int64_t i = index_value(vm, key);
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) vm.raise(vm.types.IndexError, "index out of range");
  return Value::from_small_int(b->data[i]);
}

bool contains_in(VM& vm, std::string_view hay, Value item) {
  std::string_view needle;
  if (bytes_like(vm, item, &needle)) return hay.find(needle) != std::string_view::npos;
  if (index_like(vm, item)) {
    char c = static_cast<char>(byte_value(vm, item));
    return hay.find(c) != std::string_view::npos;
  }
  vm.raise(vm.types.TypeError,
           "a bytes-like object is required, not '" + std::string(type_name(vm, item)) + "'");
}

bool bytes_contains(VM& vm, Value self, Value item) {
  return contains_in(vm, as_bytes(self)->view(), item);
}

Value bytes_construct(VM& vm, Type* type, CallArgs args) {
  BytesConstructorArgs parsed = parse_bytes_constructor_args(vm, args, "bytes");
  std::string data;
  if (!parsed.encoded.is_undefined()) {
    if (type == vm.types.bytes) return parsed.encoded;
    data = as_bytes(parsed.encoded)->view();
  } else if (!parsed.source.is_undefined()) {
    Value src = parsed.source;
    if (src.is_object() && src.as_object()->type == vm.types.bytes && type == vm.types.bytes) {
      return src;
    }
    Type* st = vm.type_of(src);
    Value method = st->has_flag(kTypeHeapType) ? lookup_in_type(vm, st, vm.intern("__bytes__"))
                                               : Value::undefined();
    if (!method.is_undefined()) {
      Value r = vm.call(method, {src});
      if (!is_bytes(vm, r)) {
        vm.raise(vm.types.TypeError,
                 "__bytes__ returned non-bytes (type " + std::string(type_name(vm, r)) + ")");
      }
      data = as_bytes(r)->view();
    } else {
      data = bytes_from_object(vm, src, "bytes");
    }
  }
  return Value::from_object(new_bytes(vm, data, type));
}

// Dunder methods called by name.
Value m_getitem(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytes.__getitem__", 1, 1, {}, a);
  return bytes_getitem(vm, args[0], a[0]);
}
Value m_len(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytes.__len__", 0, 0, {}, a);
  return vm.make_int(as_bytes(args[0])->size);
}
Value m_contains(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytes.__contains__", 1, 1, {}, a);
  return Value::from_bool(bytes_contains(vm, args[0], a[0]));
}
Value m_add(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytes.__add__", 1, 1, {}, a);
  std::string_view y;
  if (!bytes_like(vm, a[0], &y)) return vm.not_implemented;
  return bytes_binary(vm, BinaryOp::Add, args[0], a[0]);
}
Value m_mod(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytes.__mod__", 1, 1, {}, a);
  return bytes_percent_format(vm, args[0], as_bytes(args[0])->view(), a[0]);
}
Value m_iter(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytes.__iter__", 0, 0, {}, a);
  return bytes_iter(vm, args[0]);
}
Value m_hash(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytes.__hash__", 0, 0, {}, a);
  return vm.make_int(bytes_hash(vm, args[0]));
}
Value m_repr(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytes.__repr__", 0, 0, {}, a);
  return bytes_repr(vm, args[0]);
}
Value m_bytes(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "bytes.__bytes__", 0, 0, {}, a);
  if (args[0].as_object()->type == vm.types.bytes) return args[0];
  return Value::from_object(new_bytes(vm, as_bytes(args[0])->view()));
}

template <CompareOp op>
Value m_compare(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytes.__cmp__", 1, 1, {}, a);
  return bytes_compare_views(vm, args[0], a[0], op);
}

Value m_mul(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "bytes.__mul__", 1, 1, {}, a);
  // Like CPython's sq_repeat wrapper: a non-integer is a TypeError, not NotImplemented.
  Value n = to_int_index(vm, a[0]);
  return bytes_binary(vm, BinaryOp::Mul, args[0], n);
}

}  // namespace

void install_bytes_types(VM& vm) {
  Type* t = vm.types.bytes;
  t->slots.repr = bytes_repr;
  t->slots.str = bytes_repr;
  t->slots.hash = bytes_hash;
  t->slots.compare = bytes_compare;
  t->slots.binary = bytes_binary;
  t->slots.length = bytes_length;
  t->slots.iter = bytes_iter;
  t->slots.getitem = bytes_getitem;
  t->slots.contains = bytes_contains;
  t->slots.construct = bytes_construct;
  make_iter_type(vm, t, "bytes_iterator");
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__getitem__", m_getitem);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__len__", m_len);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__contains__", m_contains);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__add__", m_add);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__mod__", m_mod);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__iter__", m_iter);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__hash__", m_hash);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__bytes__", m_bytes);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__repr__", m_repr);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__eq__", m_compare<CompareOp::Eq>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__ne__", m_compare<CompareOp::Ne>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__lt__", m_compare<CompareOp::Lt>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__le__", m_compare<CompareOp::Le>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__gt__", m_compare<CompareOp::Gt>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__ge__", m_compare<CompareOp::Ge>);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__mul__", m_mul);
  EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, "__rmul__", m_mul);
  install_bytes_common_methods(vm, t);
  install_bytearray_type(vm);
}

// Used by bytearray_type.cpp.
Value bytes_iterator_for(VM& vm, Type* owner, Value seq) {
  Value t = dict_get_str(vm, owner->dict, vm.intern(kIterKey));
  auto* it = vm.allocate<BytesIterObject>(static_cast<Type*>(t.as_object()));
  it->seq = seq;
  it->index = 0;
  return Value::from_object(it);
}

Type* make_bytes_iterator_type(VM& vm, Type* owner, const char* name) {
  return make_iter_type(vm, owner, name);
}

bool bytes_contains_in(VM& vm, std::string_view hay, Value item) {
  return contains_in(vm, hay, item);
}

BytesConstructorArgs parse_bytes_constructor_args(VM& vm, CallArgs args, const char* constructor) {
  Value vals[3] = {Value::undefined(), Value::undefined(), Value::undefined()};
  static const char* const kNames[3] = {"source", "encoding", "errors"};
  const std::string name = constructor;
  uint32_t nkw = args.nkw();
  if (args.npos + nkw > 3) {
    vm.raise(vm.types.TypeError,
             name + "() takes at most 3 arguments (" + std::to_string(args.npos + nkw) + " given)");
  }
  for (uint32_t i = 0; i < args.npos; ++i) vals[i] = args[i];
  for (uint32_t k = 0; k < nkw; ++k) {
    auto* key = static_cast<StrObject*>(args.kwnames->items[k].as_object());
    int index = -1;
    for (int j = 0; j < 3; ++j) {
      if (key->view() == kNames[j]) index = j;
    }
    if (index < 0) {
      vm.raise(vm.types.TypeError, "'" + std::string(key->view()) +
                                       "' is an invalid keyword argument for " + name + "()");
    }
    vals[index] = args[args.npos + k];
  }
  BytesConstructorArgs result;
  result.source = vals[0];
  if (!vals[1].is_undefined() || !vals[2].is_undefined()) {
    for (int j = 1; j < 3; ++j) {
      if (!vals[j].is_undefined() && !is_str(vals[j])) {
        vm.raise(vm.types.TypeError, name + "() argument '" + kNames[j] + "' must be str, not " +
                                         std::string(type_name(vm, vals[j])));
      }
    }
    if (!is_str(vals[0])) {
      vm.raise(vm.types.TypeError, vals[1].is_undefined() ? "errors without a string argument"
                                                          : "encoding without a string argument");
    }
    result.encoded =
        str_encode(vm, as_str(vals[0]), vals[1].is_undefined() ? nullptr : as_str(vals[1]),
                   vals[2].is_undefined() ? nullptr : as_str(vals[2]));
  }
  return result;
}

}  // namespace ember
