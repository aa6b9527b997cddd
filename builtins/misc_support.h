// Small helpers shared by the object/type/function/exception/builtin-function/io/sys files
// (builtins_misc.cmake). Private to those files: other areas have their own conventions.
#pragma once
#include <cstdio>
#include <initializer_list>
#include <string>
#include <string_view>

#include "vm/dict_object.h"
#include "vm/object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace ember::misc {

inline Value obj(const Object* o) {
  return Value::from_object(o);
}

// The StrObject behind `v` when it is a str (or a str subclass), else null.
inline StrObject* as_str(VM& vm, Value v) {
  if (!v.is_object()) return nullptr;
  Object* o = v.as_object();
  if (o->type == vm.types.str || o->type->has_flag(kTypeStrSubclass)) {
    return static_cast<StrObject*>(o);
  }
  return nullptr;
}

inline Type* as_type(VM& vm, Value v) {
  if (!v.is_object()) return nullptr;
  Object* o = v.as_object();
  if (o->type == vm.types.type || o->type->has_flag(kTypeTypeSubclass)) {
    return static_cast<Type*>(o);
  }
  return nullptr;
}

inline bool is_exact(VM& vm, Value v, Type* t) {
  return vm.type_of(v) == t;
}

// int, float, complex and str format an empty spec as str(self), so that a subclass's
// __str__ shows in format(x) and f"{x}": true when that applies to `v`, an instance of
// `builtin`.
inline bool formats_as_str(VM& vm, Value v, Type* builtin, StrObject* spec) {
  return spec->byte_length == 0 && vm.type_of(v) != builtin;
}

inline std::string pointer_text(const void* p) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%p", p);
  return buffer;
}

// `0x...` address of a value for default reprs and id().
inline std::string address_text(Value v) {
  if (v.is_object()) return pointer_text(v.as_object());
  return pointer_text(reinterpret_cast<const void*>(v.bits() & Value::kPayloadMask));
}

inline Value new_str_value(VM& vm, std::string_view text) {
  return obj(vm.new_str(text));
}

inline std::string_view type_name_of(VM& vm, Value v) {
  return type_name(vm, v);
}

[[noreturn]] inline void type_error(VM& vm, const std::string& message) {
  vm.raise(vm.types.TypeError, message);
}

inline void no_kwargs(VM& vm, CallArgs args, std::string_view fname) {
  if (args.nkw() > 0) type_error(vm, std::string(fname) + "() takes no keyword arguments");
}

// "len() takes exactly one argument (2 given)"
inline void exactly_one(VM& vm, CallArgs args, std::string_view fname) {
  no_kwargs(vm, args, fname);
  if (args.npos != 1) {
    type_error(vm, std::string(fname) + "() takes exactly one argument (" +
                       std::to_string(args.npos) + " given)");
  }
}

// "hasattr expected 2 arguments, got 1" / "filter expected 2 arguments, got 1" style.
inline void expect_range(VM& vm, CallArgs args, std::string_view fname, uint32_t min,
                         uint32_t max) {
  no_kwargs(vm, args, fname);
  if (args.npos < min) {
    type_error(vm, std::string(fname) + " expected " + (min == max ? "" : "at least ") +
                       std::to_string(min) + " argument" + (min == 1 ? "" : "s") + ", got " +
                       std::to_string(args.npos));
  }
  if (args.npos > max) {
    type_error(vm, std::string(fname) + " expected " + (min == max ? "" : "at most ") +
                       std::to_string(max) + " argument" + (max == 1 ? "" : "s") + ", got " +
                       std::to_string(args.npos));
  }
}

// Splits keyword arguments by name: out[i] receives the value for names[i] (undefined when
// absent). An unknown keyword raises "'x' is an invalid keyword argument for f()".
inline void keywords(VM& vm, CallArgs args, std::string_view fname,
                     std::initializer_list<std::string_view> names, Value* out) {
  size_t n = names.size();
  for (size_t i = 0; i < n; ++i) out[i] = Value::undefined();
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    StrObject* key = static_cast<StrObject*>(args.kwnames->items[k].as_object());
    size_t i = 0;
    for (std::string_view name : names) {
      if (key->view() == name) break;
      ++i;
    }
    if (i == n) {
      type_error(vm, "'" + std::string(key->view()) + "' is an invalid keyword argument for " +
                         std::string(fname) + "()");
    }
    out[i] = args.values[args.npos + k];
  }
}

inline std::string repr_text(VM& vm, Value v) {
  std::string out;
  append_repr(vm, out, v);
  return out;
}

inline std::string str_text(VM& vm, Value v) {
  std::string out;
  append_str(vm, out, v);
  return out;
}

[[noreturn]] inline void no_attribute(VM& vm, Value self, StrObject* name) {
  vm.raise(vm.types.AttributeError, "'" + std::string(type_name(vm, self)) +
                                        "' object has no attribute '" + std::string(name->view()) +
                                        "'");
}

// The generic lookup (type attributes, bound), raising AttributeError when absent.
inline Value generic_or_raise(VM& vm, Value self, StrObject* name) {
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) no_attribute(vm, self, name);
  return v;
}

// locals() of the running frame: a class body's namespace, a module's globals, or a
// snapshot dict of a function's variables.
Value locals_dict(VM& vm);

// `descr.__get__(instance, owner=None)` for types with a descr_get slot.
Value descriptor_get_method(VM& vm, CallArgs args);
// `descr.__set__(instance, value)` and `descr.__delete__(instance)` for types with a
// descr_set slot.
Value descriptor_set_method(VM& vm, CallArgs args);
Value descriptor_delete_method(VM& vm, CallArgs args);

// Calls `callee` with positional values.
inline Value call(VM& vm, Value callee, std::initializer_list<Value> positional) {
  return vm.call(callee, positional);
}

// Calls the method `name` of `self` (looked up with getattr) with positional values.
inline Value call_method(VM& vm, Value self, std::string_view name,
                         std::initializer_list<Value> positional) {
  Value method = get_attribute(vm, self, vm.name(name));
  Rooted keep(vm, method);
  return vm.call(method, positional);
}

// Default `<T object at 0x...>` text (module-qualified for classes defined in Python).
std::string default_repr_text(VM& vm, Value self);
// The dict of sys.modules['_ember_builtins'], which holds built-in classes that have no
// builtin name (callable_iterator, mappingproxy, ...), created on first use.
DictObject* private_namespace(VM& vm);
// Hash and ==/!= by identity (object.__hash__, object.__eq__).
int64_t identity_hash(VM& vm, Value self);
Value identity_compare(VM& vm, Value a, Value b, CompareOp op);
// `__main__.A` for heap types, `int` for built-in ones.
std::string qualified_type_name(VM& vm, Type* t);

}  // namespace ember::misc

namespace ember {
class OutputStream;
namespace misc {
// io.cpp: the VM stream behind sys.stdout/sys.stderr wrapper objects, null for other values.
OutputStream* native_output(VM& vm, Value file);
// io.cpp: writes to / flushes a VM stream; OSError (BrokenPipeError, ...) when the descriptor
// refuses the data.
void stream_write(VM& vm, OutputStream& stream, std::string_view text);
void stream_flush(VM& vm, OutputStream& stream);
// io.cpp: reads one line from standard input (with its newline); false at end of file.
bool stdin_readline(VM& vm, std::string& line);
// io.cpp: sys.stdin (0), sys.stdout (1) or sys.stderr (2) as a text file object.
Value new_std_stream(VM& vm, int which);
// io.cpp: strict UTF-8 decoding of outside text (UnicodeDecodeError when invalid).
StrObject* decode_utf8(VM& vm, std::string_view bytes);
// function_type.cpp: gives the methods of every reachable built-in class the qualified name
// "str.upper" (run once every class is installed).
void qualify_method_names(VM& vm);
// sys_module.cpp: an attribute of the sys module (undefined when absent).
Value sys_attribute(VM& vm, std::string_view name);
}  // namespace misc
// Installers split across the files of this area (install_object_and_type calls these).
void install_type_type(VM& vm);
}  // namespace ember
