// Generators and coroutines (`async def`): a function's frame kept alive between
// resumptions. A coroutine is a GeneratorObject of type `coroutine`, an asynchronous
// generator (`async def` with `yield`) one of type `async_generator`.
//
// The frame's registers live in a buffer owned by the generator; resuming pushes a frame
// whose registers point at that buffer (nothing is copied), and yielding pops it again.
// A `for` loop over a generator resumes it inside the loop's own dispatch loop (its frame
// is then not an entry frame; yield and return go straight back to the loop). Other
// resumptions (next(), send(), native consumers) run the interpreter re-entrantly.
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace ember {

struct FunctionObject;

enum class GeneratorState : uint8_t { Created, Suspended, Running, Finished };

struct GeneratorObject : Object {
  FunctionObject* function;
  Value* registers;  // the frame's registers, `register_count` values
  uint32_t register_count;
  uint32_t pc;               // the instruction it is suspended at (throw() raises there)
  uint32_t resume_pc;        // where execution continues when resumed normally
  uint16_t resume_register;  // receives the value sent in; kNoRegister for none
  GeneratorState state;
  // While suspended inside `yield from`: the sub-iterator (throw() and close() go to it
  // first); undefined otherwise.
  Value delegate;
  // The exception its own except block was handling when it last suspended (undefined when
  // none): sys.exc_info() inside the generator sees it again on resumption, the caller never.
  Value handled;
  // While resumed by a for loop in the caller's dispatch loop: the caller's handled exception,
  // restored when the generator yields, returns or raises. Undefined otherwise.
  Value caller_handled;
  // Async generators: the last suspension was a `yield` (a value for __anext__'s awaiter), not
  // an `await` passing a value through to the event loop.
  bool yielded_value;
};

// coro.__await__(): an iterator over the coroutine's steps (CPython's coroutine_wrapper).
struct CoroutineWrapperObject : Object {
  GeneratorObject* coroutine;
};

inline bool is_generator_like(const Object* o, const Type* generator, const Type* coroutine) {
  return o->type == generator || o->type == coroutine;
}

}  // namespace ember
