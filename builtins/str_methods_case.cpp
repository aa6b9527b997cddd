// str case mapping and character-class methods: lower upper capitalize casefold swapcase
// title and the is*() predicates, with CPython's full (SpecialCasing) mappings.
#include <string>
#include <vector>

#include "builtins/str_internal.h"
#include "builtins/str_unicode.h"

namespace ember {

namespace {

StrObject* self_of(CallArgs args) {
  return as_str(args[0]);
}

std::vector<uint32_t> code_points(StrObject* s) {
  std::vector<uint32_t> cps;
  cps.reserve(static_cast<size_t>(s->length));
  const char* p = s->data;
  for (int64_t i = 0; i < s->length; ++i) cps.push_back(utf8_decode(p));
  return cps;
}

// Greek capital sigma lowercases to final sigma at the end of a word (Unicode's
// Final_Sigma condition).
bool final_sigma(const std::vector<uint32_t>& cps, size_t i) {
  size_t j = i;
  bool before = false;
  while (j > 0) {
    uint32_t c = cps[--j];
    if (uni_iscase_ignorable(c)) continue;
    before = uni_iscased(c);
    break;
  }
  if (!before) return false;
  for (size_t k = i + 1; k < cps.size(); ++k) {
    uint32_t c = cps[k];
    if (uni_iscase_ignorable(c)) continue;
    return !uni_iscased(c);
  }
  return true;
}

void append_lower_at(const std::vector<uint32_t>& cps, size_t i, std::string& out) {
  if (cps[i] == 0x3A3) {
    out += final_sigma(cps, i) ? "\xCF\x82" : "\xCF\x83";
    return;
  }
  uni_append_lower(cps[i], out);
}

// Maps each character of the ASCII str `s` through `f`, which may carry state from one
// character to the next (title case), straight into the new str.
Value ascii_map(VM& vm, StrObject* s, char (*f)(char, bool*), bool initial_state) {
  StrObject* out = str_uninit(vm, s->byte_length, s->length);
  bool state = initial_state;
  for (int64_t i = 0; i < s->byte_length; ++i) out->data[i] = f(s->data[i], &state);
  return Value::from_object(out);
}

bool ascii_is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool ascii_is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
char ascii_lower(char c, bool*) {
  return ascii_is_upper(c) ? static_cast<char>(c + 32) : c;
}
char ascii_upper(char c, bool*) {
  return ascii_is_lower(c) ? static_cast<char>(c - 32) : c;
}
char ascii_swapcase(char c, bool*) {
  return ascii_is_upper(c) ? static_cast<char>(c + 32) : ascii_upper(c, nullptr);
}
// `*first`: no character has been seen yet.
char ascii_capitalize(char c, bool* first) {
  bool at_start = *first;
  *first = false;
  return at_start ? ascii_upper(c, nullptr) : ascii_lower(c, nullptr);
}
// `*previous_cased`: the character before was a letter (the only cased ASCII characters).
char ascii_title(char c, bool* previous_cased) {
  char mapped = *previous_cased ? ascii_lower(c, nullptr) : ascii_upper(c, nullptr);
  *previous_cased = ascii_is_lower(c) || ascii_is_upper(c);
  return mapped;
}

Value m_lower(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str.lower", 0, 0, {}, a);
  StrObject* s = self_of(args);
  if (s->ascii) return ascii_map(vm, s, ascii_lower, false);
  std::vector<uint32_t> cps = code_points(s);
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) append_lower_at(cps, i, out);
  return str_value(vm, out);
}

Value m_upper(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str.upper", 0, 0, {}, a);
  StrObject* s = self_of(args);
  if (s->ascii) return ascii_map(vm, s, ascii_upper, false);
  std::string out;
  const char* p = s->data;
  for (int64_t i = 0; i < s->length; ++i) uni_append_upper(utf8_decode(p), out);
  return str_value(vm, out);
}

Value m_casefold(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str.casefold", 0, 0, {}, a);
  StrObject* s = self_of(args);
  if (s->ascii) return ascii_map(vm, s, ascii_lower, false);
  std::string out;
  const char* p = s->data;
  for (int64_t i = 0; i < s->length; ++i) uni_append_casefold(utf8_decode(p), out);
  return str_value(vm, out);
}

Value m_capitalize(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str.capitalize", 0, 0, {}, a);
  StrObject* s = self_of(args);
  if (s->ascii) return ascii_map(vm, s, ascii_capitalize, true);
  std::vector<uint32_t> cps = code_points(s);
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    if (i == 0) {
      uni_append_title(cps[i], out);
    } else {
      append_lower_at(cps, i, out);
    }
  }
  return str_value(vm, out);
}

Value m_swapcase(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str.swapcase", 0, 0, {}, a);
  StrObject* s = self_of(args);
  if (s->ascii) return ascii_map(vm, s, ascii_swapcase, false);
  std::vector<uint32_t> cps = code_points(s);
  std::string out;
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = cps[i];
    if (uni_isupper(c)) {
      append_lower_at(cps, i, out);
    } else if (uni_islower(c)) {
      uni_append_upper(c, out);
    } else {
      char buffer[4];
      out.append(buffer, utf8_encode(c, buffer));
    }
  }
  return str_value(vm, out);
}

Value m_title(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str.title", 0, 0, {}, a);
  StrObject* s = self_of(args);
  if (s->ascii) return ascii_map(vm, s, ascii_title, false);
  std::vector<uint32_t> cps = code_points(s);
  std::string out;
  bool previous_is_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t c = cps[i];
    if (previous_is_cased) {
      append_lower_at(cps, i, out);
    } else {
      uni_append_title(c, out);
    }
    previous_is_cased = uni_iscased(c);
  }
  return str_value(vm, out);
}

template <bool (*pred)(uint32_t)>
Value all_chars(VM& vm, CallArgs args, const char* name) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, name, 0, 0, {}, a);
  StrObject* s = self_of(args);
  if (s->length == 0) return Value::from_bool(false);
  const char* p = s->data;
  for (int64_t i = 0; i < s->length; ++i) {
    if (!pred(utf8_decode(p))) return Value::from_bool(false);
  }
  return Value::from_bool(true);
}

Value m_isalnum(VM& vm, CallArgs args) {
  return all_chars<uni_isalnum>(vm, args, "str.isalnum");
}
Value m_isalpha(VM& vm, CallArgs args) {
  return all_chars<uni_isalpha>(vm, args, "str.isalpha");
}
Value m_isdecimal(VM& vm, CallArgs args) {
  return all_chars<uni_isdecimal>(vm, args, "str.isdecimal");
}
Value m_isdigit(VM& vm, CallArgs args) {
  return all_chars<uni_isdigit>(vm, args, "str.isdigit");
}
Value m_isnumeric(VM& vm, CallArgs args) {
  return all_chars<uni_isnumeric>(vm, args, "str.isnumeric");
}
Value m_isspace(VM& vm, CallArgs args) {
  return all_chars<uni_isspace>(vm, args, "str.isspace");
}

Value m_isprintable(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str.isprintable", 0, 0, {}, a);
  StrObject* s = self_of(args);
  const char* p = s->data;
  for (int64_t i = 0; i < s->length; ++i) {
    if (!uni_isprintable(utf8_decode(p))) return Value::from_bool(false);
  }
  return Value::from_bool(true);
}

Value m_isascii(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str.isascii", 0, 0, {}, a);
  return Value::from_bool(self_of(args)->ascii);
}

Value m_isidentifier(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str.isidentifier", 0, 0, {}, a);
  StrObject* s = self_of(args);
  if (s->length == 0) return Value::from_bool(false);
  const char* p = s->data;
  if (!uni_isxid_start(utf8_decode(p))) return Value::from_bool(false);
  for (int64_t i = 1; i < s->length; ++i) {
    if (!uni_isxid_continue(utf8_decode(p))) return Value::from_bool(false);
  }
  return Value::from_bool(true);
}

// str.islower / str.isupper: at least one cased character, all of them of case `wanted`
// (a character of the opposite case or titlecase fails the test).
Value is_all_one_case(VM& vm, CallArgs args, const char* name, bool (*wanted)(uint32_t),
                      bool (*opposite)(uint32_t)) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, name, 0, 0, {}, a);
  StrObject* s = self_of(args);
  bool cased = false;
  const char* p = s->data;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = utf8_decode(p);
    if (opposite(c) || uni_istitlecase(c)) return Value::from_bool(false);
    if (wanted(c)) cased = true;
  }
  return Value::from_bool(cased);
}

Value m_islower(VM& vm, CallArgs args) {
  return is_all_one_case(vm, args, "str.islower", uni_islower, uni_isupper);
}

Value m_isupper(VM& vm, CallArgs args) {
  return is_all_one_case(vm, args, "str.isupper", uni_isupper, uni_islower);
}

Value m_istitle(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::NoArgs, "str.istitle", 0, 0, {}, a);
  StrObject* s = self_of(args);
  bool cased = false;
  bool previous_is_cased = false;
  const char* p = s->data;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t c = utf8_decode(p);
    if (uni_isupper(c) || uni_istitlecase(c)) {
      if (previous_is_cased) return Value::from_bool(false);
      previous_is_cased = cased = true;
    } else if (uni_islower(c)) {
      if (!previous_is_cased) return Value::from_bool(false);
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return Value::from_bool(cased);
}

}  // namespace

void install_str_case_methods(VM& vm, Type* t) {
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "lower", m_lower);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "upper", m_upper);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "casefold", m_casefold);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "capitalize", m_capitalize);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "swapcase", m_swapcase);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "title", m_title);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "isalnum", m_isalnum);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "isalpha", m_isalpha);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "isdecimal", m_isdecimal);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "isdigit", m_isdigit);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "isnumeric", m_isnumeric);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "isspace", m_isspace);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "isprintable", m_isprintable);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "isascii", m_isascii);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "isidentifier", m_isidentifier);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "islower", m_islower);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "isupper", m_isupper);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "istitle", m_istitle);
}

}  // namespace ember
