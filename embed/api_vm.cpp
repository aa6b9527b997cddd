// The embedding API: VM lifetime, running code, globals and error reporting.
#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <fstream>
#include <sstream>

#include "builtins/install.h"
#include "embed/vm_state.h"
#include "frontend/lexer.h"
#include "vm/code_object.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/traceback.h"

using namespace ember;

namespace {

// Tags tell the handles of different VMs apart; 0 is never used, so no handle is all zeros.
// The only state the VMs of a process share, and it is atomic.
uint16_t next_vm_tag() {
  static std::atomic<uint32_t> counter{0};
  return static_cast<uint16_t>(counter.fetch_add(1, std::memory_order_relaxed) % 0xFFFF + 1);
}

void write_stdout(void* context, std::string_view text) {
  auto* config = static_cast<const ember_config*>(context);
  config->write_stdout(config->stdout_userdata, text.data(), text.size());
}

void write_stderr(void* context, std::string_view text) {
  auto* config = static_cast<const ember_config*>(context);
  config->write_stderr(config->stderr_userdata, text.data(), text.size());
}

// `config` is the copy inside the ember_vm, which outlives the VM's output streams.
VMOptions options_from(const ember_config& config) {
  VMOptions options;
  void* context = const_cast<ember_config*>(&config);
  if (config.write_stdout) options.stdout_sink = {write_stdout, context};
  if (config.write_stderr) options.stderr_sink = {write_stderr, context};
  options.max_memory = config.max_memory;
  options.capabilities = config.capabilities & EMBER_CAP_ALL;
  options.step_budget = config.step_budget;
  for (size_t i = 0; i < config.module_path_count; ++i) {
    options.module_path.emplace_back(config.module_paths[i]);
  }
  options.argv.emplace_back("");
  return options;
}

// The lowest address host -> script calls may reach on this thread's stack: a margin of an
// eighth of the stack (at least 64 KiB) is left for the frames of one more nesting level.
const char* stack_limit_of_this_thread() {
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return nullptr;
  void* low = nullptr;
  size_t size = 0;
  int got = pthread_attr_getstack(&attributes, &low, &size);
  pthread_attr_destroy(&attributes);
  if (got != 0 || !low) return nullptr;
  size_t margin = std::max<size_t>(size / 8, 64 * 1024);
  return margin < size ? static_cast<const char*>(low) + margin : nullptr;
}

// The VM's interrupt poll calls the host's callback through this.
bool poll_host(void* context) {
  auto* vm = static_cast<ember_vm*>(context);
  return vm->config.interrupt(vm->config.interrupt_userdata) != 0;
}

// Compiles and runs a module's text in __main__.
ember_status run_in_main(ember_vm* vm, const std::string& filename, std::string_view text) {
  vm->enter_script();
  ModuleSource module;
  module.filename = filename;
  module.text = text;
  CodeObject* code = vm->loader.compile(vm->vm, module);
  Rooted keep(vm->vm, Value::from_object(code));
  run_code(vm->vm, code, vm->main->dict);
  vm->flush_output();
  return EMBER_OK;
}

}  // namespace

ember_vm::ember_vm(const ember_config& settings)
    : owner(std::this_thread::get_id()),
      config(settings),
      vm(options_from(config)),
      handles(next_vm_tag()),
      stack_limit(stack_limit_of_this_thread()) {
  vm.embedder = this;
  if (config.interrupt) {
    vm.interrupts.callback = poll_host;
    vm.interrupts.callback_data = this;
  }
  install_builtins(vm);
  install_embedded_jit(vm, config.jit == EMBER_JIT_OFF     ? JitMode::Off
                           : config.jit == EMBER_JIT_EAGER ? JitMode::Eager
                                                           : JitMode::On);
  vm.module_loader = &loader;
  main = new_module(vm, "__main__");
  dict_set_str(vm, vm.modules, main->name, Value::from_object(main));
}

ember_vm::~ember_vm() {
  vm.embedder = nullptr;
}

void ember_vm::trace_roots(Marker& marker) {
  marker.mark(main);
  mark_value(marker, pending);
  handles.trace(marker);
}

StrObject* ember_vm::name(const char* text, const char* what) {
  require(text, what);
  std::string_view view(text);
  if (find_invalid_utf8(view) != std::string_view::npos) {
    throw ApiError{EMBER_ERROR_ARGUMENT, std::string(what) + " is not valid UTF-8"};
  }
  return vm.intern(view);
}

Value ember_vm::value(ember_value h, const char* what) const {
  Value v;
  switch (handles.find(h.bits, &v)) {
    case HandleTable::Lookup::Live:
      return v;
    case HandleTable::Lookup::Null:
      throw ApiError{EMBER_ERROR_ARGUMENT, std::string(what) + " is a null handle"};
    case HandleTable::Lookup::Foreign:
      throw ApiError{EMBER_ERROR_ARGUMENT, std::string(what) + " is not a handle of this VM"};
    case HandleTable::Lookup::Released:
      break;
  }
  throw ApiError{EMBER_ERROR_ARGUMENT, std::string(what) + " is a released handle"};
}

ember_status ember_vm::fail(ember_status status, std::string message) {
  error_message = std::move(message);
  error_traceback.clear();
  return status;
}

ember_status ember_vm::fail_with_exception() {
  Value exception = vm.raised();
  vm.clear_raised();
  pending = exception;
  ember_status status = EMBER_ERROR_SCRIPT;
  if (is_instance(vm, exception, vm.types.MemoryError)) {
    status = EMBER_ERROR_MEMORY;
  } else if (is_instance(vm, exception, vm.types.ResourceLimitError)) {
    // Which limit: a spent budget or a passed deadline stay so; anything else was a request.
    if (vm.interrupts.step_budget() && vm.interrupts.steps_left() == 0) {
      status = EMBER_ERROR_BUDGET;
    } else if (vm.interrupts.past_deadline()) {
      status = EMBER_ERROR_TIME_LIMIT;
    } else {
      status = EMBER_ERROR_INTERRUPTED;
    }
  } else if (is_instance(vm, exception, vm.types.SystemExit) &&
             vm.has_capability(Capability::Exit)) {
    status = EMBER_ERROR_EXIT;
    exit_code = system_exit_status(vm, exception);
  }
  // Reporting may need memory even when the script died of MemoryError.
  size_t memory_limit = vm.heap().limit();
  vm.heap().set_limit(0);
  try {
    error_traceback = format_exception(vm, exception);
    error_message = format_exception_only(vm, exception);
    if (!error_message.empty() && error_message.back() == '\n') error_message.pop_back();
  } catch (const PythonException&) {
    // Formatting ran Python code (a __str__) that failed: report the original type only.
    vm.clear_raised();
    error_traceback.clear();
    error_message = std::string(type_name(vm, exception));
  }
  vm.heap().set_limit(memory_limit);
  flush_output();
  return status;
}

void ember_vm::flush_output() {
  vm.out().flush();
  vm.err().flush();
}

// ---- C entry points

extern "C" {

const char* ember_status_name(ember_status status) {
  // A C host may pass any int; C++ may not load such a value as the enum, so read the bits.
  int code;
  static_assert(sizeof code == sizeof status);
  std::memcpy(&code, &status, sizeof code);
  switch (code) {
    case EMBER_OK:
      return "OK";
    case EMBER_ERROR_SCRIPT:
      return "ERROR_SCRIPT";
    case EMBER_ERROR_MEMORY:
      return "ERROR_MEMORY";
    case EMBER_ERROR_BUDGET:
      return "ERROR_BUDGET";
    case EMBER_ERROR_INTERRUPTED:
      return "ERROR_INTERRUPTED";
    case EMBER_ERROR_EXIT:
      return "ERROR_EXIT";
    case EMBER_ERROR_ARGUMENT:
      return "ERROR_ARGUMENT";
    case EMBER_ERROR_TYPE:
      return "ERROR_TYPE";
    case EMBER_ERROR_RANGE:
      return "ERROR_RANGE";
    case EMBER_ERROR_THREAD:
      return "ERROR_THREAD";
    case EMBER_ERROR_INTERNAL:
      return "ERROR_INTERNAL";
    case EMBER_ERROR_TIME_LIMIT:
      return "ERROR_TIME_LIMIT";
    case EMBER_ERROR_ABORT:
      return "ERROR_ABORT";
  }
  return "UNKNOWN";
}

ember_status ember_config_init(ember_config* config) {
  if (!config) return EMBER_ERROR_ARGUMENT;
  *config = ember_config{};
  return EMBER_OK;
}

ember_status ember_vm_new(const ember_config* config, ember_vm** out) {
  if (!out) return EMBER_ERROR_ARGUMENT;
  *out = nullptr;
  ember_config settings{};
  if (config) settings = *config;
  if (settings.module_path_count && !settings.module_paths) return EMBER_ERROR_ARGUMENT;
  for (size_t i = 0; i < settings.module_path_count; ++i) {
    if (!settings.module_paths[i]) return EMBER_ERROR_ARGUMENT;
  }
  if (settings.capabilities & ~static_cast<uint32_t>(EMBER_CAP_ALL)) return EMBER_ERROR_ARGUMENT;
  if (settings.jit != EMBER_JIT_ON && settings.jit != EMBER_JIT_OFF &&
      settings.jit != EMBER_JIT_EAGER) {
    return EMBER_ERROR_ARGUMENT;
  }
  ember_vm* vm = nullptr;
  try {
    vm = new ember_vm(settings);
  } catch (const PythonException&) {
    return EMBER_ERROR_MEMORY;  // the memory limit is too small for the built-ins
  } catch (const std::bad_alloc&) {
    return EMBER_ERROR_MEMORY;
  } catch (const OutOfMemory&) {
    return EMBER_ERROR_MEMORY;
  }
  *out = vm;
  return EMBER_OK;
}

ember_status ember_vm_destroy(ember_vm* vm) {
  if (!vm) return EMBER_OK;
  if (std::this_thread::get_id() != vm->owner) {
    return vm->fail(EMBER_ERROR_THREAD, "the VM was destroyed from a thread other than its own");
  }
  if (vm->native_depth > 0) {
    return vm->fail(EMBER_ERROR_ARGUMENT, "a VM cannot be destroyed while it runs a function");
  }
  delete vm;
  return EMBER_OK;
}

ember_status ember_run_string(ember_vm* vm, const char* source, const char* filename) {
  return guarded(vm, [&] {
    require(source, "source");
    return run_in_main(vm, filename ? filename : "<string>", source);
  });
}

ember_status ember_run_file(ember_vm* vm, const char* path) {
  return guarded(vm, [&] {
    require(path, "path");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ApiError{EMBER_ERROR_ARGUMENT, "cannot read " + std::string(path)};
    std::stringstream text;
    text << in.rdbuf();
    std::string source = text.str();
    // (An empty text would make the loader read the file itself: the host reads it here.)
    if (source.empty()) return EMBER_OK;
    return run_in_main(vm, path, source);
  });
}

ember_status ember_eval(ember_vm* vm, const char* expression, ember_value* out) {
  if (out) *out = ember_value{0};
  return guarded(vm, [&] {
    require(expression, "expression");
    require(out, "out");
    vm->enter_script();
    CodeObject* code = vm->loader.compile_text(vm->vm, expression, "<string>", true);
    Rooted keep(vm->vm, Value::from_object(code));
    Value globals = Value::from_object(vm->main->dict);
    Value result = run_code_with_locals(vm->vm, code, vm->main->dict, globals);
    vm->flush_output();
    *out = vm->handle(result);
    return EMBER_OK;
  });
}

ember_status ember_get_global(ember_vm* vm, const char* name, ember_value* out) {
  if (out) *out = ember_value{0};
  return guarded(vm, [&] {
    require(name, "name");
    require(out, "out");
    Value v = dict_get_str(vm->vm, vm->main->dict, vm->name(name, "name"));
    if (v.is_undefined()) {
      vm->vm.raise(vm->vm.types.NameError, "name '" + std::string(name) + "' is not defined");
    }
    *out = vm->handle(v);
    return EMBER_OK;
  });
}

ember_status ember_set_global(ember_vm* vm, const char* name, ember_value value) {
  return guarded(vm, [&] {
    require(name, "name");
    Value v = vm->value(value, "value");
    dict_set_str(vm->vm, vm->main->dict, vm->name(name, "name"), v);
    return EMBER_OK;
  });
}

ember_status ember_set_budget(ember_vm* vm, uint64_t steps) {
  return guarded(vm, [&] {
    vm->vm.interrupts.set_step_budget(steps);
    return EMBER_OK;
  });
}

ember_status ember_set_time_limit(ember_vm* vm, double seconds) {
  return guarded(vm, [&] {
    if (!(seconds >= 0)) {
      throw ApiError{EMBER_ERROR_ARGUMENT, "the time limit must be 0 or a positive number"};
    }
    vm->vm.interrupts.set_time_limit(seconds);
    return EMBER_OK;
  });
}

ember_status ember_jit_traces(ember_vm* vm, uint64_t* out) {
  if (!vm || !out) return EMBER_ERROR_ARGUMENT;
  *out = vm->vm.jit ? vm->vm.jit->traces_compiled() : 0;
  return EMBER_OK;
}

ember_status ember_request_interrupt(ember_vm* vm) {
  if (!vm) return EMBER_ERROR_ARGUMENT;
  vm->vm.interrupts.request(kInterruptHost);
  return EMBER_OK;
}

const char* ember_last_error_message(ember_vm* vm) {
  return vm ? vm->error_message.c_str() : "";
}

const char* ember_last_error_traceback(ember_vm* vm) {
  return vm ? vm->error_traceback.c_str() : "";
}

int ember_exit_code(ember_vm* vm) {
  return vm ? vm->exit_code : 0;
}

}  // extern "C"
