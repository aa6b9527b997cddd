// The dispatch loop of typed (Mojo fn) code. Apart from the generic loop so that the
// compiler keeps pc, the registers and the raw constants in machine registers: its
// instructions call out only on their slow paths, and it stores the frame's pc only before
// something that may stop the program, raise or collect (the generic loop stores it at
// every instruction). Semantics are those of opcodes.h, exactly as the generic loop's.
#include <array>
#include <cmath>
#include <initializer_list>

#include "vm/interpreter_internal.h"

namespace ember {

namespace {

#define EMBER_COUNT_OP(name) +1
constexpr int kOpcodeCount = 0 EMBER_OPCODES(EMBER_COUNT_OP);
#undef EMBER_COUNT_OP

struct OpLabel {
  Op op;
  const void* label;
};
using LabelTable = std::array<const void*, kOpcodeCount>;

// The jump table: `handled` for the loop's opcodes, `other` for the rest.
LabelTable make_label_table(const void* other, std::initializer_list<OpLabel> handled) {
  LabelTable table;
  table.fill(other);
  for (const OpLabel& h : handled) table[static_cast<int>(h.op)] = h.label;
  return table;
}

// The check of a call, as at a loop's back edge; out of line to keep the loop small.
[[gnu::noinline]] void safepoint(VM& vm) {
  if (vm.heap().collection_due()) vm.collect_garbage();
  if (vm.interrupts.tick()) vm.poll_interrupts();
}

}  // namespace

void run_typed_instructions(VM& vm) {
#define EMBER_LABEL_OF(name) OpLabel{Op::name, &&op_##name},
  static const LabelTable kLabels =
      make_label_table(&&leave, {EMBER_LABEL_OF(Move) EMBER_LABEL_OF(Jump) EMBER_LABEL_OF(Return)
                                     EMBER_TYPED_LOOP_OPS(EMBER_LABEL_OF)});
#undef EMBER_LABEL_OF

  Frame* frame;
  Value* R;
  const Instruction* pc;
  const uint64_t* K;  // the raw constants

#define LOAD_FRAME()                       \
  do {                                     \
    frame = vm.frame;                      \
    R = frame->registers;                  \
    pc = frame->pc;                        \
    K = frame->code->raw_constants.data(); \
  } while (0)
#define DISPATCH() goto* kLabels[static_cast<int>(pc->op)]
#define NEXT()  \
  do {          \
    ++pc;       \
    DISPATCH(); \
  } while (0)
// Before anything that may stop the program, raise or collect: the frame's pc says where.
#define SYNC_PC() (frame->pc = pc)
#define SAFEPOINT()                                \
  do {                                             \
    if (vm.heap().collection_due()) [[unlikely]] { \
      SYNC_PC();                                   \
      vm.collect_garbage();                        \
    }                                              \
    if (vm.interrupts.tick()) [[unlikely]] {       \
      SYNC_PC();                                   \
      vm.poll_interrupts();                        \
    }                                              \
  } while (0)
#define ABORT(what)               \
  do {                            \
    SYNC_PC();                    \
    abort_program(frame, (what)); \
  } while (0)
#define I64(expr)                         \
  do {                                    \
    int64_t x = typed::raw_int(R[pc->b]); \
    int64_t y = typed::raw_int(R[pc->c]); \
    R[pc->a] = typed::from_int(expr);     \
    NEXT();                               \
  } while (0)
#define F64(expr)                          \
  do {                                     \
    double x = typed::raw_float(R[pc->b]); \
    double y = typed::raw_float(R[pc->c]); \
    R[pc->a] = typed::from_float(expr);    \
    NEXT();                                \
  } while (0)

  LOAD_FRAME();
  DISPATCH();

op_Move:
  R[pc->a] = R[pc->b];
  NEXT();
op_Jump:
  if (pc->sbc() < 0) SAFEPOINT();
  pc += 1 + pc->sbc();
  DISPATCH();
op_Return : {
  if (frame->entry || frame->generator) goto leave;
  Value result = R[pc->a];
  uint16_t target = frame->result_register;
  pop_frame(vm);
  LOAD_FRAME();
  R[target] = result;
  NEXT();
}
op_LoadRaw:
  R[pc->a] = Value::from_bits(K[pc->bc()]);
  NEXT();
op_AddI64:
  I64(typed::wrap_add(x, y));
op_SubI64:
  I64(typed::wrap_sub(x, y));
op_MulI64:
  I64(typed::wrap_mul(x, y));
op_FloorDivI64:
  if (typed::raw_int(R[pc->c]) == 0) [[unlikely]]
    ABORT("integer division by zero");
  I64(typed::floor_div(x, y));
op_ModI64:
  if (typed::raw_int(R[pc->c]) == 0) [[unlikely]]
    ABORT("integer modulo by zero");
  I64(typed::floor_mod(x, y));
op_AndI64:
  I64(x & y);
op_OrI64:
  I64(x | y);
op_XorI64:
  I64(x ^ y);
op_ShlI64:
  if (typed::raw_int(R[pc->c]) < 0) [[unlikely]]
    ABORT("negative shift count");
  I64(typed::shift_left(x, y));
op_ShrI64:
  if (typed::raw_int(R[pc->c]) < 0) [[unlikely]]
    ABORT("negative shift count");
  I64(typed::shift_right(x, y));
op_NegI64:
  R[pc->a] = typed::from_int(typed::wrap_sub(0, typed::raw_int(R[pc->b])));
  NEXT();
op_InvertI64:
  R[pc->a] = typed::from_int(~typed::raw_int(R[pc->b]));
  NEXT();
op_CompareI64:
  R[pc->a] = typed::from_int(typed::compare(static_cast<CompareOp>(pc->x), typed::raw_int(R[pc->b]),
                                            typed::raw_int(R[pc->c])));
  NEXT();
op_AddF64:
  F64(x + y);
op_SubF64:
  F64(x - y);
op_MulF64:
  F64(x * y);
op_DivF64:
  F64(x / y);
op_PowF64:
  F64(std::pow(x, y));
op_NegF64:
  R[pc->a] = typed::from_float(-typed::raw_float(R[pc->b]));
  NEXT();
op_CompareF64:
  R[pc->a] = typed::from_int(typed::compare(
      static_cast<CompareOp>(pc->x), typed::raw_float(R[pc->b]), typed::raw_float(R[pc->c])));
  NEXT();
op_NotRaw:
  R[pc->a] = Value::from_bits(R[pc->b].bits() ^ 1);
  NEXT();
op_I64ToF64:
  R[pc->a] = typed::from_float(static_cast<double>(typed::raw_int(R[pc->b])));
  NEXT();
op_F64ToI64 : {
  double d = typed::raw_float(R[pc->b]);
  if (!typed::float_fits_int(d)) [[unlikely]]
    ABORT("Float64 value does not fit an Int");
  R[pc->a] = typed::from_int(static_cast<int64_t>(d));
  NEXT();
}
op_JumpIfRaw:
  if ((R[pc->a].bits() != 0) == (pc->x != 0)) {
    if (pc->sbc() < 0) SAFEPOINT();
    pc += 1 + pc->sbc();
    DISPATCH();
  }
  NEXT();
op_LoopI64 : {
  int64_t step = typed::raw_int(R[pc->a + 2]);
  int64_t i = typed::wrap_add(typed::raw_int(R[pc->a]), step);
  int64_t bound = typed::raw_int(R[pc->a + 1]);
  R[pc->a] = typed::from_int(i);
  bool ascending = pc->x == 0 || (pc->x == 2 && step > 0);
  if (ascending ? i < bound : i > bound) {
    R[pc->b] = typed::from_int(i);
    int32_t offset = pc[1].sbc();
    if (offset < 0) SAFEPOINT();
    pc += 2 + offset;
    DISPATCH();
  }
  pc += 2;
  DISPATCH();
}
op_RangeStepCheck:
  if (R[pc->a].bits() == 0) [[unlikely]]
    ABORT("range() step must not be zero");
  NEXT();
op_OptionalCheck:
  if (R[pc->a].bits() == 0) [[unlikely]]
    ABORT("Optional.value() on an empty Optional");
  NEXT();
op_CallTyped : {
  auto* callee = static_cast<CodeObject*>(frame->code->constants[pc->c].as_object());
  SYNC_PC();
  safepoint(vm);
  Frame* callee_frame = push_frame(
      vm, callee, nullptr, callee->module_globals ? callee->module_globals : frame->globals);
  for (uint32_t i = 0; i < pc->x; ++i) callee_frame->registers[i] = R[pc->a + i];
  callee_frame->result_register = pc->b;
  LOAD_FRAME();
  DISPATCH();
}
op_ReturnMulti : {
  // Typed callers only (structs never cross into Python code), so never an entry frame.
  Value* caller_registers = frame->previous->registers + frame->result_register;
  for (uint32_t i = 0; i < pc->x; ++i) caller_registers[i] = R[pc->a + i];
  pop_frame(vm);
  LOAD_FRAME();
  NEXT();
}
op_TListAppend:
  SYNC_PC();
  typed_list_append(vm, static_cast<TypedListObject*>(R[pc->a].as_object()), &R[pc->b]);
  NEXT();
op_TListGet : {
  SYNC_PC();
  const Value* element = typed_list_element(frame, R[pc->b], R[pc->c]);
  if (pc->x == 1) {
    R[pc->a] = *element;
    NEXT();
  }
  for (uint32_t i = 0, n = pc->x; i < n; ++i) R[pc->a + i] = element[i];
  NEXT();
}
op_TListSet : {
  SYNC_PC();
  Value* element = typed_list_element(frame, R[pc->a], R[pc->b]);
  if (pc->x == 1) {
    *element = R[pc->c];
    NEXT();
  }
  for (uint32_t i = 0, n = pc->x; i < n; ++i) element[i] = R[pc->c + i];
  NEXT();
}
op_TListLen:
  R[pc->a] = typed::from_int(static_cast<TypedListObject*>(R[pc->b].as_object())->size);
  NEXT();
#define EMBER_JUMP_CMP(name, read, cmp)                        \
  op_##name : {                                                \
    if ((read(R[pc->a]) cmp read(R[pc->b])) == (pc->x != 0)) { \
      int32_t offset = pc[1].sbc();                            \
      if (offset < 0) SAFEPOINT();                             \
      pc += 2 + offset;                                        \
      DISPATCH();                                              \
    }                                                          \
    pc += 2;                                                   \
    DISPATCH();                                                \
  }
  EMBER_JUMP_CMP(JumpLtI64, typed::raw_int, <)
  EMBER_JUMP_CMP(JumpLeI64, typed::raw_int, <=)
  EMBER_JUMP_CMP(JumpEqI64, typed::raw_int, ==)
  EMBER_JUMP_CMP(JumpNeI64, typed::raw_int, !=)
  EMBER_JUMP_CMP(JumpGtI64, typed::raw_int, >)
  EMBER_JUMP_CMP(JumpGeI64, typed::raw_int, >=)
  EMBER_JUMP_CMP(JumpLtF64, typed::raw_float, <)
  EMBER_JUMP_CMP(JumpLeF64, typed::raw_float, <=)
  EMBER_JUMP_CMP(JumpEqF64, typed::raw_float, ==)
  EMBER_JUMP_CMP(JumpNeF64, typed::raw_float, !=)
  EMBER_JUMP_CMP(JumpGtF64, typed::raw_float, >)
  EMBER_JUMP_CMP(JumpGeF64, typed::raw_float, >=)
#undef EMBER_JUMP_CMP

leave:
  SYNC_PC();
#undef LOAD_FRAME
#undef DISPATCH
#undef NEXT
#undef SYNC_PC
#undef SAFEPOINT
#undef ABORT
#undef I64
#undef F64
}

}  // namespace ember
