// Argument checking and small constructors shared by the str/bytes implementation.
#include <cstring>
#include <string>

#include "builtins/str_internal.h"
#include "vm/int_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember {

StrObject* str_make(VM& vm, std::string_view utf8, Type* type) {
  if (!type || type == vm.types.str) {
    if (utf8.empty()) return vm.empty_str;
    return vm.new_str(utf8);
  }
  int64_t length = utf8_count_code_points(utf8);
  StrObject* s =
      vm.allocate_str(type, utf8.size(), length, length == static_cast<int64_t>(utf8.size()));
  std::memcpy(s->data, utf8.data(), utf8.size());
  return s;
}

Value str_value_known(VM& vm, std::string_view utf8, bool ascii) {
  if (!ascii || utf8.empty()) return str_value(vm, utf8);
  // One-character pieces (split fields, slices, padding) share the interned ones.
  if (utf8.size() == 1) return Value::from_object(vm.latin1_char(static_cast<uint8_t>(utf8[0])));
  StrObject* s =
      vm.allocate_str(vm.types.str, utf8.size(), static_cast<int64_t>(utf8.size()), true);
  std::memcpy(s->data, utf8.data(), utf8.size());
  return Value::from_object(s);
}

StrObject* str_uninit(VM& vm, int64_t byte_length, int64_t length) {
  check_text_size(vm, byte_length);
  if (byte_length == 0) return vm.empty_str;
  // UTF-8 has one byte per code point exactly when the text is ASCII.
  return vm.allocate_str(vm.types.str, static_cast<size_t>(byte_length), length,
                         length == byte_length);
}

Value str_exact(VM& vm, StrObject* s) {
  if (s->type == vm.types.str) return Value::from_object(s);
  return Value::from_object(str_make(vm, s->view()));
}

namespace {

std::string plural(int n, const char* word) {
  std::string out = std::to_string(n) + " " + word;
  if (n != 1) out += "s";
  return out;
}

// The names in parse_args' messages, built only when a message is: parse_args runs on
// every call of most str methods.
struct MethodNames {
  const char* qualname;  // "str.split"
  std::string qual() const { return qualname; }
  std::string name() const {  // "split"
    const char* dot = std::strrchr(qualname, '.');
    return dot ? dot + 1 : qualname;
  }
};

}  // namespace

void parse_args(VM& vm, CallArgs args, ArgStyle style, const char* qualname, int min, int max,
                std::initializer_list<const char*> keywords, Value* out) {
  const MethodNames names{qualname};
  int npos = static_cast<int>(args.npos) - 1;
  int nkw = static_cast<int>(args.nkw());
  for (int i = 0; i < max; ++i) out[i] = Value::undefined();
  if (nkw > 0 && style != ArgStyle::Keywords) {
    if (style == ArgStyle::Old)
      vm.raise(vm.types.TypeError, names.name() + "() takes no keyword arguments");
    vm.raise(vm.types.TypeError, names.qual() + "() takes no keyword arguments");
  }
  switch (style) {
    case ArgStyle::NoArgs:
      if (npos != 0) {
        vm.raise(vm.types.TypeError,
                 names.qual() + "() takes no arguments (" + std::to_string(npos) + " given)");
      }
      return;
    case ArgStyle::One:
      if (npos != 1) {
        vm.raise(vm.types.TypeError, names.qual() + "() takes exactly one argument (" +
                                         std::to_string(npos) + " given)");
      }
      out[0] = args[1];
      return;
    case ArgStyle::Unpack:
      if (npos < min) {
        vm.raise(vm.types.TypeError, names.name() + " expected at least " +
                                         plural(min, "argument") + ", got " + std::to_string(npos));
      }
      if (npos > max) {
        vm.raise(vm.types.TypeError, names.name() + " expected at most " + plural(max, "argument") +
                                         ", got " + std::to_string(npos));
      }
      break;
    case ArgStyle::Old:
    case ArgStyle::Keywords: {
      int total = npos + nkw;
      if (total > max) {
        vm.raise(vm.types.TypeError, names.name() + "() takes at most " + plural(max, "argument") +
                                         " (" + std::to_string(total) + " given)");
      }
      if (style == ArgStyle::Old && total < min) {
        vm.raise(vm.types.TypeError, names.name() + "() takes at least " + plural(min, "argument") +
                                         " (" + std::to_string(total) + " given)");
      }
      break;
    }
  }
  for (int i = 0; i < npos; ++i) out[i] = args[static_cast<uint32_t>(i + 1)];
  for (int k = 0; k < nkw; ++k) {
    auto* key = static_cast<StrObject*>(args.kwnames->items[k].as_object());
    int index = 0;
    bool found = false;
    for (const char* kw : keywords) {
      if (key->view() == kw) {
        found = true;
        break;
      }
      ++index;
    }
    if (!found) {
      vm.raise(vm.types.TypeError, "'" + std::string(key->view()) +
                                       "' is an invalid keyword argument for " + names.name() +
                                       "()");
    }
    if (index < npos) {
      vm.raise(vm.types.TypeError, "argument for " + names.name() + "() given by name ('" +
                                       std::string(key->view()) + "') and position (" +
                                       std::to_string(index + 1) + ")");
    }
    out[index] = args[args.npos + static_cast<uint32_t>(k)];
  }
  if (style == ArgStyle::Keywords) {
    for (int i = 0; i < min; ++i) {
      if (out[i].is_undefined()) {
        auto it = keywords.begin() + i;
        vm.raise(vm.types.TypeError, names.name() + "() missing required argument '" + *it +
                                         "' (pos " + std::to_string(i + 1) + ")");
      }
    }
  }
}

bool self_matches(VM& vm, Value self, SelfKind kind) {
  if (!self.is_object()) return false;
  Type* t = self.as_object()->type;
  switch (kind) {
    case SelfKind::Str:
      return t->has_flag(kTypeStrSubclass);
    case SelfKind::Bytes:
      return is_subtype(t, vm.types.bytes);
    case SelfKind::ByteArray:
      return is_subtype(t, vm.types.bytearray);
  }
  return false;
}

void raise_bad_self(VM& vm, CallArgs args, SelfKind kind, const char* name) {
  const char* type = kind == SelfKind::Str     ? "str"
                     : kind == SelfKind::Bytes ? "bytes"
                                               : "bytearray";
  if (args.npos == 0) {
    vm.raise(vm.types.TypeError,
             std::string("unbound method ") + type + "." + name + "() needs an argument");
  }
  vm.raise(vm.types.TypeError, std::string("descriptor '") + name + "' for '" + type +
                                   "' objects doesn't apply to a '" +
                                   std::string(type_name(vm, args[0])) + "' object");
}

int64_t arg_int(VM& vm, Value v) {
  if (v.is_small_int()) return v.as_small_int();
  return index_value(vm, v);
}

int64_t arg_c_int(VM& vm, Value v) {
  int64_t i = clamped_index(vm, v, "");
  if (i > INT32_MAX || i < INT32_MIN) {
    vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  }
  return i;
}

int64_t clamped_index(VM& vm, Value v, const char* message) {
  if (v.is_small_int()) return v.as_small_int();
  if (v.is_bool()) return v.as_bool() ? 1 : 0;
  Type* t = vm.type_of(v);
  if (!t->slots.index && !t->has_flag(kTypeIntSubclass)) {
    if (!*message) {
      vm.raise(vm.types.TypeError, "'" + std::string(type_name(vm, v)) +
                                       "' object cannot be interpreted as an integer");
    }
    vm.raise(vm.types.TypeError, message);
  }
  Value i = t->has_flag(kTypeIntSubclass) && v.is_object() && v.as_object()->type == vm.types.int_
                ? v
                : to_int_index(vm, v);
  if (i.is_small_int()) return i.as_small_int();
  if (i.is_bool()) return i.as_bool() ? 1 : 0;
  auto* big = static_cast<BigIntObject*>(i.as_object());
  return mpz_sgn(big->value) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
}

void adjust_indices(VM& vm, Value start, Value end, int64_t length, int64_t* s, int64_t* e) {
  static const char kMessage[] =
      "slice indices must be integers or None or have an __index__ method";
  int64_t a = start.is_undefined() || start.is_none() ? 0 : clamped_index(vm, start, kMessage);
  int64_t b = end.is_undefined() || end.is_none() ? length : clamped_index(vm, end, kMessage);
  if (b > length) {
    b = length;
  } else if (b < 0) {
    b += length;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += length;
    if (a < 0) a = 0;
  }
  *s = a;
  *e = b;
}

}  // namespace ember
