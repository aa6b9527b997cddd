// The embedding API: calls in both directions (host -> script, script -> host functions and
// modules), attributes and handle management.
#include "embed/vm_state.h"
#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/import.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

using namespace ember;

namespace {

Value obj(const Object* o) {
  return Value::from_object(o);
}

void clear(ember_value* out) {
  if (out) *out = ember_value{0};
}

// Host code must not run while a collection could move or free what its handles name; the
// handle table roots them, so a call only has to gather the argument values.
Value call_with_handles(ember_vm* vm, Value callee, const ember_value* args, size_t nargs) {
  if (nargs) require(args, "args");
  vm->enter_script();
  if (nargs > UINT32_MAX) throw ApiError{EMBER_ERROR_ARGUMENT, "too many arguments"};
  constexpr size_t kInline = 8;
  Value inline_values[kInline];
  std::vector<Value> many;
  Value* values = inline_values;
  if (nargs > kInline) {
    many.resize(nargs);
    values = many.data();
  }
  for (size_t i = 0; i < nargs; ++i) values[i] = vm->value(args[i], "an argument");
  CallArgs call_args;
  call_args.values = values;
  call_args.npos = static_cast<uint32_t>(nargs);
  Value result = vm->vm.call(callee, call_args);
  if (vm->native_depth == 0) vm->flush_output();
  return result;
}

// What a host function's error status becomes inside the script: the exception of the
// failed API call (or of ember_raise), else a RuntimeError describing the status.
[[noreturn]] void raise_native_failure(ember_vm* vm, const NativeEntry& entry,
                                       ember_status status) {
  Value pending = vm->pending;
  vm->pending = Value::undefined();
  if (!pending.is_undefined()) vm->vm.raise(pending);
  std::string message = entry.name + "() failed with " + ember_status_name(status);
  if (!vm->error_message.empty()) message += ": " + vm->error_message;
  vm->vm.raise(vm->vm.types.RuntimeError, message);
}

// Every host function is this native function; `self` (args[0]) is its index in natives.
Value call_native_entry(VM& machine, CallArgs args) {
  auto* vm = static_cast<ember_vm*>(machine.embedder);
  size_t index = static_cast<size_t>(args[0].as_small_int());
  const NativeEntry entry = vm->natives[index];
  if (args.nkw()) {
    machine.raise(machine.types.TypeError, entry.name + "() takes no keyword arguments");
  }
  size_t depth = vm->handles.scope_begin();
  std::vector<ember_value> handles(args.npos - 1);
  for (uint32_t i = 1; i < args.npos; ++i) handles[i - 1] = vm->handle(args[i]);
  ember_value result = vm->handle(Value::none());
  vm->pending = Value::undefined();
  ++vm->native_depth;
  ember_status status = entry.function(vm, entry.userdata, handles.data(), handles.size(), &result);
  --vm->native_depth;
  Value value = Value::none();
  if (status == EMBER_OK && vm->handles.find(result.bits, &value) != HandleTable::Lookup::Live) {
    status = vm->fail(EMBER_ERROR_ARGUMENT, "the result is not a live handle of this VM");
  }
  Rooted keep(machine, value);
  // The function may have left inner scopes open; close them along with its own.
  while (vm->handles.depth() >= depth) vm->handles.scope_end(vm->handles.depth());
  if (status != EMBER_OK) raise_native_failure(vm, entry, status);
  return value;
}

NativeFunctionObject* new_native(ember_vm* vm, const ember_native_def& def) {
  require(def.name, "a native function's name");
  if (!def.function) {
    throw ApiError{EMBER_ERROR_ARGUMENT,
                   std::string("native function '") + def.name + "' has a null function pointer"};
  }
  StrObject* name = vm->name(def.name, "a native function's name");
  vm->natives.push_back({std::string(def.name), def.function, def.userdata});
  Value index = Value::from_small_int(static_cast<int64_t>(vm->natives.size() - 1));
  return vm->vm.new_native_function(name->view(), call_native_entry, index);
}

}  // namespace

extern "C" {

ember_status ember_call(ember_vm* vm, ember_value callee, const ember_value* args, size_t nargs,
                        ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    Value result = call_with_handles(vm, vm->value(callee, "callee"), args, nargs);
    vm->put(out, result);
    return EMBER_OK;
  });
}

ember_status ember_call_global(ember_vm* vm, const char* name, const ember_value* args,
                               size_t nargs, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    Value callee = dict_get_str(vm->vm, vm->main->dict, vm->name(name, "name"));
    if (callee.is_undefined()) {
      vm->vm.raise(vm->vm.types.NameError, "name '" + std::string(name) + "' is not defined");
    }
    Value result = call_with_handles(vm, callee, args, nargs);
    vm->put(out, result);
    return EMBER_OK;
  });
}

ember_status ember_get_attr(ember_vm* vm, ember_value object, const char* name, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    Value o = vm->value(object, "object");
    *out = vm->handle(get_attribute(vm->vm, o, vm->name(name, "name")));
    return EMBER_OK;
  });
}

ember_status ember_set_attr(ember_vm* vm, ember_value object, const char* name, ember_value value) {
  return guarded(vm, [&] {
    Value o = vm->value(object, "object");
    Value v = vm->value(value, "value");
    set_attribute(vm->vm, o, vm->name(name, "name"), v);
    return EMBER_OK;
  });
}

ember_status ember_new_function(ember_vm* vm, const ember_native_def* def, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(def, "def");
    require(out, "out");
    *out = vm->handle(obj(new_native(vm, *def)));
    return EMBER_OK;
  });
}

ember_status ember_register_module(ember_vm* vm, const char* name, const ember_native_def* defs,
                                   size_t count, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    StrObject* module_name = vm->name(name, "name");
    if (count) require(defs, "defs");
    ModuleObject* module = new_module(vm->vm, std::string(module_name->view()));
    Rooted keep(vm->vm, obj(module));
    for (size_t i = 0; i < count; ++i) {
      NativeFunctionObject* f = new_native(vm, defs[i]);
      dict_set_str(vm->vm, module->dict, f->name, obj(f));
    }
    dict_set_str(vm->vm, vm->vm.modules, module_name, obj(module));
    vm->put(out, obj(module));
    return EMBER_OK;
  });
}

ember_status ember_raise(ember_vm* vm, const char* type_name, const char* message) {
  return guarded(vm, [&] {
    StrObject* name = vm->name(type_name, "type_name");
    require(message, "message");
    Value type = dict_get_str(vm->vm, vm->vm.builtins, name);
    if (!type.is_object() || !is_subtype(vm->vm.type_of(type), vm->vm.types.type) ||
        !is_subtype(static_cast<Type*>(type.as_object()), vm->vm.types.BaseException)) {
      throw ApiError{EMBER_ERROR_ARGUMENT,
                     "'" + std::string(type_name) + "' is not a built-in exception class"};
    }
    Value text = obj(vm->vm.new_str(message));
    Rooted keep(vm->vm, text);
    Value exception = vm->vm.call(type, {text});
    vm->vm.set_raised(exception);
    return vm->fail_with_exception();
  });
}

ember_status ember_scope_begin(ember_vm* vm, size_t* depth) {
  if (depth) *depth = 0;
  return guarded(vm, [&] {
    size_t d = vm->handles.scope_begin();
    if (depth) *depth = d;
    return EMBER_OK;
  });
}

ember_status ember_scope_end(ember_vm* vm, size_t depth) {
  return guarded(vm, [&] {
    if (!vm->handles.scope_end(depth)) {
      throw ApiError{EMBER_ERROR_ARGUMENT, "scope " + std::to_string(depth) +
                                               " is not the innermost open scope (" +
                                               std::to_string(vm->handles.depth()) + ")"};
    }
    return EMBER_OK;
  });
}

ember_status ember_persist(ember_vm* vm, ember_value value, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    *out = ember_value{vm->handles.add(vm->value(value, "value"), true)};
    return EMBER_OK;
  });
}

ember_status ember_dup(ember_vm* vm, ember_value value, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    *out = vm->handle(vm->value(value, "value"));
    return EMBER_OK;
  });
}

ember_status ember_release(ember_vm* vm, ember_value value) {
  return guarded(vm, [&] {
    vm->value(value, "value");
    vm->handles.release(value.bits);
    return EMBER_OK;
  });
}

}  // extern "C"
