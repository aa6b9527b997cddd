// The functions of the builtins module (print, len, isinstance, iter, next, sorted, min,
// max, sum, getattr, ...), its iterator classes (enumerate, zip, map, filter, reversed,
// callable_iterator) and the names of the built-in classes.
#include <string>
#include <vector>

#include "builtins/install.h"
#include "builtins/misc_support.h"
#include "vm/bytes_object.h"
#include "vm/call.h"
#include "vm/code_object.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/generator_object.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/iterator_objects.h"
#include "vm/list_object.h"
#include "vm/module_object.h"
#include "vm/output_stream.h"
#include "vm/vm.h"

namespace ember {

namespace {

using misc::obj;
using misc::type_error;

// ---- iterator objects

struct EnumerateObject : Object {
  Value iterator;
  Value count;
};

struct MapObject : Object {
  Value function;
  TupleObject* iterators;
};

struct FilterObject : Object {
  Value function;
  Value iterator;
};

struct ReversedObject : Object {
  Value sequence;  // undefined once exhausted
  int64_t index;
};

struct CallableIteratorObject : Object {
  Value callable;  // undefined once exhausted
  Value sentinel;
};

struct QuitterObject : Object {
  StrObject* name;
};

struct IteratorTypes {
  Type* enumerate;
  Type* zip;
  Type* map;
  Type* filter;
  Type* reversed;
  Type* callable_iterator;
  Type* quitter;
};

// Types that have no builtin name live in a private module (sys.modules['_ember_builtins']),
// which keeps them reachable and findable without process-wide state.
DictObject* private_dict(VM& vm) {
  return misc::private_namespace(vm);
}

Type* private_type(VM& vm, std::string_view name) {
  return static_cast<Type*>(dict_get_str(vm, private_dict(vm), vm.name(name)).as_object());
}

Value iter_self(VM& vm, Value self) {
  return self;
}

void trace_enumerate(Object* self, Marker& m) {
  auto* e = static_cast<EnumerateObject*>(self);
  mark_value(m, e->iterator);
  mark_value(m, e->count);
}
void trace_zip(Object* self, Marker& m) {
  m.mark(static_cast<ZipObject*>(self)->iterators);
}
void trace_map(Object* self, Marker& m) {
  auto* o = static_cast<MapObject*>(self);
  mark_value(m, o->function);
  m.mark(o->iterators);
}
void trace_filter(Object* self, Marker& m) {
  auto* o = static_cast<FilterObject*>(self);
  mark_value(m, o->function);
  mark_value(m, o->iterator);
}
void trace_reversed(Object* self, Marker& m) {
  mark_value(m, static_cast<ReversedObject*>(self)->sequence);
}
void trace_callable_iterator(Object* self, Marker& m) {
  auto* o = static_cast<CallableIteratorObject*>(self);
  mark_value(m, o->callable);
  mark_value(m, o->sentinel);
}
void trace_quitter(Object* self, Marker& m) {
  m.mark(static_cast<QuitterObject*>(self)->name);
}

// enumerate(iterable, start=0)
Value enumerate_construct(VM& vm, Type* type, CallArgs args) {
  Value kw[2];
  misc::keywords(vm, args, "enumerate", {"iterable", "start"}, kw);
  uint32_t total = args.npos + args.nkw();
  if (total > 2) {
    type_error(vm, "enumerate() takes at most 2 arguments (" + std::to_string(total) + " given)");
  }
  Value iterable = args.npos >= 1 ? args[0] : kw[0];
  Value start = args.npos >= 2 ? args[1] : kw[1];
  if (iterable.is_undefined()) type_error(vm, "enumerate() missing required argument 'iterable'");
  if (start.is_undefined()) {
    start = Value::from_small_int(0);
  } else {
    start = to_int_index(vm, start);
  }
  Rooted keep_start(vm, start);
  Value it = get_iterator(vm, iterable);
  Rooted keep(vm, it);
  auto* e = vm.allocate<EnumerateObject>(type);
  e->iterator = it;
  e->count = start;
  return obj(e);
}

bool enumerate_next(VM& vm, Value self, Value* item) {
  auto* e = static_cast<EnumerateObject*>(self.as_object());
  Value x;
  if (!iterator_next(vm, e->iterator, &x)) return false;
  Rooted keep(vm, x);
  Value index = e->count;
  if (index.is_small_int() && index.as_small_int() < Value::kSmallIntMax) {
    e->count = Value::from_small_int(index.as_small_int() + 1);
  } else {
    e->count = binary_op(vm, BinaryOp::Add, index, Value::from_small_int(1));
  }
  *item = obj(vm.new_tuple({index, x}));
  return true;
}

// zip(*iterables, strict=False)
Value zip_construct(VM& vm, Type* type, CallArgs args) {
  Value kw[1];
  misc::keywords(vm, args, "zip", {"strict"}, kw);
  bool strict = !kw[0].is_undefined() && truthy(vm, kw[0]);
  TupleObject* iterators = vm.new_tuple(args.npos);
  Rooted keep(vm, obj(iterators));
  for (uint32_t i = 0; i < args.npos; ++i) iterators->items[i] = get_iterator(vm, args[i]);
  auto* z = vm.allocate<ZipObject>(type);
  z->iterators = iterators;
  z->strict = strict;
  return obj(z);
}

std::string arguments_before(int64_t i) {
  // "argument 1" / "arguments 1-3"
  if (i == 1) return "argument 1";
  return "arguments 1-" + std::to_string(i);
}

bool zip_next(VM& vm, Value self, Value* item) {
  auto* z = static_cast<ZipObject*>(self.as_object());
  int64_t n = z->iterators->size;
  if (n == 0 || z->done) return false;
  TupleObject* result = vm.new_tuple(n);
  Rooted keep(vm, obj(result));
  for (int64_t i = 0; i < n; ++i) {
    Value x;
    if (!iterator_next(vm, z->iterators->items[i], &x)) {
      z->done = true;
      if (!z->strict) return false;
      if (i > 0) {
        vm.raise(vm.types.ValueError, "zip() argument " + std::to_string(i + 1) +
                                          " is shorter than " + arguments_before(i));
      }
      for (int64_t j = 1; j < n; ++j) {
        Value y;
        if (iterator_next(vm, z->iterators->items[j], &y)) {
          vm.raise(vm.types.ValueError, "zip() argument " + std::to_string(j + 1) +
                                            " is longer than " + arguments_before(j));
        }
      }
      return false;
    }
    result->items[i] = x;
  }
  *item = obj(result);
  return true;
}

// map(function, *iterables)
Value map_construct(VM& vm, Type* type, CallArgs args) {
  misc::no_kwargs(vm, args, "map");
  if (args.npos < 2) type_error(vm, "map() must have at least two arguments.");
  TupleObject* iterators = vm.new_tuple(args.npos - 1);
  Rooted keep(vm, obj(iterators));
  for (uint32_t i = 1; i < args.npos; ++i) iterators->items[i - 1] = get_iterator(vm, args[i]);
  auto* m = vm.allocate<MapObject>(type);
  m->function = args[0];
  m->iterators = iterators;
  return obj(m);
}

bool map_next(VM& vm, Value self, Value* item) {
  auto* m = static_cast<MapObject*>(self.as_object());
  int64_t n = m->iterators->size;
  if (n == 1) {
    Value x;
    if (!iterator_next(vm, m->iterators->items[0], &x)) return false;
    Rooted keep(vm, x);
    *item = vm.call(m->function, {x});
    return true;
  }
  TupleObject* values = vm.new_tuple(n);
  Rooted keep(vm, obj(values));
  for (int64_t i = 0; i < n; ++i) {
    Value x;
    if (!iterator_next(vm, m->iterators->items[i], &x)) return false;
    values->items[i] = x;
  }
  CallArgs call_args;
  call_args.values = values->items;
  call_args.npos = static_cast<uint32_t>(n);
  *item = vm.call(m->function, call_args);
  return true;
}

// filter(function or None, iterable)
Value filter_construct(VM& vm, Type* type, CallArgs args) {
  misc::expect_range(vm, args, "filter", 2, 2);
  Value it = get_iterator(vm, args[1]);
  Rooted keep(vm, it);
  auto* f = vm.allocate<FilterObject>(type);
  f->function = args[0];
  f->iterator = it;
  return obj(f);
}

bool filter_next(VM& vm, Value self, Value* item) {
  auto* f = static_cast<FilterObject*>(self.as_object());
  Value x;
  while (iterator_next(vm, f->iterator, &x)) {
    Rooted keep(vm, x);
    bool keep_it;
    if (f->function.is_none() || f->function.is(obj(vm.types.bool_))) {
      keep_it = truthy(vm, x);
    } else {
      keep_it = truthy(vm, vm.call(f->function, {x}));
    }
    if (keep_it) {
      *item = x;
      return true;
    }
  }
  return false;
}

// reversed(sequence)
Value reversed_construct(VM& vm, Type* type, CallArgs args) {
  misc::expect_range(vm, args, "reversed", 1, 1);
  Value seq = args[0];
  Type* t = vm.type_of(seq);
  Value method = lookup_in_type(vm, t, vm.name("__reversed__"));
  if (!method.is_undefined()) {
    if (method.is_none()) {
      type_error(vm, "'" + std::string(type_name(vm, seq)) + "' object is not reversible");
    }
    return misc::call_method(vm, seq, "__reversed__", {});
  }
  if (!t->slots.getitem || !t->slots.length || t->has_flag(kTypeDictSubclass)) {
    type_error(vm, "'" + std::string(type_name(vm, seq)) + "' object is not reversible");
  }
  int64_t n = length(vm, seq);
  auto* r = vm.allocate<ReversedObject>(type);
  r->sequence = seq;
  r->index = n - 1;
  return obj(r);
}

bool reversed_next(VM& vm, Value self, Value* item) {
  auto* r = static_cast<ReversedObject*>(self.as_object());
  if (r->sequence.is_undefined() || r->index < 0) {
    r->sequence = Value::undefined();
    return false;
  }
  Value seq = r->sequence;
  int64_t index = r->index--;
  try {
    *item = get_item(vm, seq, vm.make_int(index));
  } catch (const PythonException&) {
    Value e = vm.raised();
    if (is_instance(vm, e, vm.types.IndexError) || is_instance(vm, e, vm.types.StopIteration)) {
      vm.clear_raised();
      r->sequence = Value::undefined();
      return false;
    }
    throw;
  }
  return true;
}

Value reversed_length_hint(VM& vm, CallArgs args) {
  auto* r = static_cast<ReversedObject*>(args[0].as_object());
  return vm.make_int(r->sequence.is_undefined() ? 0 : r->index + 1);
}

bool callable_iterator_next(VM& vm, Value self, Value* item) {
  auto* c = static_cast<CallableIteratorObject*>(self.as_object());
  if (c->callable.is_undefined()) return false;
  Value x = vm.call(c->callable, {});
  Rooted keep(vm, x);
  if (c->callable.is_undefined()) return false;
  if (values_equal(vm, x, c->sentinel)) {
    c->callable = Value::undefined();
    return false;
  }
  *item = x;
  return true;
}

// `__iter__` / `__next__` as methods, for Python code that calls them directly.
Value m_iter(VM& vm, CallArgs args) {
  return args[0];
}
Value m_next(VM& vm, CallArgs args) {
  Value item;
  if (!iterator_next(vm, args[0], &item))
    vm.raise(obj(vm.new_exception(vm.types.StopIteration, vm.empty_tuple)));
  return item;
}

Value quitter_repr(VM& vm, Value self) {
  auto* q = static_cast<QuitterObject*>(self.as_object());
  return misc::new_str_value(
      vm, "Use " + std::string(q->name->view()) + "() or Ctrl-D (i.e. EOF) to exit");
}

Value quitter_call(VM& vm, Value self, CallArgs args) {
  auto* q = static_cast<QuitterObject*>(self.as_object());
  Value kw[1];
  misc::keywords(vm, args, q->name->view(), {"code"}, kw);
  if (args.npos > 1) {
    type_error(vm, std::string(q->name->view()) + "() takes from 0 to 1 positional arguments but " +
                       std::to_string(args.npos) + " were given");
  }
  require_capability(vm, Capability::Exit, std::string(q->name->view()) + "()");
  Value code = args.npos == 1 ? args[0] : kw[0].is_undefined() ? Value::none() : kw[0];
  Value stdin_obj = misc::sys_attribute(vm, "stdin");
  if (!stdin_obj.is_undefined() && !stdin_obj.is_none()) {
    // CPython closes sys.stdin before exiting; the effect is invisible to programs here.
  }
  Value argv[1] = {code};
  CallArgs exc_args;
  exc_args.values = argv;
  exc_args.npos = 1;
  vm.raise(vm.call(obj(vm.types.SystemExit), exc_args));
}

// ---- print and input

// Writes `text` to `file` (None: sys.stdout). Returns the file's stream when it is native.
void write_text(VM& vm, Value file, OutputStream* native, std::string_view text) {
  if (native) {
    misc::stream_write(vm, *native, text);
    return;
  }
  misc::call_method(vm, file, "write", {obj(vm.new_str(text))});
}

Value resolve_file(VM& vm, Value file, const char* what) {
  if (!file.is_undefined() && !file.is_none()) return file;
  Value out = misc::sys_attribute(vm, what);
  if (out.is_undefined()) {
    vm.raise(vm.types.RuntimeError, std::string("lost sys.") + what);
  }
  return out;
}

Value builtin_print(VM& vm, CallArgs args) {
  Value kw[4];
  misc::keywords(vm, args, "print", {"sep", "end", "file", "flush"}, kw);
  Value sep = kw[0], end = kw[1], file = kw[2], flush = kw[3];
  StrObject* sep_s = nullptr;
  StrObject* end_s = nullptr;
  if (!sep.is_undefined() && !sep.is_none()) {
    sep_s = misc::as_str(vm, sep);
    if (!sep_s)
      type_error(vm, "sep must be None or a string, not " + std::string(type_name(vm, sep)));
  }
  if (!end.is_undefined() && !end.is_none()) {
    end_s = misc::as_str(vm, end);
    if (!end_s)
      type_error(vm, "end must be None or a string, not " + std::string(type_name(vm, end)));
  }
  file = resolve_file(vm, file, "stdout");
  if (file.is_none()) return Value::none();
  Rooted keep(vm, file);
  OutputStream* native = misc::native_output(vm, file);
  std::string_view sep_text = sep_s ? sep_s->view() : std::string_view(" ");
  std::string_view end_text = end_s ? end_s->view() : std::string_view("\n");
  if (native) {
    std::string line;
    for (uint32_t i = 0; i < args.npos; ++i) {
      if (i > 0) line.append(sep_text);
      append_str(vm, line, args[i]);
    }
    line.append(end_text);
    misc::stream_write(vm, *native, line);
  } else {
    for (uint32_t i = 0; i < args.npos; ++i) {
      if (i > 0) write_text(vm, file, nullptr, sep_text);
      write_text(vm, file, nullptr, str(vm, args[i])->view());
    }
    write_text(vm, file, nullptr, end_text);
  }
  if (!flush.is_undefined() && truthy(vm, flush)) {
    if (native) {
      misc::stream_flush(vm, *native);
    } else {
      misc::call_method(vm, file, "flush", {});
    }
  }
  return Value::none();
}

Value builtin_input(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "input", 0, 1);
  Value out = resolve_file(vm, Value::undefined(), "stdout");
  Rooted keep(vm, out);
  OutputStream* native = misc::native_output(vm, out);
  if (args.npos == 1) {
    StrObject* prompt = str(vm, args[0]);
    write_text(vm, out, native, prompt->view());
  }
  if (native) {
    misc::stream_flush(vm, *native);
  } else {
    misc::call_method(vm, out, "flush", {});
  }
  vm.err().flush();
  std::string line;
  if (!misc::stdin_readline(vm, line)) {
    if (line.empty()) vm.raise(vm.types.EOFError, "EOF when reading a line");
  }
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return obj(vm.new_str(line));
}

// ---- simple one-argument functions

Value builtin_len(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "len");
  return vm.make_int(length(vm, args[0]));
}

Value builtin_repr(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "repr");
  return obj(repr(vm, args[0]));
}

Value builtin_ascii(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "ascii");
  return obj(ascii_repr(vm, args[0]));
}

Value builtin_hash(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "hash");
  return vm.make_int(hash_value(vm, args[0]));
}

Value builtin_id(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "id");
  Value v = args[0];
  uint64_t bits = v.is_object() ? reinterpret_cast<uint64_t>(v.as_object()) : v.bits();
  return vm.make_int(static_cast<int64_t>(bits & 0x7FFFFFFFFFFFFFFFull));
}

bool is_callable(VM& vm, Value v) {
  Type* t = vm.type_of(v);
  return t == vm.types.function || t == vm.types.native_function || t == vm.types.bound_method ||
         t->slots.call != nullptr;
}

Value builtin_callable(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "callable");
  return Value::from_bool(is_callable(vm, args[0]));
}

Value builtin_chr(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "chr");
  Value v = to_int_index(vm, args[0]);
  if (!v.is_small_int()) {
    vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  }
  int64_t cp = v.as_small_int();
  if (cp < 0 || cp > 0x10FFFF) vm.raise(vm.types.ValueError, "chr() arg not in range(0x110000)");
  return obj(vm.new_str_from_code_point(static_cast<uint32_t>(cp)));
}

Value builtin_ord(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "ord");
  Value v = args[0];
  if (StrObject* s = misc::as_str(vm, v)) {
    if (s->length != 1) {
      type_error(vm, "ord() expected a character, but string of length " +
                         std::to_string(s->length) + " found");
    }
    return vm.make_int(str_code_point(s, 0));
  }
  if (is_bytes(vm, v) || is_bytearray(vm, v)) {
    std::string_view data = is_bytes(vm, v) ? static_cast<BytesObject*>(v.as_object())->view()
                                            : static_cast<ByteArrayObject*>(v.as_object())->view();
    if (data.size() != 1) {
      type_error(vm, "ord() expected a character, but string of length " +
                         std::to_string(data.size()) + " found");
    }
    return vm.make_int(static_cast<unsigned char>(data[0]));
  }
  type_error(vm,
             "ord() expected string of length 1, but " + std::string(type_name(vm, v)) + " found");
}

// ---- isinstance / issubclass

// A metaclass defined in Python may override isinstance()/issubclass() for its classes.
Value metaclass_hook(VM& vm, Type* cls, const char* name) {
  Type* meta = cls->type;
  if (!meta->has_flag(kTypeHeapType)) return Value::undefined();
  Value hook = lookup_in_type(vm, meta, vm.name(name));
  if (hook.is(dict_get_str(vm, vm.types.type->dict, vm.name(name)))) return Value::undefined();
  return hook;
}

// The classes a union (int | str) or tuple stands for, else null.
TupleObject* class_alternatives(VM& vm, Value cls) {
  Type* ct = vm.type_of(cls);
  if (ct->has_flag(kTypeTupleSubclass)) return static_cast<TupleObject*>(cls.as_object());
  if (ct == vm.types.union_type) {
    return static_cast<TupleObject*>(get_attribute(vm, cls, vm.name("__args__")).as_object());
  }
  return nullptr;
}

bool instance_check(VM& vm, Value v, Value cls, int depth) {
  if (Type* t = misc::as_type(vm, cls)) {
    if (vm.type_of(v) == t) return true;
    Value hook = metaclass_hook(vm, t, "__instancecheck__");
    if (!hook.is_undefined()) return truthy(vm, call_with_self(vm, hook, cls, CallArgs{&v, 1}));
    return is_instance(vm, v, t);
  }
  if (TupleObject* alternatives = class_alternatives(vm, cls)) {
    for (int64_t i = 0; i < alternatives->size; ++i) {
      if (instance_check(vm, v, alternatives->items[i], depth + 1)) return true;
    }
    return false;
  }
  // Any object whose class defines __instancecheck__ (typing's aliases, for one).
  if (Value hook = lookup_in_type(vm, vm.type_of(cls), vm.name("__instancecheck__"));
      !hook.is_undefined() && vm.type_of(cls)->has_flag(kTypeHeapType)) {
    return truthy(vm, call_with_self(vm, hook, cls, CallArgs{&v, 1}));
  }
  type_error(vm, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool subclass_check(VM& vm, Type* t, Value cls) {
  if (Type* base = misc::as_type(vm, cls)) {
    Value hook = metaclass_hook(vm, base, "__subclasscheck__");
    if (!hook.is_undefined()) {
      Value sub = obj(t);
      return truthy(vm, call_with_self(vm, hook, cls, CallArgs{&sub, 1}));
    }
    return is_subtype(t, base);
  }
  if (TupleObject* alternatives = class_alternatives(vm, cls)) {
    for (int64_t i = 0; i < alternatives->size; ++i) {
      if (subclass_check(vm, t, alternatives->items[i])) return true;
    }
    return false;
  }
  if (Value hook = lookup_in_type(vm, vm.type_of(cls), vm.name("__subclasscheck__"));
      !hook.is_undefined() && vm.type_of(cls)->has_flag(kTypeHeapType)) {
    Value sub = obj(t);
    return truthy(vm, call_with_self(vm, hook, cls, CallArgs{&sub, 1}));
  }
  type_error(vm, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

Value builtin_isinstance(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "isinstance", 2, 2);
  return Value::from_bool(instance_check(vm, args[0], args[1], 0));
}

Value builtin_issubclass(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "issubclass", 2, 2);
  Type* t = misc::as_type(vm, args[0]);
  if (!t) type_error(vm, "issubclass() arg 1 must be a class");
  return Value::from_bool(subclass_check(vm, t, args[1]));
}

// ---- iteration

Value builtin_iter(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "iter", 1, 2);
  if (args.npos == 1) return get_iterator(vm, args[0]);
  if (!is_callable(vm, args[0])) type_error(vm, "iter(v, w): v must be callable");
  auto* c = vm.allocate<CallableIteratorObject>(private_type(vm, "callable_iterator"));
  c->callable = args[0];
  c->sentinel = args[1];
  return obj(c);
}

Value builtin_next(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "next", 1, 2);
  Value it = args[0];
  if (!vm.type_of(it)->slots.next) {
    type_error(vm, "'" + std::string(type_name(vm, it)) + "' object is not an iterator");
  }
  Value item;
  if (vm.type_of(it) == vm.types.generator || vm.type_of(it) == vm.types.coroutine_wrapper) {
    // The generator's return value travels in StopIteration.
    auto* g = vm.type_of(it) == vm.types.generator
                  ? static_cast<GeneratorObject*>(it.as_object())
                  : static_cast<CoroutineWrapperObject*>(it.as_object())->coroutine;
    if (resume_generator(vm, g, Value::none(), Value::undefined(), &item) ==
        GeneratorStep::Yielded) {
      return item;
    }
    if (args.npos == 2) return args[1];
    Value stop = obj(vm.types.StopIteration);
    vm.raise(item.is_none() ? vm.call(stop, {}) : vm.call(stop, {item}));
  }
  if (vm.type_of(it)->has_flag(kTypeHeapType) && args.npos == 1) {
    // A Python __next__'s own StopIteration (with its value) propagates unchanged.
    return call_with_self(vm, lookup_in_type(vm, vm.type_of(it), vm.name("__next__")), it, {});
  }
  if (iterator_next(vm, it, &item)) return item;
  if (args.npos == 2) return args[1];
  vm.raise(obj(vm.new_exception(vm.types.StopIteration, vm.empty_tuple)));
}

Value builtin_any(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "any");
  Value it = get_iterator(vm, args[0]);
  Rooted keep(vm, it);
  Value x;
  while (iterator_next(vm, it, &x)) {
    if (truthy(vm, x)) return Value::from_bool(true);
  }
  return Value::from_bool(false);
}

Value builtin_all(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "all");
  Value it = get_iterator(vm, args[0]);
  Rooted keep(vm, it);
  Value x;
  while (iterator_next(vm, it, &x)) {
    if (!truthy(vm, x)) return Value::from_bool(false);
  }
  return Value::from_bool(true);
}

Value builtin_sum(VM& vm, CallArgs args) {
  Value kw[1];
  misc::keywords(vm, args, "sum", {"start"}, kw);
  if (args.npos == 0) type_error(vm, "sum() takes at least 1 positional argument (0 given)");
  uint32_t total = args.npos + args.nkw();
  if (total > 2) {
    type_error(vm, "sum() takes at most 2 arguments (" + std::to_string(total) + " given)");
  }
  Value acc = args.npos == 2 ? args[1] : kw[0].is_undefined() ? Value::from_small_int(0) : kw[0];
  if (misc::as_str(vm, acc)) type_error(vm, "sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(vm, acc)) type_error(vm, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (is_bytearray(vm, acc)) {
    type_error(vm, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  Value it = get_iterator(vm, args[0]);
  Rooted keep_it(vm, it);
  Rooted keep_acc(vm, acc);
  Value x;
  while (iterator_next(vm, it, &x)) {
    if (acc.is_small_int() && x.is_small_int()) {
      acc = vm.make_int(acc.as_small_int() + x.as_small_int());
    } else if (acc.is_double() && x.is_double()) {
      acc = Value::from_double(acc.as_double() + x.as_double());
    } else if (acc.is_double() && x.is_small_int()) {
      acc = Value::from_double(acc.as_double() + static_cast<double>(x.as_small_int()));
    } else {
      acc = binary_op(vm, BinaryOp::Add, acc, x);
    }
    keep_acc.set(acc);
  }
  return acc;
}

// min(iterable, *, key=None, default=...) / min(a, b, *args, key=None)
Value min_max(VM& vm, CallArgs args, const char* name, CompareOp op) {
  Value kw[2];
  if (args.npos == 0) {
    type_error(vm, std::string(name) + " expected at least 1 argument, got 0");
  }
  misc::keywords(vm, args, name, {"key", "default"}, kw);
  Value key = kw[0].is_none() ? Value::undefined() : kw[0];
  Value dflt = kw[1];
  Value it;
  if (args.npos == 1) {
    it = get_iterator(vm, args[0]);
  } else {
    if (!dflt.is_undefined()) {
      type_error(vm, std::string("Cannot specify a default for ") + name +
                         "() with multiple positional arguments");
    }
    TupleObject* items = vm.new_tuple(args.npos);
    for (uint32_t i = 0; i < args.npos; ++i) items->items[i] = args[i];
    Rooted keep(vm, obj(items));
    it = get_iterator(vm, obj(items));
  }
  Rooted keep_it(vm, it);
  Rooted best(vm, Value::undefined());
  Rooted best_key(vm, Value::undefined());
  Value x;
  while (iterator_next(vm, it, &x)) {
    Rooted keep_x(vm, x);
    Value k = key.is_undefined() ? x : vm.call(key, {x});
    if (best.get().is_undefined()) {
      best.set(x);
      best_key.set(k);
      continue;
    }
    Rooted keep_k(vm, k);
    if (compare_bool(vm, op, k, best_key.get())) {
      best.set(x);
      best_key.set(k);
    }
  }
  if (best.get().is_undefined()) {
    if (!dflt.is_undefined()) return dflt;
    vm.raise(vm.types.ValueError, std::string(name) + "() arg is an empty sequence");
  }
  return best.get();
}

Value builtin_min(VM& vm, CallArgs args) {
  return min_max(vm, args, "min", CompareOp::Lt);
}
Value builtin_max(VM& vm, CallArgs args) {
  return min_max(vm, args, "max", CompareOp::Gt);
}

Value builtin_sorted(VM& vm, CallArgs args) {
  if (args.npos != 1) {
    type_error(vm, "sorted expected 1 argument, got " + std::to_string(args.npos));
  }
  Value list = vm.call(obj(vm.types.list), {args[0]});
  Rooted keep(vm, list);
  Value sort = get_attribute(vm, list, vm.name("sort"));
  Rooted keep_sort(vm, sort);
  CallArgs sort_args;
  sort_args.values = args.values + 1;
  sort_args.npos = 0;
  sort_args.kwnames = args.kwnames;
  vm.call(sort, sort_args);
  return list;
}

// ---- attributes

StrObject* attribute_name(VM& vm, Value v) {
  StrObject* s = misc::as_str(vm, v);
  if (!s) {
    type_error(vm, "attribute name must be string, not '" + std::string(type_name(vm, v)) + "'");
  }
  return s;
}

Value builtin_getattr(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "getattr", 2, 3);
  StrObject* name = attribute_name(vm, args[1]);
  if (args.npos == 2) return get_attribute(vm, args[0], name);
  Value v = get_attribute_or_undefined(vm, args[0], name);
  return v.is_undefined() ? args[2] : v;
}

Value builtin_hasattr(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "hasattr", 2, 2);
  StrObject* name = attribute_name(vm, args[1]);
  return Value::from_bool(!get_attribute_or_undefined(vm, args[0], name).is_undefined());
}

Value builtin_setattr(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "setattr", 3, 3);
  set_attribute(vm, args[0], attribute_name(vm, args[1]), args[2]);
  return Value::none();
}

Value builtin_delattr(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "delattr", 2, 2);
  delete_attribute(vm, args[0], attribute_name(vm, args[1]));
  return Value::none();
}

// ---- namespaces

Value builtin_globals(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "globals", 0, 0);
  if (!vm.frame || !vm.frame->globals) return obj(vm.new_dict());
  return obj(vm.frame->globals);
}

}  // namespace

namespace misc {

Value locals_dict(VM& vm) {
  Frame* f = vm.frame;
  if (!f) return obj(vm.new_dict());
  if (!f->locals.is_undefined()) return f->locals;  // a class body's namespace
  if (!f->function || (f->code->flags & kCodeModule)) return obj(f->globals);
  DictObject* d = vm.new_dict();
  Rooted keep(vm, obj(d));
  CodeObject* code = f->code;
  for (uint32_t i = 0; i < code->local_count && i < code->local_names.size(); ++i) {
    Value v = f->registers[i];
    if (v.is_object() && v.as_object()->type == vm.types.cell) {
      v = static_cast<CellObject*>(v.as_object())->contents;
    }
    if (!v.is_undefined()) dict_set_str(vm, d, code->local_names[i], v);
  }
  return obj(d);
}

}  // namespace misc

namespace {

Value builtin_locals(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "locals", 0, 0);
  return misc::locals_dict(vm);
}

Value builtin_vars(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "vars", 0, 1);
  if (args.npos == 0) return misc::locals_dict(vm);
  Value d = get_attribute_or_undefined(vm, args[0], vm.name("__dict__"));
  if (d.is_undefined()) type_error(vm, "vars() argument must have __dict__ attribute");
  return d;
}

void add_keys(VM& vm, DictObject* names, Value mapping) {
  if (!vm.type_of(mapping)->has_flag(kTypeDictSubclass)) return;
  auto* d = static_cast<DictObject*>(mapping.as_object());
  for (int64_t i = 0; i < d->used; ++i) {
    Value k = d->entries[i].key;
    if (!k.is_undefined()) dict_set(vm, names, k, Value::none());
  }
}

Value builtin_dir(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "dir", 0, 1);
  DictObject* names = vm.new_dict();
  Rooted keep(vm, obj(names));
  if (args.npos == 0) {
    add_keys(vm, names, misc::locals_dict(vm));
  } else {
    Value v = args[0];
    Value custom = lookup_in_type(vm, vm.type_of(v), vm.name("__dir__"));
    bool is_builtin_dir =
        custom.is_undefined() ||
        (custom.is_object() && custom.as_object()->type == vm.types.native_function);
    Value result = Value::undefined();
    if (!is_builtin_dir) {
      result = misc::call_method(vm, v, "__dir__", {});
    } else if (vm.type_of(v) == vm.types.module) {
      // PEP 562: a module-level __dir__ replaces the module's own listing.
      Value hook =
          dict_get_str(vm, static_cast<ModuleObject*>(v.as_object())->dict, vm.name("__dir__"));
      if (!hook.is_undefined()) result = call_value(vm, hook, CallArgs{});
    }
    if (!result.is_undefined()) {
      Rooted keep_result(vm, result);
      Value list = vm.call(obj(vm.types.list), {result});
      Rooted keep_list(vm, list);
      misc::call_method(vm, list, "sort", {});
      return list;
    }
    if (vm.type_of(v) == vm.types.module) {
      add_keys(vm, names, obj(static_cast<ModuleObject*>(v.as_object())->dict));
    } else {
      Type* t = misc::as_type(vm, v);
      if (!t) {
        Value d = get_attribute_or_undefined(vm, v, vm.name("__dict__"));
        if (!d.is_undefined()) add_keys(vm, names, d);
        t = vm.type_of(v);
      }
      for (int64_t i = 0; i < t->mro->size; ++i) {
        add_keys(vm, names, obj(static_cast<Type*>(t->mro->items[i].as_object())->dict));
      }
      if (!misc::as_type(vm, v)) dict_set_str(vm, names, vm.name("__class__"), Value::none());
    }
  }
  ListObject* list = vm.new_list();
  Rooted keep_list(vm, obj(list));
  for (int64_t i = 0; i < names->used; ++i) {
    Value k = names->entries[i].key;
    if (!k.is_undefined()) list_append(vm, list, k);
  }
  misc::call_method(vm, obj(list), "sort", {});
  return obj(list);
}

Value builtin_format(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "format", 1, 2);
  StrObject* spec = vm.empty_str;
  if (args.npos == 2) {
    spec = misc::as_str(vm, args[1]);
    if (!spec) {
      type_error(vm, "format() argument 2 must be str, not " + std::string(type_name(vm, args[1])));
    }
  }
  return format_with_spec(vm, args[0], spec);
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0): the import statement's
// own machinery; the top-level package of a dotted name unless `fromlist` is given.
Value builtin_import(VM& vm, CallArgs args) {
  Value kw[5];
  misc::keywords(vm, args, "__import__", {"name", "globals", "locals", "fromlist", "level"}, kw);
  for (uint32_t i = 0; i < args.npos && i < 5; ++i) kw[i] = args[i];
  if (args.npos > 5) {
    type_error(vm,
               "__import__() takes at most 5 arguments (" + std::to_string(args.npos) + " given)");
  }
  StrObject* name = kw[0].is_undefined() ? nullptr : misc::as_str(vm, kw[0]);
  if (kw[0].is_undefined()) type_error(vm, "__import__() missing required argument 'name' (pos 1)");
  if (!name) {
    type_error(vm, "__import__() argument 1 must be str, not " + std::string(type_name(vm, kw[0])));
  }
  if (!kw[4].is_undefined() && index_value(vm, kw[4]) < 0) {
    vm.raise(vm.types.ValueError, "level must be >= 0");
  }
  int64_t level = kw[4].is_undefined() ? 0 : index_value(vm, kw[4]);
  if (name->length == 0 && level == 0) vm.raise(vm.types.ValueError, "Empty module name");
  DictObject* globals =
      !kw[1].is_undefined() && kw[1].is_object() && kw[1].as_object()->type == vm.types.dict
          ? static_cast<DictObject*>(kw[1].as_object())
          : nullptr;
  // A relative import needs the importing module's namespace to find its package.
  if (level > 0 && !globals) type_error(vm, "globals must be a dict");
  Value module = import_module(vm, name, static_cast<uint32_t>(level), globals);
  Rooted keep_module(vm, module);
  std::string_view text = name->view();
  size_t dot = text.find('.');
  bool from = !kw[3].is_undefined() && !kw[3].is_none() && truthy(vm, kw[3]);
  if (dot == std::string_view::npos || from) return module;
  Value top = dict_get_str(vm, vm.modules, vm.intern(text.substr(0, dot)));
  return top.is_undefined() ? module : top;
}

// ---- installation helpers

Type* iterator_type(VM& vm, std::string_view name, bool public_name,
                    void (*trace)(Object*, Marker&), bool (*next)(VM&, Value, Value*),
                    Value (*construct)(VM&, Type*, CallArgs)) {
  Type* t = vm.new_type(name, vm.types.object, construct ? uint32_t{kTypeBaseType} : 0u);
  t->slots.trace = trace;
  t->slots.iter = iter_self;
  t->slots.next = next;
  t->slots.construct = construct;
  vm.add_method(t, "__iter__", m_iter);
  vm.add_method(t, "__next__", m_next);
  if (public_name) {
    vm.add_builtin(name, obj(t));
  } else {
    dict_set_str(vm, private_dict(vm), vm.intern(name), obj(t));
  }
  return t;
}

void add_quitter(VM& vm, Type* quitter, std::string_view name) {
  auto* q = vm.allocate<QuitterObject>(quitter);
  q->name = vm.intern(name);
  vm.add_builtin(name, obj(q));
}

}  // namespace

void install_builtin_functions(VM& vm) {
  // The built-in classes under their names.
  const auto& T = vm.types;
  Type* classes[] = {T.object, T.type,      T.int_,      T.bool_, T.float_, T.complex,
                     T.str,    T.bytes,     T.bytearray, T.tuple, T.list,   T.dict,
                     T.set,    T.frozenset, T.range,     T.slice};
  for (Type* t : classes) vm.add_builtin(t->name->view(), obj(t));
#define EMBER_ADD_EXCEPTION(field, pyname, parent) \
  if (vm.types.field != vm.types.MojoError) vm.add_builtin(pyname, obj(vm.types.field));
  EMBER_EXCEPTION_TYPES(EMBER_ADD_EXCEPTION)
#undef EMBER_ADD_EXCEPTION
  // OSError's historical aliases.
  vm.add_builtin("EnvironmentError", obj(T.OSError));
  vm.add_builtin("IOError", obj(T.OSError));

  if (dict_get_str(vm, vm.builtins, vm.name("NotImplemented")).is_undefined()) {
    vm.add_builtin("NotImplemented", vm.not_implemented);
  }
  if (dict_get_str(vm, vm.builtins, vm.name("Ellipsis")).is_undefined()) {
    vm.add_builtin("Ellipsis", vm.ellipsis);
  }
  vm.add_builtin("None", Value::none());
  vm.add_builtin("True", Value::from_bool(true));
  vm.add_builtin("False", Value::from_bool(false));
  vm.add_builtin("__name__", obj(vm.name("builtins")));
  vm.add_builtin("__doc__", Value::none());

  DictObject* private_names = private_dict(vm);

  iterator_type(vm, "enumerate", true, trace_enumerate, enumerate_next, enumerate_construct);
  vm.types.zip = iterator_type(vm, "zip", true, trace_zip, zip_next, zip_construct);
  iterator_type(vm, "map", true, trace_map, map_next, map_construct);
  iterator_type(vm, "filter", true, trace_filter, filter_next, filter_construct);
  Type* reversed =
      iterator_type(vm, "reversed", true, trace_reversed, reversed_next, reversed_construct);
  vm.add_method(reversed, "__length_hint__", reversed_length_hint);
  iterator_type(vm, "callable_iterator", false, trace_callable_iterator, callable_iterator_next,
                nullptr);

  Type* quitter = vm.new_type("Quitter", vm.types.object, 0);
  quitter->slots.trace = trace_quitter;
  quitter->slots.repr = quitter_repr;
  quitter->slots.call = quitter_call;
  quitter->slots.construct = nullptr;
  dict_set_str(vm, private_names, quitter->name, obj(quitter));
  add_quitter(vm, quitter, "exit");
  add_quitter(vm, quitter, "quit");

  vm.add_builtin_function("print", builtin_print);
  vm.add_builtin_function("input", builtin_input);
  vm.add_builtin_function("len", builtin_len);
  vm.add_builtin_function("repr", builtin_repr);
  vm.add_builtin_function("ascii", builtin_ascii);
  vm.add_builtin_function("hash", builtin_hash);
  vm.add_builtin_function("id", builtin_id);
  vm.add_builtin_function("callable", builtin_callable);
  vm.add_builtin_function("chr", builtin_chr);
  vm.add_builtin_function("ord", builtin_ord);
  vm.add_builtin_function("isinstance", builtin_isinstance);
  vm.add_builtin_function("issubclass", builtin_issubclass);
  vm.add_builtin_function("iter", builtin_iter);
  vm.add_builtin_function("next", builtin_next);
  vm.add_builtin_function("any", builtin_any);
  vm.add_builtin_function("all", builtin_all);
  vm.add_builtin_function("sum", builtin_sum);
  vm.add_builtin_function("min", builtin_min);
  vm.add_builtin_function("max", builtin_max);
  vm.add_builtin_function("sorted", builtin_sorted);
  vm.add_builtin_function("getattr", builtin_getattr);
  vm.add_builtin_function("hasattr", builtin_hasattr);
  vm.add_builtin_function("setattr", builtin_setattr);
  vm.add_builtin_function("delattr", builtin_delattr);
  vm.add_builtin_function("globals", builtin_globals);
  vm.add_builtin_function("locals", builtin_locals);
  vm.add_builtin_function("vars", builtin_vars);
  vm.add_builtin_function("dir", builtin_dir);
  vm.add_builtin_function("format", builtin_format);
  vm.add_builtin_function("__import__", builtin_import);

  // The builtins module itself, for `import builtins`.
  if (dict_get_str(vm, vm.modules, vm.name("builtins")).is_undefined()) {
    auto* module = vm.allocate<ModuleObject>(vm.types.module);
    module->dict = vm.builtins;
    module->name = vm.name("builtins");
    dict_set_str(vm, vm.modules, module->name, obj(module));
  }
}

}  // namespace ember
