// _sre: compiling patterns, the Pattern type and its searching methods, the finditer
// iterator, and the module itself.
#include <algorithm>
#include <cstdio>
#include <string>

#include "builtins/install.h"
#include "builtins/sre_internal.h"
#include "vm/bytes_object.h"
#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/import.h"
#include "vm/list_object.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember::sre {

namespace {

constexpr int64_t kMaxSize = INT64_MAX;

Value re_attribute(VM& vm, std::string_view name) {
  Value module = dict_get_str(vm, vm.modules, vm.intern("re"));
  if (module.is_undefined()) module = import_module(vm, vm.intern("re"), 0, nullptr);
  Rooted keep(vm, module);
  return get_attribute(vm, module, vm.intern(name));
}

[[noreturn]] void raise_pcre2_error(VM& vm, Type* type, int code) {
  PCRE2_UCHAR buffer[256];
  pcre2_get_error_message(code, buffer, sizeof buffer);
  vm.raise(type, reinterpret_cast<const char*>(buffer));
}

bool is_callable(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  return t == vm.types.function || t == vm.types.native_function || t == vm.types.bound_method ||
         t->slots.call != nullptr;
}

PatternObject* self_pattern(CallArgs args) {
  return static_cast<PatternObject*>(args[0].as_object());
}

int64_t clamp(int64_t v, int64_t length) {
  return v < 0 ? 0 : v > length ? length : v;
}

}  // namespace

// ---- subjects

Subject::Subject(VM& vm, PatternObject* p, Value value) : value_(value) {
  Type* t = vm.type_of(value);
  bool text = t == vm.types.str || t->has_flag(kTypeStrSubclass);
  bool binary = is_subtype(t, vm.types.bytes) || is_subtype(t, vm.types.bytearray);
  if (!text && !binary) {
    vm.raise(vm.types.TypeError, "expected string or bytes-like object, got '" +
                                     std::string(type_name(vm, value)) + "'");
  }
  if (text && p->bytes) {
    vm.raise(vm.types.TypeError, "cannot use a bytes pattern on a string-like object");
  }
  if (binary && !p->bytes) {
    vm.raise(vm.types.TypeError, "cannot use a string pattern on a bytes-like object");
  }
  if (text) str_ = static_cast<StrObject*>(value.as_object());
  bytearray_ = binary && is_subtype(t, vm.types.bytearray);
  refresh();
}

void Subject::refresh() {
  if (str_) {
    data_ = str_->data;
    size_ = str_->byte_length;
    length_ = str_->length;
    return;
  }
  if (bytearray_) {
    auto* b = static_cast<ByteArrayObject*>(value_.as_object());
    data_ = b->data ? reinterpret_cast<const char*>(b->data) : "";
    size_ = b->size;
  } else {
    auto* b = static_cast<BytesObject*>(value_.as_object());
    data_ = reinterpret_cast<const char*>(b->data);
    size_ = b->size;
  }
  length_ = size_;
}

int64_t Subject::byte_offset(int64_t index) {
  if (!str_ || str_->ascii) return index;
  int64_t byte = str_byte_offset(str_, index);
  anchor_byte_ = byte;
  anchor_index_ = index;
  return byte;
}

int64_t Subject::index_of(int64_t byte) {
  if (!str_ || str_->ascii) return byte;
  int64_t index;
  if (byte >= anchor_byte_) {
    index = anchor_index_ + utf8_count_code_points(std::string_view(
                                data_ + anchor_byte_, static_cast<size_t>(byte - anchor_byte_)));
  } else {
    index = anchor_index_ - utf8_count_code_points(std::string_view(
                                data_ + byte, static_cast<size_t>(anchor_byte_ - byte)));
  }
  anchor_byte_ = byte;
  anchor_index_ = index;
  return index;
}

Value Subject::slice(VM& vm, int64_t start, int64_t end) const {
  std::string_view text(data_ + start, static_cast<size_t>(end - start));
  if (str_) return obj(vm.new_str(text));
  return obj(new_bytes(vm, text));
}

// ---- compiling and matching

SreTypes types_of(PatternObject* p) {
  auto type = [&](int i) { return static_cast<Type*>(p->types->items[i].as_object()); };
  return {type(0), type(1), type(2)};
}

pcre2_code* compiled(VM& vm, PatternObject* p, MatchMode mode) {
  if (p->code[mode]) return p->code[mode];
  // ^ in multiline mode also matches after a final newline, as in Python.
  uint32_t options = PCRE2_ALT_CIRCUMFLEX;
  if (!p->bytes) options |= PCRE2_UTF;
  if (p->flags & kIgnoreCase) options |= PCRE2_CASELESS;
  if (p->flags & kMultiline) options |= PCRE2_MULTILINE;
  if (p->flags & kDotAll) options |= PCRE2_DOTALL;
  if (mode != kSearch) options |= PCRE2_ANCHORED;
  if (mode == kFullMatch) options |= PCRE2_ENDANCHORED;
  pcre2_compile_context* context = pcre2_compile_context_create(nullptr);
  pcre2_set_newline(context, PCRE2_NEWLINE_LF);
  // Lone surrogates are valid in Python's str (and so in Ember's generalised UTF-8).
  if (!p->bytes) pcre2_set_compile_extra_options(context, PCRE2_EXTRA_ALLOW_SURROGATE_ESCAPES);
  auto* text = static_cast<StrObject*>(p->code_text.as_object());
  int error = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code =
      pcre2_compile(reinterpret_cast<PCRE2_SPTR>(text->data),
                    static_cast<PCRE2_SIZE>(text->byte_length), options, &error, &offset, context);
  pcre2_compile_context_free(context);
  if (!code) {
    PCRE2_UCHAR buffer[256];
    pcre2_get_error_message(error, buffer, sizeof buffer);
    Value error_type = re_attribute(vm, "error");
    Rooted keep(vm, error_type);
    vm.raise(vm.call(error_type, {obj(vm.new_str(reinterpret_cast<const char*>(buffer)))}));
  }
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
  p->code[mode] = code;
  return code;
}

bool run(VM& vm, PatternObject* p, MatchMode mode, const Subject& subject, int64_t start,
         int64_t end, uint32_t options, const MatchData& data) {
  if (start > end) return false;
  pcre2_code* code = compiled(vm, p, mode);
  options |= PCRE2_NO_UTF_CHECK;
  auto* text = reinterpret_cast<PCRE2_SPTR>(subject.data());
  int rc = pcre2_match(code, text, static_cast<PCRE2_SIZE>(end), static_cast<PCRE2_SIZE>(start),
                       options, data.get(), nullptr);
  // The JIT's stack is small; the interpreter keeps its backtracking on the heap.
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT) {
    rc = pcre2_match(code, text, static_cast<PCRE2_SIZE>(end), static_cast<PCRE2_SIZE>(start),
                     options | PCRE2_NO_JIT, data.get(), nullptr);
  }
  if (rc >= 0) return true;
  if (rc == PCRE2_ERROR_NOMATCH) return false;
  raise_pcre2_error(vm, vm.types.RuntimeError, rc);
}

Value group_text(VM& vm, const Subject& subject, const PCRE2_SIZE* ovector, int64_t g) {
  if (ovector[2 * g] == PCRE2_UNSET) return Value::undefined();
  return subject.slice(vm, static_cast<int64_t>(ovector[2 * g]),
                       static_cast<int64_t>(ovector[2 * g + 1]));
}

TupleObject* compile_template(VM& vm, PatternObject* p, Value template_value) {
  Value compiler = re_attribute(vm, "_compile_template");
  Rooted keep(vm, compiler);
  Value parts = vm.call(compiler, {obj(p), template_value});
  return static_cast<TupleObject*>(parts.as_object());
}

// ---- argument binding

void bind_args(VM& vm, CallArgs args, uint32_t skip, std::string_view fname,
               std::initializer_list<const char*> names, size_t required, Value* out) {
  size_t n = names.size();
  for (size_t i = 0; i < n; ++i) out[i] = Value::undefined();
  uint32_t npos = args.npos - skip;
  size_t total = npos + args.nkw();
  std::string f(fname);
  if (total > n) {
    vm.raise(vm.types.TypeError, f + "() takes " + (required == n ? "exactly " : "at most ") +
                                     std::to_string(n) + " argument" + (n == 1 ? "" : "s") + " (" +
                                     std::to_string(total) + " given)");
  }
  for (uint32_t i = 0; i < npos; ++i) out[i] = args[skip + i];
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = static_cast<StrObject*>(args.kwnames->items[k].as_object())->view();
    size_t i = 0;
    for (const char* name : names) {
      if (key == name) break;
      ++i;
    }
    if (i == n) {
      vm.raise(vm.types.TypeError,
               "'" + std::string(key) + "' is an invalid keyword argument for " + f + "()");
    }
    if (i < npos) {
      vm.raise(vm.types.TypeError, "argument for " + f + "() given by name ('" + std::string(key) +
                                       "') and position (" + std::to_string(i + 1) + ")");
    }
    out[i] = args.values[args.npos + k];
  }
  size_t i = 0;
  for (const char* name : names) {
    if (i < required && out[i].is_undefined()) {
      vm.raise(vm.types.TypeError, f + "() missing required argument '" + name + "' (pos " +
                                       std::to_string(i + 1) + ")");
    }
    ++i;
  }
}

int64_t size_arg(VM& vm, Value v, int64_t absent) {
  if (v.is_undefined()) return absent;
  return index_value(vm, v);
}

namespace {

// ---- Pattern methods

// The subject and [pos, endpos) of match/search/fullmatch/findall/finditer.
struct Span {
  int64_t pos, endpos;
};

Span bounds(VM& vm, Subject& subject, Value pos, Value endpos) {
  int64_t length = subject.length();
  return {clamp(size_arg(vm, pos, 0), length), clamp(size_arg(vm, endpos, kMaxSize), length)};
}

Value match_at(VM& vm, CallArgs args, MatchMode mode, const char* name) {
  Value a[3];
  bind_args(vm, args, 1, name, {"string", "pos", "endpos"}, 1, a);
  PatternObject* p = self_pattern(args);
  Subject subject(vm, p, a[0]);
  Span span = bounds(vm, subject, a[1], a[2]);
  MatchData data(compiled(vm, p, kSearch));
  int64_t end = subject.byte_offset(span.endpos);
  int64_t start = subject.byte_offset(span.pos);
  if (!run(vm, p, mode, subject, start, end, 0, data)) return Value::none();
  return obj(new_match(vm, p, subject, data.ovector(), span.pos, span.endpos));
}

Value pattern_match(VM& vm, CallArgs args) {
  return match_at(vm, args, kMatch, "match");
}

Value pattern_search(VM& vm, CallArgs args) {
  return match_at(vm, args, kSearch, "search");
}

Value pattern_fullmatch(VM& vm, CallArgs args) {
  return match_at(vm, args, kFullMatch, "fullmatch");
}

// Every match from `start`, in Python's order: after an empty match the next one may not be
// empty at the same place.
template <class OnMatch>
int64_t each_match(VM& vm, PatternObject* p, Subject& subject, int64_t start, int64_t end,
                   int64_t limit, const MatchData& data, OnMatch on_match) {
  bool advance = false;
  int64_t count = 0;
  while ((limit == 0 || count < limit) &&
         run(vm, p, kSearch, subject, start, end, advance ? PCRE2_NOTEMPTY_ATSTART : 0, data)) {
    const PCRE2_SIZE* ov = data.ovector();
    int64_t match_start = static_cast<int64_t>(ov[0]);
    int64_t match_end = static_cast<int64_t>(ov[1]);
    on_match(ov);
    ++count;
    advance = match_start == match_end;
    start = match_end;
    subject.refresh();
    end = std::min(end, subject.size());
  }
  return count;
}

Value pattern_findall(VM& vm, CallArgs args) {
  Value a[3];
  bind_args(vm, args, 1, "findall", {"string", "pos", "endpos"}, 1, a);
  PatternObject* p = self_pattern(args);
  Subject subject(vm, p, a[0]);
  Span span = bounds(vm, subject, a[1], a[2]);
  ListObject* out = vm.new_list();
  Rooted keep(vm, obj(out));
  MatchData data(compiled(vm, p, kSearch));
  int64_t end = subject.byte_offset(span.endpos);
  int64_t start = subject.byte_offset(span.pos);
  Value empty = subject.slice(vm, 0, 0);
  Rooted keep_empty(vm, empty);
  auto text = [&](const PCRE2_SIZE* ov, int64_t g) {
    Value v = group_text(vm, subject, ov, g);
    return v.is_undefined() ? empty : v;
  };
  each_match(vm, p, subject, start, end, 0, data, [&](const PCRE2_SIZE* ov) {
    if (p->groups <= 1) {
      list_append(vm, out, text(ov, p->groups));
      return;
    }
    TupleObject* t = vm.new_tuple(p->groups);
    for (int64_t g = 1; g <= p->groups; ++g) t->items[g - 1] = text(ov, g);
    list_append(vm, out, obj(t));
  });
  return obj(out);
}

Value pattern_split(VM& vm, CallArgs args) {
  Value a[2];
  bind_args(vm, args, 1, "split", {"string", "maxsplit"}, 1, a);
  PatternObject* p = self_pattern(args);
  Subject subject(vm, p, a[0]);
  int64_t maxsplit = size_arg(vm, a[1], 0);
  ListObject* out = vm.new_list();
  Rooted keep(vm, obj(out));
  if (maxsplit < 0) {
    list_append(vm, out, subject.slice(vm, 0, subject.size()));
    return obj(out);
  }
  MatchData data(compiled(vm, p, kSearch));
  int64_t last = 0;
  each_match(vm, p, subject, 0, subject.size(), maxsplit, data, [&](const PCRE2_SIZE* ov) {
    list_append(vm, out, subject.slice(vm, last, static_cast<int64_t>(ov[0])));
    for (int64_t g = 1; g <= p->groups; ++g) {
      Value v = group_text(vm, subject, ov, g);
      list_append(vm, out, v.is_undefined() ? Value::none() : v);
    }
    last = static_cast<int64_t>(ov[1]);
  });
  list_append(vm, out, subject.slice(vm, last, subject.size()));
  return obj(out);
}

// CPython joins the pieces of sub() with str.join/bytes.join: its message names the piece.
void check_piece(VM& vm, const Subject& subject, Value piece, int64_t index) {
  Type* t = vm.type_of(piece);
  if (subject.is_str()) {
    if (t == vm.types.str || t->has_flag(kTypeStrSubclass)) return;
    vm.raise(vm.types.TypeError, "sequence item " + std::to_string(index) +
                                     ": expected str instance, " +
                                     std::string(type_name(vm, piece)) + " found");
  }
  if (is_subtype(t, vm.types.bytes) || is_subtype(t, vm.types.bytearray)) return;
  vm.raise(vm.types.TypeError, "sequence item " + std::to_string(index) +
                                   ": expected a bytes-like object, " +
                                   std::string(type_name(vm, piece)) + " found");
}

std::string_view piece_text(VM& vm, Value piece) {
  Object* o = piece.as_object();
  if (is_subtype(o->type, vm.types.bytearray)) return static_cast<ByteArrayObject*>(o)->view();
  if (is_subtype(o->type, vm.types.bytes)) return static_cast<BytesObject*>(o)->view();
  return static_cast<StrObject*>(o)->view();
}

bool has_backslash(VM& vm, Value v, bool* is_text) {
  Type* t = vm.type_of(v);
  *is_text = t == vm.types.str || t->has_flag(kTypeStrSubclass);
  if (!*is_text && !is_subtype(t, vm.types.bytes) && !is_subtype(t, vm.types.bytearray)) {
    return true;
  }
  return piece_text(vm, v).find('\\') != std::string_view::npos;
}

}  // namespace

void expand_template(VM& vm, TupleObject* parts, const Subject& subject, const PCRE2_SIZE* ovector,
                     std::string& out, int64_t* piece) {
  for (int64_t i = 0; i < parts->size; ++i) {
    Value part = parts->items[i];
    if (i % 2 == 0) {
      check_piece(vm, subject, part, i);
      out += piece_text(vm, part);
      continue;
    }
    int64_t g = part.as_small_int();
    if (ovector[2 * g] != PCRE2_UNSET) {
      out.append(subject.data() + ovector[2 * g], ovector[2 * g + 1] - ovector[2 * g]);
    }
  }
  ++*piece;
}

namespace {

Value substitute(VM& vm, CallArgs args, bool with_count, const char* name) {
  Value a[3];
  bind_args(vm, args, 1, name, {"repl", "string", "count"}, 2, a);
  PatternObject* p = self_pattern(args);
  Value repl = a[0];
  Subject subject(vm, p, a[1]);
  int64_t count = size_arg(vm, a[2], 0);
  bool callable = is_callable(vm, repl);
  Value literal = repl;
  TupleObject* parts = nullptr;
  bool is_text = false;
  if (!callable && has_backslash(vm, repl, &is_text)) {
    parts = compile_template(vm, p, repl);
    literal = parts->size == 1 ? parts->items[0] : Value::undefined();
  }
  Rooted keep_parts(vm, parts ? obj(parts) : Value::none());
  std::string out;
  int64_t piece = 0;  // index of the next piece in CPython's list of pieces
  int64_t last = 0;
  int64_t n = 0;
  if (count >= 0) {
    MatchData data(compiled(vm, p, kSearch));
    n = each_match(vm, p, subject, 0, subject.size(), count, data, [&](const PCRE2_SIZE* ov) {
      int64_t start = static_cast<int64_t>(ov[0]);
      if (last < start) {
        out.append(subject.data() + last, static_cast<size_t>(start - last));
        ++piece;
      }
      last = static_cast<int64_t>(ov[1]);
      if (callable) {
        Value m = obj(new_match(vm, p, subject, ov, 0, subject.length()));
        Rooted keep_match(vm, m);
        Value item = vm.call(repl, {m});
        if (item.is_none()) return;
        check_piece(vm, subject, item, piece++);
        out += piece_text(vm, item);
        subject.refresh();
      } else if (!literal.is_undefined()) {
        check_piece(vm, subject, literal, piece++);
        out += piece_text(vm, literal);
      } else {
        expand_template(vm, parts, subject, ov, out, &piece);
      }
    });
  }
  if (last < subject.size())
    out.append(subject.data() + last, static_cast<size_t>(subject.size() - last));
  Value result = subject.is_str() ? obj(vm.new_str(out)) : obj(new_bytes(vm, out));
  if (!with_count) return result;
  Rooted keep_result(vm, result);
  return obj(vm.new_tuple({result, vm.make_int(n)}));
}

Value pattern_sub(VM& vm, CallArgs args) {
  return substitute(vm, args, false, "sub");
}

Value pattern_subn(VM& vm, CallArgs args) {
  return substitute(vm, args, true, "subn");
}

// ---- finditer's iterator

struct ScannerObject : Object {
  PatternObject* pattern;
  Value string;
  int64_t start;        // byte offset of the next search; -1 when exhausted
  int64_t start_index;  // the same as a code point index
  int64_t end;          // byte offset of endpos
  int64_t pos, endpos;
  bool advance;
};

void trace_scanner(Object* self, Marker& m) {
  auto* s = static_cast<ScannerObject*>(self);
  m.mark(s->pattern);
  mark_value(m, s->string);
}

Value pattern_finditer(VM& vm, CallArgs args) {
  Value a[3];
  bind_args(vm, args, 1, "finditer", {"string", "pos", "endpos"}, 1, a);
  PatternObject* p = self_pattern(args);
  Subject subject(vm, p, a[0]);
  Span span = bounds(vm, subject, a[1], a[2]);
  auto* s = vm.allocate<ScannerObject>(types_of(p).scanner);
  s->pattern = p;
  s->string = a[0];
  s->end = subject.byte_offset(span.endpos);
  s->start = subject.byte_offset(span.pos);
  s->start_index = span.pos;
  s->pos = span.pos;
  s->endpos = span.endpos;
  return obj(s);
}

bool scanner_next(VM& vm, Value self, Value* item) {
  auto* s = static_cast<ScannerObject*>(self.as_object());
  if (s->start < 0) return false;
  Subject subject(vm, s->pattern, s->string);
  subject.set_anchor(s->start, s->start_index);
  int64_t end = std::min(s->end, subject.size());
  MatchData data(compiled(vm, s->pattern, kSearch));
  if (!run(vm, s->pattern, kSearch, subject, s->start, end, s->advance ? PCRE2_NOTEMPTY_ATSTART : 0,
           data)) {
    s->start = -1;
    return false;
  }
  const PCRE2_SIZE* ov = data.ovector();
  s->advance = ov[0] == ov[1];
  MatchObject* m = new_match(vm, s->pattern, subject, ov, s->pos, s->endpos);
  s->start = m->spans[0].byte_end;
  s->start_index = m->spans[0].end;
  *item = obj(m);
  return true;
}

Value scanner_iter(VM& vm, Value self) {
  return self;
}

Value scanner_iter_method(VM& vm, CallArgs args) {
  return args[0];
}

Value scanner_next_method(VM& vm, CallArgs args) {
  Value item;
  if (!scanner_next(vm, args[0], &item)) vm.raise(obj(vm.types.StopIteration));
  return item;
}

// ---- Pattern attributes, repr, comparison

void trace_pattern(Object* self, Marker& m) {
  auto* p = static_cast<PatternObject*>(self);
  mark_value(m, p->pattern);
  mark_value(m, p->code_text);
  if (p->groupindex) m.mark(p->groupindex);
  if (p->parents) m.mark(p->parents);
  if (p->types) m.mark(p->types);
}

void finalize_pattern(VM& vm, Object* self) {
  auto* p = static_cast<PatternObject*>(self);
  for (pcre2_code*& code : p->code) {
    pcre2_code_free(code);
    code = nullptr;
  }
}

Value pattern_getattr(VM& vm, Value self, StrObject* name) {
  auto* p = static_cast<PatternObject*>(self.as_object());
  std::string_view n = name->view();
  if (n == "pattern") return p->pattern;
  if (n == "flags") return vm.make_int(p->flags);
  if (n == "groups") return vm.make_int(p->groups);
  if (n == "groupindex") return obj(dict_copy(vm, p->groupindex, vm.types.dict));
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) {
    vm.raise(vm.types.AttributeError,
             "'re.Pattern' object has no attribute '" + std::string(n) + "'");
  }
  return v;
}

// `%.200R`: a repr cut to `limit` code points.
std::string limited_repr(VM& vm, Value v, int64_t limit) {
  StrObject* r = repr(vm, v);
  if (r->length <= limit) return std::string(r->view());
  return std::string(r->view().substr(0, static_cast<size_t>(str_byte_offset(r, limit))));
}

Value pattern_repr(VM& vm, Value self) {
  auto* p = static_cast<PatternObject*>(self.as_object());
  std::string text = "re.compile(" + limited_repr(vm, p->pattern, 200);
  static const struct {
    const char* name;
    int64_t value;
  } kFlagNames[] = {{"re.TEMPLATE", 1},  {"re.IGNORECASE", 2}, {"re.LOCALE", 4},
                    {"re.MULTILINE", 8}, {"re.DOTALL", 16},    {"re.UNICODE", 32},
                    {"re.VERBOSE", 64},  {"re.DEBUG", 128},    {"re.ASCII", 256}};
  int64_t flags = p->flags;
  // re.UNICODE is implied for str patterns.
  if (!p->bytes && (flags & (4 | 32 | 256)) == 32) flags &= ~int64_t{32};
  if (flags) {
    std::string names;
    for (const auto& f : kFlagNames) {
      if (flags & f.value) {
        if (!names.empty()) names += "|";
        names += f.name;
        flags &= ~f.value;
      }
    }
    if (flags) {
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(flags));
      if (!names.empty()) names += "|";
      names += buffer;
    }
    text += ", " + names;
  }
  return obj(vm.new_str(text + ")"));
}

Value pattern_repr_method(VM& vm, CallArgs args) {
  return pattern_repr(vm, args[0]);
}

Value pattern_compare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || vm.type_of(a) != vm.type_of(b)) {
    return vm.not_implemented;
  }
  auto* x = static_cast<PatternObject*>(a.as_object());
  auto* y = static_cast<PatternObject*>(b.as_object());
  bool equal = x == y || (x->flags == y->flags && x->bytes == y->bytes &&
                          values_equal(vm, x->code_text, y->code_text) &&
                          values_equal(vm, x->pattern, y->pattern));
  return Value::from_bool(equal == (op == CompareOp::Eq));
}

int64_t pattern_hash(VM& vm, Value self) {
  auto* p = static_cast<PatternObject*>(self.as_object());
  int64_t h = hash_value(vm, p->pattern) ^ (p->flags * 1000003);
  return h == -1 ? -2 : h;
}

Value return_self(VM& vm, CallArgs args) {
  return args[0];
}

// _sre.compile(pattern, flags, code, groups, groupindex, parents): bound to the types.
Value sre_compile(VM& vm, CallArgs args) {
  if (args.nkw() > 0 || args.npos != 7) {
    vm.raise(vm.types.TypeError, "compile() takes exactly 6 arguments");
  }
  auto* types = static_cast<TupleObject*>(args[0].as_object());
  auto* p = vm.allocate<PatternObject>(static_cast<Type*>(types->items[0].as_object()));
  p->types = types;
  p->pattern = args[1];
  p->bytes = !is_subtype(vm.type_of(args[1]), vm.types.str);
  p->flags = index_value(vm, args[2]);
  p->code_text = args[3];
  p->groups = index_value(vm, args[4]);
  p->groupindex = static_cast<DictObject*>(args[5].as_object());
  p->parents = static_cast<TupleObject*>(args[6].as_object());
  Rooted keep(vm, obj(p));
  compiled(vm, p, kSearch);
  return obj(p);
}

void init_sre_module(VM& vm, ModuleObject* module) {
  Type* pattern = vm.new_type("Pattern", vm.types.object, kTypeWeakrefable);
  pattern->module = vm.intern("re");
  pattern->slots.trace = trace_pattern;
  pattern->slots.finalize = finalize_pattern;
  pattern->slots.getattr = pattern_getattr;
  pattern->slots.repr = pattern_repr;
  pattern->slots.compare = pattern_compare;
  pattern->slots.hash = pattern_hash;
  pattern->slots.construct = nullptr;
  struct Method {
    const char* name;
    NativeFunction function;
  };
  static const Method kMethods[] = {
      {"match", pattern_match},
      {"search", pattern_search},
      {"fullmatch", pattern_fullmatch},
      {"findall", pattern_findall},
      {"finditer", pattern_finditer},
      {"split", pattern_split},
      {"sub", pattern_sub},
      {"subn", pattern_subn},
      {"__copy__", return_self},
      {"__deepcopy__", return_self},
      {"__repr__", pattern_repr_method},
  };
  for (const Method& m : kMethods) vm.add_method(pattern, m.name, m.function);

  Type* match = vm.new_type("Match", vm.types.object, 0);
  match->module = vm.intern("re");
  install_match_type(vm, match);

  Type* scanner = vm.new_type("callable_iterator", vm.types.object, 0);
  scanner->slots.trace = trace_scanner;
  scanner->slots.iter = scanner_iter;
  scanner->slots.next = scanner_next;
  scanner->slots.construct = nullptr;
  vm.add_method(scanner, "__iter__", scanner_iter_method);
  vm.add_method(scanner, "__next__", scanner_next_method);

  // re.Pattern[str] and re.Match[str] are generic aliases, like list[int].
  Value class_getitem = dict_get_str(vm, vm.types.list->dict, vm.intern("__class_getitem__"));
  for (Type* generic : {pattern, match}) {
    dict_set_str(vm, generic->dict, vm.intern("__class_getitem__"), class_getitem);
  }

  TupleObject* types = vm.new_tuple({obj(pattern), obj(match), obj(scanner)});
  DictObject* d = module->dict;
  dict_set_str(vm, d, vm.intern("Pattern"), obj(pattern));
  dict_set_str(vm, d, vm.intern("Match"), obj(match));
  dict_set_str(vm, d, vm.intern("compile"),
               obj(vm.new_native_function("compile", sre_compile, obj(types))));
}

}  // namespace

}  // namespace ember::sre

namespace ember {

void install_sre_module(VM& vm) {
  vm.native_modules["_sre"] = sre::init_sre_module;
}

}  // namespace ember
