// Mojo's static half: the checker's diagnostics, literal typing, and the typed code it
// emits (opcodes and the slot map that tells the GC which registers hold Values).
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "frontend/ast_dump.h"
#include "frontend/compiler.h"
#include "frontend/parser.h"
#include "frontend/static_compiler.h"
#include "vm/code_object.h"
#include "vm/str_object.h"
#include "vm/typed_function.h"
#include "vm/vm.h"

namespace ember {
namespace {

class StaticTest : public ::testing::Test {
 protected:
  // The diagnostics of `src` compiled as a Mojo module, one "LINE:COL: message" each.
  std::vector<std::string> diagnostics(const std::string& src) {
    ParseResult parsed = parse_module(src, "test.mojo");
    EXPECT_TRUE(parsed.ok()) << parsed.formatted_error();
    StaticModule m = compile_static(vm, parsed.source(), parsed.module());
    std::vector<std::string> out;
    for (const Diagnostic& d : m.diagnostics) {
      out.push_back(std::to_string(d.line) + ":" + std::to_string(d.col + 1) + ": " + d.message);
    }
    return out;
  }
  // The typed code of the fn named `name` in `src`, which must check cleanly.
  CodeObject* fn_code(const std::string& src, const std::string& name) {
    parsed_ = parse_module(src, "test.mojo");
    StaticModule m = compile_static(vm, parsed_.source(), parsed_.module());
    EXPECT_TRUE(m.diagnostics.empty()) << m.diagnostics.front().message;
    for (auto& [def, fn] : m.functions) {
      if (static_cast<const ast::FnDef*>(def)->name == name)
        return static_cast<TypedFunctionObject*>(fn.as_object())->code;
    }
    ADD_FAILURE() << "no fn " << name;
    return nullptr;
  }
  static bool has_op(const CodeObject* c, Op op) {
    for (const Instruction& ins : c->code) {
      if (ins.op == op) return true;
    }
    return false;
  }
  VM vm;
  ParseResult parsed_;
};

TEST_F(StaticTest, StaticSyntaxOnlyInMojoFiles) {
  EXPECT_TRUE(parse_module("fn f():\n    pass\n", "a.mojo").ok());
  EXPECT_FALSE(parse_module("fn f():\n    pass\n", "a.py").ok());
  EXPECT_TRUE(parse_module("fn = 1\nvar = fn ^ 2\n", "a.mojo").ok());
}

TEST_F(StaticTest, DumpShowsStaticConstructs) {
  ParseResult parsed = parse_module(
      "fn f[n: Int = 4](inout a: Int, owned b: String) raises -> Int:\n"
      "    let c = b^\n"
      "    comptime if n > 2:\n"
      "        alias K = 1\n"
      "    return a\n",
      "a.mojo");
  ASSERT_TRUE(parsed.ok()) << parsed.formatted_error();
  std::string dump = dump_ast(parsed.module());
  for (const char* part :
       {"FnDef(name='f', params=arguments(", "convention='inout'", "convention='owned'",
        "raises=True", "VarDecl(kind='let'", "Transfer(value=Name(id='b'", "comptime=True",
        "AliasDecl(kind='alias', name='K'"}) {
    EXPECT_NE(dump.find(part), std::string::npos) << part << " not in " << dump;
  }
  EXPECT_FALSE(parse_module("@parameter\nif True:\n    pass\n", "a.py").ok());
}

TEST_F(StaticTest, CleanModuleHasNoDiagnostics) {
  EXPECT_TRUE(diagnostics("fn f(x: Int) -> Int:\n    return x * 2 + 1\n").empty());
}

TEST_F(StaticTest, LiteralsAdaptToTheTypeTheyMeet) {
  EXPECT_TRUE(diagnostics("fn f(x: Float64) -> Float64:\n    return 2 * x + 1\n").empty());
  EXPECT_EQ(diagnostics("fn f(x: Int) -> Int:\n    return x + 0.5\n"),
            std::vector<std::string>{"2:12: invalid operand types for '+': 'Int' and 'Float64' "
                                     "(numbers never convert implicitly; write Float64(x) or "
                                     "Int(x))"});
}

TEST_F(StaticTest, NumbersNeverConvertImplicitly) {
  auto d = diagnostics("fn f(i: Int, x: Float64) -> Float64:\n    return x + i\n");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_NE(d[0].find("invalid operand types for '+': 'Float64' and 'Int'"), std::string::npos);
  EXPECT_TRUE(
      diagnostics("fn f(i: Int, x: Float64) -> Float64:\n    return x + Float64(i)\n").empty());
}

TEST_F(StaticTest, ReportsEveryErrorInOneRun) {
  auto d = diagnostics(
      "fn f() -> Int:\n    let a = 1\n    a = 2\n    return b\n\nfn g() -> Int:\n    pass\n");
  EXPECT_EQ(d, (std::vector<std::string>{"3:5: cannot assign twice to 'let' variable 'a'",
                                         "4:12: use of unknown declaration 'b'",
                                         "6:1: missing return at the end of fn 'g', which "
                                         "returns 'Int'"}));
}

TEST_F(StaticTest, IntegerLiteralsFoldExactlyUntilTheyMeetInt) {
  EXPECT_TRUE(diagnostics("fn f() -> Int:\n    return (1 << 80) >> 20\n").empty());
  EXPECT_EQ(diagnostics("fn f() -> Int:\n    return 1 << 80\n"),
            std::vector<std::string>{"2:12: integer value 1208925819614629174706176 does not "
                                     "fit in Int"});
}

TEST_F(StaticTest, SlotMapListsOnlyValueRegisters) {
  CodeObject* c = fn_code(
      "fn f(n: Int, s: String) -> String:\n    var t = s + s\n    var k = n * 2\n"
      "    return t\n",
      "f");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->flags & kCodeTyped);
  // Parameters: R0 = n (raw Int), R1 = s (String). Every register written by a raw
  // operation is outside the slot map; every register written with a str is inside it.
  std::set<uint16_t> values(c->value_registers.begin(), c->value_registers.end());
  EXPECT_FALSE(values.count(0));
  EXPECT_TRUE(values.count(1));
  int raw_writes = 0, value_writes = 0;
  for (const Instruction& ins : c->code) {
    if (ins.op == Op::MulI64 || ins.op == Op::LoadRaw) {
      EXPECT_FALSE(values.count(ins.a)) << "raw write to R" << ins.a;
      ++raw_writes;
    }
    if (ins.op == Op::Binary) {
      EXPECT_TRUE(values.count(ins.a)) << "Value write to R" << ins.a;
      ++value_writes;
    }
  }
  EXPECT_GT(raw_writes, 0);
  EXPECT_GT(value_writes, 0);
  EXPECT_EQ(c->typed_params, (std::vector<BoundaryKind>{BoundaryKind::Int, BoundaryKind::String}));
  EXPECT_EQ(c->typed_result, BoundaryKind::String);
}

TEST_F(StaticTest, TypedOpcodesOnRawSlots) {
  CodeObject* c = fn_code(
      "fn f(a: Int, b: Int) -> Float64:\n    return Float64(a // b) + Float64(a % b)\n", "f");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(has_op(c, Op::FloorDivI64));
  EXPECT_TRUE(has_op(c, Op::ModI64));
  EXPECT_TRUE(has_op(c, Op::I64ToF64));
  EXPECT_TRUE(has_op(c, Op::AddF64));
  EXPECT_FALSE(has_op(c, Op::Binary));
}

TEST_F(StaticTest, FnCallsPassRawSlots) {
  CodeObject* c = fn_code(
      "fn sq(x: Int) -> Int:\n    if x < 0:\n        return x * x\n    return x * x\n\n"
      "fn f() -> Int:\n    return sq(3)\n",
      "f");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(has_op(c, Op::CallTyped));
  EXPECT_FALSE(has_op(c, Op::Call));
}

TEST_F(StaticTest, SmallStraightLineFnsAreInlined) {
  CodeObject* c = fn_code(
      "fn sq(x: Int) -> Int:\n    var y = x\n    return x * y\n\nfn f(n: Int) -> Int:\n"
      "    return sq(n + 1)\n",
      "f");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(has_op(c, Op::CallTyped));
  EXPECT_TRUE(has_op(c, Op::MulI64));
}

}  // namespace
}  // namespace ember
