// What an ember_vm handle points to: a VM plus the embedding API's own state (its handle
// table, the host's native functions, the last error), and the plumbing every API function
// shares: argument checks that report misuse as a status and translation of Python
// exceptions into statuses.
#pragma once
#include <string>
#include <thread>
#include <vector>

#include "embed/handle_table.h"
#include "ember/ember.h"
#include "frontend/file_module_loader.h"
#include "vm/program_abort.h"
#include "vm/vm.h"

namespace ember {

struct ModuleObject;
struct StrObject;

// Gives `vm` the tracing JIT in `mode`. libember.a has jit/'s engine (embedded_jit.cpp);
// libember.so interprets only (no_embedded_jit.cpp): Debian's asmjit is a static archive
// built without -fPIC, which a shared library cannot contain.
void install_embedded_jit(VM& vm, JitMode mode);

// Thrown inside an API function for a misuse (a bad argument, a wrong kind of value);
// the function returns `status` with `message` as the last error.
struct ApiError {
  ember_status status;
  std::string message;
};

// A host function registered with ember_new_function or ember_register_module.
struct NativeEntry {
  std::string name;
  ember_native_fn function;
  void* userdata;
};

}  // namespace ember

struct ember_vm final : ember::Embedder {
  explicit ember_vm(const ember_config& settings);
  ~ember_vm() override;

  void trace_roots(ember::Marker& marker) override;

  // An attribute or global name from the host, interned (ApiError unless valid UTF-8).
  ember::StrObject* name(const char* text, const char* what);

  // ---- handles
  ember::Value value(ember_value handle, const char* what) const;
  ember_value handle(ember::Value value) { return ember_value{handles.add(value, false)}; }
  // Stores a new handle to `value` in *out when out is not null.
  void put(ember_value* out, ember::Value value) {
    if (out) *out = handle(value);
  }

  // Called before each entry from the host into the interpreter. It counts as a step, as a
  // call from Python does (so a spent budget or a pending interrupt stops host calls too),
  // and raises RecursionError when the C++ stack is nearly full.
  void enter_script() {
    if (static_cast<const char*>(__builtin_frame_address(0)) < stack_limit) {
      vm.raise(vm.types.RecursionError, "maximum recursion depth exceeded");
    }
    if (vm.interrupts.tick()) vm.poll_interrupts();
  }

  // ---- errors
  ember_status fail(ember_status status, std::string message);
  // Records the exception being propagated (vm.raised()) and returns its status.
  ember_status fail_with_exception();
  // Flushes script output after a top-level call into the VM.
  void flush_output();

  std::thread::id owner;
  ember_config config;
  ember::VM vm;
  ember::FileModuleLoader loader;
  ember::ModuleObject* main = nullptr;
  ember::HandleTable handles;
  std::vector<ember::NativeEntry> natives;
  // The exception of the last failed call (or of ember_raise), which a native function's
  // error status propagates into the script that called it.
  ember::Value pending = ember::Value::undefined();
  int native_depth = 0;  // host functions running now
  // Calls from the host into scripts stop with RecursionError below this address: scripts
  // calling host functions calling scripts nest C++ frames on the owner thread's stack.
  const char* stack_limit = nullptr;
  std::string error_message;
  std::string error_traceback;
  int exit_code = 0;
};

namespace ember {

// Runs `body` (returning ember_status) for an API function: checks the VM and its thread,
// and turns ApiError, Python exceptions and C++ failures into statuses.
template <class Body>
ember_status guarded(ember_vm* vm, Body&& body) {
  if (!vm) return EMBER_ERROR_ARGUMENT;
  if (std::this_thread::get_id() != vm->owner) {
    return vm->fail(EMBER_ERROR_THREAD, "the VM was called from a thread other than its own");
  }
  try {
    return body();
  } catch (const ApiError& e) {
    return vm->fail(e.status, e.message);
  } catch (const PythonException&) {
    return vm->fail_with_exception();
  } catch (const ProgramAbort& abort) {
    return vm->fail(EMBER_ERROR_ABORT, abort.message);
  } catch (const std::bad_alloc&) {
    return vm->fail(EMBER_ERROR_MEMORY, "out of memory");
  } catch (const std::exception& e) {
    return vm->fail(EMBER_ERROR_INTERNAL, e.what());
  }
}

// Throws ApiError(EMBER_ERROR_ARGUMENT) when `pointer` is null.
inline void require(const void* pointer, const char* what) {
  if (!pointer) throw ApiError{EMBER_ERROR_ARGUMENT, std::string(what) + " is null"};
}

}  // namespace ember
