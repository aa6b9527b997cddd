// The `_sre` module (behind lib/re): Pattern and Match objects on PCRE2's 8-bit library.
// lib/re translates Python's syntax into PCRE2's; this side compiles it and matches str
// subjects as UTF-8 in place (byte offsets are turned into code point indices for results)
// and bytes subjects as bytes.
#pragma once
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "vm/object.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember::sre {

// Python's flag bits that change how PCRE2 compiles.
constexpr int64_t kIgnoreCase = 2;
constexpr int64_t kMultiline = 8;
constexpr int64_t kDotAll = 16;

// The three compiled forms of one pattern: unanchored (search), anchored at the start
// (match) and at both ends (fullmatch). Each is compiled on first use, for the JIT.
enum MatchMode { kSearch = 0, kMatch = 1, kFullMatch = 2 };

struct SreTypes {
  Type* pattern;
  Type* match;
  Type* scanner;
};

struct PatternObject : Object {
  Value pattern;           // the str or bytes the program gave
  Value code_text;         // its PCRE2 translation (str)
  DictObject* groupindex;  // group name -> number
  TupleObject* parents;    // the group enclosing each group (0: none), for lastindex
  int64_t flags;
  int64_t groups;
  bool bytes;
  TupleObject* types;  // (Pattern, Match, scanner) types, as SreTypes
  pcre2_code* code[3];
};

// Per group: byte start, byte end, index start, index end (-1 when the group did not take
// part in the match).
struct GroupSpan {
  int64_t byte_start, byte_end, start, end;
};

struct MatchObject : Object {
  PatternObject* pattern;
  Value string;
  int64_t pos, endpos;
  int64_t lastindex;  // -1 for None
  int64_t ngroups;    // groups + 1
  GroupSpan spans[1];
};

// The text being matched: a str (UTF-8) or a bytes-like object, with conversion from byte
// offsets to indices. Conversions move an anchor, so scanning forward stays linear.
class Subject {
 public:
  Subject(VM& vm, PatternObject* pattern, Value value);
  // Re-reads the buffer (a bytearray may have changed while Python code ran).
  void refresh();
  const char* data() const { return data_; }
  int64_t size() const { return size_; }
  int64_t length() const { return length_; }
  bool is_str() const { return str_ != nullptr; }
  Value value() const { return value_; }
  // Byte offset of code point `index` (which becomes the anchor).
  int64_t byte_offset(int64_t index);
  int64_t index_of(int64_t byte);
  // Declares that byte offset `byte` is code point `index` (a known place to count from).
  void set_anchor(int64_t byte, int64_t index) {
    anchor_byte_ = byte;
    anchor_index_ = index;
  }
  // A str or bytes object holding bytes [start, end).
  Value slice(VM& vm, int64_t start, int64_t end) const;

 private:
  Value value_;
  StrObject* str_ = nullptr;
  bool bytearray_ = false;
  const char* data_ = nullptr;
  int64_t size_ = 0;
  int64_t length_ = 0;
  int64_t anchor_byte_ = 0;
  int64_t anchor_index_ = 0;
};

// PCRE2 match data sized for a pattern, freed on scope exit.
class MatchData {
 public:
  explicit MatchData(pcre2_code* code)
      : data_(pcre2_match_data_create_from_pattern(code, nullptr)) {}
  ~MatchData() { pcre2_match_data_free(data_); }
  MatchData(const MatchData&) = delete;
  MatchData& operator=(const MatchData&) = delete;
  pcre2_match_data* get() const { return data_; }
  PCRE2_SIZE* ovector() const { return pcre2_get_ovector_pointer(data_); }

 private:
  pcre2_match_data* data_;
};

inline Value obj(const Object* o) {
  return Value::from_object(o);
}

SreTypes types_of(PatternObject* p);
pcre2_code* compiled(VM& vm, PatternObject* p, MatchMode mode);
// Runs one match attempt from byte `start` within [0, end); true on a match (offsets in
// `data`), false when there is none.
bool run(VM& vm, PatternObject* p, MatchMode mode, const Subject& subject, int64_t start,
         int64_t end, uint32_t options, const MatchData& data);
MatchObject* new_match(VM& vm, PatternObject* p, Subject& subject, const PCRE2_SIZE* ovector,
                       int64_t pos, int64_t endpos);
// The text of group `g` of the last match in `ovector`, or undefined when it did not match.
Value group_text(VM& vm, const Subject& subject, const PCRE2_SIZE* ovector, int64_t g);
// Appends the expansion of a compiled template (literal, group, literal, ...) for the match
// in `ovector` to `out`; `piece` counts the pieces for error messages.
void expand_template(VM& vm, TupleObject* parts, const Subject& subject, const PCRE2_SIZE* ovector,
                     std::string& out, int64_t* piece);
// re._compile_template(pattern, template), imported on demand.
TupleObject* compile_template(VM& vm, PatternObject* p, Value template_value);

// Binds arguments to parameter names with CPython's messages; out[i] is undefined when
// the i-th parameter was not given. The first `required` parameters are mandatory.
void bind_args(VM& vm, CallArgs args, uint32_t skip, std::string_view fname,
               std::initializer_list<const char*> names, size_t required, Value* out);
// A Py_ssize_t argument (pos, endpos, count, maxsplit), clamped like CPython's slices.
int64_t size_arg(VM& vm, Value v, int64_t absent);

void install_match_type(VM& vm, Type* match);

}  // namespace ember::sre
