// Helpers shared by the standard-library modules written in C++ (math, _random, time,
// posix, _struct, _hashlib, StringIO): filling a module's namespace and checking call
// arguments with the messages CPython's argument parsers produce.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "vm/dict_object.h"
#include "vm/module_object.h"
#include "vm/object.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember::native {

inline Value obj(const Object* o) {
  return Value::from_object(o);
}

inline void add_value(VM& vm, ModuleObject* m, std::string_view name, Value v) {
  dict_set_str(vm, m->dict, vm.intern(name), v);
}

void add_function(VM& vm, ModuleObject* m, std::string_view name, NativeFunction f);

// A type defined by a native module, not subclassable, with `__module__` set.
Type* new_module_type(VM& vm, ModuleObject* m, std::string_view name);

// "math.sqrt() takes no keyword arguments" (`qualified` is the name CPython prints).
void no_keywords(VM& vm, CallArgs args, std::string_view qualified);
// "math.sqrt() takes exactly one argument (2 given)".
void one_argument(VM& vm, CallArgs args, std::string_view qualified);
// "pow expected 2 arguments, got 1", "perm expected at most 2 arguments, got 3" (positional
// arguments only; keywords are refused with `qualified`'s name).
void positional(VM& vm, CallArgs args, std::string_view name, std::string_view qualified,
                uint32_t min, uint32_t max);

// The parameters of a function whose arguments are bound by name as well, in Argument
// Clinic's terms: the first `positional_only` names cannot be given by keyword, names from
// `max_positional` on are keyword-only, and the first `required` names must be given.
struct Signature {
  std::string_view function;  // "isclose": the name in messages
  std::initializer_list<std::string_view> names;
  uint32_t positional_only;
  uint32_t max_positional;
  uint32_t required;
};

// Fills out[i] with the argument for names[i], undefined when absent, raising CPython's
// TypeErrors for missing, surplus, duplicate and unknown arguments.
void bind(VM& vm, CallArgs args, const Signature& signature, Value* out);

// The double value of a real number (float, int, __float__, __index__), or TypeError
// "must be real number, not str".
double real_arg(VM& vm, Value v);

// The str behind a value, or null.
StrObject* as_str(VM& vm, Value v);

}  // namespace ember::native
