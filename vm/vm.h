// VM: one isolated instance of the runtime. Everything mutable belongs to a VM, so several
// can live in one process and each tears down cleanly.
#pragma once
#include <gmp.h>

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gc/heap.h"
#include "vm/builtin_types.h"
#include "vm/capability.h"
#include "vm/finalizers.h"
#include "vm/instance.h"
#include "vm/interrupts.h"
#include "vm/jit_hooks.h"
#include "vm/module_loader.h"
#include "vm/object.h"
#include "vm/output_stream.h"
#include "vm/raw_memory.h"
#include "vm/type.h"
#include "vm/weak_refs.h"

namespace ember {

struct CodeObject;
struct DictObject;
struct ExceptionObject;
struct Shape;
struct Frame;
struct ListObject;
struct ModuleObject;
struct NativeFunctionObject;
struct StrObject;
struct TupleObject;
class ExecutionStack;

// Thrown (as a C++ exception) to unwind native code while a Python exception is pending in
// VM::raised(). It carries nothing: the exception object stays rooted in the VM.
struct PythonException {};

struct VMOptions {
  bool gc_stress = false;
  // Initial sys.path: directories searched for imported modules.
  std::vector<std::string> module_path;
  size_t max_memory = 0;  // bytes; 0: no limit beyond the OS
  std::vector<std::string> argv;
  // Steps (loop iterations and calls) a program may take before ResourceLimitError; 0: no limit.
  uint64_t step_budget = 0;
  double time_limit = 0;  // seconds of wall-clock time; 0: no limit
  // Bitwise or of Capability values: what scripts may reach outside the VM.
  uint32_t capabilities = kAllCapabilities;
  // Where print() and sys.stdout/sys.stderr write; unset: the process's descriptors 1 and 2.
  OutputSink stdout_sink;
  OutputSink stderr_sink;
};

// A host embedding the VM (embed/): it holds values in its own tables, which every
// collection marks.
class Embedder {
 public:
  virtual ~Embedder() = default;
  virtual void trace_roots(Marker& marker) = 0;
};

// One entry of the VM's cache of class attribute lookups (see lookup_in_type).
struct TypeLookupEntry {
  const Type* type = nullptr;
  const StrObject* name = nullptr;
  uint64_t version = 0;
  Value result;
};

class VM {
 public:
  explicit VM(const VMOptions& options = {});
  ~VM();
  VM(const VM&) = delete;
  VM& operator=(const VM&) = delete;

  Heap& heap() { return heap_; }
  // A full collection, then the __del__ methods of the objects it found unreachable and
  // the callbacks of the weak references it cleared. Only where Python code may run
  // (safepoints, gc.collect()). Returns whether any __del__ ran.
  bool collect_garbage();
  WeakRefTable weak_refs;
  Finalizers finalizers;
  const VMOptions& options() const { return options_; }
  bool has_capability(Capability capability) const {
    return (options_.capabilities & static_cast<uint32_t>(capability)) != 0;
  }

  // ---- the built-in types and well-known objects
  BuiltinTypes types;
  DictObject* builtins = nullptr;  // the builtins module's dict
  DictObject* modules = nullptr;   // sys.modules
  // Modules implemented in C++ (math, itertools, ...), created on first import.
  std::unordered_map<std::string, NativeModuleInit> native_modules;
  // Standard-library modules written in Python, by dotted name (found after sys.path).
  std::unordered_map<std::string, EmbeddedSource> embedded_modules;
  // Finds and compiles source modules; null when the host allows no imports from files.
  ModuleLoader* module_loader = nullptr;
  // The embedding host, when there is one (null under the `mojo` CLI).
  Embedder* embedder = nullptr;
  Value not_implemented;
  Value ellipsis;
  StrObject* empty_str = nullptr;
  // "__new__" and "__init__", interned once: calling a class looks both up every time.
  StrObject* new_name = nullptr;
  StrObject* init_name = nullptr;
  TupleObject* empty_tuple = nullptr;
  Shape* root_shape = nullptr;  // the shape of an instance without attributes

  Type* type_of(Value v) const {
    if (v.is_object()) return v.as_object()->type;
    if (v.is_double()) return types.float_;
    if (v.is_small_int()) return types.int_;
    if (v.is_bool()) return types.bool_;
    return types.none;
  }

  // ---- allocation. Allocation never collects: collections happen only at safepoints.
  // Allocates a T (which must derive from Object) plus `extra` trailing bytes, zeroed.
  // Instances of Python classes also get their attribute block (see vm/instance.h).
  template <class T>
  T* allocate(Type* type, size_t extra = 0) {
    size_t size = sizeof(T) + extra;
    if (type->attrs_offset == kAttrsAfterData) {
      size = attrs_position(size) + sizeof(InstanceAttributes);
    } else if (type->attrs_offset) {
      size = type->attrs_offset + sizeof(InstanceAttributes);
    }
    void* memory = allocate_raw(size, type->slots.finalize != nullptr);
    T* object = static_cast<T*>(memory);
    object->type = type;
    return object;
  }
  // `finalize`: the object's type has a finaliser (the collector skips the others).
  // `leaf`: the object holds no references but its type, which must be a core type (one of
  // the collector's roots), so the collector marks it without tracing (Heap::allocate_object).
  void* allocate_raw(size_t size, bool finalize, bool leaf = false);
  // For object types with C++ members (vectors, strings): allocates and constructs a T while
  // keeping the collector's header intact.
  template <class T>
  T* create(Type* type) {
    void* memory = allocate_raw(sizeof(T), type->slots.finalize != nullptr);
    GcObject header = *static_cast<GcObject*>(memory);
    T* object = new (memory) T();
    static_cast<GcObject&>(*object) = header;
    object->type = type;
    return object;
  }

  // A NaN distinct (by `is`) from every other NaN made so far, as each float('nan') is a new
  // object in CPython: its payload carries a per-VM serial number.
  Value fresh_nan() {
    constexpr uint64_t kSerialMask = (1ull << 50) - 1;
    return Value::from_bits(Value::kCanonicalNaN | (++nan_serial_ & kSerialMask));
  }
  Value make_int(int64_t i) {
    return Value::fits_small_int(i) ? Value::from_small_int(i) : make_boxed_int(i);
  }
  Value make_int(mpz_srcptr value);           // copies; returns a small int when it fits
  StrObject* new_str(std::string_view utf8);  // utf8 must be (generalised) valid UTF-8
  // A str of `type` (str or a subclass) with room for `byte_length` bytes of text (the
  // caller fills them) holding `length` code points; the terminating NUL is written.
  StrObject* allocate_str(Type* type, size_t byte_length, int64_t length, bool ascii);
  StrObject* new_str_from_code_point(uint32_t cp);
  StrObject* intern(std::string_view utf8);
  // The interned one-character str of code point `cp` < 256 (indexing and iterating text
  // make these constantly), found in a table rather than by hashing the text.
  StrObject* latin1_char(uint32_t cp) {
    StrObject* s = latin1_chars_[cp];
    return s ? s : intern_latin1_char(cp);
  }
  TupleObject* new_tuple(int64_t size);  // items are None until filled
  TupleObject* new_tuple(std::initializer_list<Value> items);
  ListObject* new_list(int64_t size = 0);  // items are None until filled
  DictObject* new_dict();
  NativeFunctionObject* new_native_function(std::string_view name, NativeFunction function,
                                            Value self = Value::undefined());

  // ---- defining built-in types (used by builtins/ at start-up)
  Type* new_type(std::string_view name, Type* base, uint32_t flags = kTypeBaseType);
  void add_method(Type* type, std::string_view name, NativeFunction function);
  // A native method that works out itself whether it got a self (str.maketrans,
  // bytes.fromhex are called through the class): its first argument is not checked.
  void add_selfless_method(Type* type, std::string_view name, NativeFunction function);
  void add_builtin(std::string_view name, Value value);
  void add_builtin_function(std::string_view name, NativeFunction function);

  // ---- exceptions
  // The exception being propagated by a PythonException.
  Value raised() const { return raised_; }
  void clear_raised() { raised_ = Value::undefined(); }
  // The exception being handled by the innermost active except block (sys.exc_info()).
  Value handled_exception = Value::none();
  ExceptionObject* new_exception(Type* type, std::string_view message);
  ExceptionObject* new_exception(Type* type, TupleObject* args);
  [[noreturn]] void raise(Type* type, std::string_view message);
  [[noreturn]] void raise(Value exception);
  // Propagates an exception again without recording the current frame a second time.
  [[noreturn]] void reraise(Value exception);
  // Sets the exception being propagated (used when converting foreign errors).
  void set_raised(Value exception) { raised_ = exception; }
  [[noreturn]] void raise_memory_error();
  Value memory_error() const { return memory_error_; }

  // ---- calls (from native code into Python or native callables)
  Value call(Value callee, CallArgs args);
  Value call(Value callee, std::initializer_list<Value> positional);

  // ---- cache of MRO lookups by (class, interned name), guarded by the class's version.
  // Not a GC root: it is emptied at every collection, so it never names a freed object.
  TypeLookupEntry& type_lookup_entry(const Type* type, const StrObject* name) {
    auto h =
        (reinterpret_cast<uintptr_t>(type) >> 4) * 31 ^ (reinterpret_cast<uintptr_t>(name) >> 4);
    return type_lookup_cache_[h & (kTypeLookupCacheSize - 1)];
  }
  void clear_type_lookup_cache() { type_lookup_cache_.assign(kTypeLookupCacheSize, {}); }

  // ---- roots for values held by native code across calls that may run Python code
  std::vector<Value> root_stack;

  // ---- execution state
  Frame* frame = nullptr;  // innermost active frame
  ExecutionStack& stack() { return *stack_; }
  // The blocks fn code allocates through UnsafePointer.
  RawMemory& raw_memory() { return *raw_memory_; }
  Value* stack_top = nullptr;  // first register not used by any frame
  // Set while Reraise unwinds, so the traceback does not record the frame twice.
  bool reraising = false;
  // 64-bit so that a JIT trace can read them as its Field loads do.
  int64_t recursion_depth = 0;
  int64_t recursion_limit = 1000;
  // Ctrl-C, host interrupts, the step budget and the time limit; see vm/interrupts.h.
  Interrupts interrupts;
  // Raises what the interrupts ask for (KeyboardInterrupt or ResourceLimitError), if anything;
  // called by the interpreter when interrupts.tick() says so.
  void poll_interrupts();
  // The tracing JIT, when the host installed one (it then also fills hot_loops).
  std::unique_ptr<JitHooks> jit;
  HotLoopCounters hot_loops;
  // sys.get_int_max_str_digits(): limit on int<->str conversions in non-power-of-two bases.
  int64_t int_max_str_digits = 4300;

  // Strings used as attribute names by the runtime itself (`__init__`, `__name__`, ...).
  StrObject* name(std::string_view text) { return intern(text); }

  // Source text of compiled files, for tracebacks (filename -> text).
  void remember_source(const std::string& filename, std::string text) {
    sources_[filename] = std::move(text);
  }
  const std::string* source_text(const std::string& filename) const {
    auto found = sources_.find(filename);
    return found == sources_.end() ? nullptr : &found->second;
  }

  OutputStream& out() { return *stdout_; }
  OutputStream& err() { return *stderr_; }

 private:
  Value make_boxed_int(int64_t i);             // make_int beyond the small-int range
  StrObject* intern_latin1_char(uint32_t cp);  // latin1_char when not yet in the table
  static void trace_roots(void* context, Marker& marker);
  static void trace_object(void* context, GcObject* object, Marker& marker);
  static void finalize_object(void* context, GcObject* object);
  static void after_mark(void* context);
  void bootstrap_types();
  void define_method(Type* type, std::string_view name, NativeFunction function, Type* self_type);

  VMOptions options_;
  Heap heap_;
  Value raised_ = Value::undefined();
  uint64_t nan_serial_ = 0;
  static constexpr size_t kTypeLookupCacheSize = 1024;
  std::vector<TypeLookupEntry> type_lookup_cache_ =
      std::vector<TypeLookupEntry>(kTypeLookupCacheSize);
  Value memory_error_ = Value::undefined();  // preallocated: raising must not allocate
  std::unordered_map<std::string_view, StrObject*> interned_;
  StrObject* latin1_chars_[256] = {};  // filled by latin1_char; all in interned_
  std::unordered_map<std::string, std::string> sources_;
  // Owned through unique_ptr so that a constructor that fails part-way (MemoryError in
  // bootstrap under a tiny memory limit) frees them.
  std::unique_ptr<ExecutionStack> stack_;
  std::unique_ptr<OutputStream> stdout_;
  std::unique_ptr<OutputStream> stderr_;
  std::unique_ptr<RawMemory> raw_memory_ = std::make_unique<RawMemory>();
};

// Keeps a value alive across calls that may collect, for as long as the scope lasts.
class Rooted {
 public:
  Rooted(VM& vm, Value value) : vm_(vm), index_(vm.root_stack.size()) {
    vm.root_stack.push_back(value);
  }
  ~Rooted() { vm_.root_stack.resize(index_); }
  Rooted(const Rooted&) = delete;
  Rooted& operator=(const Rooted&) = delete;
  Value get() const { return vm_.root_stack[index_]; }
  void set(Value value) { vm_.root_stack[index_] = value; }

 private:
  VM& vm_;
  size_t index_;
};

// Roots every value pushed on vm.root_stack while the scope lasts.
class RootScope {
 public:
  explicit RootScope(VM& vm) : vm_(vm), mark_(vm.root_stack.size()) {}
  ~RootScope() { vm_.root_stack.resize(mark_); }
  RootScope(const RootScope&) = delete;
  RootScope& operator=(const RootScope&) = delete;
  void add(Value value) { vm_.root_stack.push_back(value); }

 private:
  VM& vm_;
  size_t mark_;
};

// Marks a value for the collector.
inline void mark_value(Marker& marker, Value v) {
  if (v.is_object()) marker.mark(v.as_object());
}

}  // namespace ember
