// str methods that cut and pad: split rsplit splitlines join strip lstrip rstrip center
// ljust rjust zfill expandtabs.
#include <cstring>
#include <string>
#include <vector>

#include "builtins/str_internal.h"
#include "builtins/str_unicode.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

StrObject* self_of(CallArgs args) {
  return as_str(args[0]);
}

void append_piece(VM& vm, ListObject* list, std::string_view piece, bool ascii) {
  list_append(vm, list, str_value_known(vm, piece, ascii));
}

// Length in bytes of the code point starting at `p`.
int cp_bytes(const char* p) {
  auto b = static_cast<unsigned char>(*p);
  return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

// Start of the code point that ends right before `end`.
const char* prev_cp(const char* begin, const char* end) {
  const char* p = end - 1;
  while (p > begin && (static_cast<unsigned char>(*p) & 0xC0) == 0x80) --p;
  return p;
}

bool space_at(const char* p) {
  auto b = static_cast<unsigned char>(*p);
  if (b < 0x80) return b == ' ' || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F);
  const char* q = p;
  return uni_isspace(utf8_decode(q));
}

StrObject* split_sep(VM& vm, Value v) {
  if (v.is_undefined() || v.is_none()) return nullptr;
  if (!is_str(v)) {
    vm.raise(vm.types.TypeError, "must be str or None, not " + std::string(type_name(vm, v)));
  }
  StrObject* sep = as_str(v);
  if (sep->length == 0) vm.raise(vm.types.ValueError, "empty separator");
  return sep;
}

Value split_common(VM& vm, CallArgs args, bool reverse) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Keywords, reverse ? "str.rsplit" : "str.split", 0, 2,
             {"sep", "maxsplit"}, a);
  StrObject* sep = split_sep(vm, a[0]);
  int64_t maxsplit = a[1].is_undefined() ? -1 : arg_int(vm, a[1]);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  StrObject* s = self_of(args);
  ListObject* list = vm.new_list();
  std::string_view text = s->view();
  const char* begin = text.data();
  const char* end = begin + text.size();
  if (!sep) {
    if (!reverse) {
      const char* p = begin;
      int64_t n = 0;
      while (true) {
        while (p < end && space_at(p)) p += cp_bytes(p);
        if (p == end) break;
        if (n == maxsplit) {
          // The rest, with trailing whitespace kept.
          append_piece(vm, list, std::string_view(p, static_cast<size_t>(end - p)), s->ascii);
          break;
        }
        const char* q = p;
        while (q < end && !space_at(q)) q += cp_bytes(q);
        append_piece(vm, list, std::string_view(p, static_cast<size_t>(q - p)), s->ascii);
        ++n;
        p = q;
      }
    } else {
      const char* p = end;
      int64_t n = 0;
      while (true) {
        while (p > begin && space_at(prev_cp(begin, p))) p = prev_cp(begin, p);
        if (p == begin) break;
        if (n == maxsplit) {
          append_piece(vm, list, std::string_view(begin, static_cast<size_t>(p - begin)), s->ascii);
          break;
        }
        const char* q = p;
        while (q > begin && !space_at(prev_cp(begin, q))) q = prev_cp(begin, q);
        append_piece(vm, list, std::string_view(q, static_cast<size_t>(p - q)), s->ascii);
        ++n;
        p = q;
      }
      // Reverse in place.
      for (int64_t i = 0, j = list->size - 1; i < j; ++i, --j) {
        Value tmp = list->items[i];
        list->items[i] = list->items[j];
        list->items[j] = tmp;
      }
    }
    return Value::from_object(list);
  }
  std::string_view needle = sep->view();
  if (!reverse) {
    size_t pos = 0;
    int64_t n = 0;
    while (n < maxsplit) {
      size_t found = find_text(text, needle, pos);
      if (found == std::string_view::npos) break;
      append_piece(vm, list, text.substr(pos, found - pos), s->ascii);
      pos = found + needle.size();
      ++n;
    }
    if (n == 0 && s->type == vm.types.str) {
      list_append(vm, list, Value::from_object(s));
    } else {
      append_piece(vm, list, text.substr(pos), s->ascii);
    }
    return Value::from_object(list);
  }
  size_t stop = text.size();
  int64_t n = 0;
  std::vector<std::string_view> pieces;
  while (n < maxsplit && stop >= needle.size()) {
    size_t found = text.substr(0, stop).rfind(needle);
    if (found == std::string_view::npos) break;
    pieces.push_back(text.substr(found + needle.size(), stop - found - needle.size()));
    stop = found;
    ++n;
  }
  pieces.push_back(text.substr(0, stop));
  for (size_t i = pieces.size(); i-- > 0;) append_piece(vm, list, pieces[i], s->ascii);
  return Value::from_object(list);
}

Value m_split(VM& vm, CallArgs args) {
  return split_common(vm, args, false);
}
Value m_rsplit(VM& vm, CallArgs args) {
  return split_common(vm, args, true);
}

Value m_splitlines(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::Keywords, "str.splitlines", 0, 1, {"keepends"}, a);
  bool keepends = !a[0].is_undefined() && arg_int(vm, a[0]) != 0;
  StrObject* s = self_of(args);
  ListObject* list = vm.new_list();
  const char* begin = s->data;
  const char* end = begin + s->byte_length;
  const char* p = begin;
  while (p < end) {
    const char* line = p;
    const char* eol = nullptr;
    const char* next = nullptr;
    while (p < end) {
      auto byte = static_cast<unsigned char>(*p);
      if (byte > 0x1E && byte < 0x80) {  // printable ASCII: never a line break
        ++p;
        continue;
      }
      const char* q = p;
      uint32_t cp = utf8_decode(q);
      if (uni_islinebreak(cp)) {
        eol = p;
        next = q;
        if (cp == '\r' && q < end && *q == '\n') next = q + 1;
        break;
      }
      p = q;
    }
    if (!eol) {
      append_piece(vm, list, std::string_view(line, static_cast<size_t>(end - line)), s->ascii);
      break;
    }
    const char* stop = keepends ? next : eol;
    append_piece(vm, list, std::string_view(line, static_cast<size_t>(stop - line)), s->ascii);
    p = next;
  }
  return Value::from_object(list);
}

Value m_join(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "str.join", 1, 1, {}, a);
  Rooted self(vm, args[0]);
  Value seq = a[0];
  const Value* items = nullptr;
  int64_t count = 0;
  Rooted holder(vm, seq);
  Type* st = vm.type_of(seq);
  if (st == vm.types.list) {
    items = static_cast<ListObject*>(seq.as_object())->items;
    count = static_cast<ListObject*>(seq.as_object())->size;
  } else if (st == vm.types.tuple) {
    items = static_cast<TupleObject*>(seq.as_object())->items;
    count = static_cast<TupleObject*>(seq.as_object())->size;
  } else {
    Value it;
    try {
      it = get_iterator(vm, seq);
    } catch (const PythonException&) {
      if (!is_instance(vm, vm.raised(), vm.types.TypeError)) throw;
      vm.clear_raised();
      vm.raise(vm.types.TypeError, "can only join an iterable");
    }
    Rooted keep_it(vm, it);
    ListObject* collected = vm.new_list();
    holder.set(Value::from_object(collected));
    Value item;
    while (iterator_next(vm, it, &item)) list_append(vm, collected, item);
    items = collected->items;
    count = collected->size;
  }
  StrObject* sep = as_str(self.get());
  if (count == 1 && items[0].is_object() && items[0].as_object()->type == vm.types.str) {
    return items[0];
  }
  size_t total = 0;
  bool ascii = sep->ascii;
  for (int64_t i = 0; i < count; ++i) {
    if (!is_str(items[i])) {
      vm.raise(vm.types.TypeError, "sequence item " + std::to_string(i) +
                                       ": expected str instance, " +
                                       std::string(type_name(vm, items[i])) + " found");
    }
    total += static_cast<size_t>(as_str(items[i])->byte_length);
    ascii = ascii && as_str(items[i])->ascii;
  }
  int64_t length = 0;
  for (int64_t i = 0; i < count; ++i) length += as_str(items[i])->length;
  if (count > 0) {
    total += static_cast<size_t>(sep->byte_length) * static_cast<size_t>(count - 1);
    length += sep->length * (count - 1);
  }
  StrObject* result = str_uninit(vm, static_cast<int64_t>(total), length);
  char* out = result->data;
  for (int64_t i = 0; i < count; ++i) {
    if (i > 0) {
      std::memcpy(out, sep->data, static_cast<size_t>(sep->byte_length));
      out += sep->byte_length;
    }
    StrObject* item = as_str(items[i]);
    std::memcpy(out, item->data, static_cast<size_t>(item->byte_length));
    out += item->byte_length;
  }
  return Value::from_object(result);
}

// True when code point `cp` occurs in `set` (strip's argument: a few characters, scanned).
bool str_has_code_point(StrObject* set, uint32_t cp) {
  if (set->ascii)
    return cp < 0x80 &&
           std::memchr(set->data, static_cast<int>(cp), static_cast<size_t>(set->byte_length));
  const char* p = set->data;
  for (int64_t i = 0; i < set->length; ++i) {
    if (utf8_decode(p) == cp) return true;
  }
  return false;
}

Value strip_common(VM& vm, CallArgs args, const char* name, bool left, bool right) {
  Value a[1];
  parse_args(vm, args, ArgStyle::Unpack, name, 0, 1, {}, a);
  StrObject* s = self_of(args);
  StrObject* chars = nullptr;  // null: strip whitespace
  if (!a[0].is_undefined() && !a[0].is_none()) {
    if (!is_str(a[0])) {
      const char* dot = std::strrchr(name, '.');
      vm.raise(vm.types.TypeError, std::string(dot + 1) + " arg must be None or str");
    }
    chars = as_str(a[0]);
  }
  auto strip_it = [&](const char* p) {
    if (!chars) return space_at(p);
    const char* q = p;
    return str_has_code_point(chars, utf8_decode(q));
  };
  const char* begin = s->data;
  const char* end = begin + s->byte_length;
  if (left) {
    while (begin < end && strip_it(begin)) begin += cp_bytes(begin);
  }
  if (right) {
    while (end > begin && strip_it(prev_cp(begin, end))) end = prev_cp(begin, end);
  }
  if (begin == s->data && end == s->data + s->byte_length) return str_exact(vm, s);
  return str_value_known(vm, std::string_view(begin, static_cast<size_t>(end - begin)), s->ascii);
}

Value m_strip(VM& vm, CallArgs args) {
  return strip_common(vm, args, "str.strip", true, true);
}
Value m_lstrip(VM& vm, CallArgs args) {
  return strip_common(vm, args, "str.lstrip", true, false);
}
Value m_rstrip(VM& vm, CallArgs args) {
  return strip_common(vm, args, "str.rstrip", false, true);
}

// Reads the fill character argument of center/ljust/rjust.
std::string fill_char(VM& vm, Value v) {
  if (v.is_undefined()) return " ";
  if (!is_str(v)) {
    vm.raise(vm.types.TypeError, "The fill character must be a unicode character, not " +
                                     std::string(type_name(vm, v)));
  }
  if (as_str(v)->length != 1) {
    vm.raise(vm.types.TypeError, "The fill character must be exactly one character long");
  }
  return std::string(as_str(v)->view());
}

Value pad(VM& vm, StrObject* s, int64_t left, int64_t right, const std::string& fill) {
  if (left <= 0 && right <= 0) return str_exact(vm, s);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  check_text_size(vm, left + right);
  auto fill_bytes = static_cast<int64_t>(fill.size());  // one code point
  check_text_size(vm, (left + right) * fill_bytes + s->byte_length);
  StrObject* result =
      str_uninit(vm, (left + right) * fill_bytes + s->byte_length, left + right + s->length);
  char* out = result->data;
  auto put_fill = [&](int64_t count) {
    if (fill_bytes == 1) {
      std::memset(out, fill[0], static_cast<size_t>(count));
      out += count;
      return;
    }
    for (int64_t i = 0; i < count; ++i, out += fill_bytes) {
      std::memcpy(out, fill.data(), fill.size());
    }
  };
  put_fill(left);
  std::memcpy(out, s->data, static_cast<size_t>(s->byte_length));
  out += s->byte_length;
  put_fill(right);
  return Value::from_object(result);
}

Value m_center(VM& vm, CallArgs args) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Unpack, "str.center", 1, 2, {}, a);
  int64_t width = arg_int(vm, a[0]);
  std::string fill = fill_char(vm, a[1]);
  StrObject* s = self_of(args);
  int64_t marg = width - s->length;
  if (marg <= 0) return str_exact(vm, s);
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(vm, s, left, marg - left, fill);
}

Value m_ljust(VM& vm, CallArgs args) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Unpack, "str.ljust", 1, 2, {}, a);
  int64_t width = arg_int(vm, a[0]);
  std::string fill = fill_char(vm, a[1]);
  StrObject* s = self_of(args);
  return pad(vm, s, 0, width - s->length, fill);
}

Value m_rjust(VM& vm, CallArgs args) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Unpack, "str.rjust", 1, 2, {}, a);
  int64_t width = arg_int(vm, a[0]);
  std::string fill = fill_char(vm, a[1]);
  StrObject* s = self_of(args);
  return pad(vm, s, width - s->length, 0, fill);
}

Value m_zfill(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "str.zfill", 1, 1, {}, a);
  int64_t width = arg_int(vm, a[0]);
  StrObject* s = self_of(args);
  if (width <= s->length) return str_exact(vm, s);
  int64_t fill = width - s->length;
  check_text_size(vm, fill + s->byte_length);
  std::string out;
  std::string_view text = s->view();
  size_t sign = 0;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    out += text[0];
    sign = 1;
  }
  out.append(static_cast<size_t>(fill), '0');
  out += text.substr(sign);
  return str_value(vm, out);
}

Value m_expandtabs(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::Keywords, "str.expandtabs", 0, 1, {"tabsize"}, a);
  int64_t tabsize = a[0].is_undefined() ? 8 : arg_c_int(vm, a[0]);
  StrObject* s = self_of(args);
  std::string out;
  int64_t column = 0;
  const char* p = s->data;
  const char* end = p + s->byte_length;
  while (p < end) {
    const char* q = p;
    uint32_t cp = utf8_decode(q);
    if (cp == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        check_text_size(vm, static_cast<int64_t>(out.size()) + spaces);
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.append(p, static_cast<size_t>(q - p));
      ++column;
      if (cp == '\n' || cp == '\r') column = 0;
    }
    p = q;
  }
  return str_value(vm, out);
}

}  // namespace

void install_str_split_methods(VM& vm, Type* t) {
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "split", m_split);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "rsplit", m_rsplit);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "splitlines", m_splitlines);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "join", m_join);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "strip", m_strip);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "lstrip", m_lstrip);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "rstrip", m_rstrip);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "center", m_center);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "ljust", m_ljust);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "rjust", m_rjust);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "zfill", m_zfill);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "expandtabs", m_expandtabs);
}

}  // namespace ember
