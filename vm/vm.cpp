#include "vm/vm.h"

#include <unistd.h>

#include <mimalloc.h>

#include <cstring>
#include <mutex>

#include "vm/code_object.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/execution_stack.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/int_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/output_stream.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

// GMP allocates big-int digits with malloc by default; glibc serves large blocks with fresh
// mmaps, so a big-int loop pays a page fault per temporary. mimalloc recycles them. This
// is the process's allocator for GMP, set once; it holds no VM state.
// GMP never checks for a null block, so a refusal from the OS is thrown as OutOfMemory: GMP's
// C frames carry unwind tables, and the interpreter turns it into MemoryError. The digits of
// the operation's temporaries leak, which beats the crash.
void* gmp_allocate(size_t size) {
  void* block = mi_malloc(size);
  if (!block) throw OutOfMemory{};
  return block;
}
void* gmp_reallocate(void* block, size_t, size_t size) {
  void* grown = mi_realloc(block, size);
  if (!grown) throw OutOfMemory{};
  return grown;
}
void gmp_free(void* block, size_t) {
  mi_free(block);
}

void route_gmp_to_mimalloc() {
  static std::once_flag once;
  std::call_once(once, [] { mp_set_memory_functions(gmp_allocate, gmp_reallocate, gmp_free); });
}

// Address space reserved for registers and frame records; pages are committed on use.
constexpr size_t kStackValues = 32u << 20;
constexpr size_t kStackFrames = 1u << 20;
}  // namespace

VM::VM(const VMOptions& options) : options_(options) {
  heap_.set_hooks(
      {this, &VM::trace_roots, &VM::trace_object, &VM::finalize_object, &VM::after_mark});
  heap_.set_stress(options.gc_stress);
  heap_.set_limit(options.max_memory);
  interrupts.set_step_budget(options.step_budget);
  interrupts.set_time_limit(options.time_limit);
  bool stdout_line_buffered = options.stdout_sink.write || isatty(STDOUT_FILENO);
  stdout_ =
      std::make_unique<OutputStream>(STDOUT_FILENO, stdout_line_buffered, options.stdout_sink);
  stderr_ = std::make_unique<OutputStream>(STDERR_FILENO, true, options.stderr_sink);
  stack_ = std::make_unique<ExecutionStack>(kStackValues, kStackFrames);
  stack_top = stack_->values_begin();
  route_gmp_to_mimalloc();
  bootstrap_types();
}

VM::~VM() {
  stdout_->flush();
  stderr_->flush();
}

// ---- garbage-collector hooks

void VM::trace_roots(void* context, Marker& marker) {
  VM& vm = *static_cast<VM*>(context);
  vm.clear_type_lookup_cache();
#define EMBER_MARK_CORE_TYPE(field) marker.mark(vm.types.field);
  EMBER_CORE_TYPES(EMBER_MARK_CORE_TYPE)
#undef EMBER_MARK_CORE_TYPE
  marker.mark(vm.root_shape);
#define EMBER_MARK_EXCEPTION(field, name, parent) marker.mark(vm.types.field);
  EMBER_EXCEPTION_TYPES(EMBER_MARK_EXCEPTION)
#undef EMBER_MARK_EXCEPTION
  marker.mark(vm.builtins);
  marker.mark(vm.modules);
  mark_value(marker, vm.not_implemented);
  mark_value(marker, vm.ellipsis);
  marker.mark(vm.empty_str);
  marker.mark(vm.empty_tuple);
  mark_value(marker, vm.handled_exception);
  mark_value(marker, vm.raised_);
  mark_value(marker, vm.memory_error_);
  for (Value v : vm.root_stack) mark_value(marker, v);
  vm.weak_refs.trace_pending(marker);
  vm.finalizers.trace_pending(marker);
  if (vm.embedder) vm.embedder->trace_roots(marker);
  if (vm.jit) vm.jit->trace_roots(marker);
  for (auto& entry : vm.interned_) marker.mark(entry.second);
  for (Frame* f = vm.frame; f; f = f->previous) f->trace(marker);
}

void VM::trace_object(void* context, GcObject* object, Marker& marker) {
  auto* o = static_cast<Object*>(object);
  marker.mark(o->type);
  if (o->type->slots.trace) o->type->slots.trace(o, marker);
}

void VM::finalize_object(void* context, GcObject* object) {
  auto* o = static_cast<Object*>(object);
  if (o->type->slots.finalize) o->type->slots.finalize(*static_cast<VM*>(context), o);
}

void VM::after_mark(void* context) {
  VM& vm = *static_cast<VM*>(context);
  // Objects kept for their __del__ stay reachable, weakly too, until it has run (CPython
  // runs __del__ before it clears the weak references).
  vm.finalizers.resurrect_unreached(vm, vm.heap_);
  vm.weak_refs.clear_unreached(vm.heap_);
}

bool VM::collect_garbage() {
  heap_.collect();
  bool finalized = finalizers.has_pending();
  if (finalized) finalizers.run_pending(*this);
  if (weak_refs.has_pending()) weak_refs.run_pending(*this);
  return finalized;
}

// ---- allocation

void* VM::allocate_raw(size_t size, bool finalize, bool leaf) {
  try {
    return heap_.allocate_object(size, finalize, leaf);
  } catch (const OutOfMemory&) {
    raise_memory_error();
  }
}

Value VM::make_boxed_int(int64_t i) {
  // The limb is inline, so int's finaliser would have nothing to free: allocated without one,
  // and as a leaf.
  auto* big = static_cast<BigIntObject*>(allocate_raw(sizeof(BigIntObject), false, true));
  big->type = types.int_;
  big->inline_limb = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  // What mpz_roinit_n(value, &inline_limb, +-1) makes, without the call into GMP.
  big->value->_mp_alloc = 0;
  big->value->_mp_size = i < 0 ? -1 : 1;
  big->value->_mp_d = &big->inline_limb;
  return Value::from_object(big);
}

Value VM::make_int(mpz_srcptr value) {
  if (mpz_fits_slong_p(value)) return make_int(static_cast<int64_t>(mpz_get_si(value)));
  auto* big = allocate<BigIntObject>(types.int_);
  mpz_init_set(big->value, value);
  // The digits live in GMP's allocation: charge them to the heap (undone by the finaliser).
  big->gc_aux = static_cast<uint32_t>(mpz_size(big->value));
  heap_.add_external(big->gc_aux * sizeof(mp_limb_t));
  return Value::from_object(big);
}

StrObject* VM::new_str(std::string_view utf8) {
  int64_t length = utf8_count_code_points(utf8);
  StrObject* s =
      allocate_str(types.str, utf8.size(), length, length == static_cast<int64_t>(utf8.size()));
  if (!utf8.empty()) std::memcpy(s->data, utf8.data(), utf8.size());
  return s;
}

StrObject* VM::allocate_str(Type* type, size_t byte_length, int64_t length, bool ascii) {
  StrObject* s;
  if (type == types.str) {
    // str's finaliser frees the code-point index, which only non-ASCII strings ever build:
    // the collector can skip ASCII ones. An exact str refers to nothing the collector owns,
    // so it is a leaf, allocated unzeroed: every field is written here.
    s = static_cast<StrObject*>(allocate_raw(str_object_size(byte_length, ascii), !ascii, true));
    s->type = type;
    s->interned = false;
  } else {
    // Subclasses keep room for the index word whatever their text; their attributes follow.
    s = allocate<StrObject>(type, byte_length + sizeof(uint32_t*));
  }
  s->data[byte_length] = 0;
  s->byte_length = static_cast<int64_t>(byte_length);
  s->length = length;
  s->ascii = ascii;
  s->hash = -1;
  if (!ascii) str_index(s) = nullptr;
  return s;
}

StrObject* VM::new_str_from_code_point(uint32_t cp) {
  char buffer[4];
  int n = utf8_encode(cp, buffer);
  return new_str(std::string_view(buffer, n));
}

StrObject* VM::intern(std::string_view utf8) {
  auto found = interned_.find(utf8);
  if (found != interned_.end()) return found->second;
  StrObject* s = new_str(utf8);
  s->interned = true;
  interned_.emplace(s->view(), s);
  return s;
}

StrObject* VM::intern_latin1_char(uint32_t cp) {
  char buffer[4];
  int n = utf8_encode(cp, buffer);
  return latin1_chars_[cp] = intern(std::string_view(buffer, n));
}

TupleObject* VM::new_tuple(int64_t size) {
  if (size == 0 && empty_tuple) return empty_tuple;
  if (size < 0 || static_cast<uint64_t>(size) > (1ull << 56) / sizeof(Value)) raise_memory_error();
  auto* t = allocate<TupleObject>(types.tuple, size * sizeof(Value));
  t->size = size;
  t->hash = -1;
  for (int64_t i = 0; i < size; ++i) t->items[i] = Value::none();
  return t;
}

TupleObject* VM::new_tuple(std::initializer_list<Value> items) {
  TupleObject* t = new_tuple(static_cast<int64_t>(items.size()));
  int64_t i = 0;
  for (Value v : items) t->items[i++] = v;
  return t;
}

ListObject* VM::new_list(int64_t size) {
  auto* list = allocate<ListObject>(types.list);
  if (size > 0) {
    list_reserve(*this, list, size);
    for (int64_t i = 0; i < size; ++i) list->items[i] = Value::none();
    list->size = size;
  }
  return list;
}

DictObject* VM::new_dict() {
  auto* dict = allocate<DictObject>(types.dict);
  return dict;
}

NativeFunctionObject* VM::new_native_function(std::string_view name, NativeFunction function,
                                              Value self) {
  StrObject* interned_name = intern(name);
  auto* f = allocate<NativeFunctionObject>(types.native_function);
  f->function = function;
  f->name = interned_name;
  f->qualname = interned_name;
  f->self = self;
  return f;
}

// ---- types

Type* VM::new_type(std::string_view name, Type* base, uint32_t flags) {
  auto* t = allocate<Type>(types.type);
  new (&t->slots) TypeSlots();
  t->name = intern(name);
  t->qualname = t->name;
  t->base = base;
  t->flags = flags;
  if (base) {
    t->slots = base->slots;
    t->flags |= base->flags & ~(kTypeBaseType | kTypeHeapType);
    t->bases = new_tuple({Value::from_object(base)});
    TupleObject* mro = new_tuple(base->mro->size + 1);
    mro->items[0] = Value::from_object(t);
    for (int64_t i = 0; i < base->mro->size; ++i) mro->items[i + 1] = base->mro->items[i];
    t->mro = mro;
  } else {
    t->bases = new_tuple(0);
    t->mro = new_tuple({Value::from_object(t)});
  }
  t->dict = new_dict();
  return t;
}

void VM::add_method(Type* type, std::string_view name, NativeFunction function) {
  // Every object is an instance of object, so its methods need no check of self.
  define_method(type, name, function, type == types.object ? nullptr : type);
}

void VM::add_selfless_method(Type* type, std::string_view name, NativeFunction function) {
  define_method(type, name, function, nullptr);
}

void VM::define_method(Type* type, std::string_view name, NativeFunction function,
                       Type* self_type) {
  NativeFunctionObject* f = new_native_function(name, function);
  f->owner = self_type;
  dict_set_str(*this, type->dict, f->name, Value::from_object(f));
  ++type->version;
}

void VM::add_builtin(std::string_view name, Value value) {
  dict_set_str(*this, builtins, intern(name), value);
}

void VM::add_builtin_function(std::string_view name, NativeFunction function) {
  add_builtin(name, Value::from_object(new_native_function(name, function)));
}

void type_modified(Type* type) {
  ++type->version;
  if (!type->subclasses) return;
  for (int64_t i = 0; i < type->subclasses->size; ++i) {
    type_modified(static_cast<Type*>(type->subclasses->items[i].as_object()));
  }
}

bool is_subtype(const Type* type, const Type* base) {
  if (type == base) return true;
  const TupleObject* mro = type->mro;
  for (int64_t i = 0; i < mro->size; ++i) {
    if (mro->items[i].as_object() == base) return true;
  }
  return false;
}

// ---- exceptions

ExceptionObject* VM::new_exception(Type* type, TupleObject* args) {
  auto* e = allocate<ExceptionObject>(type);
  e->args = args;
  e->traceback = Value::none();
  e->cause = Value::none();
  e->context = Value::none();
  return e;
}

ExceptionObject* VM::new_exception(Type* type, std::string_view message) {
  TupleObject* args = new_tuple(1);
  args->items[0] = Value::from_object(new_str(message));
  return new_exception(type, args);
}

void VM::raise(Type* type, std::string_view message) {
  raise(Value::from_object(new_exception(type, message)));
}

void VM::raise(Value exception) {
  // Implicit chaining: an exception raised while another is handled records it as its
  // __context__ (breaking any cycle this would create, as CPython does).
  if (handled_exception.is_object() && !handled_exception.is(exception) && exception.is_object() &&
      is_subtype(exception.as_object()->type, types.BaseException)) {
    auto* handled = static_cast<ExceptionObject*>(handled_exception.as_object());
    for (ExceptionObject* e = handled; e;) {
      if (!e->context.is_object()) break;
      auto* next = static_cast<ExceptionObject*>(e->context.as_object());
      if (next == exception.as_object()) {
        e->context = Value::none();
        break;
      }
      e = next;
    }
    static_cast<ExceptionObject*>(exception.as_object())->context = handled_exception;
  }
  raised_ = exception;
  reraising = false;
  throw PythonException{};
}

void VM::reraise(Value exception) {
  raised_ = exception;
  reraising = true;
  throw PythonException{};
}

void VM::raise_memory_error() {
  // No allocation here: the heap may be exhausted. The exception object is preallocated.
  raised_ = memory_error_;
  throw PythonException{};
}

// ---- calls

Value VM::call(Value callee, CallArgs args) {
  return call_value(*this, callee, args);
}

Value VM::call(Value callee, std::initializer_list<Value> positional) {
  CallArgs args;
  args.values = positional.begin();
  args.npos = static_cast<uint32_t>(positional.size());
  return call_value(*this, callee, args);
}

}  // namespace ember
