// The native backend on hand-built traces: each runs on an array of raw register slots, as
// a frame's registers, and must leave by the right exit with the snapshot written back.
#include <gtest/gtest.h>

#include <atomic>
#include <bit>
#include <cmath>
#include <vector>

#include "jit/backend.h"
#include "vm/typed_ops.h"

namespace ember::jit {
namespace {

Value int_slot(int64_t i) {
  return typed::from_int(i);
}
Value float_slot(double d) {
  return typed::from_float(d);
}

class JitBackendTest : public ::testing::Test {
 protected:
  void SetUp() override {
    backend_ = make_native_backend();
    if (!backend_) GTEST_SKIP() << "no native backend on this machine";
  }
  TraceEntry compile(const IrBuffer& ir) {
    CompiledTrace trace;
    std::string error;
    EXPECT_TRUE(backend_->compile(ir, &countdown_, true, &trace, &error)) << error;
    EXPECT_NE(trace.listing.find("ret"), std::string::npos);
    return trace.entry;
  }
  // A guard with its snapshot: `entries` are (slot, ref) pairs.
  static void guard(IrBuffer& ir, IrOp op, IrRef cond, uint32_t pc,
                    std::initializer_list<SnapEntry> entries) {
    IrRef g = ir.emit_raw(op, IrType::None, cond);
    ir.add_snapshot(g, pc);
    for (const SnapEntry& e : entries) ir.add_snap_entry(e.slot, e.ref);
  }

  std::unique_ptr<Backend> backend_;
  std::atomic<int32_t> countdown_{1 << 30};
};

// while True: i += 1; if not (i < n): exit 0; total += i
TEST_F(JitBackendTest, CountingLoopLeavesByItsGuardWithTheCarriedValues) {
  IrBuffer ir;
  IrRef i = ir.emit_raw(IrOp::SLoad, IrType::Int, 0);
  IrRef n = ir.emit_raw(IrOp::SLoad, IrType::Int, 1);
  IrRef total = ir.emit_raw(IrOp::SLoad, IrType::Int, 2);
  IrRef next = ir.emit(IrOp::Add, i, ir.int_const(1));
  guard(ir, IrOp::GuardTrue, ir.emit(IrOp::Lt, next, n), 7, {{0, next}, {2, total}});
  IrRef sum = ir.emit(IrOp::Add, total, next);
  ir.phis = {{0, i, next}, {2, total, sum}};
  ir.store_backs = {{3, sum}};
  TraceEntry entry = compile(ir);
  std::vector<Value> slots = {int_slot(0), int_slot(10), int_slot(0), int_slot(-1)};
  EXPECT_EQ(entry(slots.data()), 0u);
  EXPECT_EQ(typed::raw_int(slots[0]), 10);
  EXPECT_EQ(typed::raw_int(slots[2]), 45);
  EXPECT_EQ(typed::raw_int(slots[3]), 45);  // stored back at the end of each iteration
  backend_->release(entry);
}

// The interrupt countdown runs out: the trace leaves at the loop's head, past the last exit.
TEST_F(JitBackendTest, InterruptCountdownLeavesAtTheLoopHead) {
  IrBuffer ir;
  IrRef x = ir.emit_raw(IrOp::SLoad, IrType::Float, 0);
  IrRef half = ir.emit(IrOp::MulF, x, ir.float_const(0.5));
  guard(ir, IrOp::GuardFalse, ir.emit(IrOp::LtF, half, ir.float_const(1e-300)), 3, {{0, half}});
  ir.phis = {{0, x, half}};
  TraceEntry entry = compile(ir);
  countdown_ = 4;  // three iterations, then the fourth tick runs out
  std::vector<Value> slots = {float_slot(64.0)};
  EXPECT_EQ(entry(slots.data()), 1u);
  EXPECT_EQ(typed::raw_float(slots[0]), 8.0);
  countdown_ = 1 << 30;
  EXPECT_EQ(entry(slots.data()), 0u);
  EXPECT_LT(typed::raw_float(slots[0]), 1e-300);
}

// q = a // b; r = a % b, then leave at once: Python's floor semantics, -1 and INT64_MIN too.
TEST_F(JitBackendTest, FloorDivisionAndModuloMatchTypedCode) {
  IrBuffer ir;
  IrRef a = ir.emit_raw(IrOp::SLoad, IrType::Int, 0);
  IrRef b = ir.emit_raw(IrOp::SLoad, IrType::Int, 1);
  IrRef q = ir.emit(IrOp::FloorDiv, a, b);
  IrRef r = ir.emit(IrOp::Mod, a, b);
  guard(ir, IrOp::GuardTrue, ir.int_const(0), 0, {{2, q}, {3, r}});
  TraceEntry entry = compile(ir);
  const int64_t cases[][2] = {{7, 2},  {-7, 2}, {7, -2},         {-7, -2}, {6, 3},
                              {-6, 3}, {5, -1}, {INT64_MIN, -1}, {0, 5},   {INT64_MIN, 7}};
  for (const auto& [x, y] : cases) {
    std::vector<Value> slots = {int_slot(x), int_slot(y), int_slot(0), int_slot(0)};
    EXPECT_EQ(entry(slots.data()), 0u);
    EXPECT_EQ(typed::raw_int(slots[2]), typed::floor_div(x, y)) << x << " // " << y;
    EXPECT_EQ(typed::raw_int(slots[3]), typed::floor_mod(x, y)) << x << " % " << y;
  }
}

// Comparisons as values and as guards, nan included: every ordered comparison with nan is
// false, != is true.
TEST_F(JitBackendTest, FloatComparisonsTreatNanAsPythonDoes) {
  const IrOp ops[] = {IrOp::LtF, IrOp::LeF, IrOp::EqF, IrOp::NeF, IrOp::GtF, IrOp::GeF};
  const double values[] = {1.0, 2.0, NAN};
  for (IrOp op : ops) {
    IrBuffer ir;
    IrRef a = ir.emit_raw(IrOp::SLoad, IrType::Float, 0);
    IrRef b = ir.emit_raw(IrOp::SLoad, IrType::Float, 1);
    IrRef value = ir.emit(op, a, b);
    IrRef guarded = ir.emit(op, b, a);  // fused into the guard's branch
    guard(ir, IrOp::GuardTrue, guarded, 1, {{2, value}});
    guard(ir, IrOp::GuardTrue, ir.int_const(0), 2, {{2, value}});
    TraceEntry entry = compile(ir);
    for (double x : values) {
      for (double y : values) {
        std::vector<Value> slots = {float_slot(x), float_slot(y), int_slot(-1)};
        auto cmp = static_cast<CompareOp>(op == IrOp::LtF   ? 0
                                          : op == IrOp::LeF ? 1
                                          : op == IrOp::EqF ? 2
                                          : op == IrOp::NeF ? 3
                                          : op == IrOp::GtF ? 4
                                                            : 5);
        uint32_t exit = entry(slots.data());
        EXPECT_EQ(typed::raw_int(slots[2]), typed::compare(cmp, x, y)) << ir_op_name(op);
        EXPECT_EQ(exit, typed::compare(cmp, y, x) ? 1u : 0u) << ir_op_name(op);
      }
    }
  }
}

// A List-like block: load, add, store, with the bounds guard sending index 3 out.
TEST_F(JitBackendTest, LoadsAndStoresThroughIndexedAddresses) {
  int64_t block[3] = {10, 20, 30};
  IrBuffer ir;
  IrRef base = ir.emit_raw(IrOp::SLoad, IrType::Ptr, 0);
  IrRef i = ir.emit_raw(IrOp::SLoad, IrType::Int, 1);
  guard(ir, IrOp::GuardTrue, ir.emit(IrOp::ULt, i, ir.int_const(3)), 9, {{1, i}});
  IrRef address = ir.emit(IrOp::Index, base, i);
  IrRef doubled = ir.emit(IrOp::Add, ir.emit(IrOp::Load, address), ir.emit(IrOp::Load, address));
  ir.emit_raw(IrOp::Store, IrType::None, address, doubled);
  IrRef next = ir.emit(IrOp::Add, i, ir.int_const(1));
  ir.phis = {{1, i, next}};
  TraceEntry entry = compile(ir);
  std::vector<Value> slots = {Value::from_bits(reinterpret_cast<uint64_t>(block)), int_slot(0)};
  EXPECT_EQ(entry(slots.data()), 0u);
  EXPECT_EQ(typed::raw_int(slots[1]), 3);
  EXPECT_EQ(block[0], 20);
  EXPECT_EQ(block[2], 60);
}

}  // namespace
}  // namespace ember::jit
