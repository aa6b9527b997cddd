// What the generic dispatch loop (interpreter.cpp) and the loop of typed code
// (typed_interpreter.cpp) share: frame records and the stops of typed code.
#pragma once
#include <cstdint>

#include "vm/frame.h"
#include "vm/vm.h"

namespace ember {

// Makes `frame`, the next frame record, the running frame of `code`, its registers the
// next code->register_count values of the stack (as they are).
inline Frame* enter_frame(VM& vm, Frame* frame, CodeObject* code, FunctionObject* function,
                          DictObject* globals) {
  Value* registers = vm.stack_top;
  frame->code = code;
  frame->function = function;
  frame->globals = globals;
  frame->registers = registers;
  frame->locals = Value::undefined();
  frame->generator = nullptr;
  frame->pc = code->code.data();
  frame->previous = vm.frame;
  frame->result_register = 0;
  frame->entry = false;
  vm.stack_top = registers + code->register_count;
  vm.frame = frame;
  ++vm.recursion_depth;
  return frame;
}

// A new frame for `code` on the VM's stack, its registers undefined, its pc at the start;
// RecursionError when the stack is full.
Frame* push_frame(VM& vm, CodeObject* code, FunctionObject* function, DictObject* globals);

inline void pop_frame(VM& vm) {
  Frame* frame = vm.frame;
  if (!frame->generator) vm.stack_top = frame->registers;
  vm.frame = frame->previous;
  --vm.recursion_depth;
}

// Stops the program from typed code at frame->pc (see program_abort.h).
[[noreturn]] void abort_program(Frame* frame, const char* what);
[[noreturn]] void abort_list_index(Frame* frame, int64_t index, int64_t size);

// The typed-code opcodes that run_typed_instructions runs (it also runs Move, Jump and
// Return while it is at it); the generic loop hands these over to it.
#define EMBER_TYPED_LOOP_OPS(X)                                                                    \
  X(LoadRaw)                                                                                       \
  X(AddI64)                                                                                        \
  X(SubI64)                                                                                        \
  X(MulI64)                                                                                        \
  X(FloorDivI64) X(ModI64) X(AndI64) X(OrI64) X(XorI64) X(ShlI64) X(ShrI64) X(NegI64) X(InvertI64) \
      X(CompareI64) X(AddF64) X(SubF64) X(MulF64) X(DivF64) X(PowF64) X(NegF64) X(CompareF64)      \
          X(NotRaw) X(I64ToF64) X(F64ToI64) X(JumpIfRaw) X(LoopI64) X(JitLoop) X(RangeStepCheck)              \
              X(OptionalCheck) X(CallTyped) X(ReturnMulti) X(TListAppend) X(TListGet) X(TListSet)  \
                  X(TListLen) X(JumpLtI64) X(JumpLeI64) X(JumpEqI64) X(JumpNeI64) X(JumpGtI64)     \
                      X(JumpGeI64) X(JumpLtF64) X(JumpLeF64) X(JumpEqF64) X(JumpNeF64)             \
                          X(JumpGtF64) X(JumpGeF64)

// With the fused pairs of opcodes.h: every opcode the generic loop hands over.
#define EMBER_FUSED_PAIR_NAME(X, first, second) X(first##_##second)
#define EMBER_TYPED_HANDED_OVER(X) \
  EMBER_TYPED_LOOP_OPS(X) EMBER_FUSED_PAIRS(X, EMBER_FUSED_PAIR_NAME)

// Runs instructions of vm.frame from its pc as long as they are typed-code instructions
// (arithmetic and jumps on raw slots, List access, calls and returns between typed frames);
// returns with vm.frame->pc at the first one it leaves to the generic loop.
void run_typed_instructions(VM& vm);

}  // namespace ember
