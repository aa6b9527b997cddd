// str methods that search and substitute: find rfind index rindex count startswith endswith
// replace removeprefix removesuffix partition rpartition translate maketrans.
#include <algorithm>
#include <cstring>
#include <string>

#include "builtins/str_internal.h"
#include "vm/dict_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

StrObject* self_of(CallArgs args) {
  return as_str(args[0]);
}

StrObject* need_str(VM& vm, Value v, const char* prefix) {
  if (!is_str(v)) {
    vm.raise(vm.types.TypeError,
             std::string(prefix) + "must be str, not " + std::string(type_name(vm, v)));
  }
  return as_str(v);
}

// Code point index of byte offset `offset` within `text` (which starts at code point 0).
int64_t cp_index(StrObject* s, int64_t offset) {
  if (s->ascii) return offset;
  return utf8_count_code_points(s->view().substr(0, static_cast<size_t>(offset)));
}

// The byte range [*b0, *b1) of code points [a, b) of s.
void byte_range(StrObject* s, int64_t a, int64_t b, int64_t* b0, int64_t* b1) {
  *b0 = str_byte_offset(s, a);
  *b1 = str_byte_offset(s, b);
}

int64_t find_impl(VM& vm, StrObject* s, StrObject* sub, Value start, Value end, bool reverse) {
  int64_t a, b;
  adjust_indices(vm, start, end, s->length, &a, &b);
  if (b - a < sub->length) return -1;
  if (sub->length == 0) return reverse ? b : a;
  int64_t b0, b1;
  byte_range(s, a, b, &b0, &b1);
  std::string_view hay = s->view().substr(static_cast<size_t>(b0), static_cast<size_t>(b1 - b0));
  size_t pos = reverse ? hay.rfind(sub->view()) : find_text(hay, sub->view());
  if (pos == std::string_view::npos) return -1;
  return cp_index(s, b0 + static_cast<int64_t>(pos));
}

Value find_common(VM& vm, CallArgs args, const char* name, bool reverse, bool raise) {
  Value a[3];
  parse_args(vm, args, ArgStyle::Old, name, 1, 3, {}, a);
  StrObject* sub = need_str(vm, a[0], "");
  int64_t r = find_impl(vm, self_of(args), sub, a[1], a[2], reverse);
  if (r < 0 && raise) vm.raise(vm.types.ValueError, "substring not found");
  return vm.make_int(r);
}

Value m_find(VM& vm, CallArgs args) {
  return find_common(vm, args, "find", false, false);
}
Value m_rfind(VM& vm, CallArgs args) {
  return find_common(vm, args, "rfind", true, false);
}
Value m_index(VM& vm, CallArgs args) {
  return find_common(vm, args, "index", false, true);
}
Value m_rindex(VM& vm, CallArgs args) {
  return find_common(vm, args, "rindex", true, true);
}

int64_t count_in(std::string_view hay, std::string_view needle, int64_t limit) {
  // One byte (a newline, a separator): comparing every byte vectorises, where a memchr call
  // per occurrence pays its setup every few bytes of a text full of them.
  if (needle.size() == 1) {
    return std::min<int64_t>(limit, std::count(hay.begin(), hay.end(), needle[0]));
  }
  int64_t n = 0;
  size_t pos = 0;
  while (n < limit) {
    size_t found = find_text(hay, needle, pos);
    if (found == std::string_view::npos) break;
    ++n;
    pos = found + needle.size();
  }
  return n;
}

Value m_count(VM& vm, CallArgs args) {
  Value a[3];
  parse_args(vm, args, ArgStyle::Old, "count", 1, 3, {}, a);
  StrObject* sub = need_str(vm, a[0], "");
  StrObject* s = self_of(args);
  int64_t x, y;
  adjust_indices(vm, a[1], a[2], s->length, &x, &y);
  if (y - x < sub->length) return Value::from_small_int(0);
  if (sub->length == 0) return vm.make_int(y - x + 1);
  int64_t b0, b1;
  byte_range(s, x, y, &b0, &b1);
  std::string_view hay = s->view().substr(static_cast<size_t>(b0), static_cast<size_t>(b1 - b0));
  return vm.make_int(count_in(hay, sub->view(), INT64_MAX));
}

bool tail_match(VM& vm, StrObject* s, StrObject* sub, Value start, Value end, bool at_end) {
  int64_t a, b;
  adjust_indices(vm, start, end, s->length, &a, &b);
  b -= sub->length;
  if (b < a) return false;
  if (sub->length == 0) return true;
  int64_t pos = at_end ? b : a;
  int64_t b0 = str_byte_offset(s, pos);
  return s->view().substr(static_cast<size_t>(b0), static_cast<size_t>(sub->byte_length)) ==
         sub->view();
}

Value starts_ends(VM& vm, CallArgs args, const char* name, bool at_end) {
  Value a[3];
  parse_args(vm, args, ArgStyle::Old, name, 1, 3, {}, a);
  StrObject* s = self_of(args);
  if (a[0].is_object() && a[0].as_object()->type->has_flag(kTypeTupleSubclass)) {
    auto* t = static_cast<TupleObject*>(a[0].as_object());
    for (int64_t i = 0; i < t->size; ++i) {
      if (!is_str(t->items[i])) {
        vm.raise(vm.types.TypeError, std::string("tuple for ") + name +
                                         " must only contain str, not " +
                                         std::string(type_name(vm, t->items[i])));
      }
      if (tail_match(vm, s, as_str(t->items[i]), a[1], a[2], at_end)) return Value::from_bool(true);
    }
    return Value::from_bool(false);
  }
  if (!is_str(a[0])) {
    vm.raise(vm.types.TypeError, std::string(name) +
                                     " first arg must be str or a tuple of str, not " +
                                     std::string(type_name(vm, a[0])));
  }
  return Value::from_bool(tail_match(vm, s, as_str(a[0]), a[1], a[2], at_end));
}

Value m_startswith(VM& vm, CallArgs args) {
  return starts_ends(vm, args, "startswith", false);
}
Value m_endswith(VM& vm, CallArgs args) {
  return starts_ends(vm, args, "endswith", true);
}

Value m_replace(VM& vm, CallArgs args) {
  Value a[3];
  parse_args(vm, args, ArgStyle::Unpack, "str.replace", 2, 3, {}, a);
  StrObject* s = self_of(args);
  StrObject* old_s = need_str(vm, a[0], "replace() argument 1 ");
  StrObject* new_s = need_str(vm, a[1], "replace() argument 2 ");
  int64_t limit = a[2].is_undefined() ? -1 : arg_int(vm, a[2]);
  if (limit < 0) limit = INT64_MAX;
  std::string_view text = s->view();
  if (old_s->length == 0) {
    // Insert `new` before every code point and at the end, up to `limit` times.
    std::string out;
    const char* p = text.data();
    const char* end = p + text.size();
    int64_t n = 0;
    check_text_size(vm, (s->length + 1) * new_s->byte_length + s->byte_length);
    while (n < limit) {
      out += new_s->view();
      ++n;
      if (p == end) break;
      const char* q = p;
      utf8_decode(q);
      out.append(p, static_cast<size_t>(q - p));
      p = q;
    }
    out.append(p, static_cast<size_t>(end - p));
    return str_value(vm, out);
  }
  // Count the matches first: the result's size is then known and it is built in place.
  std::string_view needle = old_s->view();
  int64_t n = 0;
  for (size_t pos = 0; n < limit; ++n) {
    size_t found = find_text(text, needle, pos);
    if (found == std::string_view::npos) break;
    pos = found + needle.size();
  }
  if (n == 0) return str_exact(vm, s);
  int64_t growth = new_s->byte_length - old_s->byte_length;
  if (growth > 0 && n > (kMaxTextBytes - s->byte_length) / growth) vm.raise_memory_error();
  StrObject* result =
      str_uninit(vm, s->byte_length + n * growth, s->length + n * (new_s->length - old_s->length));
  char* out = result->data;
  size_t pos = 0;
  for (int64_t i = 0; i < n; ++i) {
    size_t found = find_text(text, needle, pos);
    std::memcpy(out, text.data() + pos, found - pos);
    out += found - pos;
    std::memcpy(out, new_s->data, static_cast<size_t>(new_s->byte_length));
    out += new_s->byte_length;
    pos = found + needle.size();
  }
  std::memcpy(out, text.data() + pos, text.size() - pos);
  return Value::from_object(result);
}

Value m_removeprefix(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "str.removeprefix", 1, 1, {}, a);
  StrObject* p = need_str(vm, a[0], "removeprefix() argument ");
  StrObject* s = self_of(args);
  if (p->byte_length > 0 && s->view().starts_with(p->view())) {
    return str_value(vm, s->view().substr(static_cast<size_t>(p->byte_length)));
  }
  return str_exact(vm, s);
}

Value m_removesuffix(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "str.removesuffix", 1, 1, {}, a);
  StrObject* p = need_str(vm, a[0], "removesuffix() argument ");
  StrObject* s = self_of(args);
  if (p->byte_length > 0 && s->view().ends_with(p->view())) {
    return str_value(vm, s->view().substr(0, static_cast<size_t>(s->byte_length - p->byte_length)));
  }
  return str_exact(vm, s);
}

Value partition_common(VM& vm, CallArgs args, const char* name, bool reverse) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, name, 1, 1, {}, a);
  StrObject* sep = need_str(vm, a[0], "");
  if (sep->length == 0) vm.raise(vm.types.ValueError, "empty separator");
  StrObject* s = self_of(args);
  std::string_view text = s->view();
  size_t pos = reverse ? text.rfind(sep->view()) : find_text(text, sep->view());
  Value empty = Value::from_object(vm.empty_str);
  if (pos == std::string_view::npos) {
    Value whole = str_exact(vm, s);
    if (reverse) return Value::from_object(vm.new_tuple({empty, empty, whole}));
    return Value::from_object(vm.new_tuple({whole, empty, empty}));
  }
  Value left = str_value_known(vm, text.substr(0, pos), s->ascii);
  Value right =
      str_value_known(vm, text.substr(pos + static_cast<size_t>(sep->byte_length)), s->ascii);
  return Value::from_object(vm.new_tuple({left, str_exact(vm, sep), right}));
}

Value m_partition(VM& vm, CallArgs args) {
  return partition_common(vm, args, "str.partition", false);
}
Value m_rpartition(VM& vm, CallArgs args) {
  return partition_common(vm, args, "str.rpartition", true);
}

Value m_translate(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "str.translate", 1, 1, {}, a);
  Rooted table(vm, a[0]);
  Rooted self(vm, args[0]);
  std::string out;
  const char* p = self_of(args)->data;
  int64_t offset = 0;
  char buffer[4];
  while (offset < as_str(self.get())->byte_length) {
    p = as_str(self.get())->data + offset;
    const char* q = p;
    uint32_t cp = utf8_decode(q);
    offset += q - p;
    Value mapped;
    try {
      mapped = get_item(vm, table.get(), Value::from_small_int(cp));
    } catch (const PythonException&) {
      if (!is_instance(vm, vm.raised(), vm.types.LookupError)) throw;
      vm.clear_raised();
      out.append(buffer, utf8_encode(cp, buffer));
      continue;
    }
    if (mapped.is_none()) continue;
    if (is_str(mapped)) {
      out += as_str(mapped)->view();
    } else if (mapped.is_small_int() ||
               (mapped.is_object() && mapped.as_object()->type->has_flag(kTypeIntSubclass))) {
      int64_t c = mapped.is_small_int() ? mapped.as_small_int() : -1;
      if (c < 0 || c > 0x10FFFF) {
        vm.raise(vm.types.ValueError, "character mapping must be in range(0x110000)");
      }
      out.append(buffer, utf8_encode(static_cast<uint32_t>(c), buffer));
    } else {
      vm.raise(vm.types.TypeError, "character mapping must return integer, None or str");
    }
  }
  return str_value(vm, out);
}

Value m_maketrans(VM& vm, CallArgs args) {
  // A static method: there is no self; args hold the arguments directly.
  uint32_t n = args.npos;
  if (args.nkw() > 0) vm.raise(vm.types.TypeError, "str.maketrans() takes no keyword arguments");
  if (n < 1) vm.raise(vm.types.TypeError, "maketrans expected at least 1 argument, got 0");
  if (n > 3) {
    vm.raise(vm.types.TypeError,
             "maketrans expected at most 3 arguments, got " + std::to_string(n));
  }
  DictObject* result = vm.new_dict();
  Rooted keep(vm, Value::from_object(result));
  if (n == 1) {
    Value x = args[0];
    if (!x.is_object() || !x.as_object()->type->has_flag(kTypeDictSubclass)) {
      vm.raise(vm.types.TypeError, "if you give only one argument to maketrans it must be a dict");
    }
    auto* d = static_cast<DictObject*>(x.as_object());
    for (int64_t i = 0; i < d->used; ++i) {
      Value key = d->entries[i].key;
      if (key.is_undefined()) continue;
      Value value = d->entries[i].value;
      if (is_str(key)) {
        if (as_str(key)->length != 1) {
          vm.raise(vm.types.ValueError, "string keys in translate table must be of length 1");
        }
        dict_set(vm, result, Value::from_small_int(str_code_point(as_str(key), 0)), value);
      } else if (key.is_small_int() || key.is_bool() ||
                 (key.is_object() && key.as_object()->type->has_flag(kTypeIntSubclass))) {
        dict_set(vm, result, key, value);
      } else {
        vm.raise(vm.types.TypeError, "keys in translate table must be strings or integers");
      }
    }
    return Value::from_object(result);
  }
  if (!is_str(args[0])) {
    vm.raise(vm.types.TypeError,
             "maketrans() argument 1 must be str, not " + std::string(type_name(vm, args[0])));
  }
  if (!is_str(args[1])) {
    vm.raise(vm.types.TypeError,
             "maketrans() argument 2 must be str, not " + std::string(type_name(vm, args[1])));
  }
  if (n == 3 && !is_str(args[2])) {
    vm.raise(vm.types.TypeError,
             "maketrans() argument 3 must be str, not " + std::string(type_name(vm, args[2])));
  }
  StrObject* x = as_str(args[0]);
  StrObject* y = as_str(args[1]);
  if (x->length != y->length) {
    vm.raise(vm.types.ValueError, "the first two maketrans arguments must have equal length");
  }
  const char* p = x->data;
  const char* q = y->data;
  for (int64_t i = 0; i < x->length; ++i) {
    uint32_t a = utf8_decode(p);
    uint32_t b = utf8_decode(q);
    dict_set(vm, result, Value::from_small_int(a), Value::from_small_int(b));
  }
  if (n == 3) {
    StrObject* z = as_str(args[2]);
    const char* r = z->data;
    for (int64_t i = 0; i < z->length; ++i) {
      dict_set(vm, result, Value::from_small_int(utf8_decode(r)), Value::none());
    }
  }
  return Value::from_object(result);
}

}  // namespace

// maketrans is a static method; the binding of native functions to instances is the
// interpreter's, so it is installed as a plain function both on str and reachable as
// "".maketrans only through the type.
void install_str_search_methods(VM& vm, Type* t) {
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "find", m_find);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "rfind", m_rfind);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "index", m_index);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "rindex", m_rindex);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "count", m_count);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "startswith", m_startswith);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "endswith", m_endswith);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "replace", m_replace);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "removeprefix", m_removeprefix);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "removesuffix", m_removesuffix);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "partition", m_partition);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "rpartition", m_rpartition);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "translate", m_translate);
  vm.add_selfless_method(t, "maketrans", m_maketrans);
}

}  // namespace ember
