// AST modelled on CPython 3.11's `ast` module. Nodes live in an Arena owned
// by the ParseResult; they are trivially destructible (no per-node delete).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ember {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t size, size_t align = alignof(std::max_align_t)) {
    size_t p = (used_ + align - 1) & ~(align - 1);
    if (blocks_.empty() || p + size > cap_) {
      size_t cap = size > kBlock / 2 ? size : kBlock;
      blocks_.emplace_back(new char[cap]);
      cap_ = cap;
      p = 0;
    }
    used_ = p + size;
    return blocks_.back().get() + p;
  }
  template <class T, class... A>
  T* make(A&&... a) {
    static_assert(std::is_trivially_destructible_v<T>);
    return new (allocate(sizeof(T), alignof(T))) T{std::forward<A>(a)...};
  }
  // Copies `s` into the arena.
  std::string_view intern(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

 private:
  static constexpr size_t kBlock = 64 * 1024;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = 0;
  size_t cap_ = 0;
};

// Immutable array of T stored in the arena.
template <class T>
struct Seq {
  T* items = nullptr;
  uint32_t count = 0;
  T* begin() const { return items; }
  T* end() const { return items + count; }
  uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  T& operator[](size_t i) const { return items[i]; }
  static Seq from(Arena& arena, const std::vector<T>& v) {
    Seq s;
    s.count = static_cast<uint32_t>(v.size());
    if (!v.empty()) {
      s.items = static_cast<T*>(arena.allocate(sizeof(T) * v.size(), alignof(T)));
      std::memcpy(static_cast<void*>(s.items), v.data(), sizeof(T) * v.size());
    }
    return s;
  }
};

namespace ast {

// Node kinds: the names are CPython's class names except ExprStmt (CPython's
// statement `Expr`) and the PascalCase helpers (arguments -> Arguments, ...).
#define EMBER_STMT_KINDS(X)                                                                     \
  X(FunctionDef)                                                                                \
  X(AsyncFunctionDef)                                                                           \
  X(ClassDef)                                                                                   \
  X(Return)                                                                                     \
  X(Delete)                                                                                     \
  X(Assign)                                                                                     \
  X(AugAssign)                                                                                  \
  X(AnnAssign)                                                                                  \
  X(For)                                                                                        \
  X(AsyncFor)                                                                                   \
  X(While)                                                                                      \
  X(If)                                                                                         \
  X(With)                                                                                       \
  X(AsyncWith)                                                                                  \
  X(Match)                                                                                      \
  X(Raise)                                                                                      \
  X(Try) X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(ExprStmt) X(Pass) \
      X(Break) X(Continue) X(FnDef) X(StructDef) X(TraitDef) X(VarDecl) X(AliasDecl)
#define EMBER_EXPR_KINDS(X)                                                                       \
  X(BoolOp)                                                                                       \
  X(NamedExpr)                                                                                    \
  X(BinOp)                                                                                        \
  X(UnaryOp)                                                                                      \
  X(Lambda)                                                                                       \
  X(IfExp)                                                                                        \
  X(Dict)                                                                                         \
  X(Set)                                                                                          \
  X(ListComp)                                                                                     \
  X(SetComp)                                                                                      \
  X(DictComp)                                                                                     \
  X(GeneratorExp)                                                                                 \
  X(Await)                                                                                        \
  X(Yield)                                                                                        \
  X(YieldFrom)                                                                                    \
  X(Compare)                                                                                      \
  X(Call) X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) \
      X(List) X(Tuple) X(Slice) X(Transfer) X(FnType) X(ParamKeyword)
#define EMBER_PATTERN_KINDS(X) \
  X(MatchValue)                \
  X(MatchSingleton)            \
  X(MatchSequence) X(MatchMapping) X(MatchClass) X(MatchStar) X(MatchAs) X(MatchOr)
#define EMBER_OTHER_KINDS(X) \
  X(Module)                  \
  X(Expression)              \
  X(Arguments) X(Arg) X(Keyword) X(Alias) X(WithItem) X(MatchCase) X(Comprehension) X(ExceptHandler)

enum class NodeKind : uint8_t {
#define EMBER_X(k) k,
  EMBER_STMT_KINDS(EMBER_X) EMBER_EXPR_KINDS(EMBER_X) EMBER_PATTERN_KINDS(EMBER_X)
      EMBER_OTHER_KINDS(EMBER_X)
#undef EMBER_X
};

// CPython class name of a kind ("Expr" for ExprStmt, "arguments", "arg", ...).
const char* node_kind_name(NodeKind kind);

inline bool is_stmt(NodeKind k) {
  return k <= NodeKind::AliasDecl;
}
inline bool is_expr(NodeKind k) {
  return k >= NodeKind::BoolOp && k <= NodeKind::ParamKeyword;
}
inline bool is_pattern(NodeKind k) {
  return k >= NodeKind::MatchValue && k <= NodeKind::MatchOr;
}

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class OperatorKind : uint8_t {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

const char* operator_name(OperatorKind op);    // "Add", ...
const char* operator_symbol(OperatorKind op);  // "+", ...
const char* unaryop_name(UnaryOpKind op);
const char* cmpop_name(CmpOpKind op);

struct Node {
  NodeKind kind;
  int lineno = 0;      // 1-based
  int col_offset = 0;  // 0-based, UTF-8 bytes
  int end_lineno = 0;
  int end_col_offset = 0;
};

// A node the compiler makes itself, of `kind`, placed where `at` is in the source.
template <class T>
T* make_node_at(Arena& arena, NodeKind kind, const Node* at) {
  T* n = arena.make<T>();
  n->kind = kind;
  n->lineno = at->lineno;
  n->col_offset = at->col_offset;
  n->end_lineno = at->end_lineno;
  n->end_col_offset = at->end_col_offset;
  return n;
}

struct Expr : Node {};
struct Stmt : Node {};
struct Pattern : Node {};

template <class T>
T* cast(Node* n) {
  return n && T::matches(n->kind) ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* cast(const Node* n) {
  return n && T::matches(n->kind) ? static_cast<const T*>(n) : nullptr;
}

#define EMBER_NODE(K)               \
  static bool matches(NodeKind k) { \
    return k == NodeKind::K;        \
  }
#define EMBER_NODE2(K1, K2)                        \
  static bool matches(NodeKind k) {                \
    return k == NodeKind::K1 || k == NodeKind::K2; \
  }

// Mojo argument conventions; each era's spelling maps to one meaning (MOJO.md).
enum class ArgConvention : uint8_t {
  Default,  // read-only, as `read`
  Read,     // `borrowed`, `read`
  Mut,      // `inout`, `mut`
  Owned,    // `owned`, `var`
  Out,      // `out`
  Ref,      // `ref`
  Deinit,   // `deinit`
};

// ---- helpers ----
struct Arg : Node {
  EMBER_NODE(Arg)
  std::string_view arg;
  Expr* annotation = nullptr;
  // fn parameters only: the convention and the word that spelled it (empty when none).
  ArgConvention convention = ArgConvention::Default;
  std::string_view convention_spelling;
};
struct Arguments : Node {  // no location in CPython
  EMBER_NODE(Arguments)
  Seq<Arg*> posonlyargs, args;
  Arg* vararg = nullptr;
  Seq<Arg*> kwonlyargs;
  Seq<Expr*> kw_defaults;  // entries may be nullptr
  Arg* kwarg = nullptr;
  Seq<Expr*> defaults;
};
struct Keyword : Node {
  EMBER_NODE(Keyword)
  std::string_view arg;  // empty for **kwargs
  Expr* value = nullptr;
};
struct Alias : Node {
  EMBER_NODE(Alias)
  std::string_view name;    // dotted name, or "*"
  std::string_view asname;  // empty if none
};
struct WithItem : Node {  // no location in CPython
  EMBER_NODE(WithItem)
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};
struct Comprehension : Node {  // no location in CPython
  EMBER_NODE(Comprehension)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  Seq<Expr*> ifs;
  bool is_async = false;
};
struct ExceptHandler : Node {
  EMBER_NODE(ExceptHandler)
  Expr* type = nullptr;
  std::string_view name;  // empty if none
  Seq<Stmt*> body;
};
struct MatchCase : Node {  // no location in CPython
  EMBER_NODE(MatchCase)
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  Seq<Stmt*> body;
};

// ---- modules ----
struct Module : Node {
  EMBER_NODE(Module)
  Seq<Stmt*> body;
};
struct Expression : Node {
  EMBER_NODE(Expression)
  Expr* body = nullptr;
};

// ---- statements ----
struct FunctionDef : Stmt {  // kind FunctionDef or AsyncFunctionDef
  EMBER_NODE2(FunctionDef, AsyncFunctionDef)
  std::string_view name;
  Arguments* args = nullptr;
  Seq<Stmt*> body;
  Seq<Expr*> decorator_list;
  Expr* returns = nullptr;
  bool raises = false;          // a .mojo def's `raises`
  Arguments* params = nullptr;  // a .mojo def's compile-time parameters `[...]`
};
struct ClassDef : Stmt {
  EMBER_NODE(ClassDef)
  std::string_view name;
  Seq<Expr*> bases;
  Seq<Keyword*> keywords;
  Seq<Stmt*> body;
  Seq<Expr*> decorator_list;
};
struct Return : Stmt {
  EMBER_NODE(Return)
  Expr* value = nullptr;
};
struct Delete : Stmt {
  EMBER_NODE(Delete)
  Seq<Expr*> targets;
};
struct Assign : Stmt {
  EMBER_NODE(Assign)
  Seq<Expr*> targets;
  Expr* value = nullptr;
};
struct AugAssign : Stmt {
  EMBER_NODE(AugAssign)
  Expr* target = nullptr;
  OperatorKind op = OperatorKind::Add;
  Expr* value = nullptr;
};
struct AnnAssign : Stmt {
  EMBER_NODE(AnnAssign)
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
  bool simple = false;
};
struct For : Stmt {  // For or AsyncFor
  EMBER_NODE2(For, AsyncFor)
  Expr* target = nullptr;
  Expr* iter = nullptr;
  Seq<Stmt*> body, orelse;
  bool comptime = false;  // Mojo: `@parameter for` / `comptime for`
};
struct While : Stmt {
  EMBER_NODE(While)
  Expr* test = nullptr;
  Seq<Stmt*> body, orelse;
};
struct If : Stmt {
  EMBER_NODE(If)
  Expr* test = nullptr;
  Seq<Stmt*> body, orelse;
  bool comptime = false;  // Mojo: `@parameter if` / `comptime if` (and their elifs)
};
struct With : Stmt {  // With or AsyncWith
  EMBER_NODE2(With, AsyncWith)
  Seq<WithItem*> items;
  Seq<Stmt*> body;
};
struct Match : Stmt {
  EMBER_NODE(Match)
  Expr* subject = nullptr;
  Seq<MatchCase*> cases;
};
struct Raise : Stmt {
  EMBER_NODE(Raise)
  Expr* exc = nullptr;
  Expr* cause = nullptr;
};
struct Try : Stmt {  // Try or TryStar
  EMBER_NODE2(Try, TryStar)
  Seq<Stmt*> body;
  Seq<ExceptHandler*> handlers;
  Seq<Stmt*> orelse, finalbody;
};
struct Assert : Stmt {
  EMBER_NODE(Assert)
  Expr* test = nullptr;
  Expr* msg = nullptr;
};
struct Import : Stmt {
  EMBER_NODE(Import)
  Seq<Alias*> names;
};
struct ImportFrom : Stmt {
  EMBER_NODE(ImportFrom)
  std::string_view module;  // empty if none
  Seq<Alias*> names;
  int level = 0;
};
struct Global : Stmt {  // Global or Nonlocal
  EMBER_NODE2(Global, Nonlocal)
  Seq<std::string_view> names;
};
struct ExprStmt : Stmt {
  EMBER_NODE(ExprStmt)
  Expr* value = nullptr;
};
struct Simple : Stmt {  // Pass, Break, Continue
  static bool matches(NodeKind k) {
    return k == NodeKind::Pass || k == NodeKind::Break || k == NodeKind::Continue;
  }
};

// ---- Mojo's static half (only in .mojo / .🔥 sources) ----
// `fn name[params](args) raises -> returns: body`.
struct FnDef : Stmt {
  EMBER_NODE(FnDef)
  std::string_view name;
  Arguments* params = nullptr;  // compile-time parameters `[...]`, nullptr when absent
  Arguments* args = nullptr;
  Expr* returns = nullptr;
  bool raises = false;
  bool is_def = false;  // stands in for a typed `def` of a .mojo source (mojo_def.h)
  Seq<Stmt*> body;
  Seq<Expr*> decorator_list;
};
// "fn" or "def": how diagnostics name the function `f` declares.
inline const char* function_word(const FnDef* f) {
  return f->is_def ? "def" : "fn";
}
// `struct Name[params](Traits): body` and `trait Name(Traits): body`.
struct StructDef : Stmt {
  EMBER_NODE2(StructDef, TraitDef)
  std::string_view name;
  Arguments* params = nullptr;
  Seq<Expr*> bases;
  Seq<Stmt*> body;
  Seq<Expr*> decorator_list;
};
// `var x: T = value` / `let x: T = value` (annotation and value optional, not both absent).
struct VarDecl : Stmt {
  EMBER_NODE(VarDecl)
  bool is_let = false;
  Expr* target = nullptr;  // a Name
  Expr* annotation = nullptr;
  Expr* value = nullptr;
};
// `alias N: T = value` / `comptime N = value`.
struct AliasDecl : Stmt {
  EMBER_NODE(AliasDecl)
  bool comptime = false;
  std::string_view name;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
};

// ---- expressions ----
struct BoolOp : Expr {
  EMBER_NODE(BoolOp)
  BoolOpKind op = BoolOpKind::And;
  Seq<Expr*> values;
};
struct NamedExpr : Expr {
  EMBER_NODE(NamedExpr)
  Expr* target = nullptr;
  Expr* value = nullptr;
};
struct BinOp : Expr {
  EMBER_NODE(BinOp)
  Expr* left = nullptr;
  OperatorKind op = OperatorKind::Add;
  Expr* right = nullptr;
};
struct UnaryOp : Expr {
  EMBER_NODE(UnaryOp)
  UnaryOpKind op = UnaryOpKind::Not;
  Expr* operand = nullptr;
};
struct Lambda : Expr {
  EMBER_NODE(Lambda)
  Arguments* args = nullptr;
  Expr* body = nullptr;
};
struct IfExp : Expr {
  EMBER_NODE(IfExp)
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
};
struct Dict : Expr {
  EMBER_NODE(Dict)
  Seq<Expr*> keys;  // nullptr key for `**mapping`
  Seq<Expr*> values;
};
struct Set : Expr {
  EMBER_NODE(Set)
  Seq<Expr*> elts;
};
struct Comp : Expr {  // ListComp, SetComp, GeneratorExp, DictComp
  static bool matches(NodeKind k) {
    return k == NodeKind::ListComp || k == NodeKind::SetComp || k == NodeKind::GeneratorExp ||
           k == NodeKind::DictComp;
  }
  Expr* elt = nullptr;    // DictComp: key
  Expr* value = nullptr;  // DictComp only
  Seq<Comprehension*> generators;
};
struct Await : Expr {  // Await, YieldFrom, Yield (value may be nullptr for Yield)
  static bool matches(NodeKind k) {
    return k == NodeKind::Await || k == NodeKind::Yield || k == NodeKind::YieldFrom;
  }
  Expr* value = nullptr;
};
struct Compare : Expr {
  EMBER_NODE(Compare)
  Expr* left = nullptr;
  Seq<CmpOpKind> ops;
  Seq<Expr*> comparators;
};
struct Call : Expr {
  EMBER_NODE(Call)
  Expr* func = nullptr;
  Seq<Expr*> args;
  Seq<Keyword*> keywords;
};
struct FormattedValue : Expr {
  EMBER_NODE(FormattedValue)
  Expr* value = nullptr;
  int conversion = -1;          // -1, 's', 'r', 'a'
  Expr* format_spec = nullptr;  // a JoinedStr or nullptr
};
struct JoinedStr : Expr {
  EMBER_NODE(JoinedStr)
  Seq<Expr*> values;  // Constant(str) and FormattedValue
};
enum class ConstantKind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
struct Constant : Expr {
  EMBER_NODE(Constant)
  ConstantKind value_kind = ConstantKind::None;
  // Int: digit text without underscores, with a lower-case base prefix for
  //      non-decimal literals ("0x1f", "0o17", "0b101", "123").
  // Str: generalized UTF-8 (lone surrogates as 3-byte sequences).
  // Bytes: raw bytes.
  std::string_view value;
  double number = 0;      // Float value, or the imaginary part of a Complex
  bool u_prefix = false;  // CPython's Constant.kind == "u"
};
// Whether `e` is the literal None.
inline bool is_none_literal(const Expr* e) {
  auto* c = cast<Constant>(e);
  return c && c->value_kind == ConstantKind::None;
}
struct Attribute : Expr {
  EMBER_NODE(Attribute)
  Expr* value = nullptr;
  std::string_view attr;
  ExprContext ctx = ExprContext::Load;
};
struct Subscript : Expr {
  EMBER_NODE(Subscript)
  Expr* value = nullptr;
  Expr* slice = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct Starred : Expr {
  EMBER_NODE(Starred)
  Expr* value = nullptr;
  ExprContext ctx = ExprContext::Load;
};
struct Name : Expr {
  EMBER_NODE(Name)
  std::string_view id;
  ExprContext ctx = ExprContext::Load;
};
struct Sequence : Expr {  // List or Tuple
  EMBER_NODE2(List, Tuple)
  Seq<Expr*> elts;
  ExprContext ctx = ExprContext::Load;
};
struct Slice : Expr {
  EMBER_NODE(Slice)
  Expr* lower = nullptr;
  Expr* upper = nullptr;
  Expr* step = nullptr;
};

// `value^`: ownership transfer (Mojo).
struct Transfer : Expr {
  EMBER_NODE(Transfer)
  Expr* value = nullptr;
};

// A function type (Mojo): `fn (Int, String) raises -> Bool`, the type of a compile-time
// parameter that names a function. Only annotations of .mojo sources hold one.
struct FnType : Expr {
  EMBER_NODE(FnType)
  Seq<Expr*> args;          // the argument types
  Expr* returns = nullptr;  // nullptr: `-> None`
  bool raises = false;
  bool capturing = false;
};

// `name=value` among the parameters in brackets (Mojo: `v.slice[2, offset=4]()`,
// `p.load[width=8](i)`); only in the slice of a Subscript.
struct ParamKeyword : Expr {
  EMBER_NODE(ParamKeyword)
  std::string_view arg;
  Expr* value = nullptr;
};

// ---- patterns ----
struct MatchValue : Pattern {  // MatchValue (value) / MatchSingleton (value is a Constant)
  EMBER_NODE2(MatchValue, MatchSingleton)
  Expr* value = nullptr;
};
struct MatchSequence : Pattern {  // MatchSequence / MatchOr
  EMBER_NODE2(MatchSequence, MatchOr)
  Seq<Pattern*> patterns;
};
struct MatchMapping : Pattern {
  EMBER_NODE(MatchMapping)
  Seq<Expr*> keys;
  Seq<Pattern*> patterns;
  std::string_view rest;  // empty if none
};
struct MatchClass : Pattern {
  EMBER_NODE(MatchClass)
  Expr* cls = nullptr;
  Seq<Pattern*> patterns;
  Seq<std::string_view> kwd_attrs;
  Seq<Pattern*> kwd_patterns;
};
struct MatchStar : Pattern {
  EMBER_NODE(MatchStar)
  std::string_view name;  // empty for `*_`
};
struct MatchAs : Pattern {
  EMBER_NODE(MatchAs)
  Pattern* pattern = nullptr;
  std::string_view name;  // empty for `_`
};

#undef EMBER_NODE
#undef EMBER_NODE2

}  // namespace ast
}  // namespace ember
