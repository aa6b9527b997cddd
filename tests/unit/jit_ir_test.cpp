// The trace IR and its passes on hand-built IR, compared against expected dumps.
#include <gtest/gtest.h>

#include "jit/ir.h"

namespace ember::jit {
namespace {

IrRef sload(IrBuffer& ir, uint16_t slot, IrType type = IrType::Int) {
  return ir.emit_raw(IrOp::SLoad, type, slot);
}

TEST(JitIr, ConstantsLiveBelowTheBiasAndAreShared) {
  IrBuffer ir;
  IrRef a = ir.int_const(7);
  IrRef b = ir.float_const(7.0);
  EXPECT_TRUE(IrBuffer::is_const(a));
  EXPECT_LT(a, kConstBias);
  EXPECT_NE(a, b);  // same number, other type
  EXPECT_EQ(ir.int_const(7), a);
  EXPECT_EQ(ir.int_value(a), 7);
  EXPECT_EQ(ir.float_value(b), 7.0);
  EXPECT_FALSE(IrBuffer::is_const(kNoRef));
  EXPECT_EQ(ir.size(), 0u);
}

TEST(JitIr, DumpShowsTypesOperandsSnapshotsAndTheLoop) {
  IrBuffer ir;
  IrRef i = sload(ir, 3);
  IrRef next = ir.emit(IrOp::Add, i, ir.int_const(1));
  IrRef cond = ir.emit(IrOp::Lt, next, sload(ir, 4));
  IrRef guard = ir.emit(IrOp::GuardTrue, cond);
  ir.add_snapshot(guard, 17);
  ir.add_snap_entry(3, next);
  ir.phis.push_back(Phi{3, i, next});
  EXPECT_EQ(ir.dump(),
            "0000   int SLoad      #3\n"
            "0001   int Add        0000 +1\n"
            "0002   int SLoad      #4\n"
            "0003   int Lt         0001 0002\n"
            "0004 >     GuardTrue  0003\n"
            "     snap pc 17 [ #3=0001 ]\n"
            "---- loop\n"
            "     phi #3 0000 <- 0001\n");
}

TEST(JitFold, IntegerConstantsFoldAsTypedCodeComputes) {
  IrBuffer ir;
  IrRef max = ir.int_const(INT64_MAX);
  EXPECT_EQ(ir.int_value(ir.emit(IrOp::Add, max, ir.int_const(1))), INT64_MIN);  // wraps
  EXPECT_EQ(ir.int_value(ir.emit(IrOp::FloorDiv, ir.int_const(-7), ir.int_const(2))), -4);
  EXPECT_EQ(ir.int_value(ir.emit(IrOp::Mod, ir.int_const(-7), ir.int_const(2))), 1);
  EXPECT_EQ(ir.int_value(ir.emit(IrOp::ULt, ir.int_const(-1), ir.int_const(5))), 0);
  EXPECT_EQ(ir.int_value(ir.emit(IrOp::Shl, ir.int_const(3), ir.int_const(2))), 12);
  EXPECT_EQ(ir.size(), 0u);  // nothing emitted
}

TEST(JitFold, DivisionByZeroAndWideShiftsAreLeftToRunTime) {
  IrBuffer ir;
  IrRef div = ir.emit(IrOp::FloorDiv, ir.int_const(1), ir.int_const(0));
  EXPECT_FALSE(IrBuffer::is_const(div));
  IrRef shift = ir.emit(IrOp::Shl, ir.int_const(1), ir.int_const(64));
  EXPECT_FALSE(IrBuffer::is_const(shift));
}

TEST(JitFold, FloatConstantsFoldAndComparisonsBecomeInts) {
  IrBuffer ir;
  IrRef sum = ir.emit(IrOp::AddF, ir.float_const(0.1), ir.float_const(0.2));
  EXPECT_EQ(ir.float_value(sum), 0.1 + 0.2);
  IrRef nan = ir.emit(IrOp::DivF, ir.float_const(0.0), ir.float_const(0.0));
  EXPECT_EQ(ir.int_value(ir.emit(IrOp::NeF, nan, nan)), 1);
  EXPECT_EQ(ir.int_value(ir.emit(IrOp::LtF, nan, ir.float_const(1.0))), 0);
}

TEST(JitFold, Identities) {
  IrBuffer ir;
  IrRef x = sload(ir, 0);
  IrRef f = sload(ir, 1, IrType::Float);
  EXPECT_EQ(ir.emit(IrOp::Add, x, ir.int_const(0)), x);
  EXPECT_EQ(ir.emit(IrOp::Add, ir.int_const(0), x), x);  // commutative: constant second
  EXPECT_EQ(ir.emit(IrOp::Mul, x, ir.int_const(1)), x);
  EXPECT_EQ(ir.int_value(ir.emit(IrOp::Mul, x, ir.int_const(0))), 0);
  EXPECT_EQ(ir.int_value(ir.emit(IrOp::Sub, x, x)), 0);
  EXPECT_EQ(ir.emit(IrOp::BAnd, x, ir.int_const(-1)), x);
  EXPECT_EQ(ir.emit(IrOp::MulF, f, ir.float_const(1.0)), f);
  // x + 0.0 is not x when x is -0.0.
  EXPECT_NE(ir.emit(IrOp::AddF, f, ir.float_const(0.0)), f);
  IrRef bits = ir.emit(IrOp::AsInt, f);
  EXPECT_EQ(ir.emit(IrOp::AsFloat, bits), f);
}

TEST(JitFold, ConstantGuardsDisappear) {
  IrBuffer ir;
  IrRef g = ir.emit(IrOp::GuardTrue, ir.int_const(1));
  EXPECT_TRUE(IrBuffer::is_const(g));
  EXPECT_EQ(ir.size(), 0u);
}

TEST(JitCse, SameOperationSameOperandsIsOneInstruction) {
  IrBuffer ir;
  IrRef x = sload(ir, 0);
  IrRef y = sload(ir, 1);
  IrRef a = ir.emit(IrOp::Mul, x, y);
  EXPECT_EQ(ir.emit(IrOp::Mul, x, y), a);
  EXPECT_EQ(ir.emit(IrOp::Mul, y, x), a);  // commutative: one operand order
  EXPECT_NE(ir.emit(IrOp::Sub, x, y), ir.emit(IrOp::Sub, y, x));
  IrRef g = ir.emit(IrOp::GuardTrue, a);
  EXPECT_EQ(ir.emit(IrOp::GuardTrue, a), g);  // a guard that already stands
}

TEST(JitCse, LoadsAreNotSharedAcrossAStore) {
  IrBuffer ir;
  IrRef p = sload(ir, 0, IrType::Ptr);
  IrRef first = ir.emit(IrOp::Load, p);
  EXPECT_EQ(ir.emit(IrOp::Load, p), first);
  ir.emit_raw(IrOp::Store, IrType::None, p, ir.int_const(5));
  EXPECT_NE(ir.emit(IrOp::Load, p), first);
}

TEST(JitDce, KeepsWhatGuardsStoresSnapshotsAndPhisNeed) {
  IrBuffer ir;
  IrRef x = sload(ir, 0);
  IrRef unused = ir.emit(IrOp::Mul, x, x);
  IrRef next = ir.emit(IrOp::Add, x, ir.int_const(1));
  IrRef only_in_snapshot = ir.emit(IrOp::Sub, x, ir.int_const(2));
  IrRef cond = ir.emit(IrOp::Lt, next, ir.int_const(100));
  IrRef guard = ir.emit(IrOp::GuardTrue, cond);
  ir.add_snapshot(guard, 4);
  ir.add_snap_entry(5, only_in_snapshot);
  ir.phis.push_back(Phi{0, x, next});
  eliminate_dead_code(ir);
  EXPECT_EQ(ir.at(unused).op, IrOp::Nop);
  EXPECT_EQ(ir.dump(),
            "0000   int SLoad      #0\n"
            "0002   int Add        0000 +1\n"
            "0003   int Sub        0000 +2\n"
            "0004   int Lt         0002 +100\n"
            "0005 >     GuardTrue  0004\n"
            "     snap pc 4 [ #5=0003 ]\n"
            "---- loop\n"
            "     phi #0 0000 <- 0002\n");
}

TEST(JitLicm, InvariantsAreUncarriedSloadsAndPureCodeOfThem) {
  IrBuffer ir;
  IrRef list = sload(ir, 0, IrType::Ptr);  // not carried: invariant
  IrRef i = sload(ir, 1);                  // carried: varies
  IrRef size = ir.emit(IrOp::Field, list, ir.int_const(16));
  IrRef slots = ir.emit(IrOp::FieldPtr, list, ir.int_const(32));
  IrRef in_range = ir.emit(IrOp::ULt, i, size);
  IrRef guard = ir.emit(IrOp::GuardTrue, in_range);
  ir.add_snapshot(guard, 3);
  IrRef element = ir.emit(IrOp::Load, ir.emit(IrOp::Index, slots, i));
  IrRef half = ir.emit(IrOp::FloorDiv, size, ir.int_const(2));  // may trap: stays
  IrRef next = ir.emit(IrOp::Add, i, ir.int_const(1));
  ir.phis.push_back(Phi{1, i, next});
  std::vector<bool> invariant = loop_invariants(ir);
  auto at = [&](IrRef ref) { return static_cast<bool>(invariant[ref - kConstBias]); };
  EXPECT_TRUE(at(list));
  EXPECT_TRUE(at(size));
  EXPECT_TRUE(at(slots));
  EXPECT_FALSE(at(i));
  EXPECT_FALSE(at(in_range));
  EXPECT_FALSE(at(guard));
  EXPECT_FALSE(at(element));
  EXPECT_FALSE(at(half));
  EXPECT_FALSE(at(next));
  ir.loop = false;  // a side trace runs once: nothing to hoist
  EXPECT_FALSE(loop_invariants(ir)[size - kConstBias]);
}

}  // namespace
}  // namespace ember::jit
