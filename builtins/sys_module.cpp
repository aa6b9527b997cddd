// The `sys` module: argv, exit, version information, limits, the standard streams and
// sys.modules. Also gives module objects their attribute access and repr when no other
// part of the runtime has.
#include <gmp.h>

#include <string>

#include "builtins/install.h"
#include "builtins/misc_support.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/function_object.h"
#include "vm/int_object.h"
#include "vm/list_object.h"
#include "vm/module_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

using misc::obj;
using misc::type_error;

constexpr const char* kVersion = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]";
constexpr int64_t kDefaultMaxStrDigits = 4300;

DictObject* sys_dict(VM& vm) {
  Value m = dict_get_str(vm, vm.modules, vm.name("sys"));
  if (m.is_undefined()) return nullptr;
  return static_cast<ModuleObject*>(m.as_object())->dict;
}

void set(VM& vm, DictObject* d, std::string_view name, Value v) {
  dict_set_str(vm, d, vm.intern(name), v);
}

// ---- module objects

ModuleObject* as_module(Value v) {
  return static_cast<ModuleObject*>(v.as_object());
}

Value module_getattr(VM& vm, Value self, StrObject* name) {
  ModuleObject* m = as_module(self);
  if (m->dict) {
    Value v = dict_get_str(vm, m->dict, name);
    if (!v.is_undefined()) return v;
  }
  if (name->view() == "__dict__") return obj(m->dict);
  Value v = generic_get_attribute(vm, self, name);
  if (!v.is_undefined()) return v;
  // PEP 562: a module-level __getattr__ answers for names the module lacks.
  Value hook = m->dict ? dict_get_str(vm, m->dict, vm.name("__getattr__")) : Value::undefined();
  if (!hook.is_undefined()) {
    Value key = obj(name);
    return call_value(vm, hook, CallArgs{&key, 1});
  }
  vm.raise(vm.types.AttributeError, "module '" + std::string(m->name->view()) +
                                        "' has no attribute '" + std::string(name->view()) + "'");
}

void module_setattr(VM& vm, Value self, StrObject* name, Value value) {
  ModuleObject* m = as_module(self);
  if (value.is_undefined()) {
    // Deletion takes the generic path in CPython, whose message names no module.
    if (!dict_delete(vm, m->dict, obj(name))) {
      vm.raise(vm.types.AttributeError,
               "'module' object has no attribute '" + std::string(name->view()) + "'");
    }
    return;
  }
  dict_set_str(vm, m->dict, name, value);
}

Value module_repr(VM& vm, Value self) {
  ModuleObject* m = as_module(self);
  std::string text = "<module " + misc::repr_text(vm, obj(m->name));
  Value file = m->dict ? dict_get_str(vm, m->dict, vm.name("__file__")) : Value::undefined();
  if (!file.is_undefined() && !file.is_none()) {
    text += " from " + misc::repr_text(vm, file) + ">";
  } else {
    text += " (built-in)>";
  }
  return misc::new_str_value(vm, text);
}

// types.ModuleType(name, doc=None): a new, empty module (not in sys.modules).
Value module_construct(VM& vm, Type*, CallArgs args) {
  Value name = args.npos > 0 ? args[0] : Value::undefined();
  Value doc = args.npos > 1 ? args[1] : Value::none();
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    auto* key = static_cast<StrObject*>(args.kwnames->items[k].as_object());
    Value value = args[args.npos + k];
    if (key->view() == "name" && name.is_undefined()) {
      name = value;
    } else if (key->view() == "doc" && args.npos < 2) {
      doc = value;
    } else {
      vm.raise(vm.types.TypeError,
               "module() got an unexpected keyword argument '" + std::string(key->view()) + "'");
    }
  }
  if (args.npos > 2) {
    vm.raise(vm.types.TypeError,
             "module() takes at most 2 arguments (" + std::to_string(args.npos) + " given)");
  }
  if (name.is_undefined()) {
    vm.raise(vm.types.TypeError, "module.__init__() missing required argument 'name' (pos 1)");
  }
  if (!is_instance(vm, name, vm.types.str)) {
    vm.raise(vm.types.TypeError, "module.__init__() argument 'name' must be str, not " +
                                     std::string(type_name(vm, name)));
  }
  auto* m = vm.allocate<ModuleObject>(vm.types.module);
  Rooted keep(vm, obj(m));
  m->name = static_cast<StrObject*>(name.as_object());
  m->dict = vm.new_dict();
  set(vm, m->dict, "__name__", name);
  set(vm, m->dict, "__doc__", doc);
  set(vm, m->dict, "__package__", Value::none());
  set(vm, m->dict, "__loader__", Value::none());
  set(vm, m->dict, "__spec__", Value::none());
  return obj(m);
}

// ---- struct sequences (sys.version_info, sys.float_info, ...): tuples with named fields

struct StructSequence {
  const char* type_name;
  std::initializer_list<const char*> fields;
};

Value struct_getattr(VM& vm, Value self, StrObject* name) {
  auto* t = static_cast<TupleObject*>(self.as_object());
  Value fields = dict_get_str(vm, t->type->dict, vm.name("_fields"));
  if (!fields.is_undefined()) {
    auto* names = static_cast<TupleObject*>(fields.as_object());
    for (int64_t i = 0; i < names->size && i < t->size; ++i) {
      if (static_cast<StrObject*>(names->items[i].as_object()) == name ||
          static_cast<StrObject*>(names->items[i].as_object())->view() == name->view()) {
        return t->items[i];
      }
    }
  }
  return misc::generic_or_raise(vm, self, name);
}

Value struct_repr(VM& vm, Value self) {
  auto* t = static_cast<TupleObject*>(self.as_object());
  auto* names =
      static_cast<TupleObject*>(dict_get_str(vm, t->type->dict, vm.name("_fields")).as_object());
  std::string text(t->type->name->view());
  text += "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i > 0) text += ", ";
    text += static_cast<StrObject*>(names->items[i].as_object())->view();
    text += "=";
    text += misc::repr_text(vm, t->items[i]);
  }
  text += ")";
  return misc::new_str_value(vm, text);
}

Value make_struct(VM& vm, std::string_view type_name, std::initializer_list<const char*> fields,
                  std::initializer_list<Value> values) {
  Type* type = vm.new_type(type_name, vm.types.tuple, 0);
  type->slots.getattr = struct_getattr;
  type->slots.repr = struct_repr;
  type->slots.construct = nullptr;
  TupleObject* names = vm.new_tuple(static_cast<int64_t>(fields.size()));
  int64_t i = 0;
  for (const char* f : fields) names->items[i++] = obj(vm.intern(f));
  dict_set_str(vm, type->dict, vm.name("_fields"), obj(names));
  TupleObject* t = vm.new_tuple(values);
  t->type = type;
  return obj(t);
}

// ---- functions

Value sys_exit(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "exit", 0, 1);
  require_capability(vm, Capability::Exit, "sys.exit()");
  CallArgs exc_args;
  exc_args.values = args.values;
  exc_args.npos = args.npos;
  vm.raise(vm.call(obj(vm.types.SystemExit), exc_args));
}

Value sys_getrecursionlimit(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "getrecursionlimit", 0, 0);
  return vm.make_int(vm.recursion_limit);
}

Value sys_setrecursionlimit(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "setrecursionlimit");
  if (args[0].is_double()) type_error(vm, "'float' object cannot be interpreted as an integer");
  int64_t limit = index_value(vm, args[0]);
  if (limit < 1) vm.raise(vm.types.ValueError, "recursion limit must be greater or equal than 1");
  if (limit > 0x7FFFFFFF) {
    vm.raise(vm.types.OverflowError, "Python int too large to convert to C int");
  }
  if (limit <= vm.recursion_depth) {
    vm.raise(vm.types.RecursionError, "cannot set the recursion limit to " + std::to_string(limit) +
                                          " at the recursion depth " +
                                          std::to_string(vm.recursion_depth) +
                                          ": the limit is too low");
  }
  vm.recursion_limit = limit;
  return Value::none();
}

Value sys_get_int_max_str_digits(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "get_int_max_str_digits", 0, 0);
  return vm.make_int(vm.int_max_str_digits);
}

Value sys_set_int_max_str_digits(VM& vm, CallArgs args) {
  Value kw[1];
  misc::keywords(vm, args, "set_int_max_str_digits", {"maxdigits"}, kw);
  Value v = args.npos >= 1 ? args[0] : kw[0];
  if (v.is_undefined()) {
    type_error(vm, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
  }
  int64_t digits = index_value(vm, v);
  if (digits != 0 && digits < 640) {
    vm.raise(vm.types.ValueError, "maxdigits must be 0 or larger than 640");
  }
  vm.int_max_str_digits = digits;
  return Value::none();
}

Value sys_intern(VM& vm, CallArgs args) {
  misc::exactly_one(vm, args, "intern");
  if (vm.type_of(args[0]) != vm.types.str) {
    type_error(vm, "intern() argument must be str, not " + std::string(type_name(vm, args[0])));
  }
  return obj(vm.intern(static_cast<StrObject*>(args[0].as_object())->view()));
}

// Sizes that look like CPython's on a 64-bit build.
Value sys_getsizeof(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "getsizeof", 1, 2);
  Value v = args[0];
  Type* t = vm.type_of(v);
  const auto& T = vm.types;
  int64_t size = 16;
  if (v.is_bool()) {
    size = 28;
  } else if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    uint64_t magnitude = i < 0 ? static_cast<uint64_t>(-i) : static_cast<uint64_t>(i);
    int digits = 0;
    while (magnitude) {
      magnitude >>= 30;
      ++digits;
    }
    size = 24 + 4 * (digits == 0 ? 1 : digits);
    if (i == 0) size = 24;
  } else if (t == T.int_) {
    size_t bits = mpz_sizeinbase(static_cast<BigIntObject*>(v.as_object())->value, 2);
    size = 24 + 4 * static_cast<int64_t>((bits + 29) / 30);
  } else if (v.is_double()) {
    size = 24;
  } else if (StrObject* s = misc::as_str(vm, v)) {
    if (s->ascii) {
      size = 49 + s->length;
    } else {
      uint32_t max = 0;
      const char* p = s->data;
      const char* end = s->data + s->byte_length;
      while (p < end) max = std::max(max, utf8_decode(p));
      int width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
      size = (width == 1 ? 73 : width == 2 ? 74 : 76) + width * s->length;
    }
  } else if (is_subtype(t, T.tuple)) {
    size = 40 + 8 * static_cast<TupleObject*>(v.as_object())->size;
  } else if (is_subtype(t, T.list)) {
    size = 56 + 8 * static_cast<ListObject*>(v.as_object())->capacity;
  } else if (is_subtype(t, T.dict)) {
    auto* d = static_cast<DictObject*>(v.as_object());
    size = d->capacity == 0 ? 64 : 64 + 8 * d->index_size + 24 * d->capacity;
  } else if (is_subtype(t, T.set) || is_subtype(t, T.frozenset)) {
    size = 216;
  } else if (v.is_none()) {
    size = 16;
  }
  return vm.make_int(size);
}

Value sys_exc_info(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "exc_info", 0, 0);
  Value e = vm.handled_exception;
  if (e.is_none() || e.is_undefined()) {
    return obj(vm.new_tuple({Value::none(), Value::none(), Value::none()}));
  }
  auto* exc = static_cast<ExceptionObject*>(e.as_object());
  return obj(vm.new_tuple({obj(exc->type), e, exc->traceback}));
}

Value sys_exception(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "exception", 0, 0);
  Value e = vm.handled_exception;
  return e.is_undefined() ? Value::none() : e;
}

Value sys_getdefaultencoding(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "getdefaultencoding", 0, 0);
  return obj(vm.intern("utf-8"));
}

Value string_from_os(VM& vm, const std::string& text) {
  // Command-line text that is not UTF-8 keeps its bytes as U+DC80.. (surrogateescape).
  std::string out;
  for (size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    size_t n = c < 0x80                 ? 1
               : c >= 0xC2 && c <= 0xDF ? 2
               : c >= 0xE0 && c <= 0xEF ? 3
               : c >= 0xF0 && c <= 0xF4 ? 4
                                        : 0;
    bool ok = n > 0 && i + n <= text.size();
    for (size_t k = 1; ok && k < n; ++k) {
      ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    }
    if (ok) {
      out.append(text, i, n);
      i += n;
    } else {
      char buffer[4];
      out.append(buffer, static_cast<size_t>(utf8_encode(0xDC00 + c, buffer)));
      ++i;
    }
  }
  return obj(vm.new_str(out));
}

void add_function(VM& vm, DictObject* d, std::string_view name, NativeFunction f) {
  NativeFunctionObject* fn = vm.new_native_function(name, f);
  dict_set_str(vm, d, fn->name, obj(fn));
}

}  // namespace

namespace misc {

Value sys_attribute(VM& vm, std::string_view name) {
  DictObject* d = sys_dict(vm);
  if (!d) return Value::undefined();
  return dict_get_str(vm, d, vm.name(name));
}

}  // namespace misc

void install_sys_module(VM& vm) {
  Type* module_type = vm.types.module;
  if (!module_type->slots.getattr) module_type->slots.getattr = module_getattr;
  if (!module_type->slots.setattr) module_type->slots.setattr = module_setattr;
  if (!module_type->slots.repr) module_type->slots.repr = module_repr;
  if (!module_type->slots.hash) module_type->slots.hash = misc::identity_hash;
  if (!module_type->slots.compare) module_type->slots.compare = misc::identity_compare;
  module_type->slots.construct = module_construct;

  auto* sys = vm.allocate<ModuleObject>(vm.types.module);
  sys->name = vm.intern("sys");
  sys->dict = vm.new_dict();
  Rooted keep(vm, obj(sys));
  dict_set_str(vm, vm.modules, sys->name, obj(sys));
  DictObject* d = sys->dict;
  set(vm, d, "__name__", obj(sys->name));
  set(vm, d, "__doc__", Value::none());

  ListObject* argv = vm.new_list();
  set(vm, d, "argv", obj(argv));
  for (const std::string& arg : vm.options().argv) list_append(vm, argv, string_from_os(vm, arg));
  ListObject* orig_argv = vm.new_list();
  set(vm, d, "orig_argv", obj(orig_argv));
  for (const std::string& arg : vm.options().argv) {
    list_append(vm, orig_argv, string_from_os(vm, arg));
  }

  set(vm, d, "modules", obj(vm.modules));
  Value out = misc::new_std_stream(vm, 1);
  set(vm, d, "stdout", out);
  set(vm, d, "__stdout__", out);
  Value err = misc::new_std_stream(vm, 2);
  set(vm, d, "stderr", err);
  set(vm, d, "__stderr__", err);
  Value in = misc::new_std_stream(vm, 0);
  set(vm, d, "stdin", in);
  set(vm, d, "__stdin__", in);

  set(vm, d, "maxsize", vm.make_int(INT64_MAX));
  set(vm, d, "maxunicode", vm.make_int(0x10FFFF));
  set(vm, d, "version", obj(vm.intern(kVersion)));
  set(vm, d, "hexversion", vm.make_int(0x030B07F0));
  set(vm, d, "api_version", vm.make_int(1013));
  set(vm, d, "platform", obj(vm.intern("linux")));
  set(vm, d, "byteorder", obj(vm.intern("little")));
  set(vm, d, "executable", obj(vm.intern("")));
  set(vm, d, "float_repr_style", obj(vm.intern("short")));
  set(vm, d, "dont_write_bytecode", Value::from_bool(true));
  ListObject* path = vm.new_list();
  set(vm, d, "path", obj(path));
  for (const std::string& dir : vm.options().module_path) {
    list_append(vm, path, obj(vm.new_str(dir)));
  }
  set(vm, d, "builtin_module_names",
      obj(vm.new_tuple({obj(vm.intern("builtins")), obj(vm.intern("io")), obj(vm.intern("sys"))})));

  set(vm, d, "version_info",
      make_struct(vm, "sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"},
                  {Value::from_small_int(3), Value::from_small_int(11), Value::from_small_int(7),
                   obj(vm.intern("final")), Value::from_small_int(0)}));
  set(vm, d, "float_info",
      make_struct(
          vm, "sys.float_info",
          {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
           "epsilon", "radix", "rounds"},
          {Value::from_double(1.7976931348623157e+308), Value::from_small_int(1024),
           Value::from_small_int(308), Value::from_double(2.2250738585072014e-308),
           Value::from_small_int(-1021), Value::from_small_int(-307), Value::from_small_int(15),
           Value::from_small_int(53), Value::from_double(2.220446049250313e-16),
           Value::from_small_int(2), Value::from_small_int(1)}));
  set(vm, d, "int_info",
      make_struct(vm, "sys.int_info",
                  {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                   "str_digits_check_threshold"},
                  {Value::from_small_int(30), Value::from_small_int(4),
                   Value::from_small_int(kDefaultMaxStrDigits), Value::from_small_int(640)}));

  add_function(vm, d, "exit", sys_exit);
  add_function(vm, d, "getrecursionlimit", sys_getrecursionlimit);
  add_function(vm, d, "setrecursionlimit", sys_setrecursionlimit);
  add_function(vm, d, "get_int_max_str_digits", sys_get_int_max_str_digits);
  add_function(vm, d, "set_int_max_str_digits", sys_set_int_max_str_digits);
  add_function(vm, d, "intern", sys_intern);
  add_function(vm, d, "getsizeof", sys_getsizeof);
  add_function(vm, d, "exc_info", sys_exc_info);
  add_function(vm, d, "exception", sys_exception);
  add_function(vm, d, "getdefaultencoding", sys_getdefaultencoding);

  // The last installer: every built-in class exists now.
  misc::qualify_method_names(vm);
}

}  // namespace ember
