// The dispatch loop of typed (Mojo fn) code. Apart from the generic loop so that the
// compiler keeps pc, the registers and the raw constants in machine registers: its
// instructions call out only on their slow paths, and it stores the frame's pc only before
// something that may stop the program, raise or collect (the generic loop stores it at
// every instruction). Semantics are those of opcodes.h, exactly as the generic loop's.
#include <array>
#include <cmath>
#include <initializer_list>

#include "vm/execution_stack.h"
#include "vm/interpreter_internal.h"
#include "vm/typed_list.h"
#include "vm/typed_ops.h"

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

// Register r, or `v` when r is `written`, the register the first half of a fused pair just
// set. A value, not a reference: `v` must not need an address, or it would live in memory.
[[gnu::always_inline]] inline Value forwarded(const Value* R, uint32_t r, uint32_t written,
                                              Value v) {
  if (r == written) return v;
  return R[r];
}

// The frame of a typed callee. Only the slot map's registers need a defined value: the
// collector reads no others, and typed code writes a raw slot before it reads it. A full
// stack takes push_frame's way to its RecursionError.
[[gnu::always_inline]] inline Frame* push_typed_frame(VM& vm, CodeObject* code,
                                                      DictObject* globals) {
  Frame* frame = vm.frame + 1;
  Value* registers = vm.stack_top;
  if (vm.recursion_depth >= vm.recursion_limit || frame >= vm.stack().frames_end() ||
      registers + code->register_count > vm.stack().values_end()) [[unlikely]] {
    return push_frame(vm, code, nullptr, globals);
  }
  for (uint16_t r : code->value_registers) registers[r] = Value::undefined();
  return enter_frame(vm, frame, code, nullptr, globals);
}

}  // namespace

void run_typed_instructions(VM& vm) {
#define EMBER_LABEL_OF(name) OpLabel{Op::name, &&op_##name},
#define EMBER_PAIR_LABEL_OF(X, first, second) EMBER_LABEL_OF(first##_##second)
  static const LabelTable kLabels =
      make_label_table(&&leave, {EMBER_LABEL_OF(Move) EMBER_LABEL_OF(Jump) EMBER_LABEL_OF(Return)
                                     EMBER_TYPED_LOOP_OPS(EMBER_LABEL_OF)
                                         EMBER_FUSED_PAIRS(_, EMBER_PAIR_LABEL_OF)});
#undef EMBER_LABEL_OF
#undef EMBER_PAIR_LABEL_OF

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
  // The operations of the instructions that fused pairs are made of. Each reads its register
  // operands through RD; a value-producing one leaves its result in `v` and its destination
  // register in `written` (kNoWrite for the others); the jumps end by dispatching.
  constexpr uint32_t kNoWrite = 0x10000;  // no 16-bit register
#define RD1(r) R[r]
// In the second half of a pair, the first half's result without the trip through memory.
#define RD2(r) forwarded(R, (r), written, v)
// x and y read with `raw`, the result `expr` made a slot with `make`.
#define DO_BINARY(RD, raw, make, expr) \
  {                                    \
    auto x = raw(RD(pc->b));           \
    auto y = raw(RD(pc->c));           \
    v = make(expr);                    \
    R[pc->a] = v;                      \
    written = pc->a;                   \
  }
#define DO_I64(RD, expr) DO_BINARY(RD, typed::raw_int, typed::from_int, expr)
#define DO_F64(RD, expr) DO_BINARY(RD, typed::raw_float, typed::from_float, expr)
#define DO_AddI64(RD) DO_I64(RD, typed::wrap_add(x, y))
#define DO_SubI64(RD) DO_I64(RD, typed::wrap_sub(x, y))
#define DO_MulI64(RD) DO_I64(RD, typed::wrap_mul(x, y))
#define DO_FloorDivI64(RD)                           \
  {                                                  \
    if (typed::raw_int(RD(pc->c)) == 0) [[unlikely]] \
      ABORT("integer division by zero");             \
    DO_I64(RD, typed::floor_div(x, y))               \
  }
#define DO_AddF64(RD) DO_F64(RD, x + y)
#define DO_SubF64(RD) DO_F64(RD, x - y)
#define DO_MulF64(RD) DO_F64(RD, x* y)
#define DO_DivF64(RD) DO_F64(RD, x / y)
#define DO_I64ToF64(RD)                                                    \
  {                                                                        \
    v = typed::from_float(static_cast<double>(typed::raw_int(RD(pc->b)))); \
    R[pc->a] = v;                                                          \
    written = pc->a;                                                       \
  }
// The element of List RD(list) at RD(index); an index out of range stops the program.
#define LIST_ELEMENT(RD, list_reg, index_reg, element)                                \
  Value* element;                                                                     \
  {                                                                                   \
    auto* list = static_cast<TypedListObject*>(RD(list_reg).as_object());             \
    int64_t index = typed::raw_int(RD(index_reg));                                    \
    int64_t i = index;                                                                \
    /* One unsigned compare for the usual index; negative ones count from the end */  \
    if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(list->size)) [[unlikely]] { \
      if (!typed_list_index(list, index, &i)) {                                       \
        SYNC_PC();                                                                    \
        abort_list_index(frame, index, list->size);                                   \
      }                                                                               \
    }                                                                                 \
    if (pc->x == 1) [[likely]] {                                                      \
      element = list->slots + i;                                                      \
    } else {                                                                          \
      element = list->slots + i * list->width;                                        \
    }                                                                                 \
  }
#define DO_TListGet(RD)                                                    \
  {                                                                        \
    LIST_ELEMENT(RD, pc->b, pc->c, element)                                \
    v = element[0];                                                        \
    for (uint32_t k = 1, n = pc->x; k < n; ++k) R[pc->a + k] = element[k]; \
    R[pc->a] = v;                                                          \
    written = pc->a;                                                       \
  }
#define DO_TListSet(RD)                                                    \
  {                                                                        \
    LIST_ELEMENT(RD, pc->a, pc->b, element)                                \
    element[0] = RD(pc->c);                                                \
    for (uint32_t k = 1, n = pc->x; k < n; ++k) element[k] = R[pc->c + k]; \
    written = kNoWrite;                                                    \
  }
// A loop's back edge was taken: a safepoint, and a step towards the loop getting hot (the
// JIT may replace the instruction at pc, whose operands the caller has read).
#define BACK_EDGE()                                              \
  do {                                                           \
    SAFEPOINT();                                                 \
    if (vm.hot_loops.tick(pc)) [[unlikely]] {                    \
      SYNC_PC();                                                 \
      vm.jit->hot_loop(vm, frame, const_cast<Instruction*>(pc)); \
    }                                                            \
  } while (0)
// A two-word jump instruction (its offset in the AUX word): taken or not.
#define TAKE_JUMP()               \
  {                               \
    int32_t offset = pc[1].sbc(); \
    if (offset < 0) BACK_EDGE();  \
    pc += 2 + offset;             \
    DISPATCH();                   \
  }
#define SKIP_JUMP() \
  {                 \
    pc += 2;        \
    DISPATCH();     \
  }
#define DO_JUMP_CMP(RD, read, cmp)                                          \
  {                                                                         \
    if ((read(RD(pc->a)) cmp read(RD(pc->b))) == (pc->x != 0)) TAKE_JUMP(); \
    SKIP_JUMP();                                                            \
  }
#define DO_JumpLtI64(RD) DO_JUMP_CMP(RD, typed::raw_int, <)
#define DO_JumpLeI64(RD) DO_JUMP_CMP(RD, typed::raw_int, <=)
#define DO_JumpEqI64(RD) DO_JUMP_CMP(RD, typed::raw_int, ==)
#define DO_JumpNeI64(RD) DO_JUMP_CMP(RD, typed::raw_int, !=)
#define DO_JumpGtI64(RD) DO_JUMP_CMP(RD, typed::raw_int, >)
#define DO_JumpGeI64(RD) DO_JUMP_CMP(RD, typed::raw_int, >=)
#define DO_JumpLtF64(RD) DO_JUMP_CMP(RD, typed::raw_float, <)
#define DO_JumpLeF64(RD) DO_JUMP_CMP(RD, typed::raw_float, <=)
#define DO_JumpEqF64(RD) DO_JUMP_CMP(RD, typed::raw_float, ==)
#define DO_JumpNeF64(RD) DO_JUMP_CMP(RD, typed::raw_float, !=)
#define DO_JumpGtF64(RD) DO_JUMP_CMP(RD, typed::raw_float, >)
#define DO_JumpGeF64(RD) DO_JUMP_CMP(RD, typed::raw_float, >=)
#define DO_LoopI64(RD)                                            \
  {                                                               \
    int64_t step = typed::raw_int(RD(pc->a + 2u));                \
    int64_t i = typed::wrap_add(typed::raw_int(RD(pc->a)), step); \
    int64_t bound = typed::raw_int(RD(pc->a + 1u));               \
    R[pc->a] = typed::from_int(i);                                \
    bool ascending = pc->x == 0 || (pc->x == 2 && step > 0);      \
    if (ascending ? i < bound : i > bound) {                      \
      R[pc->b] = typed::from_int(i);                              \
      TAKE_JUMP();                                                \
    }                                                             \
    SKIP_JUMP();                                                  \
  }
// An instruction alone, and a fused pair (the jumps dispatch themselves; NEXT is then
// not reached).
#define EMBER_SINGLE(name)         \
  op_##name : {                    \
    Value v = Value::from_bits(0); \
    uint32_t written = kNoWrite;   \
    DO_##name(RD1);                \
    (void)v;                       \
    (void)written;                 \
    NEXT();                        \
  }
#define EMBER_PAIR(X, first, second) \
  op_##first##_##second : {          \
    Value v = Value::from_bits(0);   \
    uint32_t written = kNoWrite;     \
    DO_##first(RD1);                 \
    ++pc;                            \
    DO_##second(RD2);                \
    NEXT();                          \
  }

  LOAD_FRAME();
  DISPATCH();

  EMBER_SINGLE(AddI64)
  EMBER_SINGLE(SubI64)
  EMBER_SINGLE(MulI64)
  EMBER_SINGLE(FloorDivI64)
  EMBER_SINGLE(AddF64)
  EMBER_SINGLE(SubF64)
  EMBER_SINGLE(MulF64)
  EMBER_SINGLE(DivF64)
  EMBER_SINGLE(I64ToF64)
  EMBER_SINGLE(TListGet)
  EMBER_SINGLE(TListSet)
  EMBER_SINGLE(JumpLtI64)
  EMBER_SINGLE(JumpLeI64)
  EMBER_SINGLE(JumpEqI64)
  EMBER_SINGLE(JumpNeI64)
  EMBER_SINGLE(JumpGtI64)
  EMBER_SINGLE(JumpGeI64)
  EMBER_SINGLE(JumpLtF64)
  EMBER_SINGLE(JumpLeF64)
  EMBER_SINGLE(JumpEqF64)
  EMBER_SINGLE(JumpNeF64)
  EMBER_SINGLE(JumpGtF64)
  EMBER_SINGLE(JumpGeF64)
  EMBER_SINGLE(LoopI64)
  EMBER_FUSED_PAIRS(_, EMBER_PAIR)

  // ---- the others, which no pair contains
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
op_Move:
  R[pc->a] = R[pc->b];
  NEXT();
op_Jump : {
  int32_t offset = pc->sbc();
  if (offset < 0) BACK_EDGE();
  pc += 1 + offset;
  DISPATCH();
}
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
op_F64ToI64 : {
  double d = typed::raw_float(R[pc->b]);
  if (!typed::float_fits_int(d)) [[unlikely]]
    ABORT("Float64 value does not fit an Int");
  R[pc->a] = typed::from_int(static_cast<int64_t>(d));
  NEXT();
}
op_JumpIfRaw:
  if ((R[pc->a].bits() != 0) == (pc->x != 0)) {
    int32_t offset = pc->sbc();
    if (offset < 0) BACK_EDGE();
    pc += 1 + offset;
    DISPATCH();
  }
  NEXT();
op_JitLoop:
  SYNC_PC();
  pc = vm.jit->run_loop(vm, frame, pc);
  // The trace left inside calls it had inlined: the generic loop goes on in their frames.
  if (vm.frame != frame) [[unlikely]]
    return;
  DISPATCH();
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
  SAFEPOINT();
  Frame* callee_frame = push_typed_frame(
      vm, callee, callee->module_globals ? callee->module_globals : frame->globals);
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
op_TListLen:
  R[pc->a] = typed::from_int(static_cast<TypedListObject*>(R[pc->b].as_object())->size);
  NEXT();

leave:
  SYNC_PC();
#undef LOAD_FRAME
#undef DISPATCH
#undef NEXT
#undef SYNC_PC
#undef SAFEPOINT
#undef BACK_EDGE
#undef ABORT
#undef I64
#undef F64
#undef RD1
#undef RD2
#undef DO_I64
#undef DO_F64
#undef DO_BINARY
#undef LIST_ELEMENT
#undef DO_JUMP_CMP
#undef TAKE_JUMP
#undef SKIP_JUMP
#undef EMBER_SINGLE
#undef EMBER_PAIR
}

}  // namespace ember
