#include "vm/interpreter.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "vm/call.h"
#include "vm/code_object.h"
#include "vm/collection_ops.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/execution_stack.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/generator_object.h"
#include "vm/import.h"
#include "vm/inline_cache.h"
#include "vm/interpreter_internal.h"
#include "vm/iterator_objects.h"
#include "vm/lazy_builtins.h"
#include "vm/list_object.h"
#include "vm/module_object.h"
#include "vm/native_self.h"
#include "vm/ops.h"
#include "vm/pattern_match.h"
#include "vm/program_abort.h"
#include "vm/quicken.h"
#include "vm/set_object.h"
#include "vm/simd.h"
#include "vm/slice_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/typed_function.h"
#include "vm/typed_list.h"
#include "vm/typed_ops.h"
#include "vm/vm.h"

namespace ember {

namespace {

// ---- instructions whose work needs C++ objects with destructors. A computed goto leaving a
// scope does not run destructors (GCC skips them, clang refuses), so such work lives in a
// function of its own and the instruction body holds only trivially destructible values.

// f(*args, **kwargs): `positional` is a tuple, `keywords` a dict or undefined.
Value call_unpacked(VM& vm, Value callee, Value positional, Value keywords) {
  auto* tuple = static_cast<TupleObject*>(positional.as_object());
  std::vector<Value> values(tuple->items, tuple->items + tuple->size);
  TupleObject* kwnames = nullptr;
  if (!keywords.is_undefined()) {
    auto* kwargs = static_cast<DictObject*>(keywords.as_object());
    if (kwargs->size > 0) {
      kwnames = vm.new_tuple(kwargs->size);
      int64_t k = 0;
      for (int64_t i = 0; i < kwargs->used; ++i) {
        const DictEntry& e = kwargs->entries[i];
        if (e.key.is_undefined()) continue;
        kwnames->items[k++] = e.key;
        values.push_back(e.value);
      }
    }
  }
  Rooted keep(vm, kwnames ? Value::from_object(kwnames) : Value::none());
  return call_value(vm, callee,
                    CallArgs{values.data(), static_cast<uint32_t>(tuple->size), kwnames});
}

Value build_set(VM& vm, const Value* items, int64_t count) {
  SetObject* set = new_set_object(vm, vm.types.set);
  Rooted keep(vm, Value::from_object(set));
  for (int64_t i = 0; i < count; ++i) set_add(vm, set, items[i]);
  return Value::from_object(set);
}

// {k0: v0, k1: v1, ...} from the pairs items[0..2*count).
Value build_dict(VM& vm, const Value* items, int64_t count) {
  DictObject* dict = vm.new_dict();
  Rooted keep(vm, Value::from_object(dict));
  for (int64_t i = 0; i < count; ++i) dict_set(vm, dict, items[2 * i], items[2 * i + 1]);
  return Value::from_object(dict);
}

}  // namespace

// ---- frames

// The next frame record, checked against the recursion limit and the stack's end.
static Frame* claim_frame(VM& vm, uint32_t register_count) {
  Frame* frame = vm.frame ? vm.frame + 1 : vm.stack().frames_begin();
  if (vm.recursion_depth >= vm.recursion_limit || frame >= vm.stack().frames_end() ||
      vm.stack_top + register_count > vm.stack().values_end()) {
    vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
  }
  return frame;
}

Frame* push_frame(VM& vm, CodeObject* code, FunctionObject* function, DictObject* globals) {
  Frame* frame = claim_frame(vm, code->register_count);
  Value* registers = vm.stack_top;
  for (uint32_t i = 0; i < code->register_count; ++i) registers[i] = Value::undefined();
  return enter_frame(vm, frame, code, function, globals);
}

// A generator's frame keeps its registers in the generator, so the stack does not move.
static Frame* push_generator_frame(VM& vm, GeneratorObject* g, uint32_t pc) {
  Frame* frame = claim_frame(vm, 0);
  FunctionObject* f = g->function;
  frame->code = f->code;
  frame->function = f;
  frame->globals = f->globals;
  frame->registers = g->registers;
  frame->locals = Value::undefined();
  frame->generator = g;
  frame->pc = f->code->code.data() + pc;
  frame->previous = vm.frame;
  frame->result_register = 0;
  frame->entry = true;
  vm.frame = frame;
  ++vm.recursion_depth;
  return frame;
}

namespace {

// ---- generators resumed by a for loop, inside its dispatch loop

// Whether the for loop may run generator `g` inline: an ordinary generator that can be
// resumed (a running or finished one, and coroutines, take the generic path and its errors).
inline bool resumable_inline(const BuiltinTypes& types, Value iterator) {
  if (!iterator.is_object() || iterator.as_object()->type != types.generator) return false;
  GeneratorState state = static_cast<GeneratorObject*>(iterator.as_object())->state;
  return state == GeneratorState::Created || state == GeneratorState::Suspended;
}

// Resumes `g` with None sent in, as resume_generator does, but as a non-entry frame of the
// running dispatch loop. The generator's exception state replaces the caller's meanwhile.
void enter_inline_generator(VM& vm, GeneratorObject* g) {
  g->delegate = Value::undefined();
  if (g->resume_register != kNoRegister) g->registers[g->resume_register] = Value::none();
  g->state = GeneratorState::Running;
  g->caller_handled = vm.handled_exception;
  if (!g->handled.is_undefined()) vm.handled_exception = g->handled;
  push_generator_frame(vm, g, g->resume_pc)->entry = false;
}

// Pops the frame of a generator resumed inline (it yielded, returned or raised), giving the
// caller back its exception state.
void leave_inline_generator(VM& vm, GeneratorObject* g) {
  g->handled =
      vm.handled_exception.is(g->caller_handled) ? Value::undefined() : vm.handled_exception;
  vm.handled_exception = g->caller_handled;
  g->caller_handled = Value::undefined();
  pop_frame(vm);
}

// PEP 479: a StopIteration (or, from an async generator, StopAsyncIteration) escaping a
// generator's frame becomes RuntimeError. Returns the exception to propagate.
Value escaping_generator_error(VM& vm, GeneratorObject* g, Value e) {
  bool async_generator = g->type == vm.types.async_generator;
  bool stop = is_instance(vm, e, vm.types.StopIteration);
  if (!stop && !(async_generator && is_instance(vm, e, vm.types.StopAsyncIteration))) return e;
  const char* kind = g->type == vm.types.coroutine ? "coroutine"
                     : async_generator             ? "async generator"
                                                   : "generator";
  ExceptionObject* replacement =
      vm.new_exception(vm.types.RuntimeError, std::string(kind) + " raised " +
                                                  (stop ? "StopIteration" : "StopAsyncIteration"));
  replacement->cause = e;
  replacement->context = e;
  replacement->suppress_context = true;
  return Value::from_object(replacement);
}

// ---- exceptions

void add_traceback_entry(VM& vm, Value exception, Frame* frame) {
  auto* e = static_cast<ExceptionObject*>(exception.as_object());
  auto* tb = vm.allocate<TracebackObject>(vm.types.traceback);
  tb->next = e->traceback;
  tb->code = Value::from_object(frame->code);
  tb->pc = frame->pc_index();
  e->traceback = Value::from_object(tb);
}

const ExceptionHandler* find_handler(Frame* frame) {
  uint32_t pc = frame->pc_index();
  for (const ExceptionHandler& h : frame->code->handlers) {
    if (pc >= h.start && pc < h.end) return &h;
  }
  return nullptr;
}

// Unwinds frames until a handler catches vm.raised() or `entry` is left. Returns true when
// a handler was found (execution continues in vm.frame at its pc), false when the exception
// leaves the entry frame (which has been popped).
bool unwind(VM& vm, Frame* entry) {
  Value exception = vm.raised();
  bool record = !vm.reraising;
  vm.reraising = false;
  for (;;) {
    Frame* frame = vm.frame;
    if (record) add_traceback_entry(vm, exception, frame);
    record = true;
    if (const ExceptionHandler* h = find_handler(frame)) {
      frame->registers[h->reg] = exception;
      frame->pc = frame->code->code.data() + h->target;
      vm.clear_raised();
      return true;
    }
    bool was_entry = frame == entry;
    if (GeneratorObject* g = frame->generator; g && !was_entry) {
      // A generator resumed by a for loop ends with the exception, which goes on in the loop.
      g->state = GeneratorState::Finished;
      exception = escaping_generator_error(vm, g, exception);
      vm.set_raised(exception);
      leave_inline_generator(vm, g);
      continue;
    }
    pop_frame(vm);
    if (was_entry) return false;
  }
}

// Turns `raise X` operands into an exception instance.
Value make_exception(VM& vm, Value v) {
  if (v.is_object()) {
    Object* o = v.as_object();
    if (is_subtype(o->type, vm.types.BaseException)) return v;
    if (o->type->has_flag(kTypeTypeSubclass) &&
        is_subtype(static_cast<Type*>(o), vm.types.BaseException)) {
      Value instance = vm.call(v, {});
      if (!is_instance(vm, instance, vm.types.BaseException)) {
        vm.raise(vm.types.TypeError,
                 "calling " + std::string(repr(vm, v)->view()) +
                     " should have returned an instance of BaseException, not " +
                     std::string(type_name(vm, instance)));
      }
      return instance;
    }
  }
  vm.raise(vm.types.TypeError, "exceptions must derive from BaseException");
}

bool exception_matches(VM& vm, Value exception, Value spec) {
  auto check_class = [&](Value c) {
    if (!c.is_object() || !c.as_object()->type->has_flag(kTypeTypeSubclass) ||
        !is_subtype(static_cast<Type*>(c.as_object()), vm.types.BaseException)) {
      vm.raise(vm.types.TypeError,
               "catching classes that do not inherit from BaseException is not allowed");
    }
    return is_instance(vm, exception, static_cast<Type*>(c.as_object()));
  };
  if (spec.is_object() && spec.as_object()->type == vm.types.tuple) {
    auto* t = static_cast<TupleObject*>(spec.as_object());
    bool matched = false;
    for (int64_t i = 0; i < t->size; ++i) matched = check_class(t->items[i]) || matched;
    return matched;
  }
  return check_class(spec);
}

[[noreturn]] void raise_unbound_local(VM& vm, StrObject* name) {
  vm.raise(vm.types.UnboundLocalError, "cannot access local variable '" +
                                           std::string(name->view()) +
                                           "' where it is not associated with a value");
}

[[noreturn]] void raise_empty_cell(VM& vm, StrObject* name, bool free_variable) {
  if (free_variable) {
    vm.raise(vm.types.NameError,
             "cannot access free variable '" + std::string(name->view()) +
                 "' where it is not associated with a value in enclosing scope");
  }
  raise_unbound_local(vm, name);
}

[[noreturn]] void raise_name_error(VM& vm, StrObject* name) {
  ExceptionObject* e = vm.new_exception(vm.types.NameError,
                                        "name '" + std::string(name->view()) + "' is not defined");
  vm.raise(Value::from_object(e));
}

// ---- helpers for individual opcodes

// A builtin, or NameError (after giving the lazily imported builtins their chance).
Value load_builtin(VM& vm, StrObject* name) {
  Value v = dict_get_str(vm, vm.builtins, name);
  if (v.is_undefined()) v = lazy_builtin(vm, name);
  if (v.is_undefined()) raise_name_error(vm, name);
  return v;
}

Value load_global(VM& vm, DictObject* globals, StrObject* name) {
  Value v = dict_get_str(vm, globals, name);
  if (!v.is_undefined()) return v;
  return load_builtin(vm, name);
}

// ---- slow paths of the caching instructions: do the operation, then fill the cache when
// the result can be found the same way next time.

Value load_global_cached(VM& vm, DictObject* globals, StrObject* name, InlineCache& cache) {
  int64_t i = dict_entry_index_str(vm, globals, name);
  bool in_builtins = i < 0;
  if (in_builtins) i = dict_entry_index_str(vm, vm.builtins, name);
  if (i < 0) {
    load_builtin(vm, name);  // imports a lazy builtin, or raises NameError
    i = dict_entry_index_str(vm, vm.builtins, name);
  }
  cache.globals = globals;
  cache.globals_keys = globals->keys_version;
  cache.builtins_keys = vm.builtins->keys_version;
  cache.in_builtins = in_builtins;
  cache.index = static_cast<uint32_t>(i);
  return (in_builtins ? vm.builtins : globals)->entries[i].value;
}

// Instances whose attributes a cache may read by shape: generic attribute access, and no
// data descriptor of that name on the class.
bool cacheable_instance(VM& vm, Type* t, StrObject* name) {
  if (!t->attrs_offset || t->slots.getattr || t->slots.setattr) return false;
  Value found = lookup_in_type(vm, t, name);
  return found.is_undefined() || !vm.type_of(found)->slots.descr_set;
}

Value load_attr_cached(VM& vm, Value o, StrObject* name, InlineCache& cache) {
  Value v = get_attribute(vm, o, name);
  if (o.is_object() && cacheable_instance(vm, vm.type_of(o), name)) {
    InstanceAttributes* attrs = instance_attributes(o.as_object());
    int32_t i = attrs->dict ? -1 : shape_find(attrs->shape, name);
    if (i >= 0) {
      Type* t = vm.type_of(o);
      AttributeCacheEntry& e = cache.entry_to_fill(t, attrs->shape);
      e = AttributeCacheEntry{t, t->version, attrs->shape, static_cast<uint32_t>(i)};
    }
  }
  return v;
}

void store_attr_cached(VM& vm, Value o, StrObject* name, Value value, InlineCache& cache) {
  InstanceAttributes* attrs = o.is_object() ? instance_attributes(o.as_object()) : nullptr;
  Shape* before = attrs ? attrs->shape : nullptr;
  set_attribute(vm, o, name, value);
  if (!attrs || attrs->dict || !attrs->shape || !cacheable_instance(vm, vm.type_of(o), name) ||
      vm.type_of(o)->has_flag(kTypeNoInstanceDict)) {
    return;
  }
  Type* t = vm.type_of(o);
  if (attrs->shape == before) {
    cache.entry_to_fill(t, before) =
        AttributeCacheEntry{t, t->version, before, static_cast<uint32_t>(shape_find(before, name))};
  } else if (before && attrs->shape->parent == before) {
    cache.entry_to_fill(t, before) =
        AttributeCacheEntry{t, t->version, before, attrs->shape->count - 1, attrs->shape};
  }
}

bool is_unbound_method(VM& vm, Value v);

// LoadMethod: true with the function in *out when it can be called with `o` prepended.
bool load_method_cached(VM& vm, Value o, StrObject* name, InlineCache& cache, Value* out) {
  Type* t = vm.type_of(o);
  if (!t->slots.getattr) {
    Value found = lookup_in_type(vm, t, name);
    InstanceAttributes* attrs = o.is_object() ? instance_attributes(o.as_object()) : nullptr;
    if (is_unbound_method(vm, found) &&
        (!attrs || instance_attribute_get(vm, attrs, name).is_undefined())) {
      if (!attrs || !attrs->dict) {
        Shape* shape = attrs ? attrs->shape : nullptr;
        cache.entry_to_fill(t, shape) =
            AttributeCacheEntry{t, t->version, shape, 0, nullptr, found};
      }
      *out = found;
      return true;
    }
  }
  *out = get_attribute(vm, o, name);
  return false;
}

// Class-body namespaces: a dict, or any mapping a metaclass's __prepare__ returned.
Value lookup_name(VM& vm, Value locals, StrObject* name) {
  if (locals.as_object()->type == vm.types.dict) {
    return dict_get_str(vm, static_cast<DictObject*>(locals.as_object()), name);
  }
  try {
    return get_item(vm, locals, Value::from_object(name));
  } catch (const PythonException&) {
    if (!is_instance(vm, vm.raised(), vm.types.KeyError)) throw;
    vm.clear_raised();
    return Value::undefined();
  }
}

Value load_name(VM& vm, Frame* frame, StrObject* name) {
  Value v = lookup_name(vm, frame->locals, name);
  return v.is_undefined() ? load_global(vm, frame->globals, name) : v;
}

void store_name(VM& vm, Value locals, StrObject* name, Value value) {
  if (locals.as_object()->type == vm.types.dict) {
    dict_set_str(vm, static_cast<DictObject*>(locals.as_object()), name, value);
  } else {
    set_item(vm, locals, Value::from_object(name), value);
  }
}

void delete_name(VM& vm, Value locals, StrObject* name) {
  if (locals.as_object()->type == vm.types.dict) {
    if (!dict_delete(vm, static_cast<DictObject*>(locals.as_object()), Value::from_object(name))) {
      raise_name_error(vm, name);
    }
    return;
  }
  try {
    delete_item(vm, locals, Value::from_object(name));
  } catch (const PythonException&) {
    if (!is_instance(vm, vm.raised(), vm.types.KeyError)) throw;
    vm.clear_raised();
    raise_name_error(vm, name);
  }
}

Value bind_method(VM& vm, Value function, Value self) {
  if (function.is_object()) {
    Object* o = function.as_object();
    if (o->type == vm.types.function) {
      auto* bound = vm.allocate<BoundMethodObject>(vm.types.bound_method);
      bound->function = function;
      bound->self = self;
      return Value::from_object(bound);
    }
    if (auto get = o->type->slots.descr_get)
      return get(vm, function, self, Value::from_object(vm.type_of(self)));
  }
  return function;
}

// True when `v` is a function that LoadMethod may leave unbound (called with self prepended).
bool is_unbound_method(VM& vm, Value v) {
  if (!v.is_object()) return false;
  Object* o = v.as_object();
  if (o->type == vm.types.function) return true;
  return o->type == vm.types.native_function &&
         static_cast<NativeFunctionObject*>(o)->self.is_undefined();
}

Value build_tuple(VM& vm, const Value* items, int64_t n) {
  TupleObject* t = vm.new_tuple(n);
  for (int64_t i = 0; i < n; ++i) t->items[i] = items[i];
  return Value::from_object(t);
}

Value make_function(VM& vm, Frame* frame, const Instruction& ins) {
  auto* code = static_cast<CodeObject*>(frame->code->constants[ins.bc()].as_object());
  auto* f = vm.allocate<FunctionObject>(vm.types.function);
  f->code = code;
  f->globals = frame->globals;
  f->name = code->name;
  f->qualname = code->qualname;
  f->doc = Value::none();
  f->module = dict_get_str(vm, frame->globals, vm.name("__name__"));
  if (f->module.is_undefined()) f->module = Value::none();
  const Value* operand = &frame->registers[ins.a + 1];
  if (ins.x & 1) f->defaults = static_cast<TupleObject*>((operand++)->as_object());
  if (ins.x & 2) f->kw_defaults = static_cast<DictObject*>((operand++)->as_object());
  if (ins.x & 4) f->annotations = static_cast<DictObject*>((operand++)->as_object());
  if (ins.x & 8) f->closure = static_cast<TupleObject*>((operand++)->as_object());
  if (!code->constants.empty() && (code->flags & kCodeHasDocstring)) f->doc = code->constants[0];
  return Value::from_object(f);
}

Value format_object(VM& vm, Value value, uint8_t conversion, Value spec) {
  switch (conversion) {
    case 1:
      value = Value::from_object(str(vm, value));
      break;
    case 2:
      value = Value::from_object(repr(vm, value));
      break;
    case 3:
      value = Value::from_object(ascii_repr(vm, value));
      break;
    default:
      break;
  }
  StrObject* spec_str =
      spec.is_undefined() ? vm.empty_str : static_cast<StrObject*>(spec.as_object());
  return format_with_spec(vm, value, spec_str);
}

// An f-string's pieces, all str: sizes and code points add up, so the result is allocated
// once and filled without re-reading it.
Value build_string(VM& vm, const Value* parts, int64_t n) {
  size_t bytes = 0;
  int64_t length = 0;
  bool ascii = true;
  for (int64_t i = 0; i < n; ++i) {
    auto* part = static_cast<StrObject*>(parts[i].as_object());
    bytes += static_cast<size_t>(part->byte_length);
    length += part->length;
    ascii = ascii && part->ascii;
  }
  StrObject* s = vm.allocate_str(vm.types.str, bytes, length, ascii);
  char* out = s->data;
  for (int64_t i = 0; i < n; ++i) {
    std::string_view piece = static_cast<StrObject*>(parts[i].as_object())->view();
    std::memcpy(out, piece.data(), piece.size());
    out += piece.size();
  }
  return Value::from_object(s);
}

Value before_with(VM& vm, Value manager, bool is_async, Value* enter_result) {
  Type* t = vm.type_of(manager);
  Value enter = lookup_in_type(vm, t, vm.name(is_async ? "__aenter__" : "__enter__"));
  Value exit = lookup_in_type(vm, t, vm.name(is_async ? "__aexit__" : "__exit__"));
  if (enter.is_undefined() || exit.is_undefined()) {
    // CPython names the missing __exit__ only when __enter__ is there.
    std::string missed = enter.is_undefined() ? ""
                         : is_async           ? " (missed __aexit__ method)"
                                              : " (missed __exit__ method)";
    vm.raise(vm.types.TypeError,
             "'" + std::string(type_name(vm, manager)) + "' object does not support the " +
                 (is_async ? "asynchronous " : "") + "context manager protocol" + missed);
  }
  Value bound_exit = bind_method(vm, exit, manager);
  Rooted keep(vm, bound_exit);
  *enter_result = vm.call(bind_method(vm, enter, manager), {});
  return bound_exit;
}

// ---- generators

// One step of `yield from`: sends `sent` into `it`. Returns true with the item it yielded,
// or false with its return value once it is exhausted.
bool send_to_delegate(VM& vm, Value it, Value sent, Value* item) {
  if (it.is_object() && is_generator_like(it.as_object(), vm.types.generator, vm.types.coroutine)) {
    auto* g = static_cast<GeneratorObject*>(it.as_object());
    return resume_generator(vm, g, sent, Value::undefined(), item) == GeneratorStep::Yielded;
  }
  try {
    if (sent.is_none()) {
      if (iterator_next(vm, it, item)) return true;
      *item = Value::none();
      return false;
    }
    Value send = get_attribute(vm, it, vm.name("send"));
    Rooted keep(vm, send);
    *item = vm.call(send, {sent});
    return true;
  } catch (const PythonException&) {
    Value e = vm.raised();
    if (!is_instance(vm, e, vm.types.StopIteration)) throw;
    vm.clear_raised();
    auto* stop = static_cast<ExceptionObject*>(e.as_object());
    *item = stop->args->size ? stop->args->items[0] : Value::none();
    return false;
  }
}

// `await x`: a coroutine drives itself; other awaitables give an iterator from __await__.
// Where an awaitable came from, for the wording of the TypeError about a non-awaitable.
enum class AwaitSource : uint8_t { Await, AsyncEnter, AsyncExit, AsyncNext };

Value get_awaitable(VM& vm, Value v, AwaitSource source = AwaitSource::Await) {
  Type* t = vm.type_of(v);
  if (t == vm.types.coroutine) return v;
  Value method = lookup_in_type(vm, t, vm.name("__await__"));
  if (method.is_undefined()) {
    std::string name(t->name->view());
    switch (source) {
      case AwaitSource::Await:
        vm.raise(vm.types.TypeError, "object " + name + " can't be used in 'await' expression");
      case AwaitSource::AsyncEnter:
      case AwaitSource::AsyncExit:
        vm.raise(vm.types.TypeError,
                 std::string("'async with' received an object from ") +
                     (source == AwaitSource::AsyncEnter ? "__aenter__" : "__aexit__") +
                     " that does not implement __await__: " + name);
      case AwaitSource::AsyncNext:
        vm.raise(vm.types.TypeError,
                 "'async for' received an invalid object from __anext__: " + name);
    }
  }
  Value it = call_with_self(vm, method, v, CallArgs{});
  Type* it_type = vm.type_of(it);
  if (it_type == vm.types.coroutine) {
    vm.raise(vm.types.TypeError, "__await__() returned a coroutine");
  }
  if (!it_type->slots.next) {
    vm.raise(vm.types.TypeError, "__await__() returned non-iterator of type '" +
                                     std::string(it_type->name->view()) + "'");
  }
  return it;
}

// async for: the iterator of `iterable`, and the awaitable of its next step.
Value get_async_iterator(VM& vm, Value iterable) {
  Type* t = vm.type_of(iterable);
  Value aiter = lookup_in_type(vm, t, vm.name("__aiter__"));
  if (aiter.is_undefined()) {
    vm.raise(vm.types.TypeError, "'async for' requires an object with __aiter__ method, got " +
                                     std::string(t->name->view()));
  }
  Value it = call_with_self(vm, aiter, iterable, CallArgs{});
  Type* it_type = vm.type_of(it);
  if (lookup_in_type(vm, it_type, vm.name("__anext__")).is_undefined()) {
    vm.raise(vm.types.TypeError,
             "'async for' received an object from __aiter__ that does not implement __anext__: " +
                 std::string(it_type->name->view()));
  }
  return it;
}

Value get_async_next(VM& vm, Value it) {
  Value anext = lookup_in_type(vm, vm.type_of(it), vm.name("__anext__"));
  Value awaitable = call_with_self(vm, anext, it, CallArgs{});
  Rooted keep(vm, awaitable);
  return get_awaitable(vm, awaitable, AwaitSource::AsyncNext);
}

// ---- typed code

}  // namespace

// Stops the program from typed code at the current instruction (see program_abort.h).
[[noreturn]] void abort_program(Frame* frame, const char* what) {
  const SourceLocation& at = frame->code->locations[frame->pc_index()];
  std::string where =
      frame->code->filename ? display_path(std::string(frame->code->filename->view())) : "";
  throw ProgramAbort{where + ":" + std::to_string(at.line) + ":" + std::to_string(at.col + 1) +
                     ": runtime error: " + what};
}

[[noreturn]] void abort_list_index(Frame* frame, int64_t index, int64_t size) {
  std::string what = "List index " + std::to_string(index) + " is out of range for a List of " +
                     std::to_string(size) + (size == 1 ? " element" : " elements");
  abort_program(frame, what.c_str());
}

namespace {

// The lane `index` of a vector of type t, stopping the program when out of range.
inline uint32_t simd_lane(Frame* frame, SimdType t, Value index_register) {
  int64_t index = typed::raw_int(index_register);
  if (index < 0 || index >= static_cast<int64_t>(t.width())) {
    std::string what = "SIMD lane " + std::to_string(index) + " is out of range for " +
                       std::to_string(t.width()) + " lanes";
    abort_program(frame, what.c_str());
  }
  return static_cast<uint32_t>(index);
}

// The address of `bytes` bytes at element `index` of the pointer `base` (elements of
// `stride` bytes), stopping the program when they lie outside every live block.
inline char* raw_access(VM& vm, Frame* frame, uint64_t base, int64_t index, uint32_t stride,
                        uint64_t bytes) {
  uint64_t address = base + static_cast<uint64_t>(index) * stride;
  if (!vm.raw_memory().contains(address, bytes)) {
    abort_program(frame,
                  "UnsafePointer access outside every allocated block (out of bounds, freed or "
                  "null)");
  }
  return reinterpret_cast<char*>(address);
}

// The bytes of `count` elements of `stride` bytes, stopping the program when negative or
// too large.
inline uint64_t element_bytes(Frame* frame, int64_t count, uint32_t stride) {
  uint64_t bytes = 0;
  if (count < 0) abort_program(frame, "negative element count for UnsafePointer memory");
  if (__builtin_mul_overflow(static_cast<uint64_t>(count), stride, &bytes)) {
    abort_program(frame, "UnsafePointer element count too large");
  }
  return bytes;
}

// TListMethod: List R[b].method(R[c..]) for the methods beyond append and pop.
void run_typed_list_method(VM& vm, const Instruction* pc, Value* R) {
  auto* list = static_cast<TypedListObject*>(R[pc->b].as_object());
  switch (static_cast<TypedListMethod>(pc->x)) {
    case TypedListMethod::Insert:
      typed_list_insert(vm, list, typed::raw_int(R[pc->c]), &R[pc->c + 1]);
      break;
    case TypedListMethod::Extend:
      typed_list_extend(vm, list, static_cast<TypedListObject*>(R[pc->c].as_object()));
      break;
    case TypedListMethod::Clear:
      list->size = 0;  // the storage stays for what comes next, as Mojo's List keeps it
      break;
    case TypedListMethod::Reverse:
      typed_list_reverse(list);
      break;
    case TypedListMethod::Index: {
      // start and stop count from the end when negative and are clipped to the List, as
      // Python's list.index takes them; a missing element is Mojo's ValueError text.
      auto bound = [size = list->size](int64_t i) {
        return std::clamp<int64_t>(i < 0 ? i + size : i, 0, size);
      };
      int64_t i = typed_list_find(list, R[pc->c], bound(typed::raw_int(R[pc->c + 1])),
                                  bound(typed::raw_int(R[pc->c + 2])));
      if (i < 0) vm.raise(vm.types.MojoError, "ValueError: Given element is not in list");
      R[pc->a] = typed::from_int(i);
      break;
    }
    case TypedListMethod::Sort:
      typed_list_sort(list);
      break;
    case TypedListMethod::ExtendFromPython:
      typed_list_extend_from_python(vm, list, R[pc->c]);
      break;
  }
}

// ---- fast paths for arithmetic on small ints and floats

inline bool both_small_ints(Value a, Value b) {
  return a.is_small_int() && b.is_small_int();
}

// A quickened int form on operands that fit int64 but are not both small ints (or small ints
// its inline guard turned away, a zero divisor say): the result when it fits int64 too, else
// whatever the generic operation gives (a big int, or the exception it raises).
[[gnu::noinline]] Value wide_int_binary(VM& vm, const Instruction& ins, int64_t x, int64_t y,
                                        Value a, Value b) {
  auto op = static_cast<BinaryOp>(ins.x & ~kQuickenedInPlace);
  int64_t r;
  bool fits = false;
  switch (op) {
    case BinaryOp::Add:
      fits = !__builtin_add_overflow(x, y, &r);
      break;
    case BinaryOp::Sub:
      fits = !__builtin_sub_overflow(x, y, &r);
      break;
    case BinaryOp::Mul:
      fits = !__builtin_mul_overflow(x, y, &r);
      break;
    case BinaryOp::FloorDiv:
      fits = y != 0 && !(x == INT64_MIN && y == -1);
      if (fits) r = typed::floor_div(x, y);
      break;
    case BinaryOp::Mod:
      fits = y != 0;
      if (fits) r = typed::floor_mod(x, y);
      break;
    case BinaryOp::And:
      r = x & y, fits = true;
      break;
    case BinaryOp::Or:
      r = x | y, fits = true;
      break;
    case BinaryOp::Xor:
      r = x ^ y, fits = true;
      break;
    case BinaryOp::RShift:
      fits = y >= 0;
      if (fits) r = typed::shift_right(x, y);
      break;
    default:
      break;
  }
  // ints have no in-place operators: InPlace and Binary are the same operation on them.
  return fits ? vm.make_int(r) : binary_op(vm, op, a, b);
}

}  // namespace

// The dispatch loop. Runs until `entry` returns; exceptions that escape `entry` propagate
// as PythonException. With `throw_pending`, vm.raised() is raised at entry's pc first
// (generator.throw()).
static Value execute(VM& vm, Frame* entry, bool throw_pending = false);

Value run_code(VM& vm, CodeObject* code, DictObject* globals) {
  Frame* frame = push_frame(vm, code, nullptr, globals);
  frame->entry = true;
  return execute(vm, frame);
}

Value run_code_with_locals(VM& vm, CodeObject* code, DictObject* globals, Value locals) {
  Frame* frame = push_frame(vm, code, nullptr, globals);
  frame->entry = true;
  frame->locals = locals;
  return execute(vm, frame);
}

Value run_class_body(VM& vm, FunctionObject* body, Value ns) {
  Frame* frame = push_frame(vm, body->code, body, body->globals);
  frame->entry = true;
  frame->locals = ns;
  if (body->closure) {
    const std::vector<uint16_t>& cells = body->code->free_registers;
    for (size_t i = 0; i < cells.size(); ++i) frame->registers[cells[i]] = body->closure->items[i];
  }
  return execute(vm, frame);
}

Value run_typed_code(VM& vm, CodeObject* code, DictObject* globals, const Value* args,
                     uint32_t count) {
  Frame* frame = push_frame(vm, code, nullptr, globals);
  frame->entry = true;
  for (uint32_t i = 0; i < count; ++i) frame->registers[i] = args[i];
  return execute(vm, frame);
}

Value call_function(VM& vm, FunctionObject* function, CallArgs args) {
  // A call from native code (list() draining an iterator of Python calls, say) is a step
  // like a call in the dispatch loop. No collection here: the caller's arguments may not
  // be rooted.
  if (vm.interrupts.tick()) vm.poll_interrupts();
  if (function->code->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) {
    return make_generator(vm, function, args);
  }
  Frame* frame = push_frame(vm, function->code, function, function->globals);
  frame->entry = true;
  try {
    bind_arguments(vm, function, args, frame->registers);
  } catch (...) {
    pop_frame(vm);
    throw;
  }
  return execute(vm, frame);
}

Value make_generator(VM& vm, FunctionObject* function, CallArgs args) {
  uint32_t flags = function->code->flags;
  Type* type = (flags & kCodeCoroutine)        ? vm.types.coroutine
               : (flags & kCodeAsyncGenerator) ? vm.types.async_generator
                                               : vm.types.generator;
  auto* g = vm.allocate<GeneratorObject>(type);
  g->function = function;
  g->state = GeneratorState::Created;
  g->resume_register = kNoRegister;
  g->delegate = Value::undefined();
  g->handled = Value::undefined();
  g->caller_handled = Value::undefined();
  Rooted keep(vm, Value::from_object(g));
  uint32_t n = function->code->register_count;
  try {
    g->registers = static_cast<Value*>(vm.heap().allocate_buffer(n * sizeof(Value)));
  } catch (const OutOfMemory&) {
    vm.raise_memory_error();
  }
  for (uint32_t i = 0; i < n; ++i) g->registers[i] = Value::undefined();
  g->register_count = n;
  bind_arguments(vm, function, args, g->registers);
  // Closed when collected while suspended, so that its finally blocks run (vm/finalizers.h).
  if (type == vm.types.generator && !function->code->handlers.empty()) vm.finalizers.add(g);
  return Value::from_object(g);
}

namespace {

// The result of a `yield from` whose sub-iterator finished while the generator was
// suspended in it: the generator continues after the YieldFrom instruction.
void finish_delegation(GeneratorObject* g, Value result) {
  const Instruction& ins = g->function->code->code[g->pc];
  g->registers[ins.a] = result;
  g->resume_pc = g->pc + 1;
  g->resume_register = kNoRegister;
  g->delegate = Value::undefined();
}

// throw()/close() on a generator suspended in `yield from` goes to the sub-iterator first.
// Returns true when the sub-iterator yielded (*result); otherwise the generator resumes,
// with `*thrown` (possibly replaced by what the sub-iterator raised) or, when the
// sub-iterator finished, with its return value.
bool throw_into_delegate(VM& vm, GeneratorObject* g, Value* thrown, Value* result) {
  Value d = g->delegate;
  Rooted keep(vm, d);
  bool closing = is_instance(vm, *thrown, vm.types.GeneratorExit);
  try {
    if (d.is_object() && is_generator_like(d.as_object(), vm.types.generator, vm.types.coroutine)) {
      auto* sub = static_cast<GeneratorObject*>(d.as_object());
      if (resume_generator(vm, sub, Value::none(), *thrown, result) == GeneratorStep::Yielded) {
        return true;
      }
      if (closing) return false;
      finish_delegation(g, *result);
      *thrown = Value::undefined();
      return false;
    }
    Value method = get_attribute_or_undefined(vm, d, vm.name(closing ? "close" : "throw"));
    if (method.is_undefined()) return false;
    Rooted keep_method(vm, method);
    if (closing) {
      vm.call(method, {});
      return false;
    }
    *result = vm.call(method, {*thrown});
    return true;
  } catch (const PythonException&) {
    Value e = vm.raised();
    vm.clear_raised();
    if (!closing && is_instance(vm, e, vm.types.StopIteration)) {
      auto* stop = static_cast<ExceptionObject*>(e.as_object());
      finish_delegation(g, stop->args->size ? stop->args->items[0] : Value::none());
      *thrown = Value::undefined();
      return false;
    }
    *thrown = e;
    return false;
  }
}

}  // namespace

GeneratorStep resume_generator(VM& vm, GeneratorObject* g, Value sent, Value thrown,
                               Value* result) {
  bool coroutine = g->type == vm.types.coroutine;
  if (g->state == GeneratorState::Running) {
    vm.raise(vm.types.ValueError,
             coroutine ? "coroutine already executing" : "generator already executing");
  }
  if (g->state == GeneratorState::Finished) {
    if (!thrown.is_undefined()) vm.raise(thrown);
    if (coroutine) vm.raise(vm.types.RuntimeError, "cannot reuse already awaited coroutine");
    *result = Value::none();
    return GeneratorStep::Returned;
  }
  if (g->state == GeneratorState::Created && thrown.is_undefined() && !sent.is_none()) {
    vm.raise(vm.types.TypeError, g->type == vm.types.async_generator
                                     ? "can't send non-None value to a just-started async generator"
                                     : "can't send non-None value to a just-started generator");
  }
  if (g->state == GeneratorState::Created && !thrown.is_undefined()) {
    // Never started: the exception is raised before the body's first line, outside every
    // try block, and ends the generator.
    g->state = GeneratorState::Finished;
    vm.raise(escaping_generator_error(vm, g, thrown));
  }
  Rooted keep_generator(vm, Value::from_object(g));
  Rooted keep_thrown(vm, thrown);
  if (!thrown.is_undefined() && !g->delegate.is_undefined()) {
    g->state = GeneratorState::Running;
    bool yielded = throw_into_delegate(vm, g, &thrown, result);
    g->state = GeneratorState::Suspended;
    if (yielded) return GeneratorStep::Yielded;
    keep_thrown.set(thrown);
  }
  g->delegate = Value::undefined();
  if (thrown.is_undefined() && g->resume_register != kNoRegister) {
    g->registers[g->resume_register] = sent;
  }
  g->state = GeneratorState::Running;
  // The generator's exception state replaces the caller's while it runs.
  struct ExceptionStateSwap {
    VM& vm;
    GeneratorObject* g;
    Value caller;
    ~ExceptionStateSwap() {
      g->handled = vm.handled_exception.is(caller) ? Value::undefined() : vm.handled_exception;
      vm.handled_exception = caller;
    }
  } swap{vm, g, vm.handled_exception};
  Rooted keep_caller_state(vm, swap.caller);
  if (!g->handled.is_undefined()) vm.handled_exception = g->handled;
  try {
    Frame* frame = push_generator_frame(vm, g, thrown.is_undefined() ? g->resume_pc : g->pc);
    if (!thrown.is_undefined()) vm.set_raised(thrown);
    *result = execute(vm, frame, !thrown.is_undefined());
  } catch (const PythonException&) {
    g->state = GeneratorState::Finished;
    vm.set_raised(escaping_generator_error(vm, g, vm.raised()));
    throw;
  }
  if (g->state == GeneratorState::Suspended) return GeneratorStep::Yielded;
  g->state = GeneratorState::Finished;
  return GeneratorStep::Returned;
}

// The common call, inlined into the dispatch loop: a plain function (no generator) whose
// parameters are exactly the positional arguments given, so there are no defaults,
// keywords, *args or **kwargs to sort out. Pushes its frame (true), or leaves the call to
// enter_function (false).
[[gnu::always_inline]] static inline bool enter_simple_function(VM& vm, FunctionObject* f,
                                                                const Value* args, uint32_t nargs,
                                                                uint16_t result_register) {
  CodeObject* code = f->code;
  constexpr uint32_t kNotSimple =
      kCodeVarArgs | kCodeVarKeywords | kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator;
  if (nargs != code->arg_count || code->kwonly_count != 0 || (code->flags & kNotSimple)) {
    return false;
  }
  Frame* frame = push_frame(vm, code, f, f->globals);
  frame->result_register = result_register;
  for (uint32_t i = 0; i < nargs; ++i) frame->registers[i] = args[i];
  bind_closure(f, frame->registers);
  return true;
}

// Any other call of a Python function from the dispatch loop: pushes its frame (true:
// continue in it; its result goes to the caller's R[result_register]), or, for a generator
// or coroutine function, stores the new generator in *result (false).
static bool enter_function(VM& vm, FunctionObject* f, CallArgs args, uint16_t result_register,
                           Value* result) {
  if (f->code->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) {
    *result = make_generator(vm, f, args);
    return false;
  }
  Frame* frame = push_frame(vm, f->code, f, f->globals);
  try {
    bind_arguments(vm, f, args, frame->registers);
  } catch (...) {
    pop_frame(vm);
    throw;
  }
  frame->result_register = result_register;
  return true;
}

static Value execute(VM& vm, Frame* entry, bool throw_pending) {
#define EMBER_LABEL(name) &&op_##name,
  static void* const kLabels[] = {EMBER_OPCODES(EMBER_LABEL)};
#undef EMBER_LABEL

  Frame* frame;
  Value* R;
  const Instruction* pc;
  CodeObject* code;
  bool compare_result;  // of CompareInt/CompareFloat, for their fused jump

#define LOAD_FRAME()      \
  do {                    \
    frame = vm.frame;     \
    R = frame->registers; \
    pc = frame->pc;       \
    code = frame->code;   \
  } while (0)
#define DISPATCH()                           \
  do {                                       \
    frame->pc = pc;                          \
    goto* kLabels[static_cast<int>(pc->op)]; \
  } while (0)
#define NEXT()  \
  do {          \
    ++pc;       \
    DISPATCH(); \
  } while (0)
#define SAFEPOINT()                                       \
  do {                                                    \
    if (vm.heap().collection_due()) vm.collect_garbage(); \
    if (vm.interrupts.tick()) vm.poll_interrupts();       \
  } while (0)
// The backward jump `edge` was taken: a safepoint, and a step towards the loop getting hot
// (the JIT may replace the instruction at edge by a JitLoop, which the typed loop runs: its
// operands must have been read before).
#define BACK_EDGE(edge)                                            \
  do {                                                             \
    SAFEPOINT();                                                   \
    if (vm.hot_loops.tick(edge)) [[unlikely]] {                    \
      vm.jit->hot_loop(vm, frame, const_cast<Instruction*>(edge)); \
    }                                                              \
  } while (0)
// A generator resumed inline by a for loop suspends: the item goes to the loop variable of
// the ForIter that resumed it, and the loop body runs.
#define YIELD_TO_FOR_LOOP(g, item) \
  do {                             \
    Value yielded_item = (item);   \
    leave_inline_generator(vm, g); \
    LOAD_FRAME();                  \
    R[pc->b] = yielded_item;       \
    pc += 2;                       \
    DISPATCH();                    \
  } while (0)
#define NAME(i) (code->names[(i)])
// A quickened instruction whose guard failed: back to its generic form, which runs now.
#define UNQUICKEN()                           \
  do {                                        \
    unquicken(*const_cast<Instruction*>(pc)); \
    DISPATCH();                               \
  } while (0)

  for (;;) {
    try {
      LOAD_FRAME();
      if (throw_pending) {
        throw_pending = false;
        throw PythonException{};
      }
      DISPATCH();

    op_Nop:
    op_Aux:
      NEXT();

    op_Move:
      R[pc->a] = R[pc->b];
      NEXT();

    op_LoadConst:
      R[pc->a] = code->constants[pc->bc()];
      NEXT();

    op_LoadNone:
      R[pc->a] = Value::none();
      NEXT();

    op_LoadBool:
      R[pc->a] = Value::from_bool(pc->x != 0);
      NEXT();

    op_LoadInt:
      R[pc->a] = Value::from_small_int(pc->sbc());
      NEXT();

    op_LoadGlobal : {
      InlineCache& cache = code->caches[pc[1].aux_lo()];
      DictObject* globals = frame->globals;
      if (cache.globals == globals && globals->keys_version == cache.globals_keys &&
          vm.builtins->keys_version == cache.builtins_keys) {
        R[pc->a] = (cache.in_builtins ? vm.builtins : globals)->entries[cache.index].value;
      } else {
        R[pc->a] = load_global_cached(vm, globals, NAME(pc->bc()), cache);
      }
      pc += 2;
      DISPATCH();
    }

    op_StoreGlobal:
      dict_set_str(vm, frame->globals, NAME(pc->bc()), R[pc->a]);
      NEXT();

    op_DeleteGlobal:
      if (!dict_delete(vm, frame->globals, Value::from_object(NAME(pc->bc())))) {
        raise_name_error(vm, NAME(pc->bc()));
      }
      NEXT();

    op_LoadBuiltin:
      R[pc->a] = load_builtin(vm, NAME(pc->bc()));
      NEXT();

    op_LoadName:
      R[pc->a] = load_name(vm, frame, NAME(pc->bc()));
      NEXT();

    op_StoreName:
      store_name(vm, frame->locals, NAME(pc->bc()), R[pc->a]);
      NEXT();

    op_DeleteName:
      delete_name(vm, frame->locals, NAME(pc->bc()));
      NEXT();

    op_LoadClassCell : {
      Value v = lookup_name(vm, frame->locals, NAME(pc->c));
      if (v.is_undefined()) {
        v = static_cast<CellObject*>(R[pc->b].as_object())->contents;
        if (v.is_undefined()) raise_empty_cell(vm, NAME(pc->c), true);
      }
      R[pc->a] = v;
      NEXT();
    }

    op_CheckBound:
      if (R[pc->a].is_undefined()) raise_unbound_local(vm, NAME(pc->bc()));
      NEXT();

    op_DeleteLocal:
      if (R[pc->a].is_undefined()) raise_unbound_local(vm, NAME(pc->bc()));
      R[pc->a] = Value::undefined();
      NEXT();

    op_MakeCell : {
      auto* cell = vm.allocate<CellObject>(vm.types.cell);
      cell->contents = R[pc->a];
      R[pc->a] = Value::from_object(cell);
      NEXT();
    }

    op_LoadCell : {
      Value v = static_cast<CellObject*>(R[pc->b].as_object())->contents;
      if (v.is_undefined()) raise_empty_cell(vm, NAME(pc->c), pc->x != 0);
      R[pc->a] = v;
      NEXT();
    }

    op_StoreCell:
      static_cast<CellObject*>(R[pc->a].as_object())->contents = R[pc->b];
      NEXT();

    op_DeleteCell : {
      auto* cell = static_cast<CellObject*>(R[pc->a].as_object());
      if (cell->contents.is_undefined()) raise_empty_cell(vm, NAME(pc->b), pc->x != 0);
      cell->contents = Value::undefined();
      NEXT();
    }

    op_LoadAttr : {
      Value o = R[pc->b];
      InlineCache& cache = code->caches[pc[1].aux_lo()];
      if (o.is_object()) {
        Object* obj = o.as_object();
        for (const AttributeCacheEntry& e : cache.entries) {
          if (e.type != obj->type || e.type->version != e.type_version) continue;
          InstanceAttributes* attrs = instance_attributes(obj);
          if (attrs->shape != e.shape) continue;
          R[pc->a] = attrs->values[e.index];
          pc += 2;
          DISPATCH();
        }
      }
      R[pc->a] = load_attr_cached(vm, o, NAME(pc->c), cache);
      pc += 2;
      DISPATCH();
    }

    op_StoreAttr : {
      Value o = R[pc->a];
      InlineCache& cache = code->caches[pc[1].aux_lo()];
      if (o.is_object()) {
        Object* obj = o.as_object();
        for (const AttributeCacheEntry& e : cache.entries) {
          if (e.type != obj->type || e.type->version != e.type_version) continue;
          InstanceAttributes* attrs = instance_attributes(obj);
          if (attrs->shape != e.shape || attrs->dict ||
              (e.next_shape && e.index >= attrs->capacity)) {
            continue;
          }
          attrs->values[e.index] = R[pc->c];
          if (e.next_shape) attrs->shape = e.next_shape;
          pc += 2;
          DISPATCH();
        }
      }
      store_attr_cached(vm, o, NAME(pc->b), R[pc->c], cache);
      pc += 2;
      DISPATCH();
    }

    op_DeleteAttr:
      delete_attribute(vm, R[pc->a], NAME(pc->b));
      NEXT();

    op_LoadMethod : {
      Value obj = R[pc->b];
      InlineCache& cache = code->caches[pc[1].aux_lo()];
      Type* t = vm.type_of(obj);
      for (const AttributeCacheEntry& e : cache.entries) {
        if (e.type != t || t->version != e.type_version) continue;
        InstanceAttributes* attrs =
            obj.is_object() ? instance_attributes(obj.as_object()) : nullptr;
        if (attrs && (attrs->shape != e.shape || attrs->dict)) continue;
        R[pc->a] = e.value;
        R[pc->a + 1] = obj;
        pc += 2;
        DISPATCH();
      }
      if (load_method_cached(vm, obj, NAME(pc->c), cache, &R[pc->a])) {
        R[pc->a + 1] = obj;
      } else {
        R[pc->a + 1] = Value::undefined();
      }
      pc += 2;
      DISPATCH();
    }

    op_CallMethod : {
      uint16_t a = pc->a;
      bool has_self = !R[a + 1].is_undefined();
      const Value* args = has_self ? &R[a + 1] : &R[a + 2];
      uint32_t nargs = pc->b + (has_self ? 1 : 0);
      Value callee = R[a];
      if (callee.is_object() && callee.as_object()->type == vm.types.function) {
        SAFEPOINT();
        auto* f = static_cast<FunctionObject*>(callee.as_object());
        if (enter_simple_function(vm, f, args, nargs, a) ||
            enter_function(vm, f, CallArgs{args, nargs, nullptr}, a, &R[a])) {
          LOAD_FRAME();
          DISPATCH();
        }
        NEXT();
      }
      // A method of a built-in type (`parts.append(x)`, `s.split(";")`): straight to the C++
      // function, without call_value's dispatch on the callee's type.
      if (callee.is_object() && callee.as_object()->type == vm.types.native_function) {
        auto* native = static_cast<NativeFunctionObject*>(callee.as_object());
        if (native->self.is_undefined()) {
          CallArgs call{args, nargs, nullptr};
          check_native_self(vm, native, call);
          R[a] = native->function(vm, call);
          NEXT();
        }
      }
      R[a] = call_value(vm, callee, CallArgs{args, nargs, nullptr});
      NEXT();
    }

    op_Call:
    op_CallKw : {
      uint16_t a = pc->a;
      Value callee = R[a];
      TupleObject* kwnames = nullptr;
      uint32_t npos = pc->b;
      if (pc->op == Op::CallKw) {
        kwnames = static_cast<TupleObject*>(code->constants[pc->c].as_object());
        npos -= static_cast<uint32_t>(kwnames->size);
      }
      CallArgs args{&R[a + 1], npos, kwnames};
      if (callee.is_object() && callee.as_object()->type == vm.types.function) {
        SAFEPOINT();
        auto* f = static_cast<FunctionObject*>(callee.as_object());
        if ((!kwnames && enter_simple_function(vm, f, args.values, npos, a)) ||
            enter_function(vm, f, args, a, &R[a])) {
          LOAD_FRAME();
          DISPATCH();
        }
        NEXT();
      }
      R[a] = call_value(vm, callee, args);
      NEXT();
    }

    op_CallEx:
      SAFEPOINT();
      R[pc->a] = call_unpacked(vm, R[pc->a], R[pc->b],
                               pc->c != kNoRegister ? R[pc->c] : Value::undefined());
      NEXT();

    op_GetItem : {
      // An exact list indexed by a small int in range reads the item here, without the call
      // through list's getitem slot; anything else (and every error) takes the slot.
      Value container = R[pc->b];
      Value key = R[pc->c];
      if (key.is_small_int() && container.is_object() &&
          container.as_object()->type == vm.types.list) {
        auto* list = static_cast<ListObject*>(container.as_object());
        int64_t i = key.as_small_int();
        if (i < 0) i += list->size;
        if (static_cast<uint64_t>(i) < static_cast<uint64_t>(list->size)) {
          R[pc->a] = list->items[i];
          NEXT();
        }
      }
      R[pc->a] = get_item(vm, container, key);
      NEXT();
    }

    op_SetItem : {
      Value container = R[pc->a];
      Value key = R[pc->b];
      if (key.is_small_int() && container.is_object() &&
          container.as_object()->type == vm.types.list) {  // as in GetItem
        auto* list = static_cast<ListObject*>(container.as_object());
        int64_t i = key.as_small_int();
        if (i < 0) i += list->size;
        if (static_cast<uint64_t>(i) < static_cast<uint64_t>(list->size)) {
          list->items[i] = R[pc->c];
          NEXT();
        }
      }
      set_item(vm, container, key, R[pc->c]);
      NEXT();
    }

    op_DeleteItem:
      delete_item(vm, R[pc->a], R[pc->b]);
      NEXT();

    op_BuildSlice : {
      auto* s = vm.allocate<SliceObject>(vm.types.slice);
      s->start = R[pc->b];
      s->stop = R[pc->b + 1];
      s->step = pc->c == 3 ? R[pc->b + 2] : Value::none();
      R[pc->a] = Value::from_object(s);
      NEXT();
    }

    op_Binary:
    op_InPlace : {
      Value a = R[pc->b];
      Value b = R[pc->c];
      Op quick = quickened_binary(vm.types, *pc, a, b);
      if (quick != pc->op) {
        quicken(*const_cast<Instruction*>(pc), quick);
        DISPATCH();
      }
      auto op = static_cast<BinaryOp>(pc->x);
      R[pc->a] = pc->op == Op::InPlace ? inplace_op(vm, op, a, b) : binary_op(vm, op, a, b);
      NEXT();
    }

    op_Unary:
      R[pc->a] = unary_op(vm, static_cast<UnaryOp>(pc->x), R[pc->b]);
      NEXT();

    op_Not:
      R[pc->a] = Value::from_bool(!truthy(vm, R[pc->b]));
      NEXT();

    op_Compare : {
      Value a = R[pc->b];
      Value b = R[pc->c];
      Op quick = quickened_compare(a, b);
      if (quick != Op::Compare) {
        quicken(*const_cast<Instruction*>(pc), quick);
        DISPATCH();
      }
      R[pc->a] = compare_op(vm, static_cast<CompareOp>(pc->x), a, b);
      NEXT();
    }

    op_Is:
      R[pc->a] = Value::from_bool(R[pc->b].is(R[pc->c]) != (pc->x != 0));
      NEXT();

    op_Contains:
      R[pc->a] = Value::from_bool(contains(vm, R[pc->c], R[pc->b]) != (pc->x != 0));
      NEXT();

    op_Jump : {
      const Instruction* target = pc + 1 + pc->sbc();
      if (target <= pc) BACK_EDGE(pc);
      pc = target;
      DISPATCH();
    }

    op_JumpIfTrue : {
      Value v = R[pc->a];
      bool t = v.is_bool() ? v.as_bool() : truthy(vm, v);
      if (t) {
        const Instruction* target = pc + 1 + pc->sbc();
        if (target <= pc) BACK_EDGE(pc);
        pc = target;
        DISPATCH();
      }
      NEXT();
    }

    op_JumpIfFalse : {
      Value v = R[pc->a];
      bool t = v.is_bool() ? v.as_bool() : truthy(vm, v);
      if (!t) {
        const Instruction* target = pc + 1 + pc->sbc();
        if (target <= pc) BACK_EDGE(pc);
        pc = target;
        DISPATCH();
      }
      NEXT();
    }

    op_GetIter:
      R[pc->a] = get_iterator(vm, R[pc->b]);
      NEXT();

    op_ForIter : {
      Value iterator = R[pc->a];
      Op quick = quickened_for_iter(vm.types, iterator);
      if (quick != Op::ForIter) {
        quicken(*const_cast<Instruction*>(pc), quick);
        DISPATCH();
      }
      if (resumable_inline(vm.types, iterator)) {
        // Its Yield stores the item in R[pc->b] and steps past this loop head; its Return
        // leaves the loop.
        enter_inline_generator(vm, static_cast<GeneratorObject*>(iterator.as_object()));
        LOAD_FRAME();
        SAFEPOINT();
        DISPATCH();
      }
      Value item;
      if (iterator_next(vm, iterator, &item)) {
        R[pc->b] = item;
        pc += 2;
        DISPATCH();
      }
      pc += 2 + static_cast<int32_t>(pc[1].aux_lo());
      DISPATCH();
    }

    op_BuildTuple:
      R[pc->a] = build_tuple(vm, &R[pc->b], pc->c);
      NEXT();

    op_BuildList : {
      ListObject* list = vm.new_list(pc->c);
      for (int64_t i = 0; i < pc->c; ++i) list->items[i] = R[pc->b + i];
      R[pc->a] = Value::from_object(list);
      NEXT();
    }

    op_BuildSet:
      R[pc->a] = build_set(vm, &R[pc->b], pc->c);
      NEXT();

    op_BuildDict:
      R[pc->a] = build_dict(vm, &R[pc->b], pc->c);
      NEXT();

    op_ListAppend:
      list_append(vm, static_cast<ListObject*>(R[pc->a].as_object()), R[pc->b]);
      NEXT();

    op_ListExtend : {
      auto* list = static_cast<ListObject*>(R[pc->a].as_object());
      if (pc->x == 1) {
        list_extend_call_arguments(vm, list, R[pc->b], R[pc->c]);
      } else {
        list_extend(vm, list, R[pc->b]);
      }
      NEXT();
    }

    op_ListToTuple : {
      auto* list = static_cast<ListObject*>(R[pc->b].as_object());
      R[pc->a] = build_tuple(vm, list->items, list->size);
      NEXT();
    }

    op_SetAdd:
      set_add(vm, static_cast<SetObject*>(R[pc->a].as_object()), R[pc->b]);
      NEXT();

    op_SetUpdate:
      set_update(vm, static_cast<SetObject*>(R[pc->a].as_object()), R[pc->b]);
      NEXT();

    op_DictSet:
      dict_set(vm, static_cast<DictObject*>(R[pc->a].as_object()), R[pc->b], R[pc->c]);
      NEXT();

    op_DictUpdate:
      dict_update_from(vm, static_cast<DictObject*>(R[pc->a].as_object()), R[pc->b],
                       Value::undefined());
      NEXT();

    op_DictMerge:
      dict_update_from(vm, static_cast<DictObject*>(R[pc->a].as_object()), R[pc->b], R[pc->c]);
      NEXT();

    op_Unpack:
      unpack_exact(vm, R[pc->b], &R[pc->a], pc->c);
      NEXT();

    op_UnpackEx:
      unpack_starred(vm, R[pc->b], &R[pc->a], pc->c, pc->x);
      NEXT();

    op_MakeFunction:
      R[pc->a] = make_function(vm, frame, *pc);
      NEXT();

    op_Return : {
      Value result = R[pc->a];
      bool was_entry = frame == entry;
      if (GeneratorObject* g = frame->generator; g && !was_entry) {
        // A generator run by a for loop is exhausted: the loop ends.
        g->state = GeneratorState::Finished;
        leave_inline_generator(vm, g);
        LOAD_FRAME();
        pc += 2 + static_cast<int32_t>(pc[1].aux_lo());
        DISPATCH();
      }
      uint16_t target = frame->result_register;
      pop_frame(vm);
      if (was_entry) return result;
      LOAD_FRAME();
      R[target] = result;
      NEXT();
    }

    op_Yield : {
      GeneratorObject* g = frame->generator;
      g->pc = frame->pc_index();
      g->resume_pc = g->pc + 1;
      g->resume_register = pc->a;
      g->state = GeneratorState::Suspended;
      g->yielded_value = true;
      Value yielded = R[pc->b];
      if (frame != entry) YIELD_TO_FOR_LOOP(g, yielded);
      pop_frame(vm);
      return yielded;
    }

    op_GetAwaitable:
      R[pc->a] = get_awaitable(vm, R[pc->b], static_cast<AwaitSource>(pc->x));
      NEXT();

    op_GetAIter:
      R[pc->a] = get_async_iterator(vm, R[pc->b]);
      NEXT();

    op_GetANext:
      R[pc->a] = get_async_next(vm, R[pc->b]);
      NEXT();

    op_EndAsyncFor:
      if (!is_instance(vm, R[pc->a], vm.types.StopAsyncIteration)) vm.reraise(R[pc->a]);
      NEXT();

    op_YieldFrom : {
      Value sent = R[pc->c];
      R[pc->c] = Value::none();
      Value item;
      if (!send_to_delegate(vm, R[pc->b], sent, &item)) {
        R[pc->a] = item;
        NEXT();
      }
      GeneratorObject* g = frame->generator;
      g->pc = g->resume_pc = frame->pc_index();
      g->resume_register = pc->c;
      g->delegate = R[pc->b];
      g->state = GeneratorState::Suspended;
      g->yielded_value = false;
      if (frame != entry) YIELD_TO_FOR_LOOP(g, item);
      pop_frame(vm);
      return item;
    }

    op_Format:
      R[pc->a] =
          format_object(vm, R[pc->b], pc->x, pc->c == kNoRegister ? Value::undefined() : R[pc->c]);
      NEXT();

    op_BuildString:
      R[pc->a] = build_string(vm, &R[pc->b], pc->c);
      NEXT();

    op_Raise : {
      if (pc->x == 0) {
        if (!vm.handled_exception.is_object()) {
          vm.raise(vm.types.RuntimeError, "No active exception to reraise");
        }
        vm.reraise(vm.handled_exception);
      }
      Value exception = make_exception(vm, R[pc->a]);
      if (pc->x == 2) {
        Value cause = R[pc->b];
        if (!cause.is_none()) {
          if (!is_instance(vm, cause, vm.types.BaseException) &&
              !(cause.is_object() && cause.as_object()->type->has_flag(kTypeTypeSubclass) &&
                is_subtype(static_cast<Type*>(cause.as_object()), vm.types.BaseException))) {
            vm.raise(vm.types.TypeError, "exception causes must derive from BaseException");
          }
          cause = make_exception(vm, cause);
        }
        auto* e = static_cast<ExceptionObject*>(exception.as_object());
        e->cause = cause;
        e->suppress_context = true;
      }
      vm.raise(exception);
    }

    op_Reraise:
      vm.reraise(R[pc->a]);

    op_PushExcInfo:
      R[pc->b] = vm.handled_exception;
      vm.handled_exception = R[pc->a];
      NEXT();

    op_PopExcInfo:
      vm.handled_exception = R[pc->a];
      NEXT();

    op_CheckExcMatch:
      R[pc->a] = Value::from_bool(exception_matches(vm, R[pc->b], R[pc->c]));
      NEXT();

    op_BeforeWith : {
      Value enter_result;
      Value exit = before_with(vm, R[pc->b], pc->x != 0, &enter_result);
      R[pc->a] = exit;
      R[pc->a + 1] = enter_result;
      NEXT();
    }

    op_WithExit : {
      Value exception = R[pc->c];
      auto* e = static_cast<ExceptionObject*>(exception.as_object());
      R[pc->a] = vm.call(R[pc->b], {Value::from_object(e->type), exception, e->traceback});
      NEXT();
    }

    op_ImportName:
      R[pc->a] = import_module(vm, NAME(pc->b), pc->x, frame->globals);
      NEXT();

    op_ImportFrom:
      R[pc->a] = import_from(vm, R[pc->b], NAME(pc->c));
      NEXT();

    op_ImportStar:
      import_star(vm, R[pc->a], frame->globals);
      NEXT();

    op_GetLen:
      R[pc->a] = vm.make_int(length(vm, R[pc->b]));
      NEXT();

    op_MatchSequence:
      R[pc->a] = Value::from_bool(match_sequence(vm, R[pc->b]));
      NEXT();

    op_MatchMapping:
      R[pc->a] = Value::from_bool(match_mapping(vm, R[pc->b]));
      NEXT();

    op_MatchKeys:
      R[pc->a] = match_keys(vm, R[pc->b], R[pc->c]);
      NEXT();

    op_MatchClass:
      R[pc->a] = match_class(vm, R[pc->b], R[pc->c], pc->x, R[pc->c + 1]);
      NEXT();

    op_CopyDictWithoutKeys:
      R[pc->a] = copy_dict_without_keys(vm, R[pc->b], R[pc->c]);
      NEXT();

      // ---- quickened forms (vm/quicken.h): on a failed guard, back to the generic form

#define EMBER_INT_BINARY(name, compute)                                     \
  op_##name : {                                                             \
    Value a = R[pc->b];                                                     \
    Value b = R[pc->c];                                                     \
    if (both_small_ints(a, b)) {                                            \
      int64_t x = a.as_small_int(), y = b.as_small_int();                   \
      compute;                                                              \
    }                                                                       \
    int64_t x, y;                                                           \
    if (int64_operand(vm.types, a, &x) && int64_operand(vm.types, b, &y)) { \
      R[pc->a] = wide_int_binary(vm, *pc, x, y, a, b);                      \
      NEXT();                                                               \
    }                                                                       \
    UNQUICKEN();                                                            \
  }
      EMBER_INT_BINARY(BinaryAddInt, R[pc->a] = vm.make_int(x + y); NEXT())
      EMBER_INT_BINARY(BinarySubInt, R[pc->a] = vm.make_int(x - y); NEXT())
      EMBER_INT_BINARY(BinaryMulInt, int64_t r; R[pc->a] = __builtin_mul_overflow(x, y, &r)
                                                               ? binary_op(vm, BinaryOp::Mul, a, b)
                                                               : vm.make_int(r);
                       NEXT())
      EMBER_INT_BINARY(
          BinaryFloorDivInt, if (y != 0) {
            R[pc->a] = vm.make_int(typed::floor_div(x, y));
            NEXT();
          })
      EMBER_INT_BINARY(
          BinaryModInt, if (y != 0) {
            R[pc->a] = Value::from_small_int(typed::floor_mod(x, y));
            NEXT();
          })
      EMBER_INT_BINARY(BinaryAndInt, R[pc->a] = Value::from_small_int(x & y); NEXT())
      EMBER_INT_BINARY(BinaryOrInt, R[pc->a] = Value::from_small_int(x | y); NEXT())
      EMBER_INT_BINARY(BinaryXorInt, R[pc->a] = Value::from_small_int(x ^ y); NEXT())
      EMBER_INT_BINARY(
          BinaryRShiftInt, if (y >= 0) {
            R[pc->a] = Value::from_small_int(typed::shift_right(x, y));
            NEXT();
          })
#undef EMBER_INT_BINARY

#define EMBER_FLOAT_BINARY(name, guard, expr)            \
  op_##name : {                                          \
    Value a = R[pc->b];                                  \
    Value b = R[pc->c];                                  \
    if (is_float_operand_pair(a, b)) {                   \
      double x = float_operand(a), y = float_operand(b); \
      if (guard) {                                       \
        R[pc->a] = Value::from_double(expr);             \
        NEXT();                                          \
      }                                                  \
    }                                                    \
    UNQUICKEN();                                         \
  }
      EMBER_FLOAT_BINARY(BinaryAddFloat, true, x + y)
      EMBER_FLOAT_BINARY(BinarySubFloat, true, x - y)
      EMBER_FLOAT_BINARY(BinaryMulFloat, true, x * y)
      EMBER_FLOAT_BINARY(BinaryDivFloat, y != 0.0, x / y)
#undef EMBER_FLOAT_BINARY

    op_BinaryAddStr : {
      Value a = R[pc->b];
      Value b = R[pc->c];
      if (!is_exact_str(vm.types, a) || !is_exact_str(vm.types, b)) UNQUICKEN();
      R[pc->a] = str_concat(vm, static_cast<StrObject*>(a.as_object()),
                            static_cast<StrObject*>(b.as_object()));
      NEXT();
    }

    op_CompareInt : {
      Value a = R[pc->b];
      Value b = R[pc->c];
      if (!both_small_ints(a, b)) {
        UNQUICKEN();
      }
      compare_result = compare_holds(static_cast<CompareOp>(pc->x),
                                     int_outcome(a.as_small_int(), b.as_small_int()));
      goto compare_then_jump;
    }

    op_CompareFloat : {
      Value a = R[pc->b];
      Value b = R[pc->c];
      if (!is_float_operand_pair(a, b)) {
        UNQUICKEN();
      }
      compare_result = compare_holds(static_cast<CompareOp>(pc->x),
                                     float_outcome(float_operand(a), float_operand(b)));
      goto compare_then_jump;
    }

    compare_then_jump : {
      // Superinstruction by peeking: the conditional jump on this result that the compiler
      // emits right after a comparison in a condition runs in the same dispatch.
      R[pc->a] = Value::from_bool(compare_result);
      const Instruction* next = pc + 1;
      if (next->a != pc->a || (next->op != Op::JumpIfFalse && next->op != Op::JumpIfTrue)) NEXT();
      if (compare_result != (next->op == Op::JumpIfTrue)) {
        pc = next + 1;
        DISPATCH();
      }
      const Instruction* target = next + 1 + next->sbc();
      if (target <= next) BACK_EDGE(next);
      pc = target;
      DISPATCH();
    }

    op_ForIterRange : {
      Value iterator = R[pc->a];
      if (!iterator.is_object() || iterator.as_object()->type != vm.types.range_iterator) {
        UNQUICKEN();
      }
      int64_t value;
      if (range_iter_advance(static_cast<RangeIterObject*>(iterator.as_object()), &value)) {
        R[pc->b] = vm.make_int(value);
        pc += 2;
        DISPATCH();
      }
      pc += 2 + static_cast<int32_t>(pc[1].aux_lo());
      DISPATCH();
    }

    op_ForIterList : {
      Value iterator = R[pc->a];
      if (!iterator.is_object() || iterator.as_object()->type != vm.types.list_iterator) {
        UNQUICKEN();
      }
      if (list_iter_advance(static_cast<SeqIterObject*>(iterator.as_object()), &R[pc->b])) {
        pc += 2;
        DISPATCH();
      }
      pc += 2 + static_cast<int32_t>(pc[1].aux_lo());
      DISPATCH();
    }

    op_BoxRaw:
      R[pc->a] = box_raw_slot(vm, static_cast<BoundaryKind>(pc->x), R[pc->b]);
      NEXT();
    op_UnboxRaw:
      R[pc->a] = pc->x == static_cast<uint8_t>(BoundaryKind::Bool)
                     ? Value::from_bits(R[pc->b].is_true() ? 1 : 0)
                     : typed::from_int(R[pc->b].as_small_int());
      NEXT();
    op_SimdBinary : {
      SimdType t = SimdType::from_bits(pc[1].aux_lo());
      if (const char* failure =
              simd_binary(static_cast<SimdBinaryOp>(pc->x), t, &R[pc->a], &R[pc->b], &R[pc->c])) {
        abort_program(frame, failure);
      }
      pc += 2;
      DISPATCH();
    }
    op_SimdUnary:
      simd_unary(static_cast<SimdUnaryOp>(pc->x), SimdType::from_bits(pc[1].aux_lo()), &R[pc->a],
                 &R[pc->b]);
      pc += 2;
      DISPATCH();
    op_SimdCast:
      simd_cast(SimdType::from_bits(pc[1].aux_lo()), SimdType::from_bits(pc[1].aux_hi()), &R[pc->a],
                &R[pc->b]);
      pc += 2;
      DISPATCH();
    op_SimdFma:
      simd_fma(SimdType::from_bits(pc[1].aux_lo()), &R[pc->a], &R[pc->b], &R[pc->c],
               &R[pc[1].aux_hi()]);
      pc += 2;
      DISPATCH();
    op_SimdSelect:
      simd_select(SimdType::from_bits(pc[1].aux_lo()), &R[pc->a], &R[pc->b], &R[pc->c],
                  &R[pc[1].aux_hi()]);
      pc += 2;
      DISPATCH();
    op_SimdMoveLane:
      simd_move_lane(pc->x, &R[pc->a], pc->c >> 8, &R[pc->b], pc->c & 0xFF);
      NEXT();
    op_SimdGet : {
      SimdType t = SimdType::from_bits(pc[1].aux_lo());
      simd_extract(t, &R[pc->a], &R[pc->b], simd_lane(frame, t, R[pc->c]));
      pc += 2;
      DISPATCH();
    }
    op_SimdSet : {
      SimdType t = SimdType::from_bits(pc[1].aux_lo());
      simd_move_lane(dtype_size(t.dtype), &R[pc->a], simd_lane(frame, t, R[pc->b]), &R[pc->c], 0);
      pc += 2;
      DISPATCH();
    }
    op_SimdZero:
      for (uint32_t i = 0; i < pc->x; ++i) R[pc->a + i] = Value::from_bits(0);
      NEXT();
    op_SimdText:
      R[pc->a] =
          Value::from_object(vm.new_str(simd_text(SimdType::from_bits(pc[1].aux_lo()), &R[pc->b])));
      pc += 2;
      DISPATCH();
    op_PtrAlloc : {
      uint64_t bytes = element_bytes(frame, typed::raw_int(R[pc->b]), pc[1].aux_lo());
      uintptr_t block = vm.raw_memory().allocate(bytes, vm.options().max_memory);
      if (!block) {
        std::string what = "out of memory allocating " + std::to_string(bytes) + " bytes";
        abort_program(frame, what.c_str());
      }
      R[pc->a] = Value::from_bits(block);
      pc += 2;
      DISPATCH();
    }
    op_PtrFree:
      if (!vm.raw_memory().free(R[pc->a].bits())) {
        abort_program(frame,
                      "free() of a pointer that does not start an allocated block "
                      "(freed twice, or not from alloc)");
      }
      NEXT();
    op_PtrLoad : {
      uint32_t bytes = pc[1].aux_hi();
      const char* from =
          raw_access(vm, frame, R[pc->b].bits(), typed::raw_int(R[pc->c]), pc[1].aux_lo(), bytes);
      Value* to = &R[pc->a];
      for (uint32_t i = 0; i < (bytes + 7) / 8; ++i) to[i] = Value::from_bits(0);
      std::memcpy(static_cast<void*>(to), from, bytes);
      pc += 2;
      DISPATCH();
    }
    op_PtrStore : {
      uint32_t bytes = pc[1].aux_hi();
      char* to =
          raw_access(vm, frame, R[pc->a].bits(), typed::raw_int(R[pc->b]), pc[1].aux_lo(), bytes);
      std::memcpy(to, static_cast<const void*>(&R[pc->c]), bytes);
      pc += 2;
      DISPATCH();
    }
    op_PtrOffset:
      R[pc->a] = Value::from_bits(R[pc->b].bits() +
                                  static_cast<uint64_t>(typed::raw_int(R[pc->c])) * pc[1].aux_lo());
      pc += 2;
      DISPATCH();
    op_PtrZero : {
      uint64_t bytes = element_bytes(frame, typed::raw_int(R[pc->b]), pc[1].aux_lo());
      if (bytes) std::memset(raw_access(vm, frame, R[pc->a].bits(), 0, 1, bytes), 0, bytes);
      pc += 2;
      DISPATCH();
    }
    op_PtrCopy : {
      uint64_t bytes = element_bytes(frame, typed::raw_int(R[pc->c]), pc[1].aux_lo());
      if (bytes) {
        char* to = raw_access(vm, frame, R[pc->a].bits(), 0, 1, bytes);
        std::memmove(to, raw_access(vm, frame, R[pc->b].bits(), 0, 1, bytes), bytes);
      }
      pc += 2;
      DISPATCH();
    }
    op_BindTypedGlobals : {
      auto* codes = static_cast<TupleObject*>(code->constants[pc->bc()].as_object());
      for (int64_t i = 0; i < codes->size; ++i) {
        static_cast<CodeObject*>(codes->items[i].as_object())->module_globals = frame->globals;
      }
      NEXT();
    }
    op_UnboxChecked:
      R[pc->a] = unbox_python_value(vm, static_cast<BoundaryKind>(pc->x), R[pc->b]);
      NEXT();
    op_TListNew:
      R[pc->a] = Value::from_object(typed_list_new(vm, pc->x, code->raw_constants[pc->bc()]));
      NEXT();
    op_TListPop : {
      auto* list = static_cast<TypedListObject*>(R[pc->b].as_object());
      if (list->size == 0) abort_program(frame, "pop from an empty List");
      int64_t i = list->size - 1;
      if (pc->c != kNoRegister && !typed_list_index(list, typed::raw_int(R[pc->c]), &i)) {
        abort_list_index(frame, typed::raw_int(R[pc->c]), list->size);
      }
      typed_list_pop(list, i, &R[pc->a]);
      NEXT();
    }
    op_TListCopy:
      R[pc->a] = Value::from_object(
          typed_list_copy(vm, static_cast<TypedListObject*>(R[pc->b].as_object())));
      NEXT();
    op_TListContains:
      R[pc->a] = typed::from_int(
          typed_list_contains(static_cast<TypedListObject*>(R[pc->b].as_object()), R[pc->c]));
      NEXT();
    op_TListMethod:
      run_typed_list_method(vm, pc, R);
      NEXT();

      // ---- typed code: its own loop (typed_interpreter.cpp) runs it
#define EMBER_TYPED_LABEL(name) op_##name:
      EMBER_TYPED_HANDED_OVER(EMBER_TYPED_LABEL)
#undef EMBER_TYPED_LABEL
      run_typed_instructions(vm);
      LOAD_FRAME();
      DISPATCH();
    } catch (const PythonException&) {
      if (!unwind(vm, entry)) throw;
    } catch (const OutOfMemory&) {
      vm.set_raised(vm.memory_error());
      if (!unwind(vm, entry)) throw PythonException{};
    } catch (const ProgramAbort&) {
      // No handler may catch a fatal stop; drop this activation's frames on its way to the
      // driver, so that an embedding host finds the VM as it was before the call.
      while (vm.frame != entry) {
        if (GeneratorObject* g = vm.frame->generator) {
          g->state = GeneratorState::Finished;
          leave_inline_generator(vm, g);
        } else {
          pop_frame(vm);
        }
      }
      pop_frame(vm);
      throw;
    }
  }
#undef LOAD_FRAME
#undef DISPATCH
#undef NEXT
#undef SAFEPOINT
#undef BACK_EDGE
#undef NAME
#undef UNQUICKEN
#undef YIELD_TO_FOR_LOOP
}

}  // namespace ember
