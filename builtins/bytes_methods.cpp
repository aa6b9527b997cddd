// Methods shared by bytes and bytearray (CPython's bytes_methods.c): searching, splitting,
// stripping, padding, ASCII case mapping and classes, decode, hex, fromhex, translate.
#include <string>
#include <vector>

#include "builtins/bytes_internal.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

std::string_view self_view(VM& vm, Value self) {
  std::string_view v;
  bytes_like(vm, self, &v);
  return v;
}

bool self_is_bytearray(VM& vm, Value self) {
  return is_bytearray(vm, self);
}

std::string qual(VM& vm, Value self, const char* name) {
  return std::string(self_is_bytearray(vm, self) ? "bytearray." : "bytes.") + name;
}

bool is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}
bool is_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
bool is_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_alpha(unsigned char c) {
  return is_lower(c) || is_upper(c);
}
bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
unsigned char to_lower(unsigned char c) {
  return is_upper(c) ? c + 32 : c;
}
unsigned char to_upper(unsigned char c) {
  return is_lower(c) ? c - 32 : c;
}

// The needle of find/count/index/`in`: bytes-like or an int in range(256).
std::string needle_of(VM& vm, Value v) {
  std::string_view view;
  if (bytes_like(vm, v, &view)) return std::string(view);
  Type* t = vm.type_of(v);
  if (v.is_small_int() || v.is_bool() || t->has_flag(kTypeIntSubclass) || t->slots.index) {
    return std::string(1, static_cast<char>(byte_value(vm, v)));
  }
  vm.raise(vm.types.TypeError, "argument should be integer or bytes-like object, not '" +
                                   std::string(type_name(vm, v)) + "'");
}

int64_t find_bytes(VM& vm, Value self, CallArgs args, const char* name, bool reverse) {
  Value a[3];
  parse_args(vm, args, ArgStyle::Old, name, 1, 3, {}, a);
  std::string needle = needle_of(vm, a[0]);
  std::string_view hay = self_view(vm, self);
  int64_t s, e;
  adjust_indices(vm, a[1], a[2], static_cast<int64_t>(hay.size()), &s, &e);
  if (e - s < static_cast<int64_t>(needle.size())) return -1;
  std::string_view part = hay.substr(static_cast<size_t>(s), static_cast<size_t>(e - s));
  size_t pos = reverse ? part.rfind(needle) : part.find(needle);
  if (pos == std::string_view::npos) return -1;
  return s + static_cast<int64_t>(pos);
}

Value m_find(VM& vm, CallArgs args) {
  return vm.make_int(find_bytes(vm, args[0], args, "find", false));
}
Value m_rfind(VM& vm, CallArgs args) {
  return vm.make_int(find_bytes(vm, args[0], args, "rfind", true));
}
Value m_index(VM& vm, CallArgs args) {
  int64_t r = find_bytes(vm, args[0], args, "index", false);
  if (r < 0) vm.raise(vm.types.ValueError, "subsection not found");
  return vm.make_int(r);
}
Value m_rindex(VM& vm, CallArgs args) {
  int64_t r = find_bytes(vm, args[0], args, "rindex", true);
  if (r < 0) vm.raise(vm.types.ValueError, "subsection not found");
  return vm.make_int(r);
}

Value m_count(VM& vm, CallArgs args) {
  Value a[3];
  parse_args(vm, args, ArgStyle::Old, "count", 1, 3, {}, a);
  std::string needle = needle_of(vm, a[0]);
  std::string_view hay = self_view(vm, args[0]);
  int64_t s, e;
  adjust_indices(vm, a[1], a[2], static_cast<int64_t>(hay.size()), &s, &e);
  if (e - s < static_cast<int64_t>(needle.size())) return Value::from_small_int(0);
  if (needle.empty()) return vm.make_int(e - s + 1);
  std::string_view part = hay.substr(static_cast<size_t>(s), static_cast<size_t>(e - s));
  int64_t n = 0;
  size_t pos = 0;
  while ((pos = part.find(needle, pos)) != std::string_view::npos) {
    ++n;
    pos += needle.size();
  }
  return vm.make_int(n);
}

bool tail_match(VM& vm, std::string_view hay, std::string_view sub, Value start, Value end,
                bool at_end) {
  int64_t s, e;
  adjust_indices(vm, start, end, static_cast<int64_t>(hay.size()), &s, &e);
  e -= static_cast<int64_t>(sub.size());
  if (e < s) return false;
  if (sub.empty()) return true;
  int64_t pos = at_end ? e : s;
  return hay.substr(static_cast<size_t>(pos), sub.size()) == sub;
}

Value starts_ends(VM& vm, CallArgs args, const char* name, bool at_end) {
  Value a[3];
  parse_args(vm, args, ArgStyle::Old, name, 1, 3, {}, a);
  std::string_view hay = self_view(vm, args[0]);
  if (a[0].is_object() && a[0].as_object()->type->has_flag(kTypeTupleSubclass)) {
    auto* t = static_cast<TupleObject*>(a[0].as_object());
    for (int64_t i = 0; i < t->size; ++i) {
      std::string_view sub = need_bytes_like(vm, t->items[i]);
      if (tail_match(vm, hay, sub, a[1], a[2], at_end)) return Value::from_bool(true);
    }
    return Value::from_bool(false);
  }
  std::string_view sub;
  if (!bytes_like(vm, a[0], &sub)) {
    vm.raise(vm.types.TypeError, std::string(name) +
                                     " first arg must be bytes or a tuple of bytes, not " +
                                     std::string(type_name(vm, a[0])));
  }
  return Value::from_bool(tail_match(vm, hay, sub, a[1], a[2], at_end));
}

Value m_startswith(VM& vm, CallArgs args) {
  return starts_ends(vm, args, "startswith", false);
}
Value m_endswith(VM& vm, CallArgs args) {
  return starts_ends(vm, args, "endswith", true);
}

Value m_replace(VM& vm, CallArgs args) {
  Value a[3];
  parse_args(vm, args, ArgStyle::Unpack, qual(vm, args[0], "replace").c_str(), 2, 3, {}, a);
  std::string from(need_bytes_like(vm, a[0]));
  std::string to(need_bytes_like(vm, a[1]));
  int64_t limit = a[2].is_undefined() ? -1 : arg_int(vm, a[2]);
  if (limit < 0) limit = INT64_MAX;
  std::string_view text = self_view(vm, args[0]);
  std::string out;
  if (from.empty()) {
    int64_t n = 0;
    size_t i = 0;
    while (n < limit) {
      out += to;
      ++n;
      if (i == text.size()) break;
      out += text[i++];
    }
    out.append(text.substr(i));
    return new_bytes_like_self(vm, args[0], out);
  }
  size_t pos = 0;
  int64_t n = 0;
  while (n < limit) {
    size_t found = text.find(from, pos);
    if (found == std::string_view::npos) break;
    out.append(text.substr(pos, found - pos));
    out += to;
    pos = found + from.size();
    ++n;
  }
  out.append(text.substr(pos));
  return new_bytes_like_self(vm, args[0], out);
}

Value split_common(VM& vm, CallArgs args, bool reverse) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Keywords, reverse ? "rsplit" : "split", 0, 2, {"sep", "maxsplit"},
             a);
  std::string sep;
  bool whitespace = a[0].is_undefined() || a[0].is_none();
  if (!whitespace) {
    sep = need_bytes_like(vm, a[0]);
    if (sep.empty()) vm.raise(vm.types.ValueError, "empty separator");
  }
  int64_t maxsplit = a[1].is_undefined() ? -1 : arg_int(vm, a[1]);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string text(self_view(vm, args[0]));
  std::vector<std::string_view> pieces;
  std::string_view t = text;
  if (whitespace) {
    if (!reverse) {
      size_t i = 0;
      int64_t n = 0;
      while (true) {
        while (i < t.size() && is_space(static_cast<unsigned char>(t[i]))) ++i;
        if (i == t.size()) break;
        if (n == maxsplit) {
          pieces.push_back(t.substr(i));
          break;
        }
        size_t j = i;
        while (j < t.size() && !is_space(static_cast<unsigned char>(t[j]))) ++j;
        pieces.push_back(t.substr(i, j - i));
        ++n;
        i = j;
      }
    } else {
      size_t i = t.size();
      int64_t n = 0;
      std::vector<std::string_view> rev;
      while (true) {
        while (i > 0 && is_space(static_cast<unsigned char>(t[i - 1]))) --i;
        if (i == 0) break;
        if (n == maxsplit) {
          rev.push_back(t.substr(0, i));
          break;
        }
        size_t j = i;
        while (j > 0 && !is_space(static_cast<unsigned char>(t[j - 1]))) --j;
        rev.push_back(t.substr(j, i - j));
        ++n;
        i = j;
      }
      pieces.assign(rev.rbegin(), rev.rend());
    }
  } else if (!reverse) {
    size_t pos = 0;
    int64_t n = 0;
    while (n < maxsplit) {
      size_t found = t.find(sep, pos);
      if (found == std::string_view::npos) break;
      pieces.push_back(t.substr(pos, found - pos));
      pos = found + sep.size();
      ++n;
    }
    pieces.push_back(t.substr(pos));
  } else {
    size_t stop = t.size();
    int64_t n = 0;
    std::vector<std::string_view> rev;
    while (n < maxsplit && stop >= sep.size()) {
      size_t found = t.substr(0, stop).rfind(sep);
      if (found == std::string_view::npos) break;
      rev.push_back(t.substr(found + sep.size(), stop - found - sep.size()));
      stop = found;
      ++n;
    }
    rev.push_back(t.substr(0, stop));
    pieces.assign(rev.rbegin(), rev.rend());
  }
  ListObject* list = vm.new_list();
  Rooted keep(vm, Value::from_object(list));
  for (std::string_view p : pieces) list_append(vm, list, new_bytes_like_self(vm, args[0], p));
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
  parse_args(vm, args, ArgStyle::Keywords, "splitlines", 0, 1, {"keepends"}, a);
  bool keepends = !a[0].is_undefined() && arg_int(vm, a[0]) != 0;
  std::string text(self_view(vm, args[0]));
  ListObject* list = vm.new_list();
  Rooted keep(vm, Value::from_object(list));
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && text[j] != '\n' && text[j] != '\r') ++j;
    size_t eol = j;
    if (j < text.size()) {
      j += text[j] == '\r' && j + 1 < text.size() && text[j + 1] == '\n' ? 2 : 1;
    }
    std::string_view piece(text.data() + i, (keepends ? j : eol) - i);
    list_append(vm, list, new_bytes_like_self(vm, args[0], piece));
    i = j;
  }
  return Value::from_object(list);
}

Value m_join(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, qual(vm, args[0], "join").c_str(), 1, 1, {}, a);
  Rooted self(vm, args[0]);
  ListObject* items = vm.new_list();
  Rooted keep(vm, Value::from_object(items));
  for_each_item(vm, a[0], [&](Value item) { list_append(vm, items, item); });
  std::string sep(self_view(vm, self.get()));
  std::string out;
  for (int64_t i = 0; i < items->size; ++i) {
    std::string_view piece;
    if (!bytes_like(vm, items->items[i], &piece)) {
      vm.raise(vm.types.TypeError, "sequence item " + std::to_string(i) +
                                       ": expected a bytes-like object, " +
                                       std::string(type_name(vm, items->items[i])) + " found");
    }
    if (i > 0) out += sep;
    out += piece;
  }
  return new_bytes_like_self(vm, self.get(), out);
}

Value strip_common(VM& vm, CallArgs args, const char* name, bool left, bool right) {
  Value a[1];
  parse_args(vm, args, ArgStyle::Unpack, qual(vm, args[0], name).c_str(), 0, 1, {}, a);
  bool whitespace = a[0].is_undefined() || a[0].is_none();
  std::string chars;
  if (!whitespace) chars = need_bytes_like(vm, a[0]);
  std::string_view text = self_view(vm, args[0]);
  auto strip_it = [&](char c) {
    if (whitespace) return is_space(static_cast<unsigned char>(c));
    return chars.find(c) != std::string::npos;
  };
  size_t b = 0;
  size_t e = text.size();
  if (left) {
    while (b < e && strip_it(text[b])) ++b;
  }
  if (right) {
    while (e > b && strip_it(text[e - 1])) --e;
  }
  return new_bytes_like_self(vm, args[0], text.substr(b, e - b));
}

Value m_strip(VM& vm, CallArgs args) {
  return strip_common(vm, args, "strip", true, true);
}
Value m_lstrip(VM& vm, CallArgs args) {
  return strip_common(vm, args, "lstrip", true, false);
}
Value m_rstrip(VM& vm, CallArgs args) {
  return strip_common(vm, args, "rstrip", false, true);
}

Value partition_common(VM& vm, CallArgs args, const char* name, bool reverse) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, qual(vm, args[0], name).c_str(), 1, 1, {}, a);
  std::string sep(need_bytes_like(vm, a[0]));
  if (sep.empty()) vm.raise(vm.types.ValueError, "empty separator");
  std::string text(self_view(vm, args[0]));
  size_t pos = reverse ? text.rfind(sep) : text.find(sep);
  Value parts[3];
  if (pos == std::string::npos) {
    parts[0] = new_bytes_like_self(vm, args[0], reverse ? "" : text);
    Rooted k0(vm, parts[0]);
    parts[1] = new_bytes_like_self(vm, args[0], "");
    Rooted k1(vm, parts[1]);
    parts[2] = new_bytes_like_self(vm, args[0], reverse ? text : "");
    return Value::from_object(vm.new_tuple({parts[0], parts[1], parts[2]}));
  }
  parts[0] = new_bytes_like_self(vm, args[0], std::string_view(text).substr(0, pos));
  Rooted k0(vm, parts[0]);
  parts[1] = new_bytes_like_self(vm, args[0], sep);
  Rooted k1(vm, parts[1]);
  parts[2] = new_bytes_like_self(vm, args[0], std::string_view(text).substr(pos + sep.size()));
  return Value::from_object(vm.new_tuple({parts[0], parts[1], parts[2]}));
}

Value m_partition(VM& vm, CallArgs args) {
  return partition_common(vm, args, "partition", false);
}
Value m_rpartition(VM& vm, CallArgs args) {
  return partition_common(vm, args, "rpartition", true);
}

char fill_byte(VM& vm, Value v, const char* name) {
  if (v.is_undefined()) return ' ';
  std::string_view f;
  if (!bytes_like(vm, v, &f) || f.size() != 1) {
    vm.raise(vm.types.TypeError, std::string(name) +
                                     "() argument 2 must be a byte string of length 1, not " +
                                     std::string(type_name(vm, v)));
  }
  return f[0];
}

Value justify(VM& vm, CallArgs args, const char* name, char mode) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Unpack, qual(vm, args[0], name).c_str(), 1, 2, {}, a);
  int64_t width = arg_int(vm, a[0]);
  char fill = fill_byte(vm, a[1], name);
  std::string_view text = self_view(vm, args[0]);
  int64_t len = static_cast<int64_t>(text.size());
  if (width <= len) return new_bytes_like_self(vm, args[0], text);
  int64_t marg = width - len;
  check_text_size(vm, width);
  int64_t left = mode == '<' ? 0 : mode == '>' ? marg : marg / 2 + (marg & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out += text;
  out.append(static_cast<size_t>(marg - left), fill);
  return new_bytes_like_self(vm, args[0], out);
}

Value m_center(VM& vm, CallArgs args) {
  return justify(vm, args, "center", '^');
}
Value m_ljust(VM& vm, CallArgs args) {
  return justify(vm, args, "ljust", '<');
}
Value m_rjust(VM& vm, CallArgs args) {
  return justify(vm, args, "rjust", '>');
}

Value m_zfill(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, qual(vm, args[0], "zfill").c_str(), 1, 1, {}, a);
  int64_t width = arg_int(vm, a[0]);
  std::string_view text = self_view(vm, args[0]);
  if (width <= static_cast<int64_t>(text.size())) return new_bytes_like_self(vm, args[0], text);
  check_text_size(vm, width);
  std::string out;
  size_t sign = 0;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    out += text[0];
    sign = 1;
  }
  out.append(static_cast<size_t>(width - static_cast<int64_t>(text.size())), '0');
  out += text.substr(sign);
  return new_bytes_like_self(vm, args[0], out);
}

Value m_expandtabs(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::Keywords, "expandtabs", 0, 1, {"tabsize"}, a);
  int64_t tabsize = a[0].is_undefined() ? 8 : arg_c_int(vm, a[0]);
  std::string_view text = self_view(vm, args[0]);
  std::string out;
  int64_t column = 0;
  for (char c : text) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - column % tabsize;
        check_text_size(vm, static_cast<int64_t>(out.size()) + spaces);
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out += c;
      ++column;
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return new_bytes_like_self(vm, args[0], out);
}

template <unsigned char (*f)(unsigned char)>
Value map_bytes(VM& vm, CallArgs args, const char* name) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, qual(vm, args[0], name).c_str(), 0, 0, {}, a);
  std::string out(self_view(vm, args[0]));
  for (char& c : out) c = static_cast<char>(f(static_cast<unsigned char>(c)));
  return new_bytes_like_self(vm, args[0], out);
}

unsigned char swap_case(unsigned char c) {
  return is_upper(c) ? to_lower(c) : is_lower(c) ? to_upper(c) : c;
}

Value m_lower(VM& vm, CallArgs args) {
  return map_bytes<to_lower>(vm, args, "lower");
}
Value m_upper(VM& vm, CallArgs args) {
  return map_bytes<to_upper>(vm, args, "upper");
}
Value m_swapcase(VM& vm, CallArgs args) {
  return map_bytes<swap_case>(vm, args, "swapcase");
}

Value m_capitalize(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, qual(vm, args[0], "capitalize").c_str(), 0, 0, {}, a);
  std::string out(self_view(vm, args[0]));
  for (size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    out[i] = static_cast<char>(i == 0 ? to_upper(c) : to_lower(c));
  }
  return new_bytes_like_self(vm, args[0], out);
}

Value m_title(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, qual(vm, args[0], "title").c_str(), 0, 0, {}, a);
  std::string out(self_view(vm, args[0]));
  bool previous_cased = false;
  for (char& ch : out) {
    auto c = static_cast<unsigned char>(ch);
    ch = static_cast<char>(previous_cased ? to_lower(c) : to_upper(c));
    previous_cased = is_alpha(c);
  }
  return new_bytes_like_self(vm, args[0], out);
}

template <bool (*pred)(unsigned char)>
Value all_bytes(VM& vm, CallArgs args, const char* name) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, qual(vm, args[0], name).c_str(), 0, 0, {}, a);
  std::string_view text = self_view(vm, args[0]);
  if (text.empty()) return Value::from_bool(false);
  for (char c : text) {
    if (!pred(static_cast<unsigned char>(c))) return Value::from_bool(false);
  }
  return Value::from_bool(true);
}

bool is_alnum(unsigned char c) {
  return is_alpha(c) || is_digit(c);
}

Value m_isalnum(VM& vm, CallArgs args) {
  return all_bytes<is_alnum>(vm, args, "isalnum");
}
Value m_isalpha(VM& vm, CallArgs args) {
  return all_bytes<is_alpha>(vm, args, "isalpha");
}
Value m_isdigit(VM& vm, CallArgs args) {
  return all_bytes<is_digit>(vm, args, "isdigit");
}
Value m_isspace(VM& vm, CallArgs args) {
  return all_bytes<is_space>(vm, args, "isspace");
}

Value m_isascii(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, qual(vm, args[0], "isascii").c_str(), 0, 0, {}, a);
  for (char c : self_view(vm, args[0])) {
    if (static_cast<unsigned char>(c) >= 0x80) return Value::from_bool(false);
  }
  return Value::from_bool(true);
}

Value case_check(VM& vm, CallArgs args, const char* name, bool want_lower) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, qual(vm, args[0], name).c_str(), 0, 0, {}, a);
  bool cased = false;
  for (char ch : self_view(vm, args[0])) {
    auto c = static_cast<unsigned char>(ch);
    if (want_lower ? is_upper(c) : is_lower(c)) return Value::from_bool(false);
    if (want_lower ? is_lower(c) : is_upper(c)) cased = true;
  }
  return Value::from_bool(cased);
}

Value m_islower(VM& vm, CallArgs args) {
  return case_check(vm, args, "islower", true);
}
Value m_isupper(VM& vm, CallArgs args) {
  return case_check(vm, args, "isupper", false);
}

Value m_istitle(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, qual(vm, args[0], "istitle").c_str(), 0, 0, {}, a);
  bool cased = false;
  bool previous_cased = false;
  for (char ch : self_view(vm, args[0])) {
    auto c = static_cast<unsigned char>(ch);
    if (is_upper(c)) {
      if (previous_cased) return Value::from_bool(false);
      previous_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_cased) return Value::from_bool(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::from_bool(cased);
}

Value m_decode(VM& vm, CallArgs args) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Keywords, "decode", 0, 2, {"encoding", "errors"}, a);
  const char* names[2] = {"encoding", "errors"};
  for (int i = 0; i < 2; ++i) {
    if (!a[i].is_undefined() && !is_str(a[i])) {
      vm.raise(vm.types.TypeError, std::string("decode() argument '") + names[i] +
                                       "' must be str, not " + std::string(type_name(vm, a[i])));
    }
  }
  std::string data(self_view(vm, args[0]));
  return bytes_decode(vm, data, a[0].is_undefined() ? nullptr : as_str(a[0]),
                      a[1].is_undefined() ? nullptr : as_str(a[1]));
}

Value m_hex(VM& vm, CallArgs args) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Keywords, "hex", 0, 2, {"sep", "bytes_per_sep"}, a);
  std::string_view data = self_view(vm, args[0]);
  std::string sep;
  if (!a[0].is_undefined()) {
    std::string_view view;
    if (is_str(a[0])) {
      sep = as_str(a[0])->view();
      if (as_str(a[0])->length != 1) vm.raise(vm.types.ValueError, "sep must be length 1.");
      if (!as_str(a[0])->ascii) vm.raise(vm.types.ValueError, "sep must be ASCII.");
    } else if (bytes_like(vm, a[0], &view)) {
      sep = view;
      if (sep.size() != 1) vm.raise(vm.types.ValueError, "sep must be length 1.");
    } else {
      vm.raise(vm.types.TypeError, "sep must be str or bytes.");
    }
  }
  int64_t per = a[1].is_undefined() ? 1 : arg_int(vm, a[1]);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  int64_t n = static_cast<int64_t>(data.size());
  int64_t group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && group > 0) {
      // Separators count from the right for positive bytes_per_sep, from the left otherwise.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    auto c = static_cast<unsigned char>(data[static_cast<size_t>(i)]);
    out += kHex[c >> 4];
    out += kHex[c & 0xF];
  }
  return str_value(vm, out);
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string parse_hex(VM& vm, Value arg) {
  if (!is_str(arg)) {
    vm.raise(vm.types.TypeError,
             "fromhex() argument must be str, not " + std::string(type_name(vm, arg)));
  }
  std::string_view s = as_str(arg)->view();
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\x0b' ||
        s[i] == '\x0c') {
      ++i;
      continue;
    }
    int hi = hex_digit(s[i]);
    if (hi < 0) {
      vm.raise(vm.types.ValueError, "non-hexadecimal number found in fromhex() arg at position " +
                                        std::to_string(utf8_count_code_points(s.substr(0, i))));
    }
    int lo = i + 1 < s.size() ? hex_digit(s[i + 1]) : -1;
    if (lo < 0) {
      vm.raise(vm.types.ValueError, "non-hexadecimal number found in fromhex() arg at position " +
                                        std::to_string(utf8_count_code_points(s.substr(0, i + 1))));
    }
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

// fromhex is a class method: reached through the type, args[0] is the string; through an
// instance, args[0] is the instance and args[1] the string.
Value fromhex_arg(VM& vm, CallArgs args, const char* qualname) {
  uint32_t first =
      args.npos >= 1 && (is_bytes(vm, args[0]) || is_bytearray(vm, args[0])) && args.npos == 2 ? 1
                                                                                               : 0;
  if (args.nkw() > 0) {
    vm.raise(vm.types.TypeError, std::string(qualname) + "() takes no keyword arguments");
  }
  if (args.npos - first != 1) {
    vm.raise(vm.types.TypeError, std::string(qualname) + "() takes exactly one argument (" +
                                     std::to_string(args.npos - first) + " given)");
  }
  return args[first];
}

Value m_bytes_fromhex(VM& vm, CallArgs args) {
  Value arg = fromhex_arg(vm, args, "bytes.fromhex");
  return Value::from_object(new_bytes(vm, parse_hex(vm, arg)));
}

Value m_bytearray_fromhex(VM& vm, CallArgs args) {
  Value arg = fromhex_arg(vm, args, "bytearray.fromhex");
  return Value::from_object(new_bytearray(vm, parse_hex(vm, arg)));
}

Value m_maketrans(VM& vm, CallArgs args) {
  uint32_t first = args.npos == 3 ? 1 : 0;
  if (args.npos - first != 2) {
    vm.raise(vm.types.TypeError,
             "maketrans expected 2 arguments, got " + std::to_string(args.npos - first));
  }
  std::string from(need_bytes_like(vm, args[first]));
  std::string to(need_bytes_like(vm, args[first + 1]));
  if (from.size() != to.size()) {
    vm.raise(vm.types.ValueError, "maketrans arguments must have same length");
  }
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) {
    table[static_cast<unsigned char>(from[i])] = to[i];
  }
  return Value::from_object(new_bytes(vm, table));
}

Value m_translate(VM& vm, CallArgs args) {
  Value a[2];
  parse_args(vm, args, ArgStyle::Keywords, "translate", 1, 2, {"table", "delete"}, a);
  std::string table;
  if (!a[0].is_none()) {
    table = need_bytes_like(vm, a[0]);
    if (table.size() != 256) {
      vm.raise(vm.types.ValueError, "translation table must be 256 characters long");
    }
  }
  std::string del;
  if (!a[1].is_undefined()) del = need_bytes_like(vm, a[1]);
  std::string out;
  for (char c : self_view(vm, args[0])) {
    if (del.find(c) != std::string::npos) continue;
    out += table.empty() ? c : table[static_cast<unsigned char>(c)];
  }
  return new_bytes_like_self(vm, args[0], out);
}

Value m_removeprefix(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, qual(vm, args[0], "removeprefix").c_str(), 1, 1, {}, a);
  std::string p(need_bytes_like(vm, a[0]));
  std::string_view text = self_view(vm, args[0]);
  if (text.starts_with(p)) text.remove_prefix(p.size());
  return new_bytes_like_self(vm, args[0], text);
}

Value m_removesuffix(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, qual(vm, args[0], "removesuffix").c_str(), 1, 1, {}, a);
  std::string p(need_bytes_like(vm, a[0]));
  std::string_view text = self_view(vm, args[0]);
  if (!p.empty() && text.ends_with(p)) text.remove_suffix(p.size());
  return new_bytes_like_self(vm, args[0], text);
}

}  // namespace

std::string_view need_bytes_like(VM& vm, Value v) {
  std::string_view out;
  if (!bytes_like(vm, v, &out)) {
    vm.raise(vm.types.TypeError,
             "a bytes-like object is required, not '" + std::string(type_name(vm, v)) + "'");
  }
  return out;
}

void install_bytes_common_methods(VM& vm, Type* t) {
  bool bytearray = t == vm.types.bytearray;
#define EMBER_ADD_COMMON(name, fn)                                    \
  (bytearray ? EMBER_ADD_METHOD(vm, t, SelfKind::ByteArray, name, fn) \
             : EMBER_ADD_METHOD(vm, t, SelfKind::Bytes, name, fn))
  EMBER_ADD_COMMON("find", m_find);
  EMBER_ADD_COMMON("rfind", m_rfind);
  EMBER_ADD_COMMON("index", m_index);
  EMBER_ADD_COMMON("rindex", m_rindex);
  EMBER_ADD_COMMON("count", m_count);
  EMBER_ADD_COMMON("startswith", m_startswith);
  EMBER_ADD_COMMON("endswith", m_endswith);
  EMBER_ADD_COMMON("replace", m_replace);
  EMBER_ADD_COMMON("split", m_split);
  EMBER_ADD_COMMON("rsplit", m_rsplit);
  EMBER_ADD_COMMON("splitlines", m_splitlines);
  EMBER_ADD_COMMON("join", m_join);
  EMBER_ADD_COMMON("strip", m_strip);
  EMBER_ADD_COMMON("lstrip", m_lstrip);
  EMBER_ADD_COMMON("rstrip", m_rstrip);
  EMBER_ADD_COMMON("partition", m_partition);
  EMBER_ADD_COMMON("rpartition", m_rpartition);
  EMBER_ADD_COMMON("center", m_center);
  EMBER_ADD_COMMON("ljust", m_ljust);
  EMBER_ADD_COMMON("rjust", m_rjust);
  EMBER_ADD_COMMON("zfill", m_zfill);
  EMBER_ADD_COMMON("expandtabs", m_expandtabs);
  EMBER_ADD_COMMON("lower", m_lower);
  EMBER_ADD_COMMON("upper", m_upper);
  EMBER_ADD_COMMON("swapcase", m_swapcase);
  EMBER_ADD_COMMON("capitalize", m_capitalize);
  EMBER_ADD_COMMON("title", m_title);
  EMBER_ADD_COMMON("isalnum", m_isalnum);
  EMBER_ADD_COMMON("isalpha", m_isalpha);
  EMBER_ADD_COMMON("isdigit", m_isdigit);
  EMBER_ADD_COMMON("isspace", m_isspace);
  EMBER_ADD_COMMON("isascii", m_isascii);
  EMBER_ADD_COMMON("islower", m_islower);
  EMBER_ADD_COMMON("isupper", m_isupper);
  EMBER_ADD_COMMON("istitle", m_istitle);
  EMBER_ADD_COMMON("decode", m_decode);
  EMBER_ADD_COMMON("hex", m_hex);
  vm.add_selfless_method(t, "maketrans", m_maketrans);
  EMBER_ADD_COMMON("translate", m_translate);
  EMBER_ADD_COMMON("removeprefix", m_removeprefix);
  EMBER_ADD_COMMON("removesuffix", m_removesuffix);
#undef EMBER_ADD_COMMON
  vm.add_selfless_method(t, "fromhex",
                         t == vm.types.bytearray ? m_bytearray_fromhex : m_bytes_fromhex);
}

}  // namespace ember
