#include "builtins/native_module.h"

#include <algorithm>
#include <vector>

#include "builtins/number_support.h"
#include "vm/function_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"
#include "vm/type.h"

namespace ember::native {

namespace {

[[noreturn]] void type_error(VM& vm, const std::string& message) {
  vm.raise(vm.types.TypeError, message);
}

std::string plural(uint32_t n, std::string_view word) {
  return std::to_string(n) + " " + std::string(word) + (n == 1 ? "" : "s");
}

}  // namespace

void add_function(VM& vm, ModuleObject* m, std::string_view name, NativeFunction f) {
  NativeFunctionObject* fn = vm.new_native_function(name, f);
  dict_set_str(vm, m->dict, fn->name, obj(fn));
}

Type* new_module_type(VM& vm, ModuleObject* m, std::string_view name) {
  Type* t = vm.new_type(name, vm.types.object, 0);
  t->module = m->name;
  t->slots.construct = nullptr;
  return t;
}

void no_keywords(VM& vm, CallArgs args, std::string_view qualified) {
  if (args.nkw() > 0) type_error(vm, std::string(qualified) + "() takes no keyword arguments");
}

void one_argument(VM& vm, CallArgs args, std::string_view qualified) {
  no_keywords(vm, args, qualified);
  if (args.npos != 1) {
    type_error(vm, std::string(qualified) + "() takes exactly one argument (" +
                       std::to_string(args.npos) + " given)");
  }
}

void positional(VM& vm, CallArgs args, std::string_view name, std::string_view qualified,
                uint32_t min, uint32_t max) {
  no_keywords(vm, args, qualified);
  if (args.npos >= min && args.npos <= max) return;
  bool few = args.npos < min;
  uint32_t n = few ? min : max;
  std::string how = min == max ? "" : few ? "at least " : "at most ";
  type_error(vm, std::string(name) + " expected " + how + plural(n, "argument") + ", got " +
                     std::to_string(args.npos));
}

void bind(VM& vm, CallArgs args, const Signature& s, Value* out) {
  std::string f = std::string(s.function) + "()";
  uint32_t min_positional = std::min(s.required, s.max_positional);
  uint32_t max_arguments = static_cast<uint32_t>(s.names.size());
  if (args.npos + args.nkw() > max_arguments) {
    type_error(vm, f + " takes at most " + std::to_string(max_arguments) + " " +
                       (args.npos == 0 ? "keyword " : "") +
                       (max_arguments == 1 ? "argument" : "arguments") + " (" +
                       std::to_string(args.npos + args.nkw()) + " given)");
  }
  if (args.npos > s.max_positional) {
    if (s.max_positional == 0) type_error(vm, f + " takes no positional arguments");
    type_error(vm, f + " takes " + (min_positional < s.max_positional ? "at most " : "exactly ") +
                       plural(s.max_positional, "positional argument") + " (" +
                       std::to_string(args.npos) + " given)");
  }
  uint32_t required_positional_only = std::min(s.positional_only, min_positional);
  if (args.npos < required_positional_only) {
    type_error(vm, f + " takes " +
                       (required_positional_only < s.max_positional ? "at least " : "exactly ") +
                       plural(required_positional_only, "positional argument") + " (" +
                       std::to_string(args.npos) + " given)");
  }
  uint32_t nkw = args.nkw();
  std::vector<bool> used(nkw, false);
  auto find = [&](std::string_view name) -> Value {
    for (uint32_t k = 0; k < nkw; ++k) {
      if (static_cast<StrObject*>(args.kwnames->items[k].as_object())->view() == name) {
        used[k] = true;
        return args.values[args.npos + k];
      }
    }
    return Value::undefined();
  };
  uint32_t i = 0;
  for (std::string_view name : s.names) {
    if (i < args.npos) {
      out[i] = args[i];
      if (nkw && i >= s.positional_only && !find(name).is_undefined()) {
        type_error(vm, "argument for " + f + " given by name ('" + std::string(name) +
                           "') and position (" + std::to_string(i + 1) + ")");
      }
    } else {
      out[i] = i < s.positional_only ? Value::undefined() : find(name);
      if (out[i].is_undefined() && i < s.required) {
        type_error(vm, f + " missing required argument '" + std::string(name) + "' (pos " +
                           std::to_string(i + 1) + ")");
      }
    }
    ++i;
  }
  for (uint32_t k = 0; k < nkw; ++k) {
    if (!used[k]) {
      type_error(
          vm, "'" +
                  std::string(static_cast<StrObject*>(args.kwnames->items[k].as_object())->view()) +
                  "' is an invalid keyword argument for " + f);
    }
  }
}

double real_arg(VM& vm, Value v) {
  if (v.is_double()) return v.as_double();
  double d;
  if (number_to_double(vm, v, &d)) return d;
  type_error(vm, "must be real number, not " + std::string(type_name(vm, v)));
}

StrObject* as_str(VM& vm, Value v) {
  if (!v.is_object()) return nullptr;
  Object* o = v.as_object();
  if (o->type == vm.types.str || o->type->has_flag(kTypeStrSubclass)) {
    return static_cast<StrObject*>(o);
  }
  return nullptr;
}

}  // namespace ember::native
