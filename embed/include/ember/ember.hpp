// Ember's C++ embedding API: a thin layer over ember.h with RAII handles and exceptions.
//
//   ember::Vm vm(ember::Config().memory_limit(64 << 20));
//   vm.run("def area(w, h):\n    return w * h\n");
//   int64_t a = vm.call("area", 6, 7).to_int();  // 42
//
// Every failing C call becomes an ember::Error carrying the status, the message and the
// Python traceback. Values own one handle each and release it when destroyed; a Vm must
// outlive its Values. The threading rules of ember.h apply.
#pragma once
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ember/ember.h"

namespace ember {

class Error : public std::runtime_error {
 public:
  Error(ember_status status, const std::string& message, std::string traceback)
      : std::runtime_error(message), status_(status), traceback_(std::move(traceback)) {}
  ember_status status() const { return status_; }
  // CPython's report of the exception, or "" when the error was not a Python exception.
  const std::string& traceback() const { return traceback_; }

 private:
  ember_status status_;
  std::string traceback_;
};

namespace detail {
inline void check(ember_vm* vm, ember_status status) {
  if (status == EMBER_OK) return;
  std::string message = ember_last_error_message(vm);
  if (message.empty()) message = ember_status_name(status);
  throw Error(status, message, ember_last_error_traceback(vm));
}
}  // namespace detail

// One handle to a value of a VM. Copying makes a second handle to the same value.
class Value {
 public:
  Value() = default;
  // Takes ownership of `handle` (released with the Value).
  Value(ember_vm* vm, ember_value handle) : vm_(vm), handle_(handle), owned_(true) {}
  // A Value that does not release `handle` (the arguments of a native function).
  static Value borrow(ember_vm* vm, ember_value handle) {
    Value v(vm, handle);
    v.owned_ = false;
    return v;
  }
  Value(const Value& other) : vm_(other.vm_) {
    if (!other.is_null()) detail::check(vm_, ember_dup(vm_, other.handle_, &handle_));
    owned_ = !other.is_null();
  }
  Value(Value&& other) noexcept
      : vm_(other.vm_),
        handle_(std::exchange(other.handle_, ember_value{0})),
        owned_(other.owned_) {}
  Value& operator=(Value other) noexcept {
    std::swap(vm_, other.vm_);
    std::swap(handle_, other.handle_);
    std::swap(owned_, other.owned_);
    return *this;
  }
  ~Value() {
    if (owned_ && !is_null()) ember_release(vm_, handle_);
  }

  bool is_null() const { return ember_is_null(handle_); }
  ember_value handle() const { return handle_; }
  ember_vm* vm() const { return vm_; }

  ember_kind kind() const {
    ember_kind k;
    detail::check(vm_, ember_kind_of(vm_, handle_, &k));
    return k;
  }
  bool is_none() const { return kind() == EMBER_KIND_NONE; }
  bool to_bool() const {
    int b;
    detail::check(vm_, ember_to_bool(vm_, handle_, &b));
    return b != 0;
  }
  int64_t to_int() const {
    int64_t i;
    detail::check(vm_, ember_to_int(vm_, handle_, &i));
    return i;
  }
  double to_float() const {
    double d;
    detail::check(vm_, ember_to_float(vm_, handle_, &d));
    return d;
  }
  // The text of a str (valid while this Value lives).
  std::string_view to_string_view() const {
    const char* data;
    size_t size;
    detail::check(vm_, ember_to_str(vm_, handle_, &data, &size));
    return {data, size};
  }
  std::string to_string() const { return std::string(to_string_view()); }
  // Python's str(value), e.g. a big int's digits.
  std::string str() const {
    ember_value s;
    detail::check(vm_, ember_str_of(vm_, handle_, &s));
    return Value(vm_, s).to_string();
  }
  size_t size() const {
    size_t n;
    detail::check(vm_, ember_len(vm_, handle_, &n));
    return n;
  }
  Value operator[](size_t index) const {
    ember_value v;
    detail::check(vm_, ember_get_index(vm_, handle_, index, &v));
    return Value(vm_, v);
  }
  Value item(const Value& key) const {
    ember_value v;
    detail::check(vm_, ember_get_item(vm_, handle_, key.handle_, &v));
    return Value(vm_, v);
  }
  void set_item(const Value& key, const Value& value) const {
    detail::check(vm_, ember_set_item(vm_, handle_, key.handle_, value.handle_));
  }
  Value attr(const char* name) const {
    ember_value v;
    detail::check(vm_, ember_get_attr(vm_, handle_, name, &v));
    return Value(vm_, v);
  }
  void set_attr(const char* name, const Value& value) const {
    detail::check(vm_, ember_set_attr(vm_, handle_, name, value.handle_));
  }
  // Calls the value with already-made arguments.
  Value call(const std::vector<Value>& args) const {
    std::vector<ember_value> handles;
    handles.reserve(args.size());
    for (const Value& a : args) handles.push_back(a.handle_);
    ember_value result;
    detail::check(vm_, ember_call(vm_, handle_, handles.data(), handles.size(), &result));
    return Value(vm_, result);
  }

 private:
  ember_vm* vm_ = nullptr;
  ember_value handle_{0};
  bool owned_ = false;
};

enum class Capability : uint32_t {
  FileSystem = EMBER_CAP_FILESYSTEM,
  Environment = EMBER_CAP_ENVIRONMENT,
  Exit = EMBER_CAP_EXIT,
  Process = EMBER_CAP_PROCESS,
  ImportFiles = EMBER_CAP_IMPORT_FILES,
};

using OutputFunction = std::function<void(std::string_view)>;

class Config {
 public:
  Config& memory_limit(size_t bytes) {
    max_memory_ = bytes;
    return *this;
  }
  Config& step_budget(uint64_t steps) {
    step_budget_ = steps;
    return *this;
  }
  Config& grant(Capability capability) {
    capabilities_ |= static_cast<uint32_t>(capability);
    return *this;
  }
  Config& module_path(std::string directory) {
    module_paths_.push_back(std::move(directory));
    return *this;
  }
  Config& on_stdout(OutputFunction f) {
    stdout_ = std::move(f);
    return *this;
  }
  Config& on_stderr(OutputFunction f) {
    stderr_ = std::move(f);
    return *this;
  }
  Config& jit(ember_jit_mode mode) {
    jit_ = mode;
    return *this;
  }
  // Polled at safepoints: return true to stop the script (EMBER_ERROR_INTERRUPTED).
  Config& on_interrupt_check(std::function<bool()> f) {
    interrupt_ = std::move(f);
    return *this;
  }

 private:
  friend class Vm;
  size_t max_memory_ = 0;
  uint64_t step_budget_ = 0;
  uint32_t capabilities_ = 0;
  ember_jit_mode jit_ = EMBER_JIT_ON;
  std::vector<std::string> module_paths_;
  OutputFunction stdout_;
  OutputFunction stderr_;
  std::function<bool()> interrupt_;
};

class Vm;
// A host function: receives the arguments, returns the result (a default Value is None).
// Throwing ember::Error propagates that error into the script; any other std::exception
// becomes a RuntimeError.
using NativeFunction = std::function<Value(Vm& vm, const std::vector<Value>& args)>;

class Vm {
 public:
  explicit Vm(Config config = Config()) : state_(std::make_unique<State>()) {
    state_->config = std::move(config);
    State& s = *state_;
    s.owner = this;
    ember_config c;
    ember_config_init(&c);
    c.max_memory = s.config.max_memory_;
    c.step_budget = s.config.step_budget_;
    c.capabilities = s.config.capabilities_;
    c.jit = s.config.jit_;
    for (const std::string& p : s.config.module_paths_) s.path_pointers.push_back(p.c_str());
    c.module_paths = s.path_pointers.data();
    c.module_path_count = s.path_pointers.size();
    if (s.config.stdout_) {
      c.write_stdout = &write_output;
      c.stdout_userdata = &s.config.stdout_;
    }
    if (s.config.stderr_) {
      c.write_stderr = &write_output;
      c.stderr_userdata = &s.config.stderr_;
    }
    if (s.config.interrupt_) {
      c.interrupt = &check_interrupt;
      c.interrupt_userdata = &s.config.interrupt_;
    }
    ember_status status = ember_vm_new(&c, &vm_);
    if (status != EMBER_OK) throw Error(status, "cannot create the VM", "");
  }
  ~Vm() { ember_vm_destroy(vm_); }
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  ember_vm* get() const { return vm_; }

  void run(const std::string& source, const char* filename = "<string>") {
    detail::check(vm_, ember_run_string(vm_, source.c_str(), filename));
  }
  void run_file(const std::string& path) { detail::check(vm_, ember_run_file(vm_, path.c_str())); }
  Value eval(const std::string& expression) {
    ember_value v;
    detail::check(vm_, ember_eval(vm_, expression.c_str(), &v));
    return Value(vm_, v);
  }
  Value global(const char* name) {
    ember_value v;
    detail::check(vm_, ember_get_global(vm_, name, &v));
    return Value(vm_, v);
  }
  void set_global(const char* name, const Value& value) {
    detail::check(vm_, ember_set_global(vm_, name, value.handle()));
  }
  // Calls the global `name` with arguments converted by value().
  template <class... Args>
  Value call(const char* name, Args&&... args) {
    Value values[] = {Value(), value(std::forward<Args>(args))...};
    ember_value handles[sizeof...(Args) + 1];
    for (size_t i = 0; i < sizeof...(Args); ++i) handles[i] = values[i + 1].handle();
    ember_value result;
    detail::check(vm_, ember_call_global(vm_, name, handles, sizeof...(Args), &result));
    return Value(vm_, result);
  }
  void set_budget(uint64_t steps) { detail::check(vm_, ember_set_budget(vm_, steps)); }
  void set_time_limit(double seconds) { detail::check(vm_, ember_set_time_limit(vm_, seconds)); }
  void request_interrupt() { ember_request_interrupt(vm_); }

  // ---- making values
  Value none() { return make(ember_new_none); }
  Value value(const Value& v) { return v; }
  Value value(std::nullptr_t) { return none(); }
  Value value(bool b) { return make(ember_new_bool, b ? 1 : 0); }
  Value value(int i) { return make(ember_new_int, static_cast<int64_t>(i)); }
  Value value(long i) { return make(ember_new_int, static_cast<int64_t>(i)); }
  Value value(long long i) { return make(ember_new_int, static_cast<int64_t>(i)); }
  Value value(double d) { return make(ember_new_float, d); }
  Value value(std::string_view s) { return make(ember_new_str, s.data(), s.size()); }
  Value value(const char* s) { return value(std::string_view(s)); }
  Value value(const std::string& s) { return value(std::string_view(s)); }
  Value big_int(const std::string& decimal) {
    return make(ember_new_int_from_string, decimal.c_str());
  }
  Value bytes(std::string_view data) { return make(ember_new_bytes, data.data(), data.size()); }
  Value list(const std::vector<Value>& items) { return sequence(ember_new_list, items); }
  Value tuple(const std::vector<Value>& items) { return sequence(ember_new_tuple, items); }
  Value dict() { return make(ember_new_dict); }

  // ---- host functions
  Value function(const std::string& name, NativeFunction f) {
    ember_native_def def = native_def(name, std::move(f));
    ember_value v;
    detail::check(vm_, ember_new_function(vm_, &def, &v));
    return Value(vm_, v);
  }
  void def(const char* name, NativeFunction f) { set_global(name, function(name, std::move(f))); }
  // Makes `name` importable by scripts, with these functions.
  Value module(const char* name,
               std::initializer_list<std::pair<std::string, NativeFunction>> functions) {
    std::vector<ember_native_def> defs;
    for (const auto& [function_name, f] : functions) defs.push_back(native_def(function_name, f));
    ember_value v;
    detail::check(vm_, ember_register_module(vm_, name, defs.data(), defs.size(), &v));
    return Value(vm_, v);
  }

 private:
  struct Native {
    Vm* vm;
    std::string name;
    NativeFunction function;
  };
  struct State {
    Vm* owner = nullptr;
    Config config;
    std::vector<const char*> path_pointers;
    std::vector<std::unique_ptr<Native>> natives;
  };

  template <class F, class... Args>
  Value make(F f, Args... args) {
    ember_value v;
    detail::check(vm_, f(vm_, args..., &v));
    return Value(vm_, v);
  }
  template <class F>
  Value sequence(F f, const std::vector<Value>& items) {
    std::vector<ember_value> handles;
    handles.reserve(items.size());
    for (const Value& item : items) handles.push_back(item.handle());
    return make(f, static_cast<const ember_value*>(handles.data()), handles.size());
  }
  ember_native_def native_def(const std::string& name, NativeFunction f) {
    state_->natives.push_back(std::make_unique<Native>(Native{this, name, std::move(f)}));
    Native* native = state_->natives.back().get();
    return ember_native_def{native->name.c_str(), &call_native, native};
  }

  static void write_output(void* userdata, const char* data, size_t size) {
    (*static_cast<OutputFunction*>(userdata))(std::string_view(data, size));
  }
  static int check_interrupt(void* userdata) {
    return (*static_cast<std::function<bool()>*>(userdata))() ? 1 : 0;
  }
  static ember_status call_native(ember_vm* vm, void* userdata, const ember_value* args,
                                  size_t nargs, ember_value* result) {
    auto* native = static_cast<Native*>(userdata);
    try {
      std::vector<Value> values;
      values.reserve(nargs);
      for (size_t i = 0; i < nargs; ++i) values.push_back(Value::borrow(vm, args[i]));
      Value r = native->function(*native->vm, values);
      if (r.is_null()) return EMBER_OK;  // *result is None already
      return ember_dup(vm, r.handle(), result);
    } catch (const Error& e) {
      return e.status();
    } catch (const std::exception& e) {
      return ember_raise(vm, "RuntimeError", e.what());
    }
  }

  std::unique_ptr<State> state_;
  ember_vm* vm_ = nullptr;
};

}  // namespace ember
