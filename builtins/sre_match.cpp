// _sre: Match objects (re.Match): groups by number or name, spans in code points, expand().
#include <string>
#include <vector>

#include "builtins/sre_internal.h"
#include "vm/bytes_object.h"
#include "vm/dict_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember::sre {

namespace {

MatchObject* self_match(CallArgs args) {
  return static_cast<MatchObject*>(args[0].as_object());
}

// True when group `outer` encloses group `g`.
bool encloses(PatternObject* p, int64_t outer, int64_t g) {
  while (g != 0) {
    g = p->parents->items[g].as_small_int();
    if (g == outer) return true;
  }
  return false;
}

// Python's lastindex is the group closed last. PCRE2 does not report it; the group that
// ends last (an enclosing group before the groups it contains, else the later one) is it
// except around lookaheads.
int64_t last_closed(PatternObject* p, MatchObject* m) {
  int64_t best = -1;
  for (int64_t g = 1; g < m->ngroups; ++g) {
    const GroupSpan& s = m->spans[g];
    if (s.start < 0) continue;
    if (best < 0 || s.byte_end > m->spans[best].byte_end ||
        (s.byte_end == m->spans[best].byte_end && !encloses(p, best, g))) {
      best = g;
    }
  }
  return best;
}

// The text of a matched group (the subject may be a bytearray that has shrunk since).
Value span_text(VM& vm, MatchObject* m, const GroupSpan& s) {
  Object* o = m->string.as_object();
  if (!m->pattern->bytes) {
    auto* str = static_cast<StrObject*>(o);
    return obj(vm.new_str(std::string_view(str->data + s.byte_start,
                                           static_cast<size_t>(s.byte_end - s.byte_start))));
  }
  std::string_view data = is_subtype(o->type, vm.types.bytearray)
                              ? static_cast<ByteArrayObject*>(o)->view()
                              : static_cast<BytesObject*>(o)->view();
  int64_t size = static_cast<int64_t>(data.size());
  int64_t start = std::min(s.byte_start, size);
  int64_t end = std::max(start, std::min(s.byte_end, size));
  return obj(
      new_bytes(vm, data.substr(static_cast<size_t>(start), static_cast<size_t>(end - start))));
}

Value group_value(VM& vm, MatchObject* m, int64_t g, Value absent) {
  const GroupSpan& s = m->spans[g];
  return s.start < 0 ? absent : span_text(vm, m, s);
}

bool index_like(VM& vm, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  Type* t = vm.type_of(v);
  return t->has_flag(kTypeIntSubclass) || t->slots.index != nullptr;
}

// A group given by number or name; IndexError "no such group" otherwise.
int64_t group_index(VM& vm, MatchObject* m, Value index) {
  int64_t i = -1;
  if (index_like(vm, index)) {
    Value v = to_int_index(vm, index);
    if (v.is_small_int()) i = v.as_small_int();
  } else {
    Value g = dict_get(vm, m->pattern->groupindex, index);
    if (!g.is_undefined() && g.is_small_int()) i = g.as_small_int();
  }
  if (i < 0 || i >= m->ngroups) vm.raise(vm.types.IndexError, "no such group");
  return i;
}

Value match_group(VM& vm, CallArgs args) {
  if (args.nkw() > 0) vm.raise(vm.types.TypeError, "Match.group() takes no keyword arguments");
  MatchObject* m = self_match(args);
  if (args.npos == 1) return group_value(vm, m, 0, Value::none());
  if (args.npos == 2) return group_value(vm, m, group_index(vm, m, args[1]), Value::none());
  TupleObject* t = vm.new_tuple(args.npos - 1);
  Rooted keep(vm, obj(t));
  for (uint32_t i = 1; i < args.npos; ++i) {
    t->items[i - 1] = group_value(vm, m, group_index(vm, m, args[i]), Value::none());
  }
  return obj(t);
}

Value match_getitem(VM& vm, Value self, Value key) {
  auto* m = static_cast<MatchObject*>(self.as_object());
  return group_value(vm, m, group_index(vm, m, key), Value::none());
}

Value match_getitem_method(VM& vm, CallArgs args) {
  if (args.nkw() > 0 || args.npos != 2) {
    vm.raise(vm.types.TypeError, "expected 1 argument, got " + std::to_string(args.npos - 1));
  }
  return match_getitem(vm, args[0], args[1]);
}

Value default_arg(VM& vm, CallArgs args, const char* name) {
  Value a[1];
  bind_args(vm, args, 1, name, {"default"}, 0, a);
  return a[0].is_undefined() ? Value::none() : a[0];
}

Value match_groups(VM& vm, CallArgs args) {
  Value absent = default_arg(vm, args, "groups");
  MatchObject* m = self_match(args);
  TupleObject* t = vm.new_tuple(m->ngroups - 1);
  for (int64_t g = 1; g < m->ngroups; ++g) t->items[g - 1] = group_value(vm, m, g, absent);
  return obj(t);
}

Value match_groupdict(VM& vm, CallArgs args) {
  Value absent = default_arg(vm, args, "groupdict");
  MatchObject* m = self_match(args);
  DictObject* out = vm.new_dict();
  Rooted keep(vm, obj(out));
  int64_t pos = 0;
  while (DictEntry* e = dict_next(m->pattern->groupindex, &pos)) {
    Value key = e->key;
    Value v = group_value(vm, m, e->value.as_small_int(), absent);
    dict_set(vm, out, key, v);
  }
  return obj(out);
}

// start/end/span take one optional positional group.
int64_t group_arg(VM& vm, CallArgs args, const char* name) {
  if (args.nkw() > 0) {
    vm.raise(vm.types.TypeError, "Match." + std::string(name) + "() takes no keyword arguments");
  }
  if (args.npos > 2) {
    vm.raise(vm.types.TypeError, std::string(name) + " expected at most 1 argument, got " +
                                     std::to_string(args.npos - 1));
  }
  MatchObject* m = self_match(args);
  return args.npos == 2 ? group_index(vm, m, args[1]) : 0;
}

Value match_start(VM& vm, CallArgs args) {
  int64_t g = group_arg(vm, args, "start");
  return vm.make_int(self_match(args)->spans[g].start);
}

Value match_end(VM& vm, CallArgs args) {
  int64_t g = group_arg(vm, args, "end");
  return vm.make_int(self_match(args)->spans[g].end);
}

Value span_tuple(VM& vm, const GroupSpan& s) {
  return obj(vm.new_tuple({vm.make_int(s.start), vm.make_int(s.end)}));
}

Value match_span(VM& vm, CallArgs args) {
  int64_t g = group_arg(vm, args, "span");
  return span_tuple(vm, self_match(args)->spans[g]);
}

Value match_expand(VM& vm, CallArgs args) {
  Value a[1];
  bind_args(vm, args, 1, "expand", {"template"}, 1, a);
  MatchObject* m = self_match(args);
  TupleObject* parts = compile_template(vm, m->pattern, a[0]);
  Rooted keep(vm, obj(parts));
  Subject subject(vm, m->pattern, m->string);
  std::vector<PCRE2_SIZE> ovector;
  for (int64_t g = 0; g < m->ngroups; ++g) {
    const GroupSpan& s = m->spans[g];
    ovector.push_back(s.start < 0 ? PCRE2_UNSET : static_cast<PCRE2_SIZE>(s.byte_start));
    ovector.push_back(s.start < 0 ? PCRE2_UNSET : static_cast<PCRE2_SIZE>(s.byte_end));
  }
  std::string out;
  int64_t piece = 0;
  expand_template(vm, parts, subject, ovector.data(), out, &piece);
  return subject.is_str() ? obj(vm.new_str(out)) : obj(new_bytes(vm, out));
}

Value return_self(VM& vm, CallArgs args) {
  return args[0];
}

Value match_getattr(VM& vm, Value self, StrObject* name) {
  auto* m = static_cast<MatchObject*>(self.as_object());
  std::string_view n = name->view();
  if (n == "string") return m->string;
  if (n == "re") return obj(m->pattern);
  if (n == "pos") return vm.make_int(m->pos);
  if (n == "endpos") return vm.make_int(m->endpos);
  if (n == "lastindex") return m->lastindex < 0 ? Value::none() : vm.make_int(m->lastindex);
  if (n == "lastgroup") {
    int64_t pos = 0;
    while (DictEntry* e = dict_next(m->pattern->groupindex, &pos)) {
      if (m->lastindex >= 0 && e->value.is_small_int() && e->value.as_small_int() == m->lastindex) {
        return e->key;
      }
    }
    return Value::none();
  }
  if (n == "regs") {
    TupleObject* t = vm.new_tuple(m->ngroups);
    Rooted keep(vm, obj(t));
    for (int64_t g = 0; g < m->ngroups; ++g) t->items[g] = span_tuple(vm, m->spans[g]);
    return obj(t);
  }
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) {
    vm.raise(vm.types.AttributeError,
             "'re.Match' object has no attribute '" + std::string(n) + "'");
  }
  return v;
}

Value match_repr(VM& vm, Value self) {
  auto* m = static_cast<MatchObject*>(self.as_object());
  Value whole = group_value(vm, m, 0, Value::none());
  StrObject* r = repr(vm, whole);
  std::string_view text = r->view();
  // `%.50R`: the repr is cut to 50 code points.
  if (r->length > 50) text = text.substr(0, static_cast<size_t>(str_byte_offset(r, 50)));
  std::string out = "<re.Match object; span=(" + std::to_string(m->spans[0].start) + ", " +
                    std::to_string(m->spans[0].end) + "), match=" + std::string(text) + ">";
  return obj(vm.new_str(out));
}

Value match_repr_method(VM& vm, CallArgs args) {
  return match_repr(vm, args[0]);
}

int64_t match_hash(VM& vm, Value self) {
  return static_cast<int64_t>(reinterpret_cast<uintptr_t>(self.as_object()) >> 4);
}

void trace_match(Object* self, Marker& marker) {
  auto* m = static_cast<MatchObject*>(self);
  marker.mark(m->pattern);
  mark_value(marker, m->string);
}

}  // namespace

MatchObject* new_match(VM& vm, PatternObject* p, Subject& subject, const PCRE2_SIZE* ovector,
                       int64_t pos, int64_t endpos) {
  int64_t n = p->groups + 1;
  auto* m =
      vm.allocate<MatchObject>(types_of(p).match, sizeof(GroupSpan) * static_cast<size_t>(n - 1));
  m->pattern = p;
  m->string = subject.value();
  m->pos = pos;
  m->endpos = endpos;
  m->ngroups = n;
  for (int64_t g = 0; g < n; ++g) {
    GroupSpan& s = m->spans[g];
    if (ovector[2 * g] == PCRE2_UNSET) {
      s = {-1, -1, -1, -1};
      continue;
    }
    s.byte_start = static_cast<int64_t>(ovector[2 * g]);
    s.byte_end = static_cast<int64_t>(ovector[2 * g + 1]);
    s.start = subject.index_of(s.byte_start);
    s.end = subject.index_of(s.byte_end);
  }
  m->lastindex = last_closed(p, m);
  return m;
}

void install_match_type(VM& vm, Type* match) {
  match->slots.trace = trace_match;
  match->slots.getattr = match_getattr;
  match->slots.getitem = match_getitem;
  match->slots.repr = match_repr;
  match->slots.hash = match_hash;
  match->slots.construct = nullptr;
  struct Method {
    const char* name;
    NativeFunction function;
  };
  static const Method kMethods[] = {
      {"group", match_group},
      {"groups", match_groups},
      {"groupdict", match_groupdict},
      {"start", match_start},
      {"end", match_end},
      {"span", match_span},
      {"expand", match_expand},
      {"__copy__", return_self},
      {"__deepcopy__", return_self},
      {"__getitem__", match_getitem_method},
      {"__repr__", match_repr_method},
  };
  for (const Method& method : kMethods) vm.add_method(match, method.name, method.function);
}

}  // namespace ember::sre
