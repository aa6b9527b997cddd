// The generator and coroutine types as Python sees them: iteration, send(), throw(), close(),
// __await__ and the gi_*/cr_* attributes. The machinery that suspends and resumes frames is
// in vm/interpreter.cpp.
#include <string>

#include "builtins/generator_support.h"
#include "builtins/install.h"
#include "builtins/misc_support.h"
#include "vm/code_object.h"
#include "vm/exception_object.h"
#include "vm/function_object.h"
#include "vm/generator_object.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

namespace ember {

using misc::obj;

namespace generator_support {

// A finished step hands its return value back in StopIteration (no args for None).
[[noreturn]] void raise_stop_iteration(VM& vm, Value value) {
  Value stop = obj(vm.types.StopIteration);
  vm.raise(value.is_none() ? vm.call(stop, {}) : vm.call(stop, {value}));
}

Value exception_to_throw(VM& vm, CallArgs args) {
  Value type = args[1];
  Value value = args.npos > 2 ? args[2] : Value::none();
  if (type.is_object() && is_instance(vm, type, vm.types.BaseException)) {
    if (!value.is_none()) {
      misc::type_error(vm, "instance exception may not have a separate value");
    }
    return type;
  }
  Type* cls = misc::as_type(vm, type);
  if (!cls || !is_subtype(cls, vm.types.BaseException)) {
    misc::type_error(vm,
                     "exceptions must be classes or instances deriving from BaseException, not " +
                         std::string(type_name(vm, type)));
  }
  if (is_instance(vm, value, cls)) return value;
  if (value.is_none()) return vm.call(type, {});
  if (vm.type_of(value) == vm.types.tuple) {
    auto* t = static_cast<TupleObject*>(value.as_object());
    return vm.call(type, CallArgs{t->items, static_cast<uint32_t>(t->size), nullptr});
  }
  return vm.call(type, {value});
}

Value frame_attribute(VM& vm, Value self, StrObject* name, std::string_view prefix) {
  auto* g = static_cast<GeneratorObject*>(self.as_object());
  std::string_view n = name->view();
  if (n == "__name__") return obj(g->function->name);
  if (n == "__qualname__") return obj(g->function->qualname);
  if (n.substr(0, 3) == prefix) {
    std::string_view a = n.substr(3);
    if (a == "running") return Value::from_bool(g->state == GeneratorState::Running);
    if (a == "suspended") return Value::from_bool(g->state == GeneratorState::Suspended);
    if (a == "code") return obj(g->function->code);
    if (a == (prefix == "gi_" ? "yieldfrom" : "await")) {
      return g->delegate.is_undefined() ? Value::none() : g->delegate;
    }
    if (a == "frame") return Value::none();
  }
  return misc::generic_or_raise(vm, self, name);
}

Value generator_repr(VM& vm, Value self) {
  auto* g = static_cast<GeneratorObject*>(self.as_object());
  return misc::new_str_value(vm, "<" + std::string(type_name(vm, self)) + " object " +
                                     std::string(g->function->qualname->view()) + " at " +
                                     misc::address_text(self) + ">");
}

}  // namespace generator_support

namespace {

using generator_support::exception_to_throw;
using generator_support::frame_attribute;
using generator_support::generator_repr;
using generator_support::raise_stop_iteration;

GeneratorObject* self_generator(VM& vm, CallArgs args, const char* name, uint32_t min_extra,
                                uint32_t max_extra) {
  if (args.npos == 0 || !args[0].is_object() ||
      !is_generator_like(args[0].as_object(), vm.types.generator, vm.types.coroutine)) {
    misc::type_error(vm, std::string("descriptor '") + name +
                             "' for 'generator' objects doesn't apply to this object");
  }
  misc::no_kwargs(vm, args, name);
  uint32_t extra = args.npos - 1;
  if (extra >= min_extra && extra <= max_extra) {
    return static_cast<GeneratorObject*>(args[0].as_object());
  }
  std::string given = std::to_string(extra);
  if (max_extra == 0) {
    misc::type_error(
        vm, std::string("generator.") + name + "() takes no arguments (" + given + " given)");
  }
  if (min_extra == max_extra) {
    misc::type_error(vm, std::string(type_name(vm, args[0])) + "." + name +
                             "() takes exactly one argument (" + given + " given)");
  }
  misc::type_error(vm,
                   std::string(name) + " expected " +
                       (extra < min_extra ? "at least " + std::to_string(min_extra) + " argument"
                                          : "at most " + std::to_string(max_extra) + " arguments") +
                       ", got " + given);
  return static_cast<GeneratorObject*>(args[0].as_object());
}

Value step(VM& vm, GeneratorObject* g, Value sent, Value thrown) {
  Value result;
  if (resume_generator(vm, g, sent, thrown, &result) == GeneratorStep::Yielded) return result;
  raise_stop_iteration(vm, result);
}

bool generator_next(VM& vm, Value self, Value* item) {
  auto* g = static_cast<GeneratorObject*>(self.as_object());
  return resume_generator(vm, g, Value::none(), Value::undefined(), item) == GeneratorStep::Yielded;
}

Value generator_iter(VM&, Value self) {
  return self;
}

Value m_next(VM& vm, CallArgs args) {
  return step(vm, self_generator(vm, args, "__next__", 0, 0), Value::none(), Value::undefined());
}

Value m_iter(VM& vm, CallArgs args) {
  return obj(self_generator(vm, args, "__iter__", 0, 0));
}

Value m_send(VM& vm, CallArgs args) {
  return step(vm, self_generator(vm, args, "send", 1, 1), args[1], Value::undefined());
}

Value m_throw(VM& vm, CallArgs args) {
  GeneratorObject* g = self_generator(vm, args, "throw", 1, 3);
  Value exception = exception_to_throw(vm, args);
  return step(vm, g, Value::none(), exception);
}

Value m_close(VM& vm, CallArgs args) {
  GeneratorObject* g = self_generator(vm, args, "close", 0, 0);
  if (g->state == GeneratorState::Created) g->state = GeneratorState::Finished;
  if (g->state == GeneratorState::Finished) return Value::none();
  Value exit = obj(vm.new_exception(vm.types.GeneratorExit, vm.empty_tuple));
  Value ignored;
  try {
    if (resume_generator(vm, g, Value::none(), exit, &ignored) == GeneratorStep::Returned) {
      return Value::none();
    }
  } catch (const PythonException&) {
    Value e = vm.raised();
    if (!is_instance(vm, e, vm.types.GeneratorExit) &&
        !is_instance(vm, e, vm.types.StopIteration)) {
      throw;
    }
    vm.clear_raised();
    return Value::none();
  }
  vm.raise(vm.types.RuntimeError, "generator ignored GeneratorExit");
}

Value generator_getattr(VM& vm, Value self, StrObject* name) {
  return frame_attribute(vm, self, name, "gi_");
}

// ---- coroutines

Value coroutine_getattr(VM& vm, Value self, StrObject* name) {
  return frame_attribute(vm, self, name, "cr_");
}

void trace_wrapper(Object* self, Marker& m) {
  m.mark(static_cast<CoroutineWrapperObject*>(self)->coroutine);
}

bool wrapper_next(VM& vm, Value self, Value* item) {
  return generator_next(vm, obj(static_cast<CoroutineWrapperObject*>(self.as_object())->coroutine),
                        item);
}

Value m_await(VM& vm, CallArgs args) {
  GeneratorObject* g = self_generator(vm, args, "__await__", 0, 0);
  auto* w = vm.allocate<CoroutineWrapperObject>(vm.types.coroutine_wrapper);
  w->coroutine = g;
  return obj(w);
}

}  // namespace

void install_generator_type(VM& vm) {
  Type* t = vm.types.generator;
  t->slots.iter = generator_iter;
  t->slots.next = generator_next;
  t->slots.getattr = generator_getattr;
  t->slots.repr = generator_repr;
  t->slots.hash = misc::identity_hash;
  t->slots.compare = misc::identity_compare;
  vm.add_method(t, "__next__", m_next);
  vm.add_method(t, "__iter__", m_iter);
  vm.add_method(t, "send", m_send);
  vm.add_method(t, "throw", m_throw);
  vm.add_method(t, "close", m_close);

  Type* c = vm.types.coroutine;
  c->slots.getattr = coroutine_getattr;
  c->slots.repr = generator_repr;
  c->slots.hash = misc::identity_hash;
  c->slots.compare = misc::identity_compare;
  vm.add_method(c, "send", m_send);
  vm.add_method(c, "throw", m_throw);
  vm.add_method(c, "close", m_close);
  vm.add_method(c, "__await__", m_await);

  Type* w = vm.new_type("coroutine_wrapper", vm.types.object, 0);
  w->slots.trace = trace_wrapper;
  w->slots.iter = generator_iter;
  w->slots.next = wrapper_next;
  w->slots.construct = nullptr;
  vm.types.coroutine_wrapper = w;
}

}  // namespace ember
