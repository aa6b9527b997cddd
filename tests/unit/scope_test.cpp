// Scope analysis tests. Expected symbol tables come from CPython 3.11's
// symtable module and cell/free variables from its code objects; error
// messages and positions from running python3.11 (see parser_test.cpp).
#include <gtest/gtest.h>

#include <string>

#include "frontend/parser.h"
#include "frontend/scope.h"

using namespace ember;

namespace {

struct ScopeCase {
  const char* source;
  const char* symbols;  // from CPython 3.11 symtable
  const char* code;     // co_name: cellvars / freevars of each code object, from compile()
};

const ScopeCase kScopeCases[] = {
    {"x = 1\ndef f(a, b=x):\n    c = a + b\n    return c\n",
     "module top\n  x: local\n  f: local\n  function f\n    a: local param\n    b: local param\n   "
     " c: local\n",
     "f: cell= free=\n"},
    {"def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n",
     "module top\n  outer: local\n  function outer\n    x: cell\n    inner: local\n    function "
     "inner\n      x: free\n",
     "outer: cell=x free=\ninner: cell= free=x\n"},
    {"def outer():\n    x = 1\n    def mid():\n        def inner():\n            nonlocal x\n      "
     "      x = 2\n        return inner\n    return mid\n",
     "module top\n  outer: local\n  function outer\n    x: cell\n    mid: local\n    function "
     "mid\n      inner: local\n      x: free\n      function inner\n        x: free\n",
     "outer: cell=x free=\nmid: cell= free=x\ninner: cell= free=x\n"},
    {"g = 0\ndef f():\n    global g\n    g = 1\n    def h():\n        return g\n",
     "module top\n  g: global_explicit\n  f: local\n  function f\n    g: global_explicit\n    h: "
     "local\n    function h\n      g: global_implicit\n",
     "f: cell= free=\nh: cell= free=\n"},
    {"class C:\n    x = 1\n    def m(self):\n        return x\n    def n(self):\n        return "
     "super().n()\n    def o(self):\n        return __class__\n",
     "module top\n  C: local\n  class C\n    x: local\n    m: local\n    n: local\n    o: local\n  "
     "  function m\n      self: local param\n      x: global_implicit\n    function n\n      self: "
     "local param\n      super: global_implicit\n      __class__: free\n    function o\n      "
     "self: local param\n      __class__: free\n",
     "C: cell=__class__ free=\nm: cell= free=\nn: cell= free=__class__\no: cell= free=__class__\n"},
    {"class C:\n    def __init__(self):\n        self.__p = 1\n        __q = 2\n    __r = 3\n",
     "module top\n  C: local\n  class C\n    __init__: local\n    _C__r: local\n    function "
     "__init__\n      self: local param\n      _C__q: local\n",
     "C: cell= free=\n__init__: cell= free=\n"},
    {"def f(a):\n    return [a * i for i in range(10) if i]\n",
     "module top\n  f: local\n  function f\n    a: cell param\n    range: global_implicit\n    "
     "function listcomp\n      .0: local param\n      i: local\n      a: free\n",
     "f: cell=a free=\nlistcomp: cell= free=a\n"},
    {"def f():\n    return [(y := i) for i in range(3)], y\n",
     "module top\n  f: local\n  function f\n    range: global_implicit\n    y: cell\n    function "
     "listcomp\n      .0: local param\n      i: local\n      y: free\n",
     "f: cell=y free=\nlistcomp: cell= free=y\n"},
    {"[j := 1 for i in x]\n",
     "module top\n  x: global_implicit\n  j: global_explicit\n  function listcomp\n    .0: local "
     "param\n    i: local\n    j: global_explicit\n",
     "listcomp: cell= free=\n"},
    {"def f(*args, **kwargs):\n    lambda q, *r, s=1, **t: args + q\n",
     "module top\n  f: local\n  function f\n    args: cell param\n    kwargs: local param\n    "
     "function lambda\n      q: local param\n      s: local param\n      r: local param\n      t: "
     "local param\n      args: free\n",
     "f: cell=args free=\nlambda: cell= free=args\n"},
    {"def f():\n    y = 1\n    class C:\n        y = 2\n        def m(self):\n            return "
     "y\n",
     "module top\n  f: local\n  function f\n    y: cell\n    C: local\n    class C\n      y: "
     "local\n      m: local\n      function m\n        self: local param\n        y: free\n",
     "f: cell=y free=\nC: cell= free=y\nm: cell= free=y\n"},
    {"def f(x):\n    def g():\n        return [x for _ in range(2)]\n    return g\n",
     "module top\n  f: local\n  function f\n    x: cell param\n    g: local\n    function g\n      "
     "range: global_implicit\n      x: free\n      function listcomp\n        .0: local param\n    "
     "    _: local\n        x: free\n",
     "f: cell=x free=\ng: cell= free=x\nlistcomp: cell= free=x\n"},
    {"def gen():\n    yield 1\n    x = yield\nasync def co():\n    await z\n    async for a in b: "
     "pass\n",
     "module top\n  gen: local\n  co: local\n  function gen\n    x: local\n  function co\n    z: "
     "global_implicit\n    a: local\n    b: global_implicit\n",
     "gen: cell= free=\nco: cell= free=\n"},
    {"import os, os.path as p\nfrom m import a as b, c\ntry:\n    pass\nexcept E as e:\n    "
     "pass\nwith x as (y, z): pass\nfor i, *j in k: pass\n",
     "module top\n  os: local\n  p: local\n  b: local\n  c: local\n  E: global_implicit\n  e: "
     "local\n  x: global_implicit\n  y: local\n  z: local\n  i: local\n  j: local\n  k: "
     "global_implicit\n",
     ""},
    {"match v:\n    case [a, *b] | {'k': a, **b} if a: pass\n    case C(d, e=f) as g: pass\n",
     "module top\n  v: global_implicit\n  a: local\n  b: local\n  C: global_implicit\n  d: local\n "
     " f: local\n  g: local\n",
     ""},
    {"def f():\n    x: int = 1\n    y: str\n    def g():\n        return x\n",
     "module top\n  f: local\n  function f\n    x: cell\n    int: global_implicit\n    y: local\n  "
     "  str: global_implicit\n    g: local\n    function g\n      x: free\n",
     "f: cell=x free=\ng: cell= free=x\n"},
    {"def f():\n    def g():\n        def h():\n            return z\n        z = 1\n        "
     "return h\n    z = 0\n    return g\n",
     "module top\n  f: local\n  function f\n    g: local\n    z: local\n    function g\n      h: "
     "local\n      z: cell\n      function h\n        z: free\n",
     "f: cell= free=\ng: cell=z free=\nh: cell= free=z\n"},
};

const char* kind_name(ScopeKind k) {
  switch (k) {
    case ScopeKind::Module:
      return "module";
    case ScopeKind::Class:
      return "class";
    default:
      return "function";
  }
}

void symbols_dump(const Scope* s, int depth, std::string& out) {
  std::string ind(static_cast<size_t>(depth) * 2, ' ');
  out += ind + kind_name(s->kind) + " " + std::string(s->name) + "\n";
  for (const Symbol& sym : s->symbols()) {
    out += ind + "  " + std::string(sym.name) + ": " + symbol_scope_name(sym.scope);
    if (sym.flags & kDefParam) out += " param";
    out += "\n";
  }
  for (const Scope* c : s->children) symbols_dump(c, depth + 1, out);
}

std::string join(const std::vector<std::string_view>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += ",";
    s += v[i];
  }
  return s;
}

void code_dump(const Scope* s, std::string& out) {
  for (const Scope* c : s->children) {
    out +=
        std::string(c->name) + ": cell=" + join(c->cellvars) + " free=" + join(c->freevars) + "\n";
    code_dump(c, out);
  }
}

ScopeResult analyze(const std::string& text, ParseResult& holder) {
  holder = parse_module(text, "<test>");
  EXPECT_TRUE(holder.ok()) << holder.formatted_error();
  return analyze_scopes(holder);
}

}  // namespace

TEST(Scope, MatchesCPythonSymtable) {
  for (const ScopeCase& c : kScopeCases) {
    ParseResult r;
    ScopeResult s = analyze(c.source, r);
    ASSERT_TRUE(s.ok()) << c.source << format_syntax_error(s.error, "<test>");
    std::string syms;
    symbols_dump(s.table->module_scope(), 0, syms);
    EXPECT_EQ(syms, c.symbols) << "source: " << c.source;
    std::string code;
    code_dump(s.table->module_scope(), code);
    EXPECT_EQ(code, c.code) << "source: " << c.source;
  }
}

TEST(Scope, QueriesByNode) {
  ParseResult r;
  ScopeResult s =
      analyze("def f(a, /, b, *c, d, **e):\n    x = 1\n    def g():\n        return x\n", r);
  ASSERT_TRUE(s.ok());
  auto* f = ast::cast<ast::FunctionDef>(r.module()->body[0]);
  Scope* fs = s.table->scope_for(f);
  ASSERT_NE(fs, nullptr);
  EXPECT_EQ(fs->kind, ScopeKind::Function);
  EXPECT_EQ(fs->param_count, 5);
  std::vector<std::string_view> want = {"a", "b", "d", "c", "e", "g"};
  EXPECT_EQ(fs->varnames, want);
  EXPECT_TRUE(fs->has_varargs);
  EXPECT_TRUE(fs->has_varkeywords);
  EXPECT_EQ(fs->scope_of("x"), SymbolScope::Cell);
  EXPECT_EQ(fs->scope_of("print"), SymbolScope::GlobalImplicit);
  auto* g = ast::cast<ast::FunctionDef>(f->body[1]);
  Scope* gs = s.table->scope_for(g);
  ASSERT_NE(gs, nullptr);
  EXPECT_EQ(gs->scope_of("x"), SymbolScope::Free);
  EXPECT_EQ(gs->parent, fs);
  EXPECT_EQ(s.table->scope_for(r.module()), s.table->module_scope());
}

TEST(Scope, Flags) {
  ParseResult r;
  ScopeResult s = analyze(
      "def g():\n    yield 1\nasync def c():\n    pass\nx = (i for i in y)\nclass K:\n    def "
      "m(self):\n"
      "        return super().m()\n",
      r);
  ASSERT_TRUE(s.ok());
  const Scope* mod = s.table->module_scope();
  ASSERT_EQ(mod->children.size(), 4u);
  EXPECT_TRUE(mod->children[0]->is_generator);
  EXPECT_TRUE(mod->children[1]->is_coroutine);
  EXPECT_TRUE(mod->children[2]->is_generator);
  EXPECT_EQ(mod->children[2]->kind, ScopeKind::Comprehension);
  EXPECT_TRUE(mod->children[3]->needs_class_closure);
  EXPECT_EQ(mod->children[3]->children[0]->scope_of("__class__"), SymbolScope::Free);
}

TEST(Scope, Mangling) {
  EXPECT_EQ(mangle_name("C", "__x"), "_C__x");
  EXPECT_EQ(mangle_name("_C", "__x"), "_C__x");
  EXPECT_EQ(mangle_name("C", "__x__"), "__x__");
  EXPECT_EQ(mangle_name("C", "_x"), "_x");
  EXPECT_EQ(mangle_name("___", "__x"), "__x");
  EXPECT_EQ(mangle_name("", "__x"), "__x");
}

TEST(Scope, Dump) {
  ParseResult r;
  ScopeResult s = analyze("def f(a):\n    return a\n", r);
  ASSERT_TRUE(s.ok());
  std::string d = dump_scopes(*s.table);
  EXPECT_NE(d.find("function f"), std::string::npos);
  EXPECT_NE(d.find("a: local param"), std::string::npos);
}
