// Function-like types: Python functions (attributes, binding to instances), built-in
// functions and methods, bound methods, cells and (read-only views of) code objects.
// Calling a Python function is the interpreter's job; calling a built-in function or a
// bound method is forwarded here through `slots.call` for callers that use the slot.
#include <string>
#include <vector>

#include "builtins/install.h"
#include "builtins/misc_support.h"
#include "vm/code_object.h"
#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/module_object.h"
#include "vm/native_self.h"
#include "vm/ops.h"
#include "vm/vm.h"

namespace ember {

namespace misc {

Value descriptor_get_method(VM& vm, CallArgs args) {
  if (args.npos < 2 || args.npos > 3) {
    type_error(vm, "expected 1 or 2 arguments, got " + std::to_string(args.npos - 1));
  }
  Value owner = args.npos == 3 ? args[2] : Value::none();
  if (args[1].is_none() && owner.is_none()) type_error(vm, "__get__(None, None) is invalid");
  auto get = vm.type_of(args[0])->slots.descr_get;
  return get(vm, args[0], args[1].is_none() ? Value::undefined() : args[1],
             owner.is_none() ? Value::undefined() : owner);
}

Value descriptor_set_method(VM& vm, CallArgs args) {
  if (args.npos != 3) {
    type_error(vm, "expected 2 arguments, got " + std::to_string(args.npos - 1));
  }
  vm.type_of(args[0])->slots.descr_set(vm, args[0], args[1], args[2]);
  return Value::none();
}

Value descriptor_delete_method(VM& vm, CallArgs args) {
  if (args.npos != 2) {
    type_error(vm, "expected 1 argument, got " + std::to_string(args.npos - 1));
  }
  vm.type_of(args[0])->slots.descr_set(vm, args[0], args[1], Value::undefined());
  return Value::none();
}

}  // namespace misc

namespace {

using misc::obj;

FunctionObject* as_function(Value v) {
  return static_cast<FunctionObject*>(v.as_object());
}
NativeFunctionObject* as_native(Value v) {
  return static_cast<NativeFunctionObject*>(v.as_object());
}
BoundMethodObject* as_bound(Value v) {
  return static_cast<BoundMethodObject*>(v.as_object());
}

using misc::no_attribute;

// Calls `callee` with `self` inserted before the positional arguments.
Value call_prepending(VM& vm, Value callee, Value self, CallArgs args) {
  uint32_t total = args.npos + args.nkw();
  std::vector<Value> values;
  values.reserve(total + 1);
  values.push_back(self);
  for (uint32_t i = 0; i < total; ++i) values.push_back(args.values[i]);
  // Values held in a C++ vector are not visible to the collector: root them for the call.
  size_t mark = vm.root_stack.size();
  for (Value v : values) vm.root_stack.push_back(v);
  CallArgs forwarded;
  forwarded.values = values.data();
  forwarded.npos = args.npos + 1;
  forwarded.kwnames = args.kwnames;
  struct Unroot {
    VM& vm;
    size_t mark;
    ~Unroot() { vm.root_stack.resize(mark); }
  } unroot{vm, mark};
  return vm.call(callee, forwarded);
}

// ---- Python functions

Value function_repr(VM& vm, Value self) {
  FunctionObject* f = as_function(self);
  return misc::new_str_value(vm, "<function " +
                                     std::string((f->qualname ? f->qualname : f->name)->view()) +
                                     " at " + misc::address_text(self) + ">");
}

Value function_descr_get(VM& vm, Value self, Value instance, Value owner) {
  if (instance.is_undefined() || instance.is_none()) return self;
  auto* m = vm.allocate<BoundMethodObject>(vm.types.bound_method);
  m->function = self;
  m->self = instance;
  return obj(m);
}

DictObject* function_dict(VM& vm, FunctionObject* f) {
  if (!f->dict) f->dict = vm.new_dict();
  return f->dict;
}

Value function_getattr(VM& vm, Value self, StrObject* name) {
  FunctionObject* f = as_function(self);
  std::string_view n = name->view();
  if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
    if (n == "__name__") return obj(f->name);
    if (n == "__qualname__") return obj(f->qualname ? f->qualname : f->name);
    if (n == "__doc__") return f->doc.is_undefined() ? Value::none() : f->doc;
    if (n == "__module__") return f->module.is_undefined() ? Value::none() : f->module;
    if (n == "__defaults__") return f->defaults ? obj(f->defaults) : Value::none();
    if (n == "__kwdefaults__") return f->kw_defaults ? obj(f->kw_defaults) : Value::none();
    if (n == "__code__") return f->code ? obj(f->code) : Value::none();
    if (n == "__globals__") return f->globals ? obj(f->globals) : Value::none();
    if (n == "__closure__") return f->closure ? obj(f->closure) : Value::none();
    if (n == "__dict__") return obj(function_dict(vm, f));
    if (n == "__annotations__") {
      if (!f->annotations) f->annotations = vm.new_dict();
      return obj(f->annotations);
    }
    if (n == "__builtins__") return obj(vm.builtins);
  }
  if (f->dict) {
    Value v = dict_get_str(vm, f->dict, name);
    if (!v.is_undefined()) return v;
  }
  return misc::generic_or_raise(vm, self, name);
}

void function_setattr(VM& vm, Value self, StrObject* name, Value value) {
  FunctionObject* f = as_function(self);
  std::string_view n = name->view();
  bool del = value.is_undefined();
  if (n == "__name__" || n == "__qualname__") {
    StrObject* s = del ? nullptr : misc::as_str(vm, value);
    if (!s) misc::type_error(vm, std::string(n) + " must be set to a string object");
    (n == "__name__" ? f->name : f->qualname) = s;
    return;
  }
  if (n == "__doc__") {
    f->doc = del ? Value::none() : value;
    return;
  }
  if (n == "__module__") {
    f->module = del ? Value::none() : value;
    return;
  }
  if (n == "__defaults__") {
    if (del || value.is_none()) {
      f->defaults = nullptr;
    } else if (vm.type_of(value)->has_flag(kTypeTupleSubclass)) {
      f->defaults = static_cast<TupleObject*>(value.as_object());
    } else {
      misc::type_error(vm, "__defaults__ must be set to a tuple object");
    }
    return;
  }
  if (n == "__kwdefaults__") {
    if (del || value.is_none()) {
      f->kw_defaults = nullptr;
    } else if (vm.type_of(value)->has_flag(kTypeDictSubclass)) {
      f->kw_defaults = static_cast<DictObject*>(value.as_object());
    } else {
      misc::type_error(vm, "__kwdefaults__ must be set to a dict object");
    }
    return;
  }
  if (n == "__annotations__") {
    if (del || value.is_none()) {
      f->annotations = nullptr;
    } else if (vm.type_of(value)->has_flag(kTypeDictSubclass)) {
      f->annotations = static_cast<DictObject*>(value.as_object());
    } else {
      misc::type_error(vm, "__annotations__ must be set to a dict object");
    }
    return;
  }
  if (n == "__dict__") {
    if (del) misc::type_error(vm, "cannot delete __dict__");
    if (!vm.type_of(value)->has_flag(kTypeDictSubclass)) {
      misc::type_error(vm, "__dict__ must be set to a dictionary, not a '" +
                               std::string(type_name(vm, value)) + "'");
    }
    f->dict = static_cast<DictObject*>(value.as_object());
    return;
  }
  if (n == "__closure__" || n == "__globals__" || n == "__builtins__") {
    vm.raise(vm.types.AttributeError, "readonly attribute");
  }
  if (n == "__code__") {
    if (del || vm.type_of(value) != vm.types.code) {
      misc::type_error(vm, "__code__ must be set to a code object");
    }
    f->code = static_cast<CodeObject*>(value.as_object());
    return;
  }
  if (del) {
    if (!f->dict || !dict_delete(vm, f->dict, obj(name))) no_attribute(vm, self, name);
    return;
  }
  dict_set_str(vm, function_dict(vm, f), name, value);
}

// ---- built-in functions and methods

Value native_repr(VM& vm, Value self) {
  NativeFunctionObject* f = as_native(self);
  if (f->self.is_undefined() && f->qualname && f->qualname != f->name) {
    // A method of a built-in class, looked up on the class: `<method 'upper' of 'str' objects>`.
    std::string_view q = f->qualname->view();
    size_t dot = q.rfind('.');
    std::string owner(dot == std::string_view::npos ? q : q.substr(0, dot));
    const char* kind = is_slot_wrapper(vm, f) ? "<slot wrapper '" : "<method '";
    return misc::new_str_value(
        vm, kind + std::string(f->name->view()) + "' of '" + owner + "' objects>");
  }
  if (f->self.is_undefined()) {
    return misc::new_str_value(vm, "<built-in function " + std::string(f->name->view()) + ">");
  }
  return misc::new_str_value(vm, "<built-in method " + std::string(f->name->view()) + " of " +
                                     std::string(type_name(vm, f->self)) + " object at " +
                                     misc::address_text(f->self) + ">");
}

Value native_call(VM& vm, Value self, CallArgs args) {
  return call_value(vm, self, args);
}

Value native_descr_get(VM& vm, Value self, Value instance, Value owner) {
  NativeFunctionObject* f = as_native(self);
  if (instance.is_undefined() || !f->self.is_undefined()) return self;
  if (instance.is_none() && !owner.is_undefined() && !owner.is_none() &&
      owner.as_object() != vm.types.none) {
    return self;
  }
  if (!native_accepts_self(vm, f, instance)) {
    raise_descriptor_mismatch(vm, f->name->view(), f->owner, instance);
  }
  Rooted keep(vm, instance);
  auto* bound = vm.allocate<NativeFunctionObject>(vm.types.native_function);
  bound->function = f->function;
  bound->name = f->name;
  bound->qualname = f->qualname;
  bound->doc = f->doc;
  bound->self = instance;
  return obj(bound);
}

Value native_getattr(VM& vm, Value self, StrObject* name) {
  NativeFunctionObject* f = as_native(self);
  std::string_view n = name->view();
  if (n == "__name__") return obj(f->name);
  if (n == "__qualname__") {
    if (f->self.is_undefined()) return obj(f->qualname ? f->qualname : f->name);
    Type* t = misc::as_type(vm, f->self);
    std::string owner(t ? t->name->view() : type_name(vm, f->self));
    return misc::new_str_value(vm, owner + "." + std::string(f->name->view()));
  }
  if (n == "__self__") {
    if (f->self.is_undefined()) {
      Value mod = dict_get_str(vm, vm.modules, vm.name("builtins"));
      return mod.is_undefined() ? Value::none() : mod;
    }
    return f->self;
  }
  if (n == "__doc__") return f->doc ? misc::new_str_value(vm, f->doc) : Value::none();
  if (n == "__module__") {
    return f->self.is_undefined() ? obj(vm.name("builtins")) : Value::none();
  }
  if (n == "__text_signature__") return Value::none();
  // Unbound methods of built-in types are descriptors, like CPython's method objects.
  if (n == "__get__" && f->owner && f->self.is_undefined()) {
    return obj(vm.new_native_function("__get__", misc::descriptor_get_method, self));
  }
  return misc::generic_or_raise(vm, self, name);
}

// Built-in functions and bound methods accept no new attributes; the ones they have are
// read-only (members in CPython for a method's __func__ and __self__).
void readonly_setattr(VM& vm, Value self, StrObject* name, Value value) {
  std::string_view n = name->view();
  if (vm.type_of(self) == vm.types.bound_method && (n == "__func__" || n == "__self__")) {
    vm.raise(vm.types.AttributeError, "readonly attribute");
  }
  if (!get_attribute_or_undefined(vm, self, name).is_undefined()) {
    vm.raise(vm.types.AttributeError, "attribute '" + std::string(n) + "' of '" +
                                          std::string(vm.type_of(self)->name->view()) +
                                          "' objects is not writable");
  }
  no_attribute(vm, self, name);
}

int64_t native_hash(VM& vm, Value self) {
  NativeFunctionObject* f = as_native(self);
  auto h = static_cast<int64_t>(reinterpret_cast<uintptr_t>(f->function) >> 4);
  if (!f->self.is_undefined()) h ^= misc::identity_hash(vm, f->self);
  return h == -1 ? -2 : h;
}

Value native_compare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || vm.type_of(b) != vm.types.native_function) {
    return vm.not_implemented;
  }
  NativeFunctionObject* x = as_native(a);
  NativeFunctionObject* y = as_native(b);
  bool eq = a.is(b) || (x->function == y->function && x->self.is(y->self) &&
                        !x->self.is_undefined() && x->name == y->name);
  return Value::from_bool(op == CompareOp::Eq ? eq : !eq);
}

// ---- bound methods

Value bound_repr(VM& vm, Value self) {
  BoundMethodObject* m = as_bound(self);
  Value name = get_attribute_or_undefined(vm, m->function, vm.name("__qualname__"));
  if (name.is_undefined()) name = get_attribute_or_undefined(vm, m->function, vm.name("__name__"));
  std::string text = "<bound method ";
  text += misc::as_str(vm, name) ? std::string(misc::as_str(vm, name)->view()) : "?";
  text += " of ";
  append_repr(vm, text, m->self);
  text += ">";
  return misc::new_str_value(vm, text);
}

Value bound_call(VM& vm, Value self, CallArgs args) {
  BoundMethodObject* m = as_bound(self);
  return call_prepending(vm, m->function, m->self, args);
}

// types.MethodType(function, instance)
Value bound_construct(VM& vm, Type* type, CallArgs args) {
  misc::no_kwargs(vm, args, "method");
  if (args.npos != 2) {
    misc::type_error(vm, "method expected 2 arguments, got " + std::to_string(args.npos));
  }
  if (!vm.type_of(args[0])->slots.call && vm.type_of(args[0]) != vm.types.function &&
      vm.type_of(args[0]) != vm.types.native_function &&
      vm.type_of(args[0]) != vm.types.bound_method) {
    misc::type_error(vm, "first argument must be callable");
  }
  if (args[1].is_none()) misc::type_error(vm, "instance must not be None");
  auto* m = vm.allocate<BoundMethodObject>(type);
  m->function = args[0];
  m->self = args[1];
  return obj(m);
}

Value bound_getattr(VM& vm, Value self, StrObject* name) {
  BoundMethodObject* m = as_bound(self);
  std::string_view n = name->view();
  if (n == "__func__") return m->function;
  if (n == "__self__") return m->self;
  if (n == "__doc__" || n == "__name__" || n == "__qualname__" || n == "__module__") {
    return get_attribute(vm, m->function, name);
  }
  Value v = lookup_in_type(vm, vm.types.bound_method, name);
  if (!v.is_undefined()) return misc::generic_or_raise(vm, self, name);
  return get_attribute(vm, m->function, name);
}

int64_t bound_hash(VM& vm, Value self) {
  BoundMethodObject* m = as_bound(self);
  int64_t h = misc::identity_hash(vm, m->self) ^ hash_value(vm, m->function);
  return h == -1 ? -2 : h;
}

Value bound_compare(VM& vm, Value a, Value b, CompareOp op) {
  if ((op != CompareOp::Eq && op != CompareOp::Ne) || vm.type_of(b) != vm.types.bound_method) {
    return vm.not_implemented;
  }
  BoundMethodObject* x = as_bound(a);
  BoundMethodObject* y = as_bound(b);
  bool eq = x->self.is(y->self) && values_equal(vm, x->function, y->function);
  return Value::from_bool(op == CompareOp::Eq ? eq : !eq);
}

// ---- cells

Value cell_repr(VM& vm, Value self) {
  auto* c = static_cast<CellObject*>(self.as_object());
  std::string text = "<cell at " + misc::address_text(self) + ": ";
  if (c->contents.is_undefined()) {
    text += "empty>";
  } else {
    text += std::string(type_name(vm, c->contents)) + " object at " +
            misc::address_text(c->contents) + ">";
  }
  return misc::new_str_value(vm, text);
}

Value cell_getattr(VM& vm, Value self, StrObject* name) {
  auto* c = static_cast<CellObject*>(self.as_object());
  if (name->view() == "cell_contents") {
    if (c->contents.is_undefined()) vm.raise(vm.types.ValueError, "Cell is empty");
    return c->contents;
  }
  return misc::generic_or_raise(vm, self, name);
}

void cell_setattr(VM& vm, Value self, StrObject* name, Value value) {
  auto* c = static_cast<CellObject*>(self.as_object());
  if (name->view() == "cell_contents") {
    c->contents = value;  // undefined (del) empties the cell
    return;
  }
  no_attribute(vm, self, name);
}

// ---- code objects (read-only attributes)

Value code_repr(VM& vm, Value self) {
  auto* c = static_cast<CodeObject*>(self.as_object());
  std::string text = "<code object ";
  text += c->name ? c->name->view() : "?";
  text += " at " + misc::address_text(self) + ", file \"";
  text += c->filename ? c->filename->view() : "?";
  text += "\", line " + std::to_string(c->first_line) + ">";
  return misc::new_str_value(vm, text);
}

Value code_getattr(VM& vm, Value self, StrObject* name) {
  auto* c = static_cast<CodeObject*>(self.as_object());
  std::string_view n = name->view();
  auto str_or_none = [](StrObject* s) { return s ? obj(s) : Value::none(); };
  if (n == "co_name") return str_or_none(c->name);
  if (n == "co_qualname") return str_or_none(c->qualname);
  if (n == "co_filename") return str_or_none(c->filename);
  if (n == "co_firstlineno") return vm.make_int(c->first_line);
  if (n == "co_argcount") return vm.make_int(c->arg_count);
  if (n == "co_posonlyargcount") return vm.make_int(c->posonly_count);
  if (n == "co_kwonlyargcount") return vm.make_int(c->kwonly_count);
  if (n == "co_nlocals") return vm.make_int(c->local_count);
  if (n == "co_varnames") {
    TupleObject* t = vm.new_tuple(static_cast<int64_t>(c->local_names.size()));
    for (size_t i = 0; i < c->local_names.size(); ++i) t->items[i] = obj(c->local_names[i]);
    return obj(t);
  }
  if (n == "co_freevars") {
    // The closure's names, in the closure tuple's order.
    TupleObject* t = vm.new_tuple(static_cast<int64_t>(c->free_registers.size()));
    for (size_t i = 0; i < c->free_registers.size(); ++i) {
      t->items[i] = obj(c->local_names[c->free_registers[i]]);
    }
    return obj(t);
  }
  if (n == "co_flags") {
    // CPython's flag bits: OPTIMIZED|NEWLOCALS, VARARGS 4, VARKEYWORDS 8, GENERATOR 0x20,
    // COROUTINE 0x80.
    int64_t flags = (c->flags & kCodeModule) ? 0 : 3;
    if (c->flags & kCodeVarArgs) flags |= 4;
    if (c->flags & kCodeVarKeywords) flags |= 8;
    if (c->flags & kCodeGenerator) flags |= 0x20;
    if (c->flags & kCodeCoroutine) flags |= 0x80;
    return vm.make_int(flags);
  }
  return misc::generic_or_raise(vm, self, name);
}

}  // namespace

namespace misc {

void qualify_method_names(VM& vm) {
  auto qualify_type = [&](Type* t) {
    DictObject* d = t->dict;
    for (int64_t i = 0; d && i < d->used; ++i) {
      Value v = d->entries[i].value;
      if (d->entries[i].key.is_undefined() || !v.is_object() ||
          v.as_object()->type != vm.types.native_function) {
        continue;
      }
      auto* f = static_cast<NativeFunctionObject*>(v.as_object());
      if (!f->self.is_undefined() || f->qualname != f->name) continue;
      f->qualname = vm.intern(std::string(t->name->view()) + "." + std::string(f->name->view()));
    }
  };
  auto qualify_namespace = [&](DictObject* d) {
    for (int64_t i = 0; d && i < d->used; ++i) {
      if (d->entries[i].key.is_undefined()) continue;
      if (Type* t = as_type(vm, d->entries[i].value)) qualify_type(t);
    }
  };
  qualify_type(vm.types.type);
  qualify_type(vm.types.object);
  qualify_namespace(vm.builtins);
  DictObject* modules = vm.modules;
  for (int64_t i = 0; i < modules->used; ++i) {
    Value m = modules->entries[i].value;
    if (modules->entries[i].key.is_undefined() || vm.type_of(m) != vm.types.module) continue;
    qualify_namespace(static_cast<ModuleObject*>(m.as_object())->dict);
  }
}

}  // namespace misc

void install_function_types(VM& vm) {
  Type* function = vm.types.function;
  vm.add_method(function, "__get__", misc::descriptor_get_method);
  function->slots.repr = function_repr;
  function->slots.hash = misc::identity_hash;
  function->slots.compare = misc::identity_compare;
  function->slots.descr_get = function_descr_get;
  function->slots.getattr = function_getattr;
  function->slots.setattr = function_setattr;

  Type* native = vm.types.native_function;
  native->slots.repr = native_repr;
  native->slots.hash = native_hash;
  native->slots.compare = native_compare;
  native->slots.call = native_call;
  native->slots.descr_get = native_descr_get;
  native->slots.getattr = native_getattr;
  native->slots.setattr = readonly_setattr;

  Type* bound = vm.types.bound_method;
  bound->slots.repr = bound_repr;
  bound->slots.hash = bound_hash;
  bound->slots.compare = bound_compare;
  bound->slots.call = bound_call;
  bound->slots.getattr = bound_getattr;
  bound->slots.construct = bound_construct;
  bound->slots.setattr = readonly_setattr;

  Type* cell = vm.types.cell;
  cell->slots.repr = cell_repr;
  cell->slots.compare = misc::identity_compare;
  cell->slots.getattr = cell_getattr;
  cell->slots.setattr = cell_setattr;

  Type* code = vm.types.code;
  if (!code->slots.repr) code->slots.repr = code_repr;
  if (!code->slots.getattr) code->slots.getattr = code_getattr;
  if (!code->slots.hash) code->slots.hash = misc::identity_hash;
  if (!code->slots.compare) code->slots.compare = misc::identity_compare;
}

}  // namespace ember
