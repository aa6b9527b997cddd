// Asynchronous generators (`async def` with `yield`) as Python sees them: __anext__(),
// asend(), athrow() and aclose() each return an awaitable that runs the generator's frame
// until its next `yield` (the await's result), passing the values of inner awaits through to
// whoever drives it (the event loop). The frame machinery is the generators' (vm/interpreter).
#include <string>

#include "builtins/generator_support.h"
#include "builtins/install.h"
#include "builtins/misc_support.h"
#include "vm/exception_object.h"
#include "vm/function_object.h"
#include "vm/generator_object.h"
#include "vm/interpreter.h"
#include "vm/vm.h"

namespace ember {

namespace {

using generator_support::raise_stop_iteration;
using misc::obj;

enum class StepKind : uint8_t { Send, Throw, Close };
enum class StepState : uint8_t { Initial, Iterating, Done };

// The awaitable of one asend()/athrow()/aclose() (CPython's async_generator_asend and
// async_generator_athrow).
struct AsyncGenStepObject : Object {
  GeneratorObject* generator;
  Value argument;  // Send: the value to send first; Throw: the exception to throw first
  StepKind kind;
  StepState state;
};

Type* step_type(VM& vm, StepKind kind) {
  return kind == StepKind::Send ? vm.types.async_generator_asend : vm.types.async_generator_athrow;
}

void trace_step(Object* self, Marker& m) {
  auto* s = static_cast<AsyncGenStepObject*>(self);
  m.mark(s->generator);
  mark_value(m, s->argument);
}

GeneratorObject* self_async_generator(VM& vm, CallArgs args, const char* name) {
  if (args.npos == 0 || vm.type_of(args[0]) != vm.types.async_generator) {
    misc::type_error(vm, std::string("descriptor '") + name +
                             "' for 'async_generator' objects doesn't apply to this object");
  }
  misc::no_kwargs(vm, args, name);
  return static_cast<GeneratorObject*>(args[0].as_object());
}

Value new_step(VM& vm, GeneratorObject* g, StepKind kind, Value argument) {
  Rooted keep(vm, argument);
  auto* s = vm.allocate<AsyncGenStepObject>(step_type(vm, kind));
  s->generator = g;
  s->argument = argument;
  s->kind = kind;
  s->state = StepState::Initial;
  return obj(s);
}

// Runs the generator one step for the awaitable `s` and interprets the outcome: a `yield`
// completes the await (StopIteration carrying the value), an inner await's value goes out to
// the driver, the end of the generator is StopAsyncIteration (None for aclose()).
Value run_step(VM& vm, AsyncGenStepObject* s, Value sent, Value thrown) {
  if (s->state == StepState::Done) {
    vm.raise(vm.types.RuntimeError, s->kind == StepKind::Send
                                        ? "cannot reuse already awaited __anext__()/asend()"
                                        : "cannot reuse already awaited aclose()/athrow()");
  }
  GeneratorObject* g = s->generator;
  if (s->state == StepState::Initial) {
    s->state = StepState::Iterating;
    if (s->kind == StepKind::Send && sent.is_none()) sent = s->argument;
    if (s->kind != StepKind::Send && thrown.is_undefined()) {
      thrown = s->argument;
      if (g->state == GeneratorState::Finished) {
        // Nothing runs: athrow() and aclose() of a finished generator give None (3.11).
        s->state = StepState::Done;
        raise_stop_iteration(vm, Value::none());
      }
    }
  }
  Rooted keep(vm, obj(s));
  Value result;
  GeneratorStep outcome;
  try {
    outcome = resume_generator(vm, g, sent, thrown, &result);
  } catch (const PythonException&) {
    s->state = StepState::Done;
    Value e = vm.raised();
    if (s->kind == StepKind::Close && (is_instance(vm, e, vm.types.GeneratorExit) ||
                                       is_instance(vm, e, vm.types.StopAsyncIteration))) {
      vm.clear_raised();
      raise_stop_iteration(vm, Value::none());
    }
    throw;
  }
  if (outcome == GeneratorStep::Returned) {
    s->state = StepState::Done;
    if (s->kind == StepKind::Close) raise_stop_iteration(vm, Value::none());
    vm.raise(Value::from_object(vm.new_exception(vm.types.StopAsyncIteration, vm.empty_tuple)));
  }
  if (!g->yielded_value) return result;  // an inner await: out to the driver
  s->state = StepState::Done;
  if (s->kind == StepKind::Close) {
    vm.raise(vm.types.RuntimeError, "async generator ignored GeneratorExit");
  }
  raise_stop_iteration(vm, result);
}

AsyncGenStepObject* self_step(VM& vm, CallArgs args, const char* name) {
  if (args.npos == 0 || !args[0].is_object() ||
      (vm.type_of(args[0]) != step_type(vm, StepKind::Send) &&
       vm.type_of(args[0]) != step_type(vm, StepKind::Throw))) {
    misc::type_error(vm, std::string("descriptor '") + name + "' doesn't apply to this object");
  }
  misc::no_kwargs(vm, args, name);
  return static_cast<AsyncGenStepObject*>(args[0].as_object());
}

// The end of the await raises StopIteration carrying its value (`yield from` reads it there).
bool step_next(VM& vm, Value self, Value* item) {
  *item = run_step(vm, static_cast<AsyncGenStepObject*>(self.as_object()), Value::none(),
                   Value::undefined());
  return true;
}

Value m_step_send(VM& vm, CallArgs args) {
  AsyncGenStepObject* s = self_step(vm, args, "send");
  if (args.npos != 2) misc::type_error(vm, "send() takes exactly one argument");
  return run_step(vm, s, args[1], Value::undefined());
}

Value m_step_next(VM& vm, CallArgs args) {
  return run_step(vm, self_step(vm, args, "__next__"), Value::none(), Value::undefined());
}

Value m_step_throw(VM& vm, CallArgs args) {
  AsyncGenStepObject* s = self_step(vm, args, "throw");
  if (args.npos < 2 || args.npos > 4) misc::type_error(vm, "throw expected 1 to 3 arguments");
  Value exception = generator_support::exception_to_throw(vm, args);
  return run_step(vm, s, Value::none(), exception);
}

Value m_step_close(VM& vm, CallArgs args) {
  self_step(vm, args, "close")->state = StepState::Done;
  return Value::none();
}

Value m_step_self(VM& vm, CallArgs args) {
  return obj(self_step(vm, args, "__await__"));
}

// ---- the async_generator type

Value m_aiter(VM& vm, CallArgs args) {
  return obj(self_async_generator(vm, args, "__aiter__"));
}

Value m_anext(VM& vm, CallArgs args) {
  GeneratorObject* g = self_async_generator(vm, args, "__anext__");
  return new_step(vm, g, StepKind::Send, Value::none());
}

Value m_asend(VM& vm, CallArgs args) {
  GeneratorObject* g = self_async_generator(vm, args, "asend");
  if (args.npos != 2) misc::type_error(vm, "asend() takes exactly one argument");
  return new_step(vm, g, StepKind::Send, args[1]);
}

Value m_athrow(VM& vm, CallArgs args) {
  GeneratorObject* g = self_async_generator(vm, args, "athrow");
  if (args.npos < 2 || args.npos > 4) misc::type_error(vm, "athrow expected 1 to 3 arguments");
  return new_step(vm, g, StepKind::Throw, generator_support::exception_to_throw(vm, args));
}

Value m_aclose(VM& vm, CallArgs args) {
  GeneratorObject* g = self_async_generator(vm, args, "aclose");
  Value exit = obj(vm.new_exception(vm.types.GeneratorExit, vm.empty_tuple));
  return new_step(vm, g, StepKind::Close, exit);
}

Type* new_step_type(VM& vm, const char* name) {
  Type* t = vm.new_type(name, vm.types.object, 0);
  t->slots.trace = trace_step;
  t->slots.construct = nullptr;
  t->slots.iter = [](VM&, Value self) { return self; };
  t->slots.next = step_next;
  t->slots.hash = misc::identity_hash;
  t->slots.compare = misc::identity_compare;
  vm.add_method(t, "__await__", m_step_self);
  vm.add_method(t, "__iter__", m_step_self);
  vm.add_method(t, "__next__", m_step_next);
  vm.add_method(t, "send", m_step_send);
  vm.add_method(t, "throw", m_step_throw);
  vm.add_method(t, "close", m_step_close);
  return t;
}

}  // namespace

void install_async_generator_type(VM& vm) {
  Type* t = vm.types.async_generator;
  t->slots.getattr = [](VM& vm, Value self, StrObject* name) {
    return generator_support::frame_attribute(vm, self, name, "ag_");
  };
  t->slots.repr = generator_support::generator_repr;
  t->slots.hash = misc::identity_hash;
  t->slots.compare = misc::identity_compare;
  vm.add_method(t, "__aiter__", m_aiter);
  vm.add_method(t, "__anext__", m_anext);
  vm.add_method(t, "asend", m_asend);
  vm.add_method(t, "athrow", m_athrow);
  vm.add_method(t, "aclose", m_aclose);
  vm.types.async_generator_asend = new_step_type(vm, "async_generator_asend");
  vm.types.async_generator_athrow = new_step_type(vm, "async_generator_athrow");
}

}  // namespace ember
