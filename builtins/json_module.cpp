// The `_json` module: the fast paths behind lib/json. A recursive-descent scanner that reads
// the UTF-8 bytes of a str directly, and an encoder that writes one std::string, both with
// the behaviour and error messages of CPython's json (whose C accelerator they replace).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "builtins/container_util.h"
#include "builtins/install.h"
#include "builtins/numeric/float_repr.h"
#include "builtins/numeric/number_parse.h"
#include "vm/dict_object.h"
#include "vm/float_object.h"
#include "vm/function_object.h"
#include "vm/import.h"
#include "vm/list_object.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

Value obj(const Object* o) {
  return Value::from_object(o);
}

bool is_str(VM& vm, Value v) {
  return v.is_object() &&
         (v.as_object()->type == vm.types.str || v.as_object()->type->has_flag(kTypeStrSubclass));
}

StrObject* str_arg(VM& vm, Value v, const char* what) {
  if (!is_str(vm, v)) {
    vm.raise(vm.types.TypeError,
             std::string(what) + " must be str, not " + std::string(type_name(vm, v)));
  }
  return static_cast<StrObject*>(v.as_object());
}

// An attribute of a module that lib/json defines (imported on demand).
Value json_attribute(VM& vm, std::string_view module, std::string_view name) {
  Value m = import_module(vm, vm.intern(module), 0, nullptr);
  Rooted keep(vm, m);
  Value leaf = dict_get_str(vm, vm.modules, vm.intern(module));
  return get_attribute(vm, leaf.is_undefined() ? m : leaf, vm.intern(name));
}

// ============================================================================ decoding

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits at p, or -1.
int32_t hex4(const char* p) {
  int32_t v = 0;
  for (int i = 0; i < 4; ++i) {
    int d = hex_value(p[i]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// How the decoder was configured (JSONDecoder's attributes); None means "not given".
struct DecodeOptions {
  bool strict = true;
  Value object_hook = Value::none();
  Value object_pairs_hook = Value::none();
  Value parse_float = Value::none();
  Value parse_int = Value::none();
  Value parse_constant = Value::none();
};

// Scans one document. Positions are byte offsets into the UTF-8 text; they are turned into
// code point indices only for results and errors.
class Scanner {
 public:
  Scanner(VM& vm, StrObject* doc, const DecodeOptions& options)
      : vm_(vm), doc_(doc), data_(doc->data), size_(doc->byte_length), options_(options) {}

  int64_t byte_offset(int64_t index) const { return str_byte_offset(doc_, index); }
  int64_t index_of(int64_t byte) const {
    if (doc_->ascii) return byte;
    return utf8_count_code_points(std::string_view(data_, static_cast<size_t>(byte)));
  }

  // The value starting at `pos`, or undefined when none starts there.
  Value value(int64_t& pos) {
    if (pos >= size_) return Value::undefined();
    switch (data_[pos]) {
      case '"':
        ++pos;
        return string(pos);
      case '{':
        return object(pos);
      case '[':
        return array(pos);
      case 'n':
        if (word(pos, "null")) return Value::none();
        break;
      case 't':
        if (word(pos, "true")) return Value::from_bool(true);
        break;
      case 'f':
        if (word(pos, "false")) return Value::from_bool(false);
        break;
      case 'N':
        if (word(pos, "NaN")) return constant("NaN");
        break;
      case 'I':
        if (word(pos, "Infinity")) return constant("Infinity");
        break;
      case '-':
        if (word(pos, "-Infinity")) return constant("-Infinity");
        return number(pos);
      default:
        return number(pos);
    }
    return Value::undefined();
  }

  // The string whose opening quote ends just before `pos`; leaves `pos` after the closing
  // quote.
  Value string(int64_t& pos) {
    int64_t begin = pos - 1;
    int64_t i = pos;
    bool strict = options_.strict;
    while (i < size_) {
      unsigned char c = static_cast<unsigned char>(data_[i]);
      if (c == '"' || c == '\\' || (c < 0x20 && strict)) break;
      ++i;
    }
    if (i < size_ && data_[i] == '"') {
      Value s = obj(vm_.new_str(std::string_view(data_ + pos, static_cast<size_t>(i - pos))));
      pos = i + 1;
      return s;
    }
    std::string text(data_ + pos, static_cast<size_t>(i - pos));
    while (true) {
      if (i >= size_) fail("Unterminated string starting at", begin);
      unsigned char c = static_cast<unsigned char>(data_[i]);
      if (c == '"') break;
      if (c < 0x20 && strict) fail("Invalid control character at", i);
      if (c != '\\') {
        text.push_back(static_cast<char>(c));
        ++i;
        continue;
      }
      if (i + 1 >= size_) fail("Unterminated string starting at", begin);
      char e = data_[i + 1];
      char simple = 0;
      switch (e) {
        case '"':
          simple = '"';
          break;
        case '\\':
          simple = '\\';
          break;
        case '/':
          simple = '/';
          break;
        case 'b':
          simple = '\b';
          break;
        case 'f':
          simple = '\f';
          break;
        case 'n':
          simple = '\n';
          break;
        case 'r':
          simple = '\r';
          break;
        case 't':
          simple = '\t';
          break;
        case 'u':
          break;
        default:
          fail("Invalid \\escape", i);
      }
      if (simple) {
        text.push_back(simple);
        i += 2;
        continue;
      }
      // \uXXXX needs its four digits and at least one character after them.
      int64_t digits = i + 2;
      if (digits + 4 >= size_) fail("Invalid \\uXXXX escape", i + 1);
      int32_t cp = hex4(data_ + digits);
      if (cp < 0) fail("Invalid \\uXXXX escape", i + 1);
      i = digits + 4;
      // A high surrogate followed by an escaped low one is a pair.
      if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < size_ && data_[i] == '\\' &&
          data_[i + 1] == 'u') {
        int32_t low = hex4(data_ + i + 2);
        if (low < 0) fail("Invalid \\uXXXX escape", i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          i += 6;
        }
      }
      char buf[4];
      text.append(buf, static_cast<size_t>(utf8_encode(static_cast<uint32_t>(cp), buf)));
    }
    pos = i + 1;
    return obj(vm_.new_str(text));
  }

  [[noreturn]] void fail(const char* message, int64_t byte) {
    Value cls = json_attribute(vm_, "json.decoder", "JSONDecodeError");
    Rooted keep(vm_, cls);
    Value message_value = obj(vm_.new_str(message));
    Rooted keep_message(vm_, message_value);
    Value error = vm_.call(cls, {message_value, obj(doc_), vm_.make_int(index_of(byte))});
    vm_.raise(error);
  }

 private:
  void skip_space(int64_t& pos) const {
    while (pos < size_ && is_space(data_[pos])) ++pos;
  }

  bool word(int64_t& pos, std::string_view w) const {
    if (static_cast<size_t>(size_ - pos) < w.size() || std::memcmp(data_ + pos, w.data(), w.size()))
      return false;
    pos += static_cast<int64_t>(w.size());
    return true;
  }

  Value constant(const char* name) {
    return vm_.call(options_.parse_constant, {obj(vm_.new_str(name))});
  }

  static bool digit(char c) { return c >= '0' && c <= '9'; }

  Value number(int64_t& pos) {
    int64_t start = pos;
    int64_t i = pos;
    if (data_[i] == '-' && ++i >= size_) return Value::undefined();
    if (data_[i] >= '1' && data_[i] <= '9') {
      while (i < size_ && digit(data_[i])) ++i;
    } else if (data_[i] == '0') {
      ++i;
    } else {
      return Value::undefined();
    }
    bool is_float = false;
    if (i + 1 < size_ && data_[i] == '.' && digit(data_[i + 1])) {
      is_float = true;
      i += 2;
      while (i < size_ && digit(data_[i])) ++i;
    }
    if (i + 1 < size_ && (data_[i] == 'e' || data_[i] == 'E')) {
      int64_t e = i + 1;
      if (e + 1 < size_ && (data_[e] == '+' || data_[e] == '-')) ++e;
      int64_t digits_start = e;
      while (e < size_ && digit(data_[e])) ++e;
      if (e > digits_start) {
        is_float = true;
        i = e;
      }
    }
    pos = i;
    std::string_view text(data_ + start, static_cast<size_t>(i - start));
    if (is_float) {
      if (options_.parse_float.is(obj(vm_.types.float_))) {
        return Value::from_double(*numeric::parse_float(text));
      }
      return vm_.call(options_.parse_float, {obj(vm_.new_str(text))});
    }
    bool plain_int = options_.parse_int.is(obj(vm_.types.int_));
    if (plain_int && text.size() <= 18) {
      int64_t v = 0;
      for (char c : text) {
        if (c != '-') v = v * 10 + (c - '0');
      }
      return vm_.make_int(text[0] == '-' ? -v : v);
    }
    return vm_.call(options_.parse_int, {obj(vm_.new_str(text))});
  }

  Value array(int64_t& pos) {
    NativeRecursionGuard guard(vm_, " while decoding a JSON array from a unicode string");
    ++pos;
    ListObject* list = vm_.new_list();
    Rooted keep(vm_, obj(list));
    skip_space(pos);
    if (pos < size_ && data_[pos] == ']') {
      ++pos;
      return obj(list);
    }
    while (true) {
      Value item = value(pos);
      if (item.is_undefined()) fail("Expecting value", pos);
      list_append(vm_, list, item);
      skip_space(pos);
      if (pos < size_ && data_[pos] == ']') break;
      if (pos >= size_ || data_[pos] != ',') fail("Expecting ',' delimiter", pos);
      ++pos;
      skip_space(pos);
    }
    ++pos;
    return obj(list);
  }

  Value object(int64_t& pos) {
    NativeRecursionGuard guard(vm_, " while decoding a JSON object from a unicode string");
    ++pos;
    bool pairs = !options_.object_pairs_hook.is_none();
    Value result = pairs ? obj(vm_.new_list()) : obj(vm_.new_dict());
    Rooted keep(vm_, result);
    skip_space(pos);
    if (pos >= size_ || data_[pos] != '}') {
      while (true) {
        if (pos >= size_ || data_[pos] != '"') {
          fail("Expecting property name enclosed in double quotes", pos);
        }
        ++pos;
        Value key = string(pos);
        Rooted keep_key(vm_, key);
        skip_space(pos);
        if (pos >= size_ || data_[pos] != ':') fail("Expecting ':' delimiter", pos);
        ++pos;
        skip_space(pos);
        Value item = value(pos);
        if (item.is_undefined()) fail("Expecting value", pos);
        if (pairs) {
          Rooted keep_item(vm_, item);
          list_append(vm_, static_cast<ListObject*>(result.as_object()),
                      obj(vm_.new_tuple({key, item})));
        } else {
          dict_set(vm_, static_cast<DictObject*>(result.as_object()), key, item);
        }
        skip_space(pos);
        if (pos < size_ && data_[pos] == '}') break;
        if (pos >= size_ || data_[pos] != ',') fail("Expecting ',' delimiter", pos);
        ++pos;
        skip_space(pos);
      }
    }
    ++pos;
    if (pairs) return vm_.call(options_.object_pairs_hook, {result});
    if (!options_.object_hook.is_none()) return vm_.call(options_.object_hook, {result});
    return result;
  }

  VM& vm_;
  StrObject* doc_;
  const char* data_;
  int64_t size_;
  const DecodeOptions& options_;
};

// scanstring(s, end, strict=True) -> (str, end): the string whose opening quote is at end-1.
Value json_scanstring(VM& vm, CallArgs args) {
  if (args.nkw() > 0 || args.npos < 2 || args.npos > 3) {
    vm.raise(vm.types.TypeError, "scanstring() takes 2 or 3 positional arguments");
  }
  StrObject* s = str_arg(vm, args[0], "first argument");
  int64_t end = index_value(vm, args[1]);
  if (end < 0 || end > s->length) vm.raise(vm.types.ValueError, "end is out of bounds");
  DecodeOptions options;
  options.strict = args.npos < 3 || truthy(vm, args[2]);
  Scanner scanner(vm, s, options);
  int64_t pos = scanner.byte_offset(end);
  Value text = scanner.string(pos);
  Rooted keep(vm, text);
  return obj(vm.new_tuple({text, vm.make_int(scanner.index_of(pos))}));
}

// The scanner that make_scanner returns: scan_once(string, idx) -> (value, end), raising
// StopIteration(idx) when no value starts at idx. Bound to the options tuple.
Value json_scan_once(VM& vm, CallArgs args) {
  if (args.nkw() > 0 || args.npos != 3) {
    vm.raise(vm.types.TypeError, "scan_once() takes exactly 2 arguments");
  }
  auto* config = static_cast<TupleObject*>(args[0].as_object());
  StrObject* s = str_arg(vm, args[1], "first argument");
  int64_t idx = index_value(vm, args[2]);
  if (idx < 0) vm.raise(vm.types.ValueError, "idx cannot be negative");
  DecodeOptions options;
  options.strict = config->items[0].as_bool();
  options.object_hook = config->items[1];
  options.object_pairs_hook = config->items[2];
  options.parse_float = config->items[3];
  options.parse_int = config->items[4];
  options.parse_constant = config->items[5];
  Value result = Value::undefined();
  Scanner scanner(vm, s, options);
  int64_t pos = 0;
  if (idx < s->length) {
    pos = scanner.byte_offset(idx);
    result = scanner.value(pos);
  }
  if (result.is_undefined()) {
    vm.raise(vm.call(obj(vm.types.StopIteration), {vm.make_int(idx)}));
  }
  Rooted keep(vm, result);
  return obj(vm.new_tuple({result, vm.make_int(scanner.index_of(pos))}));
}

// make_scanner(context): a scanner configured from a JSONDecoder's attributes.
Value json_make_scanner(VM& vm, CallArgs args) {
  if (args.nkw() > 0 || args.npos != 1) {
    vm.raise(vm.types.TypeError, "make_scanner() takes exactly 1 argument");
  }
  Value context = args[0];
  TupleObject* config = vm.new_tuple(6);
  Rooted keep(vm, obj(config));
  static const char* const kNames[] = {"strict",      "object_hook", "object_pairs_hook",
                                       "parse_float", "parse_int",   "parse_constant"};
  for (int i = 0; i < 6; ++i) {
    Value v = get_attribute(vm, context, vm.intern(kNames[i]));
    config->items[i] = i == 0 ? Value::from_bool(truthy(vm, v)) : v;
  }
  return obj(vm.new_native_function("scan_once", json_scan_once, obj(config)));
}

// ============================================================================ encoding

const char kHex[] = "0123456789abcdef";

void append_u_escape(std::string& out, uint32_t unit) {
  char buf[6] = {
      '\\',           'u', kHex[(unit >> 12) & 15], kHex[(unit >> 8) & 15], kHex[(unit >> 4) & 15],
      kHex[unit & 15]};
  out.append(buf, 6);
}

// Appends `s` as a JSON string literal; ASCII-only output escapes every non-ASCII code point
// (as a UTF-16 surrogate pair beyond the BMP).
void append_json_string(std::string& out, std::string_view s, bool ascii_only) {
  out.push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    const char* run = p;
    while (p < end) {
      unsigned char c = static_cast<unsigned char>(*p);
      if (c < 0x20 || c == '"' || c == '\\' || (c >= 0x7f && ascii_only)) break;
      ++p;
    }
    out.append(run, static_cast<size_t>(p - run));
    if (p == end) break;
    unsigned char c = static_cast<unsigned char>(*p);
    if (c >= 0x7f) {
      uint32_t cp = utf8_decode(p);
      if (cp >= 0x10000) {
        cp -= 0x10000;
        append_u_escape(out, 0xD800 | (cp >> 10));
        append_u_escape(out, 0xDC00 | (cp & 0x3FF));
      } else {
        append_u_escape(out, cp);
      }
      continue;
    }
    ++p;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        append_u_escape(out, c);
    }
  }
  out.push_back('"');
}

Value encode_string_function(VM& vm, CallArgs args, const char* name, bool ascii_only) {
  if (args.nkw() > 0 || args.npos != 1) {
    vm.raise(vm.types.TypeError, std::string(name) + "() takes exactly one argument (" +
                                     std::to_string(args.npos) + " given)");
  }
  if (!is_str(vm, args[0])) {
    vm.raise(vm.types.TypeError,
             "first argument must be a string, not " + std::string(type_name(vm, args[0])));
  }
  std::string out;
  append_json_string(out, static_cast<StrObject*>(args[0].as_object())->view(), ascii_only);
  return obj(vm.new_str(out));
}

Value json_encode_basestring_ascii(VM& vm, CallArgs args) {
  return encode_string_function(vm, args, "encode_basestring_ascii", true);
}

Value json_encode_basestring(VM& vm, CallArgs args) {
  return encode_string_function(vm, args, "encode_basestring", false);
}

struct EncodeOptions {
  Value default_function;
  bool check_circular;
  bool ensure_ascii;
  bool has_indent;
  std::string_view indent;
  std::string_view key_separator;
  std::string_view item_separator;
  bool sort_keys;
  bool skipkeys;
  bool allow_nan;
};

class Encoder {
 public:
  Encoder(VM& vm, const EncodeOptions& options) : vm_(vm), options_(options) {}

  std::string& text() { return out_; }

  void value(Value v) {
    if (v.is_none()) {
      out_ += "null";
    } else if (v.is_bool()) {
      out_ += v.as_bool() ? "true" : "false";
    } else if (v.is_small_int()) {
      out_ += std::to_string(v.as_small_int());
    } else if (is_float_value(v)) {
      float_text(float_value(v));
    } else {
      Object* o = v.as_object();
      Type* t = o->type;
      if (t == vm_.types.str || t->has_flag(kTypeStrSubclass)) {
        append_json_string(out_, static_cast<StrObject*>(o)->view(), options_.ensure_ascii);
      } else if (t->has_flag(kTypeIntSubclass)) {
        append_str_value(vm_.types.int_->slots.repr(vm_, v));
      } else if (is_subtype(t, vm_.types.float_)) {
        append_str_value(vm_.types.float_->slots.repr(vm_, v));
      } else if (t->has_flag(kTypeListSubclass) || t->has_flag(kTypeTupleSubclass)) {
        sequence(o);
      } else if (t->has_flag(kTypeDictSubclass)) {
        mapping(static_cast<DictObject*>(o));
      } else {
        other(v);
      }
    }
  }

 private:
  void append_str_value(Value s) { out_ += static_cast<StrObject*>(s.as_object())->view(); }

  void float_text(double d) {
    if (!std::isfinite(d)) {
      if (!options_.allow_nan) {
        std::string message = "Out of range float values are not JSON compliant";
        // CPython's pure-Python encoder (used with indent) names the value.
        if (options_.has_indent) message += ": " + numeric::float_repr(d);
        vm_.raise(vm_.types.ValueError, message);
      }
      out_ += std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
      return;
    }
    out_ += numeric::float_repr(d);
  }

  // Circular-reference bookkeeping for a container while it is being encoded.
  class Marker {
   public:
    Marker(Encoder& e, Object* o) : e_(e), o_(o) {
      if (!e.options_.check_circular) return;
      if (!e.markers_.insert(o).second) {
        o_ = nullptr;
        e.vm_.raise(e.vm_.types.ValueError, "Circular reference detected");
      }
    }
    ~Marker() {
      if (e_.options_.check_circular && o_) e_.markers_.erase(o_);
    }
    Marker(const Marker&) = delete;
    Marker& operator=(const Marker&) = delete;

   private:
    Encoder& e_;
    Object* o_;
  };

  void newline() {
    out_.push_back('\n');
    for (int i = 0; i < level_; ++i) out_ += options_.indent;
  }

  void open(char bracket) {
    out_.push_back(bracket);
    ++level_;
    if (options_.has_indent) newline();
  }

  void separate() {
    out_ += options_.item_separator;
    if (options_.has_indent) newline();
  }

  void close(char bracket) {
    --level_;
    if (options_.has_indent) newline();
    out_.push_back(bracket);
  }

  void sequence(Object* o) {
    bool is_list = o->type->has_flag(kTypeListSubclass);
    auto size = [&] {
      return is_list ? static_cast<ListObject*>(o)->size : static_cast<TupleObject*>(o)->size;
    };
    if (size() == 0) {
      out_ += "[]";
      return;
    }
    Marker mark(*this, o);
    NativeRecursionGuard guard(vm_, " while encoding a JSON object");
    open('[');
    // The list may change while default() runs: reread its size and items every step.
    for (int64_t i = 0; i < size(); ++i) {
      if (i > 0) separate();
      value(is_list ? static_cast<ListObject*>(o)->items[i]
                    : static_cast<TupleObject*>(o)->items[i]);
    }
    close(']');
  }

  // Appends the text of a dict key; false when skipkeys drops it.
  bool key(Value k) {
    if (is_str(vm_, k)) {
      append_json_string(out_, static_cast<StrObject*>(k.as_object())->view(),
                         options_.ensure_ascii);
      return true;
    }
    size_t mark = out_.size();
    out_.push_back('"');
    if (k.is_double() || (k.is_object() && is_subtype(k.as_object()->type, vm_.types.float_))) {
      float_text(k.is_double() ? k.as_double() : to_double(vm_, k));
    } else if (k.is_bool()) {
      out_ += k.as_bool() ? "true" : "false";
    } else if (k.is_none()) {
      out_ += "null";
    } else if (k.is_small_int()) {
      out_ += std::to_string(k.as_small_int());
    } else if (k.is_object() && k.as_object()->type->has_flag(kTypeIntSubclass)) {
      append_str_value(vm_.types.int_->slots.repr(vm_, k));
    } else if (options_.skipkeys) {
      out_.resize(mark);
      return false;
    } else {
      vm_.raise(vm_.types.TypeError, "keys must be str, int, float, bool or None, not " +
                                         std::string(type_name(vm_, k)));
    }
    out_.push_back('"');
    return true;
  }

  void item(bool& first, Value k, Value v) {
    size_t mark = out_.size();
    if (!first) separate();
    if (!key(k)) {
      out_.resize(mark);
      return;
    }
    first = false;
    out_ += options_.key_separator;
    value(v);
  }

  void mapping(DictObject* d) {
    if (d->size == 0) {
      out_ += "{}";
      return;
    }
    Marker mark(*this, d);
    NativeRecursionGuard guard(vm_, " while encoding a JSON object");
    open('{');
    bool first = true;
    if (options_.sort_keys) {
      ListObject* items = sorted_items(d);
      Rooted keep(vm_, obj(items));
      for (int64_t i = 0; i < items->size; ++i) {
        auto* pair = static_cast<TupleObject*>(items->items[i].as_object());
        item(first, pair->items[0], pair->items[1]);
      }
    } else {
      int64_t pos = 0;
      while (DictEntry* e = dict_next(d, &pos)) item(first, e->key, e->value);
    }
    close('}');
  }

  // sorted(d.items()); dicts keyed by str only are sorted here (UTF-8 byte order is code
  // point order), others by Python's sorted() for its comparisons and errors.
  ListObject* sorted_items(DictObject* d) {
    ListObject* items = vm_.new_list();
    Rooted keep(vm_, obj(items));
    list_reserve(vm_, items, d->size);
    bool all_str = true;
    int64_t pos = 0;
    while (DictEntry* e = dict_next(d, &pos)) {
      if (!e->key.is_object() || e->key.as_object()->type != vm_.types.str) all_str = false;
      list_append(vm_, items, obj(vm_.new_tuple({e->key, e->value})));
    }
    if (all_str) {
      auto key_of = [](Value pair) {
        return static_cast<StrObject*>(
                   static_cast<TupleObject*>(pair.as_object())->items[0].as_object())
            ->view();
      };
      std::sort(items->items, items->items + items->size,
                [&](Value a, Value b) { return key_of(a) < key_of(b); });
      return items;
    }
    Value sorted = dict_get_str(vm_, vm_.builtins, vm_.intern("sorted"));
    return static_cast<ListObject*>(vm_.call(sorted, {obj(items)}).as_object());
  }

  void other(Value v) {
    Marker mark(*this, v.as_object());
    Value replacement = vm_.call(options_.default_function, {v});
    Rooted keep(vm_, replacement);
    NativeRecursionGuard guard(vm_, " while encoding a JSON object");
    value(replacement);
  }

  VM& vm_;
  const EncodeOptions& options_;
  std::string out_;
  int level_ = 0;
  std::unordered_set<Object*> markers_;
};

std::string_view sv_arg(VM& vm, Value v, const char* what) {
  return str_arg(vm, v, what)->view();
}

// encode(o, default, check_circular, ensure_ascii, indent, key_separator, item_separator,
//        sort_keys, skipkeys, allow_nan) -> str.  `indent` is a str or None.
Value json_encode(VM& vm, CallArgs args) {
  if (args.nkw() > 0 || args.npos != 10) {
    vm.raise(vm.types.TypeError, "encode() takes exactly 10 arguments");
  }
  EncodeOptions options;
  options.default_function = args[1];
  options.check_circular = truthy(vm, args[2]);
  options.ensure_ascii = truthy(vm, args[3]);
  options.has_indent = !args[4].is_none();
  if (options.has_indent) options.indent = sv_arg(vm, args[4], "indent");
  options.key_separator = sv_arg(vm, args[5], "key_separator");
  options.item_separator = sv_arg(vm, args[6], "item_separator");
  options.sort_keys = truthy(vm, args[7]);
  options.skipkeys = truthy(vm, args[8]);
  options.allow_nan = truthy(vm, args[9]);
  Encoder encoder(vm, options);
  encoder.value(args[0]);
  return obj(vm.new_str(encoder.text()));
}

void init_json_module(VM& vm, ModuleObject* module) {
  struct Entry {
    const char* name;
    NativeFunction function;
  };
  static const Entry kFunctions[] = {
      {"scanstring", json_scanstring},
      {"make_scanner", json_make_scanner},
      {"encode_basestring_ascii", json_encode_basestring_ascii},
      {"encode_basestring", json_encode_basestring},
      {"encode", json_encode},
  };
  for (const Entry& e : kFunctions) {
    dict_set_str(vm, module->dict, vm.intern(e.name),
                 obj(vm.new_native_function(e.name, e.function)));
  }
}

}  // namespace

void install_json_module(VM& vm) {
  vm.native_modules["_json"] = init_json_module;
}

}  // namespace ember
