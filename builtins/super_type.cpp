// super: attribute lookup that starts after a given class in an object's MRO. The
// zero-argument form reads the calling method's first argument and its __class__ cell.
#include <string>

#include "builtins/classes_internal.h"
#include "builtins/misc_support.h"
#include "vm/code_object.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/vm.h"

namespace ember::classes {

using misc::obj;

namespace {

struct SuperObject : Object {
  Type* start;     // lookups begin after this class
  Value instance;  // the object (or class) methods bind to
  Type* owner;     // whose MRO is searched: type(instance), or instance itself for classes
};

SuperObject* as_super(Value v) {
  return static_cast<SuperObject*>(v.as_object());
}

void trace_super(Object* self, Marker& m) {
  auto* s = static_cast<SuperObject*>(self);
  m.mark(s->start);
  mark_value(m, s->instance);
  m.mark(s->owner);
}

Value cell_contents(VM& vm, Value v) {
  if (v.is_object() && v.as_object()->type == vm.types.cell) {
    return static_cast<CellObject*>(v.as_object())->contents;
  }
  return v;
}

// super() inside a method: __class__ from the frame's cell, the first argument as instance.
void implicit_arguments(VM& vm, Value* start, Value* instance) {
  Frame* frame = vm.frame;
  if (!frame || !frame->function) vm.raise(vm.types.RuntimeError, "super(): no arguments");
  CodeObject* code = frame->code;
  if (code->arg_count == 0 && !(code->flags & kCodeVarArgs)) {
    vm.raise(vm.types.RuntimeError, "super(): no arguments");
  }
  *instance = cell_contents(vm, frame->registers[0]);
  if (instance->is_undefined()) vm.raise(vm.types.RuntimeError, "super(): arg[0] deleted");
  for (uint16_t reg : code->free_registers) {
    if (code->local_names[reg]->view() != "__class__") continue;
    *start = cell_contents(vm, frame->registers[reg]);
    if (start->is_undefined()) vm.raise(vm.types.RuntimeError, "super(): empty __class__ cell");
    if (!misc::as_type(vm, *start)) {
      vm.raise(vm.types.RuntimeError,
               "super(): __class__ is not a type (" + std::string(type_name(vm, *start)) + ")");
    }
    return;
  }
  vm.raise(vm.types.RuntimeError, "super(): __class__ cell not found");
}

Value super_construct(VM& vm, Type* type, CallArgs args) {
  misc::no_kwargs(vm, args, "super");
  if (args.npos > 2) {
    misc::type_error(vm,
                     "super() takes at most 2 arguments (" + std::to_string(args.npos) + " given)");
  }
  Value start = Value::undefined();
  Value instance = Value::undefined();
  if (args.npos == 0) {
    implicit_arguments(vm, &start, &instance);
  } else {
    start = args[0];
    if (!misc::as_type(vm, start)) {
      misc::type_error(
          vm, "super() argument 1 must be a type, not " + std::string(type_name(vm, start)));
    }
    if (args.npos == 2) instance = args[1];
  }
  Type* start_type = misc::as_type(vm, start);
  Type* owner = nullptr;
  if (!instance.is_undefined()) {
    Type* as_class = misc::as_type(vm, instance);
    if (as_class && is_subtype(as_class, start_type)) {
      owner = as_class;
    } else if (is_subtype(vm.type_of(instance), start_type)) {
      owner = vm.type_of(instance);
    } else {
      misc::type_error(vm, "super(type, obj): obj must be an instance or subtype of type");
    }
  }
  auto* s = vm.allocate<SuperObject>(type);
  s->start = start_type;
  s->instance = instance;
  s->owner = owner;
  return obj(s);
}

Value super_getattr(VM& vm, Value self, StrObject* name) {
  SuperObject* s = as_super(self);
  if (s->owner && name->view() != "__class__") {
    TupleObject* mro = s->owner->mro;
    int64_t i = 0;
    while (i < mro->size && mro->items[i].as_object() != s->start) ++i;
    for (++i; i < mro->size; ++i) {
      auto* t = static_cast<Type*>(mro->items[i].as_object());
      Value found = dict_get_str(vm, t->dict, name);
      if (found.is_undefined()) continue;
      auto get = vm.type_of(found)->slots.descr_get;
      if (!get) return found;
      // Bound to the instance; for super(C, cls) the class methods stay unbound.
      Value bind_to = s->instance.is(obj(s->owner)) ? Value::undefined() : s->instance;
      return get(vm, found, bind_to, obj(s->owner));
    }
  }
  std::string_view n = name->view();
  if (n == "__thisclass__") return obj(s->start);
  if (n == "__self__") return s->instance.is_undefined() ? Value::none() : s->instance;
  if (n == "__self_class__") return s->owner ? obj(s->owner) : Value::none();
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) {
    vm.raise(vm.types.AttributeError,
             "'super' object has no attribute '" + std::string(name->view()) + "'");
  }
  return v;
}

Value super_repr(VM& vm, Value self) {
  SuperObject* s = as_super(self);
  std::string text = "<super: <class '" + std::string(s->start->name->view()) + "'>, ";
  if (s->owner) {
    text += "<" + std::string(s->owner->name->view()) + " object>>";
  } else {
    text += "NULL>";
  }
  return misc::new_str_value(vm, text);
}

}  // namespace

void install_super(VM& vm) {
  Type* t = vm.new_type("super", vm.types.object);
  t->slots.trace = trace_super;
  t->slots.construct = super_construct;
  t->slots.getattr = super_getattr;
  t->slots.repr = super_repr;
  vm.add_builtin("super", obj(t));
  vm.types.super = t;
}

}  // namespace ember::classes
