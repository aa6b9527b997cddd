// Shared helpers of the str, bytes and bytearray implementation (builtins/str_*.cpp,
// builtins/bytes_*.cpp, builtins/bytearray_type.cpp). Not a public contract.
#pragma once
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

#include "vm/str_object.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace ember {

struct DictObject;

inline bool is_str(Value v) {
  return v.is_object() && v.as_object()->type->has_flag(kTypeStrSubclass);
}
inline StrObject* as_str(Value v) {
  return static_cast<StrObject*>(v.as_object());
}

// A new str of type `type` (exactly str when null) holding `utf8`, which must be generalised
// UTF-8. The empty exact str is the VM's shared one.
StrObject* str_make(VM& vm, std::string_view utf8, Type* type = nullptr);
inline Value str_value(VM& vm, std::string_view utf8) {
  return Value::from_object(str_make(vm, utf8));
}
// Like str_value; when `ascii` is true the text is known to be ASCII and is not scanned.
Value str_value_known(VM& vm, std::string_view utf8, bool ascii);
// `s` itself when its type is exactly str, else a copy of exact type str.
Value str_exact(VM& vm, StrObject* s);
// A new exact str of `byte_length` bytes holding `length` code points, for the caller to fill
// in place (data[0..byte_length)): methods that know their result's size build it there
// rather than in a std::string that is then copied. MemoryError beyond kMaxTextBytes; the
// shared empty str when byte_length is 0.
StrObject* str_uninit(VM& vm, int64_t byte_length, int64_t length);

inline void check_text_size(VM& vm, int64_t bytes) {
  if (bytes < 0 || bytes > kMaxTextBytes) vm.raise_memory_error();
}

// ---- arguments of built-in methods (args[0] is self)
// The argument checking style of the CPython method, which decides the error messages.
enum class ArgStyle : uint8_t {
  NoArgs,    // METH_NOARGS: "str.upper() takes no arguments (1 given)"
  One,       // METH_O: "str.join() takes exactly one argument (0 given)"
  Unpack,    // positional only: "center expected at least 1 argument, got 0"
  Old,       // positional only: "find() takes at least 1 argument (0 given)"
  Keywords,  // Argument Clinic with keywords: "'x' is an invalid keyword argument for split()"
};
// Fills out[0..max) with the arguments after self, undefined where absent. `qualname` is
// "str.split"; messages use the part after the dot where CPython does.
void parse_args(VM& vm, CallArgs args, ArgStyle style, const char* qualname, int min, int max,
                std::initializer_list<const char*> keywords, Value* out);

// First occurrence of `needle` in `text` at or after `pos`, as std::string_view::find. That
// confirms every candidate with a memcmp call, even for the one-character needles that
// separators usually are (memchr plus memcmp were 11% of a loop of `line.split(";")`).
inline size_t find_text(std::string_view text, std::string_view needle, size_t pos = 0) {
  if (needle.size() != 1) return text.find(needle, pos);
  if (pos >= text.size()) return std::string_view::npos;
  const void* hit = std::memchr(text.data() + pos, needle[0], text.size() - pos);
  return hit ? static_cast<size_t>(static_cast<const char*>(hit) - text.data())
             : std::string_view::npos;
}

// An int argument (__index__): TypeError "'str' object cannot be interpreted as an integer".
int64_t arg_int(VM& vm, Value v);
// An argument CPython reads as a C int (expandtabs' tabsize): OverflowError "Python int too
// large to convert to C int" outside its range.
int64_t arg_c_int(VM& vm, Value v);
// Start/end of find(), count(), startswith()...: None or an index, clamped like CPython's
// ADJUST_INDICES against `length`.
void adjust_indices(VM& vm, Value start, Value end, int64_t length, int64_t* s, int64_t* e);
// `x` as an int64 from an __index__-able value, saturated instead of OverflowError
// (slice bounds); TypeError `message` when not an integer.
int64_t clamped_index(VM& vm, Value v, const char* message);

// ---- methods with a checked self
// str.upper(5) / str.upper(): CPython's descriptor errors instead of a crash.
enum class SelfKind : uint8_t { Str, Bytes, ByteArray };
template <size_t N>
struct MethodName {
  char text[N];
  constexpr MethodName(const char (&s)[N]) {
    for (size_t i = 0; i < N; ++i) text[i] = s[i];
  }
};
bool self_matches(VM& vm, Value self, SelfKind kind);
[[noreturn]] void raise_bad_self(VM& vm, CallArgs args, SelfKind kind, const char* name);
template <NativeFunction F, SelfKind K, MethodName Name>
Value checked_method(VM& vm, CallArgs args) {
  // str's check is one flag test, inline on every str method call.
  bool matches = K == SelfKind::Str ? args.npos != 0 && is_str(args[0])
                                    : args.npos != 0 && self_matches(vm, args[0], K);
  if (!matches) raise_bad_self(vm, args, K, Name.text);
  return F(vm, args);
}
#define EMBER_ADD_METHOD(vm, type, kind, name, fn) \
  (vm).add_method((type), name, ::ember::checked_method<fn, kind, name>)
#define EMBER_ADD_STR_METHOD(vm, type, name, fn) \
  EMBER_ADD_METHOD(vm, type, ::ember::SelfKind::Str, name, fn)

// ---- iteration helper: calls `fn(item)` for every item of `iterable`.
template <class F>
void for_each_item(VM& vm, Value iterable, F fn);

// ---- parts of the str type, installed by install_str_type
void install_str_search_methods(VM& vm, Type* str);  // str_methods_search.cpp
void install_str_split_methods(VM& vm, Type* str);   // str_methods_split.cpp
void install_str_case_methods(VM& vm, Type* str);    // str_methods_case.cpp
void install_str_format_methods(VM& vm, Type* str);  // str_format.cpp

// ---- repr (str_repr.cpp)
void append_str_repr(std::string& out, std::string_view utf8);
// ascii(): like repr but non-ASCII escaped as \x, \u, \U.
void append_str_ascii(std::string& out, std::string_view utf8);
// bytearray's repr escapes every single quote, whichever quote it chose.
void append_bytes_repr(std::string& out, std::string_view data, bool bytearray = false);

// ---- formatting
// format(value, spec): the value type's format slot, or object.__format__.
Value format_value(VM& vm, Value value, StrObject* spec);
// str.__format__ (the format-spec mini-language applied to text).
Value str_format_slot(VM& vm, Value self, StrObject* spec);
// `fmt % args` for str.
Value str_percent_format(VM& vm, StrObject* fmt, Value args);

// ---- codecs (str_codecs.cpp)
// str.encode / bytes.decode with CPython's errors; `encoding`/`errors` may be null (utf-8,
// strict).
Value str_encode(VM& vm, StrObject* s, StrObject* encoding, StrObject* errors);
Value bytes_decode(VM& vm, std::string_view data, StrObject* encoding, StrObject* errors);

// ---- bytes helpers shared by bytes and bytearray (bytes_methods.cpp)
void install_bytes_common_methods(VM& vm, Type* type);

}  // namespace ember

#include "vm/ops.h"

namespace ember {

template <class F>
void for_each_item(VM& vm, Value iterable, F fn) {
  Value it = get_iterator(vm, iterable);
  Rooted keep(vm, it);
  Value item;
  while (iterator_next(vm, it, &item)) fn(item);
}

}  // namespace ember
