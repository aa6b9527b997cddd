// Creates the bare built-in types and gives the core object layouts their GC behaviour
// (tracing and finalisation). Python-visible behaviour is installed by builtins/.
#include <mimalloc.h>

#include <algorithm>
#include <new>

#include "vm/code_object.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/generator_object.h"
#include "vm/instance.h"
#include "vm/int_object.h"
#include "vm/list_object.h"
#include "vm/module_object.h"
#include "vm/opcodes.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/typed_function.h"
#include "vm/typed_list.h"
#include "vm/vm.h"

namespace ember {

namespace {

void trace_type(Object* self, Marker& m) {
  auto* t = static_cast<Type*>(self);
  m.mark(t->name);
  m.mark(t->qualname);
  m.mark(t->module);
  m.mark(t->c_name);
  m.mark(t->base);
  m.mark(t->bases);
  m.mark(t->mro);
  m.mark(t->dict);
  m.mark(t->layout_base);
  m.mark(t->subclasses);
}

void trace_shape(Object* self, Marker& m) {
  auto* s = static_cast<Shape*>(self);
  m.mark(s->parent);
  m.mark(s->key);
  m.mark(s->transitions);
}

void trace_generator(Object* self, Marker& m) {
  auto* g = static_cast<GeneratorObject*>(self);
  m.mark(g->function);
  mark_value(m, g->delegate);
  mark_value(m, g->handled);
  mark_value(m, g->caller_handled);
  if (g->state == GeneratorState::Finished) return;
  for (uint32_t i = 0; i < g->register_count; ++i) mark_value(m, g->registers[i]);
}

void finalize_generator(VM& vm, Object* self) {
  auto* g = static_cast<GeneratorObject*>(self);
  vm.heap().free_buffer(g->registers, g->register_count * sizeof(Value));
}

void trace_tuple(Object* self, Marker& m) {
  auto* t = static_cast<TupleObject*>(self);
  for (int64_t i = 0; i < t->size; ++i) mark_value(m, t->items[i]);
}

void trace_list(Object* self, Marker& m) {
  auto* l = static_cast<ListObject*>(self);
  for (int64_t i = 0; i < l->size; ++i) mark_value(m, l->items[i]);
}

void finalize_list(VM& vm, Object* self) {
  auto* l = static_cast<ListObject*>(self);
  vm.heap().free_buffer(l->items, l->capacity * sizeof(Value));
}

void trace_dict(Object* self, Marker& m) {
  auto* d = static_cast<DictObject*>(self);
  for (int64_t i = 0; i < d->used; ++i) {
    mark_value(m, d->entries[i].key);
    mark_value(m, d->entries[i].value);
  }
}

void finalize_dict(VM& vm, Object* self) {
  auto* d = static_cast<DictObject*>(self);
  vm.heap().free_buffer(d->entries, d->capacity * sizeof(DictEntry));
  vm.heap().free_buffer(d->index, d->index_size * sizeof(int32_t));
}

void finalize_str(VM& vm, Object* self) {
  auto* s = static_cast<StrObject*>(self);
  if (!s->ascii && str_index(s)) mi_free(str_index(s));
}

void finalize_big_int(VM& vm, Object* self) {
  auto* big = static_cast<BigIntObject*>(self);
  if (big->has_inline_limb()) return;
  vm.heap().remove_external(big->gc_aux * sizeof(mp_limb_t));
  mpz_clear(big->value);
}

void trace_code(Object* self, Marker& m) {
  auto* c = static_cast<CodeObject*>(self);
  for (Value v : c->constants) mark_value(m, v);
  for (StrObject* s : c->names) m.mark(s);
  for (StrObject* s : c->local_names) m.mark(s);
  for (StrObject* s : c->typed_param_names) m.mark(s);
  for (Value v : c->typed_defaults) mark_value(m, v);
  for (const InlineCache& cache : c->caches) {
    for (const AttributeCacheEntry& e : cache.entries) {
      m.mark(e.type);
      m.mark(e.shape);
      m.mark(e.next_shape);
      mark_value(m, e.value);
    }
    m.mark(cache.globals);
  }
  m.mark(c->name);
  m.mark(c->qualname);
  m.mark(c->filename);
  m.mark(c->module_globals);
}

void finalize_code(VM&, Object* self) {
  static_cast<CodeObject*>(self)->~CodeObject();
}

void trace_function(Object* self, Marker& m) {
  auto* f = static_cast<FunctionObject*>(self);
  m.mark(f->code);
  m.mark(f->globals);
  m.mark(f->defaults);
  m.mark(f->kw_defaults);
  m.mark(f->closure);
  m.mark(f->annotations);
  m.mark(f->dict);
  m.mark(f->name);
  m.mark(f->qualname);
  mark_value(m, f->doc);
  mark_value(m, f->module);
}

void trace_native_function(Object* self, Marker& m) {
  auto* f = static_cast<NativeFunctionObject*>(self);
  m.mark(f->name);
  m.mark(f->qualname);
  mark_value(m, f->self);
  if (f->owner) m.mark(f->owner);
}

void trace_bound_method(Object* self, Marker& m) {
  auto* b = static_cast<BoundMethodObject*>(self);
  mark_value(m, b->function);
  mark_value(m, b->self);
}

void trace_cell(Object* self, Marker& m) {
  mark_value(m, static_cast<CellObject*>(self)->contents);
}

void trace_module(Object* self, Marker& m) {
  auto* mod = static_cast<ModuleObject*>(self);
  m.mark(mod->dict);
  m.mark(mod->name);
}

void trace_exception(Object* self, Marker& m) {
  auto* e = static_cast<ExceptionObject*>(self);
  m.mark(e->args);
  mark_value(m, e->traceback);
  mark_value(m, e->cause);
  mark_value(m, e->context);
  m.mark(e->dict);
}

void trace_traceback(Object* self, Marker& m) {
  auto* tb = static_cast<TracebackObject*>(self);
  mark_value(m, tb->next);
  mark_value(m, tb->code);
}

}  // namespace

// The registers that can still be read once the instruction at `pc` completes. The compiler
// allocates temporaries as a stack with a call's callee and arguments on top, so at a call
// every register past its argument window is a dead temporary left over from an earlier
// expression. Elsewhere every register counts.
static uint32_t live_register_end(const CodeObject* code, const Instruction* pc) {
  uint32_t end = code->register_count;
  if (!pc) return end;
  uint32_t window;
  switch (pc->op) {
    case Op::Call:
    case Op::CallKw:
      window = pc->a + 1u + pc->b;
      break;
    case Op::CallMethod:
      window = pc->a + 2u + pc->b;
      break;
    case Op::CallEx:
      window = std::max<uint32_t>(pc->a, pc->b) + 1u;
      if (pc->c != kNoRegister) window = std::max<uint32_t>(window, pc->c + 1u);
      break;
    default:
      return end;
  }
  return std::clamp<uint32_t>(window, code->local_count, end);
}

void Frame::trace(Marker& marker) const {
  marker.mark(code);
  marker.mark(function);
  marker.mark(globals);
  mark_value(marker, locals);
  marker.mark(generator);
  if (code->flags & kCodeTyped) {
    // Typed frames: only the slot map's registers hold Values; raw int64/double bits
    // elsewhere could look like pointers.
    for (uint16_t r : code->value_registers) mark_value(marker, registers[r]);
    return;
  }
  uint32_t live = live_register_end(code, pc);
  for (uint32_t i = 0; i < live; ++i) mark_value(marker, registers[i]);
  // Dead temporaries would keep their last values alive, which CPython frees at once (weak
  // references and `del x; gc.collect()` observe it); they are never read before being written.
  for (uint32_t i = live; i < code->register_count; ++i) registers[i] = Value::undefined();
}

void VM::bootstrap_types() {
  // `type` and `object` refer to each other, and names need `str`, tuples need `tuple`:
  // allocate the first few raw, then give them names once strings and tuples work.
  auto raw_type = [&](Type* metatype) {
    // Types have no finaliser.
    auto* t = static_cast<Type*>(allocate_raw(sizeof(Type), false));
    new (&t->slots) TypeSlots();
    t->type = metatype;
    t->flags = kTypeBaseType;
    return t;
  };
  types.type = raw_type(nullptr);
  types.type->type = types.type;
  types.type->slots.trace = trace_type;
  types.object = raw_type(types.type);
  types.str = raw_type(types.type);
  types.str->slots.finalize = finalize_str;
  types.tuple = raw_type(types.type);
  types.tuple->slots.trace = trace_tuple;
  types.dict = raw_type(types.type);
  types.dict->slots.trace = trace_dict;
  types.dict->slots.finalize = finalize_dict;

  empty_tuple = nullptr;
  empty_tuple = new_tuple(0);
  empty_str = intern("");
  new_name = intern("__new__");
  init_name = intern("__init__");
  auto finish = [&](Type* t, const char* name, Type* base) {
    t->name = intern(name);
    t->qualname = t->name;
    t->base = base;
    if (base) {
      t->slots.trace = t->slots.trace ? t->slots.trace : base->slots.trace;
      t->bases = new_tuple({Value::from_object(base)});
      t->mro = new_tuple({Value::from_object(t), Value::from_object(base)});
    } else {
      t->bases = empty_tuple;
      t->mro = new_tuple({Value::from_object(t)});
    }
    t->dict = new_dict();
  };
  finish(types.object, "object", nullptr);
  finish(types.type, "type", types.object);
  finish(types.str, "str", types.object);
  finish(types.tuple, "tuple", types.object);
  finish(types.dict, "dict", types.object);
  types.type->flags |= kTypeTypeSubclass;
  types.str->flags |= kTypeStrSubclass;
  types.tuple->flags |= kTypeTupleSubclass;
  types.dict->flags |= kTypeDictSubclass;

  types.none = new_type("NoneType", types.object, 0);
  types.not_implemented = new_type("NotImplementedType", types.object, 0);
  types.ellipsis = new_type("ellipsis", types.object, 0);
  types.int_ = new_type("int", types.object, kTypeBaseType | kTypeIntSubclass);
  types.int_->slots.finalize = finalize_big_int;
  types.bool_ = new_type("bool", types.int_, 0);
  types.float_ = new_type("float", types.object, kTypeBaseType | kTypeFloatSubclass);
  types.complex = new_type("complex", types.object);
  types.bytes = new_type("bytes", types.object);
  types.bytearray = new_type("bytearray", types.object);
  types.list = new_type("list", types.object, kTypeBaseType | kTypeListSubclass);
  types.list->slots.trace = trace_list;
  types.list->slots.finalize = finalize_list;
  types.set = new_type("set", types.object);
  types.frozenset = new_type("frozenset", types.object);
  types.range = new_type("range", types.object, 0);
  types.slice = new_type("slice", types.object, 0);
  types.function = new_type("function", types.object, 0);
  types.function->slots.trace = trace_function;
  types.native_function = new_type("builtin_function_or_method", types.object, 0);
  types.native_function->slots.trace = trace_native_function;
  types.typed_function = new_type("fn", types.object, 0);
  types.typed_function->slots.trace = trace_typed_function;
  types.typed_function->slots.call = call_typed_function;
  types.typed_list = new_type("List", types.object, 0);
  types.typed_list->slots.trace = trace_typed_list;
  types.typed_list->slots.finalize = finalize_typed_list;
  types.bound_method = new_type("method", types.object, 0);
  types.bound_method->slots.trace = trace_bound_method;
  types.cell = new_type("cell", types.object, 0);
  types.cell->slots.trace = trace_cell;
  types.code = new_type("code", types.object, 0);
  types.code->slots.trace = trace_code;
  types.code->slots.finalize = finalize_code;
  types.module = new_type("module", types.object);
  types.module->slots.trace = trace_module;
  types.traceback = new_type("traceback", types.object, 0);
  types.traceback->slots.trace = trace_traceback;
  types.generator = new_type("generator", types.object, 0);
  types.generator->slots.trace = trace_generator;
  types.generator->slots.finalize = finalize_generator;
  types.coroutine = new_type("coroutine", types.object, 0);
  types.coroutine->slots.trace = trace_generator;
  types.coroutine->slots.finalize = finalize_generator;
  types.async_generator = new_type("async_generator", types.object, 0);
  types.async_generator->slots.trace = trace_generator;
  types.async_generator->slots.finalize = finalize_generator;
  // CPython's types whose instances accept weak references (vm/weak_refs.h); heap types get
  // theirs from the class builder.
  for (Type* t : {types.type, types.set, types.frozenset, types.function, types.native_function,
                  types.typed_function, types.bound_method, types.code, types.module,
                  types.generator, types.coroutine, types.async_generator}) {
    t->flags |= kTypeWeakrefable;
  }
  types.shape = new_type("shape", types.object, 0);
  types.shape->slots.trace = trace_shape;
  root_shape = allocate<Shape>(types.shape);

  types.BaseException =
      new_type("BaseException", types.object, kTypeBaseType | kTypeExceptionSubclass);
  types.BaseException->slots.trace = trace_exception;
#define EMBER_MAKE_EXCEPTION(field, pyname, parent) \
  if (!types.field) types.field = new_type(pyname, types.parent);
  EMBER_EXCEPTION_TYPES(EMBER_MAKE_EXCEPTION)
#undef EMBER_MAKE_EXCEPTION
  types.ResourceLimitError = new_type("ResourceLimitError", types.BaseException);
  types.ResourceLimitError->module = intern("ember");

  not_implemented = Value::from_object(allocate<Object>(types.not_implemented));
  ellipsis = Value::from_object(allocate<Object>(types.ellipsis));
  builtins = new_dict();
  modules = new_dict();
  memory_error_ = Value::from_object(new_exception(types.MemoryError, empty_tuple));
}

}  // namespace ember
