// Bytecode compiler: compile snippets, check structure and listings.
#include <gtest/gtest.h>

#include <string>

#include "frontend/bytecode_dump.h"
#include "frontend/compiler.h"
#include "vm/code_object.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember {
namespace {

class CompilerTest : public ::testing::Test {
 protected:
  CodeObject* compile(const std::string& src) {
    CompileOutput out = compile_source(vm, src, "<test>");
    if (out.error) {
      ADD_FAILURE() << "unexpected error: " << out.error->message << " at line "
                    << out.error->lineno;
      return nullptr;
    }
    return out.code;
  }
  std::string dump(const std::string& src) {
    CodeObject* c = compile(src);
    return c ? dump_bytecode(vm, c) : std::string();
  }
  std::string error(const std::string& src, int* line = nullptr) {
    CompileOutput out = compile_source(vm, src, "<test>");
    if (!out.error) {
      ADD_FAILURE() << "expected an error for: " << src;
      return "";
    }
    if (line) *line = out.error->lineno;
    return out.error->message;
  }
  static bool has_op(CodeObject* c, Op op) {
    for (auto& ins : c->code) {
      if (ins.op == op) return true;
    }
    return false;
  }
  static CodeObject* nested(VM& vm, CodeObject* c, size_t which = 0) {
    for (Value v : c->constants) {
      if (v.is_object() && v.as_object()->type == vm.types.code) {
        if (which-- == 0) return static_cast<CodeObject*>(v.as_object());
      }
    }
    return nullptr;
  }
  VM vm;
};

TEST_F(CompilerTest, ModuleAssignmentUsesGlobals) {
  std::string d = dump("x = 1\ny = x + 2\n");
  EXPECT_NE(d.find("StoreGlobal"), std::string::npos) << d;
  EXPECT_NE(d.find("LoadGlobal"), std::string::npos) << d;
  EXPECT_NE(d.find("Binary"), std::string::npos) << d;
}

TEST_F(CompilerTest, EveryInstructionHasALocation) {
  CodeObject* c = compile("a = 1\nif a:\n    b = [a, 2]\nelse:\n    b = 3\nprint(b)\n");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->code.size(), c->locations.size());
  for (auto& l : c->locations) EXPECT_GT(l.line, 0);
}

TEST_F(CompilerTest, FunctionParametersAndLocals) {
  CodeObject* m = compile("def f(a, b=2, *args, c, d=4, **kw):\n    x = a + b\n    return x\n");
  ASSERT_TRUE(m);
  CodeObject* f = nested(vm, m);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->arg_count, 2u);
  EXPECT_EQ(f->kwonly_count, 2u);
  EXPECT_TRUE(f->flags & kCodeVarArgs);
  EXPECT_TRUE(f->flags & kCodeVarKeywords);
  ASSERT_GE(f->local_names.size(), 7u);
  const char* expected[] = {"a", "b", "c", "d", "args", "kw", "x"};
  for (int i = 0; i < 7; ++i) EXPECT_EQ(f->local_names[i]->view(), expected[i]);
  EXPECT_EQ(std::string(f->qualname->view()), "f");
  // Parameters are bound: no CheckBound on a or b; x is assigned before use.
  EXPECT_FALSE(has_op(f, Op::CheckBound)) << dump_bytecode(vm, f);
}

TEST_F(CompilerTest, DocstringIsConstantZero) {
  CodeObject* m = compile("def f():\n    'doc'\n    return 1\ndef g():\n    return 2\n");
  ASSERT_TRUE(m);
  CodeObject* f = nested(vm, m, 0);
  CodeObject* g = nested(vm, m, 1);
  ASSERT_TRUE(f && g);
  ASSERT_FALSE(f->constants.empty());
  EXPECT_EQ(vm.type_of(f->constants[0]), vm.types.str);
  EXPECT_TRUE(g->constants[0].is_none());
}

TEST_F(CompilerTest, MaybeUnboundLocalGetsCheckBound) {
  CodeObject* m = compile("def f(c):\n    if c:\n        x = 1\n    return x\n");
  CodeObject* f = nested(vm, m);
  EXPECT_TRUE(has_op(f, Op::CheckBound)) << dump_bytecode(vm, f);
  m = compile("def f(c):\n    if c:\n        x = 1\n    else:\n        x = 2\n    return x\n");
  f = nested(vm, m);
  EXPECT_FALSE(has_op(f, Op::CheckBound)) << dump_bytecode(vm, f);
  m = compile(
      "def f(c):\n    if c:\n        x = 1\n    else:\n        raise ValueError\n    return x\n");
  f = nested(vm, m);
  EXPECT_FALSE(has_op(f, Op::CheckBound)) << dump_bytecode(vm, f);
}

TEST_F(CompilerTest, ClosuresUseCells) {
  CodeObject* m = compile("def outer(a):\n    def inner():\n        return a\n    return inner\n");
  CodeObject* outer = nested(vm, m);
  ASSERT_TRUE(outer);
  EXPECT_TRUE(has_op(outer, Op::MakeCell));
  CodeObject* inner = nested(vm, outer);
  ASSERT_TRUE(inner);
  EXPECT_EQ(inner->free_registers.size(), 1u);
  EXPECT_TRUE(has_op(inner, Op::LoadCell));
  EXPECT_EQ(std::string(inner->qualname->view()), "outer.<locals>.inner");
  bool closure = false;
  for (auto& ins : outer->code) {
    if (ins.op == Op::MakeFunction && (ins.x & 8)) closure = true;
  }
  EXPECT_TRUE(closure);
}

TEST_F(CompilerTest, MethodCallsUseLoadMethod) {
  CodeObject* m = compile("x = []\nx.append(1)\nx.sort(key=len)\n");
  EXPECT_TRUE(has_op(m, Op::LoadMethod));
  EXPECT_TRUE(has_op(m, Op::CallMethod));
  EXPECT_TRUE(has_op(m, Op::CallKw));
}

TEST_F(CompilerTest, StarCallsUseCallEx) {
  CodeObject* m = compile("f(*a, 1, **k, x=2)\n");
  EXPECT_TRUE(has_op(m, Op::CallEx));
  EXPECT_TRUE(has_op(m, Op::ListExtend));
  EXPECT_TRUE(has_op(m, Op::DictMerge));
}

TEST_F(CompilerTest, ForLoopUsesForIterWithAux) {
  CodeObject* m = compile("for i in range(3):\n    print(i)\nelse:\n    pass\n");
  bool found = false;
  for (size_t i = 0; i < m->code.size(); ++i) {
    if (m->code[i].op == Op::ForIter) {
      found = true;
      ASSERT_LT(i + 1, m->code.size());
      EXPECT_EQ(m->code[i + 1].op, Op::Aux);
      int32_t target = static_cast<int32_t>(i + 2) + m->code[i + 1].sbc();
      ASSERT_GE(target, 0);
      ASSERT_LT(static_cast<size_t>(target), m->code.size());
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(CompilerTest, TryExceptHandlers) {
  CodeObject* m = compile(
      "try:\n    x = 1\nexcept ValueError as e:\n    print(e)\nexcept:\n    pass\nelse:\n    y = "
      "2\n"
      "finally:\n    z = 3\n");
  ASSERT_TRUE(m);
  EXPECT_FALSE(m->handlers.empty());
  EXPECT_TRUE(has_op(m, Op::PushExcInfo));
  EXPECT_TRUE(has_op(m, Op::PopExcInfo));
  EXPECT_TRUE(has_op(m, Op::CheckExcMatch));
  EXPECT_TRUE(has_op(m, Op::Reraise));
  for (auto& h : m->handlers) {
    EXPECT_LT(h.start, h.end);
    EXPECT_LT(h.target, m->code.size());
  }
}

TEST_F(CompilerTest, WithStatement) {
  CodeObject* m = compile("with open('f') as fh, g() as (a, b):\n    pass\n");
  EXPECT_TRUE(has_op(m, Op::BeforeWith));
  EXPECT_TRUE(has_op(m, Op::WithExit));
}

TEST_F(CompilerTest, MatchStatement) {
  CodeObject* m = compile(
      "match p:\n"
      "    case None: pass\n"
      "    case 1 | 2: pass\n"
      "    case [a, *rest]: pass\n"
      "    case {'k': v, **kw}: pass\n"
      "    case Point(x=0, y=yy) if yy > 0: pass\n"
      "    case str() as s: pass\n"
      "    case _: pass\n");
  ASSERT_TRUE(m);
  EXPECT_TRUE(has_op(m, Op::MatchSequence));
  EXPECT_TRUE(has_op(m, Op::MatchMapping));
  EXPECT_TRUE(has_op(m, Op::MatchKeys));
  EXPECT_TRUE(has_op(m, Op::CopyDictWithoutKeys));
  EXPECT_TRUE(has_op(m, Op::MatchClass));
  EXPECT_TRUE(has_op(m, Op::UnpackEx));
}

TEST_F(CompilerTest, ComprehensionIsNestedFunction) {
  CodeObject* m = compile("def f(n):\n    return [i * n for i in range(n) if i]\n");
  CodeObject* f = nested(vm, m);
  CodeObject* comp = nested(vm, f);
  ASSERT_TRUE(comp);
  EXPECT_EQ(std::string(comp->qualname->view()), "f.<locals>.<listcomp>");
  EXPECT_EQ(comp->arg_count, 1u);
  EXPECT_EQ(comp->free_registers.size(), 1u);
}

TEST_F(CompilerTest, FStrings) {
  CodeObject* m = compile("x = 1\ns = f'a{x!r:>{3}}b{x=}'\n");
  EXPECT_TRUE(has_op(m, Op::Format));
  EXPECT_TRUE(has_op(m, Op::BuildString));
}

TEST_F(CompilerTest, BigIntAndConstantTuple) {
  CodeObject* m = compile("x = 123456789012345678901234567890\ny = (1, 2, 'a')\nz = 0x10\n");
  std::string d = dump_bytecode(vm, m);
  EXPECT_NE(d.find("123456789012345678901234567890"), std::string::npos) << d;
  EXPECT_NE(d.find("(1, 2, 'a')"), std::string::npos) << d;
  EXPECT_NE(d.find("LoadInt         r0, 16"), std::string::npos) << d;
}

TEST_F(CompilerTest, CompileTimeErrors) {
  int line = 0;
  EXPECT_EQ(error("print(1)\nreturn 5\n", &line), "'return' outside function");
  EXPECT_EQ(line, 2);
  EXPECT_EQ(error("if True:\n    break\n"), "'break' outside loop");
  EXPECT_EQ(error("x = 0\ncontinue\n"), "'continue' not properly in loop");
  EXPECT_EQ(error("x = 1\nyield x\n"), "'yield' outside function");
  EXPECT_EQ(error("await f()\n"), "'await' outside function");
  EXPECT_EQ(error("a, *b, *c = [1, 2, 3]\n"), "multiple starred expressions in assignment");
  EXPECT_EQ(error("nonlocal x\n"), "nonlocal declaration not allowed at module level");
  EXPECT_EQ(error("def f():\n    nonlocal x\n    x = 1\n"), "no binding for nonlocal 'x' found");
  EXPECT_EQ(error("def f(x):\n    global x\n"), "name 'x' is parameter and global");
  EXPECT_EQ(error("def f():\n    x = 1\n    global x\n"),
            "name 'x' is assigned to before global declaration");
  EXPECT_EQ(error("x = 0\ndef f():\n    print(x)\n    global x\n"),
            "name 'x' is used prior to global declaration");
  EXPECT_EQ(error("def outer():\n    x = 1\n    def inner(x):\n        nonlocal x\n"),
            "name 'x' is parameter and nonlocal");
  EXPECT_EQ(error("def f(a, b, a):\n    return a\n"),
            "duplicate argument 'a' in function definition");
  std::string deep;
  for (int i = 0; i < 21; ++i)
    deep += std::string(4 * i, ' ') + "for i" + std::to_string(i) + " in [1]:\n";
  deep += std::string(4 * 21, ' ') + "pass\n";
  EXPECT_EQ(error(deep), "too many statically nested blocks");
  EXPECT_EQ(error("match x:\n    case y: pass\n    case 1: pass\n"),
            "name capture 'y' makes remaining patterns unreachable");
}

TEST_F(CompilerTest, ExceptStarClausesCannotBeLeftByJumps) {
  EXPECT_EQ(error("for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n"),
            "'break', 'continue' and 'return' cannot appear in an except* block");
  CompileOutput inner_loop = compile_source(
      vm, "try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n", "<test>");
  EXPECT_FALSE(inner_loop.error);
}

TEST_F(CompilerTest, ClassBodiesUseNameOpsAndMethodsGetQualifiedNames) {
  CompileOutput out = compile_source(
      vm, "class A:\n    x = 1\n    def m(self):\n        return super().m()\n", "<t>");
  ASSERT_FALSE(out.error) << out.error->message;
  std::string d = dump_bytecode(vm, out.code);
  EXPECT_NE(d.find("LoadBuiltin"), std::string::npos) << d;  // __build_class__
  EXPECT_NE(d.find("StoreName"), std::string::npos) << d;
  EXPECT_NE(d.find("code A.m"), std::string::npos) << d;
  EXPECT_NE(d.find("__classcell__"), std::string::npos) << d;
}

TEST_F(CompilerTest, PrivateNamesAreMangledInsideClasses) {
  CompileOutput out = compile_source(
      vm, "class C:\n    def f(self):\n        return self.__x + self.__y__\n", "<t>");
  ASSERT_FALSE(out.error) << out.error->message;
  std::string d = dump_bytecode(vm, out.code);
  EXPECT_NE(d.find("_C__x"), std::string::npos) << d;
  EXPECT_NE(d.find("__y__"), std::string::npos) << d;
  EXPECT_EQ(d.find("_C__y__"), std::string::npos) << d;
}

TEST_F(CompilerTest, GeneratorsAreFlaggedAndYield) {
  CompileOutput out = compile_source(vm, "def g():\n    x = yield 1\n    yield from x\n", "<t>");
  ASSERT_FALSE(out.error) << out.error->message;
  std::string d = dump_bytecode(vm, out.code);
  EXPECT_NE(d.find("generator"), std::string::npos) << d;
  EXPECT_NE(d.find("Yield "), std::string::npos) << d;
  EXPECT_NE(d.find("YieldFrom"), std::string::npos) << d;
}

TEST_F(CompilerTest, ExpressionMode) {
  CompileOutput out = compile_expression(vm, "1 + 2", "<eval>");
  ASSERT_FALSE(out.error);
  ASSERT_TRUE(out.code);
  EXPECT_EQ(out.code->code.back().op, Op::Return);
}

TEST_F(CompilerTest, ExpressionModeScopes) {
  CompileOutput out =
      compile_expression(vm, "[(lambda q, r=1: q + r + k)(k) for k in range(3)]", "<eval>");
  ASSERT_FALSE(out.error) << out.error->message;
  std::string d = dump_bytecode(vm, out.code);
  EXPECT_NE(d.find("code <listcomp>"), std::string::npos) << d;
  EXPECT_NE(d.find("code <listcomp>.<locals>.<lambda>"), std::string::npos) << d;
  CompileOutput bad = compile_expression(vm, "[(i := 1) for i in range(3)]", "<eval>");
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->message,
            "assignment expression cannot rebind comprehension iteration variable 'i'");
}

// Parameters first (CPython order), then other locals and cells, then free variables in
// closure order; local_count covers the free-variable registers.
TEST_F(CompilerTest, RegisterLayout) {
  CodeObject* m = compile(
      "def f(a, /, b, *args, c, **kw):\n"
      "    x = 1\n"
      "    y = 2\n"
      "    def g():\n"
      "        return y + a + b\n"
      "    return g\n");
  ASSERT_TRUE(m);
  CodeObject* f = nullptr;
  for (Value v : m->constants) {
    if (v.is_object() && v.as_object()->type == vm.types.code)
      f = static_cast<CodeObject*>(v.as_object());
  }
  ASSERT_TRUE(f);
  std::vector<std::string> names;
  for (auto* n : f->local_names) names.push_back(std::string(n->view()));
  std::vector<std::string> want = {"a", "b", "c", "args", "kw", "x", "y", "g"};
  EXPECT_EQ(names, want);
  EXPECT_EQ(f->local_count, 8u);
  CodeObject* g = nullptr;
  for (Value v : f->constants) {
    if (v.is_object() && v.as_object()->type == vm.types.code)
      g = static_cast<CodeObject*>(v.as_object());
  }
  ASSERT_TRUE(g);
  names.clear();
  for (auto* n : g->local_names) names.push_back(std::string(n->view()));
  want = {"a", "b", "y"};  // free variables only, in closure order
  EXPECT_EQ(names, want);
  EXPECT_EQ(g->local_count, 3u);
  ASSERT_EQ(g->free_registers.size(), 3u);
  for (uint32_t i = 0; i < 3; ++i) EXPECT_EQ(g->free_registers[i], i);
}

TEST_F(CompilerTest, DumpListsNestedCode) {
  std::string d = dump("def f():\n    return lambda: 1\n");
  EXPECT_NE(d.find("code <module>"), std::string::npos) << d;
  EXPECT_NE(d.find("code f ("), std::string::npos) << d;
  EXPECT_NE(d.find("code f.<locals>.<lambda>"), std::string::npos) << d;
}

}  // namespace
}  // namespace ember

namespace ember {
namespace {

TEST(CompilerWarnings, SyntaxWarningsLikeCPython) {
  VM vm;
  CompileOutput out = compile_source(
      vm, "x = 1\nif x is 1:\n    pass\nassert (x, 'm')\nprint((1)(2))\ny = [1][1, 2]\n", "w.py");
  ASSERT_FALSE(out.error);
  ASSERT_EQ(out.warnings.size(), 4u);
  EXPECT_EQ(format_compile_warning(out.warnings[0], "w.py"),
            "w.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  if x is 1:\n");
  EXPECT_EQ(out.warnings[1].message, "assertion is always true, perhaps remove parentheses?");
  EXPECT_EQ(out.warnings[2].message, "'int' object is not callable; perhaps you missed a comma?");
  EXPECT_EQ(out.warnings[3].message,
            "list indices must be integers or slices, not tuple; perhaps you missed a comma?");
}

TEST(CompilerErrors, DebugIsNotAssignable) {
  VM vm;
  CompileOutput out = compile_source(vm, "f(__debug__=1)\n", "d.py");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->message, "cannot assign to __debug__");
  out = compile_source(vm, "__debug__ = 1\n", "d.py");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->message, "cannot assign to __debug__");
}

}  // namespace
}  // namespace ember

namespace ember {
namespace {

size_t count_global_loads(VM& vm, CodeObject* c, const char* name) {
  size_t n = 0;
  for (auto& ins : c->code) {
    if (ins.op == Op::LoadGlobal && c->names[ins.bc()]->view() == name) ++n;
  }
  return n;
}

TEST(CompilerControlFlow, FinallyBodyIsDuplicatedOnEachExit) {
  VM vm;
  CompileOutput out = compile_source(vm,
                                     "for i in x:\n"
                                     "    try:\n"
                                     "        if i:\n"
                                     "            break\n"
                                     "        if i:\n"
                                     "            continue\n"
                                     "    finally:\n"
                                     "        marker()\n",
                                     "t.py");
  ASSERT_FALSE(out.error);
  // Normal exit, break, continue and the exceptional path.
  EXPECT_EQ(count_global_loads(vm, out.code, "marker"), 4u) << dump_bytecode(vm, out.code);
}

TEST(CompilerControlFlow, HandlersInnermostFirstAndInsideCode) {
  VM vm;
  CompileOutput out = compile_source(vm,
                                     "try:\n"
                                     "    try:\n"
                                     "        a()\n"
                                     "    except E:\n"
                                     "        b()\n"
                                     "except F as e:\n"
                                     "    c()\n",
                                     "t.py");
  ASSERT_FALSE(out.error);
  CodeObject* c = out.code;
  ASSERT_GE(c->handlers.size(), 2u);
  // The inner try's handler is listed before the outer one covering the same pc.
  const ExceptionHandler& first = c->handlers[0];
  bool outer_later = false;
  for (size_t i = 1; i < c->handlers.size(); ++i) {
    const ExceptionHandler& h = c->handlers[i];
    if (h.start <= first.start && first.end <= h.end) outer_later = true;
  }
  EXPECT_TRUE(outer_later) << dump_bytecode(vm, c);
  for (auto& h : c->handlers) {
    EXPECT_LT(h.start, h.end);
    EXPECT_LE(h.end, c->code.size());
    EXPECT_LT(h.target, c->code.size());
    EXPECT_LT(h.reg, c->register_count);
  }
}

TEST(CompilerRegisters, CallsUseConsecutiveRegistersAtTheTop) {
  VM vm;
  CompileOutput out = compile_source(vm, "def f(a, b):\n    return g(a, b + 1, a)\n", "t.py");
  ASSERT_FALSE(out.error);
  CodeObject* f = nullptr;
  for (Value v : out.code->constants) {
    if (v.is_object() && v.as_object()->type == vm.types.code)
      f = static_cast<CodeObject*>(v.as_object());
  }
  ASSERT_TRUE(f);
  for (auto& ins : f->code) {
    if (ins.op == Op::Call) {
      EXPECT_EQ(ins.b, 3);
      EXPECT_GE(ins.a, f->local_count);
      EXPECT_LE(ins.a + 3u, f->register_count - 1u);
    }
  }
}

}  // namespace
}  // namespace ember
