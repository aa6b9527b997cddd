// Private to the bytecode compiler (frontend/compile*.cpp): scopes, code units, blocks.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.h"
#include "frontend/compiler.h"
#include "frontend/scope.h"
#include "frontend/source.h"
#include "frontend/syntax_error.h"
#include "vm/code_object.h"
#include "vm/instruction.h"
#include "vm/vm.h"

namespace ember {
struct StaticModule;
}  // namespace ember

namespace ember::compiler_impl {

// Thrown on the first compile-time error.
struct CompileError {
  SyntaxErrorInfo info;
};

SyntaxErrorInfo make_error(const SourceFile& src, int line, int col, int end_line, int end_col,
                           std::string message);
inline SyntaxErrorInfo make_error(const SourceFile& src, const ast::Node* n, std::string message) {
  return make_error(src, n->lineno, n->col_offset, n->end_lineno, n->end_col_offset,
                    std::move(message));
}

// ---------------------------------------------------------------------------------------
// Scopes: the front end's analysis (frontend/scope.h) resolves every name. Code generation
// adds what only it needs, per function-like scope (ScopeFacts, computed from the AST).

struct ScopeFacts {
  std::unordered_set<std::string_view> deleted;  // `del x` or `except ... as x` somewhere
  bool has_local_walrus = false;                 // `x := ...` binding in this very scope
};
ScopeFacts scope_facts(const Scope* scope);

// ---------------------------------------------------------------------------------------
// Code generation

struct Label {
  int32_t pos = -1;
  std::vector<uint32_t> refs;  // indices of the words holding the offset
};

// The protected ranges of one exception handler.
struct Region {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  uint32_t open_start = 0;
  bool open = false;
  uint16_t reg = 0;
};

// ExceptStarBody marks the clauses of `except*`, which break, continue and return may not leave.
enum class BlockKind : uint8_t { Loop, TryBody, TryFinally, ExceptBody, ExceptStarBody, With };

struct Block {
  Block(BlockKind k, const ast::Node* n, Label* b = nullptr, Label* c = nullptr)
      : kind(k), node(n), brk(b), cont(c) {}
  BlockKind kind;
  const ast::Node* node = nullptr;
  Label* brk = nullptr;  // Loop
  Label* cont = nullptr;
  Region* region = nullptr;   // the handler protecting code inside this block, if any
  Region* region2 = nullptr;  // a second one (the cleanup of a named except clause)
  const Seq<ast::Stmt*>* finalbody = nullptr;  // TryFinally
  uint16_t saved = 0;                          // ExceptBody: saved exception info
  std::string_view name;                       // ExceptBody: `as` name to clear
  uint16_t exit_reg = 0;                       // With: bound __exit__
};

// Definite-assignment state of a function's plain locals.
struct Bound {
  std::vector<char> bits;
  bool dead = false;
};

// The docstring of a body (its first statement, when a string literal), or null.
const ast::Constant* docstring(const Seq<ast::Stmt*>* body);
// Whether a module or class body has annotated assignments (outside nested functions).
bool has_annotations(const Seq<ast::Stmt*>& body);

struct Unit {
  const Scope* scope = nullptr;
  CodeObject* co = nullptr;
  Unit* parent = nullptr;
  std::string qualname;
  std::unordered_map<std::string, uint32_t> const_index;
  std::unordered_map<std::string, uint32_t> name_index;
  std::unordered_map<std::string_view, uint16_t> regs;
  uint32_t next_reg = 0;
  uint32_t max_reg = 0;
  std::vector<Block> blocks;
  std::vector<std::unique_ptr<Region>> regions;
  Bound bound;
  std::vector<char> untracked;  // registers never proven bound (deleted somewhere)
  int loop_depth = 0;
  bool has_local_walrus = false;
  // While compiling the module's leading docstring and `from __future__` imports.
  bool in_future_prefix = false;
  bool is_module() const { return scope->kind == ScopeKind::Module; }
  bool is_class() const { return scope->kind == ScopeKind::Class; }
};

class Compiler {
 public:
  Compiler(VM& vm, const SourceFile& src, const ScopeTable& scopes)
      : vm_(vm), src_(src), scopes_(scopes) {}

  CodeObject* compile_module(const ast::Module* m);
  CodeObject* compile_expression(const ast::Expression* e);
  bool names_in_locals_ = false;  // exec()/eval() code (see compile_for_exec)
  // The fn object of each top-level Mojo fn (frontend/static_compiler.h).
  const StaticModule* static_module_ = nullptr;
  bool uses_name_ops(std::string_view name) const;

  // ---- compiler.cpp: units, emission, registers, constants
  [[noreturn]] void error(const ast::Node* n, std::string message);
  void warn(const ast::Node* n, std::string message);
  void check_forbidden_name(std::string_view name, const ast::Node* at, bool del = false);
  void check_caller(const ast::Expr* func);
  void check_subscript(const ast::Subscript* s);
  void enter_unit(const Scope* scope, std::string_view name, std::string qualname, int first_line);
  CodeObject* leave_unit();
  uint32_t emit(Instruction ins);
  // Emits a caching instruction and its AUX word with a fresh inline-cache index.
  void emit_cached(Instruction ins);
  uint32_t emit_abc(Op op, uint32_t a, uint32_t b = 0, uint32_t c = 0, uint32_t x = 0);
  uint32_t emit_abx(Op op, uint32_t a, uint32_t bc, uint32_t x = 0);
  uint32_t pc() const { return static_cast<uint32_t>(u_->co->code.size()); }
  uint16_t alloc(uint32_t n = 1);
  uint32_t mark() const { return u_->next_reg; }
  void free_to(uint32_t mark) { u_->next_reg = mark; }
  void bind(Label& l);
  void emit_jump(Op op, uint32_t reg, Label& l);  // Jump / JumpIfTrue / JumpIfFalse
  void emit_jump_back(Op op, uint32_t reg, uint32_t target);
  uint32_t add_const(Value v, const std::string& key);
  uint32_t const_str(std::string_view s);
  uint32_t const_none();
  // Index of an attribute name, mangled (`__x` -> `_C__x`) inside a class.
  uint32_t attr_index(std::string_view attr);
  uint32_t name_index(std::string_view s);
  void load_const_value(uint16_t dst, uint32_t index) { emit_abx(Op::LoadConst, dst, index); }
  Region* open_region(uint16_t reg);
  void suspend(Region* r);
  void resume(Region* r);
  void close_region(Region* r, uint32_t target);  // adds the handler entries
  bool unreachable() const { return u_->bound.dead; }

  // Names
  const Scope* scope_of_node(const ast::Node* n) const;
  SymbolScope kind_of(std::string_view name) const { return u_->scope->scope_of(name); }
  bool is_local_reg(std::string_view name, uint16_t* reg);
  void load_name(std::string_view name, uint16_t dst, const ast::Node* at);
  void store_name(std::string_view name, uint16_t src);
  void delete_name(std::string_view name, const ast::Node* at);
  bool definitely_bound(uint16_t reg) const;
  void mark_bound(uint16_t reg);

  // ---- compile_expr.cpp
  void expr_to(const ast::Expr* e, uint16_t dst);
  uint16_t expr_any(const ast::Expr* e);
  uint16_t expr_temp(const ast::Expr* e) {
    uint16_t r = alloc();
    expr_to(e, r);
    return r;
  }
  void jump_if(const ast::Expr* e, bool cond, Label& target);
  bool constant_value(const ast::Expr* e, Value* out, std::string* key);
  void compile_call(const ast::Call* c, uint16_t dst);
  // `leading` positional arguments already sit in R[callee+1..callee+leading].
  void compile_args_call(uint16_t callee, const Seq<ast::Expr*>& args,
                         const Seq<ast::Keyword*>& keywords, const ast::Node* at,
                         uint32_t leading = 0);
  void build_sequence(const Seq<ast::Expr*>& elts, uint16_t dst, ast::NodeKind kind,
                      uint16_t callee = kNoRegister);
  bool set_display_from_constant(const Seq<ast::Expr*>& elts, uint16_t dst);
  void compile_comprehension(const ast::Comp* c, uint16_t dst);
  void comprehension_body(const ast::Comp* c, size_t gen_index, uint16_t result,
                          uint16_t first_iter);
  void compile_fstring(const ast::JoinedStr* j, uint16_t dst);
  void compile_formatted(const ast::FormattedValue* f, uint16_t dst);
  void compile_lambda(const ast::Lambda* l, uint16_t dst);
  void make_function(const ast::Node* node, const Scope* scope, const ast::Arguments* args,
                     uint16_t dst, std::string_view name, const Seq<ast::Stmt*>* body,
                     const ast::Expr* lambda_body, const ast::Expr* returns);
  void make_closure(const Scope* child, uint32_t code_index, uint16_t dst, uint8_t flags,
                    uint16_t first_extra);
  std::string child_qualname(std::string_view name) const;
  void emit_make_cells();

  // ---- compile_stmt.cpp
  void stmts(const Seq<ast::Stmt*>& body);
  void stmt(const ast::Stmt* s);
  void store_target(const ast::Expr* target, uint16_t src);
  void compile_assign(const ast::Assign* a);
  void compile_augassign(const ast::AugAssign* a);
  void compile_delete(const ast::Expr* target);
  void compile_if(const ast::If* s);
  void compile_while(const ast::While* s);
  void compile_for(const ast::For* s);
  void compile_funcdef(const ast::FunctionDef* f);
  // Binds `name` to the fn object the static half compiled for `s` (a fn or typed def).
  void bind_typed_function(const ast::Stmt* s, std::string_view name);
  // ---- compile_class.cpp
  void compile_classdef(const ast::ClassDef* c);
  void compile_import(const ast::Import* s);
  void compile_import_from(const ast::ImportFrom* s);
  void check_future_import(const ast::ImportFrom* s);
  void compile_assert(const ast::Assert* s);
  void compile_return(const ast::Return* s);
  void compile_break_continue(const ast::Stmt* s, bool is_break);
  void check_starred_assign(const ast::Expr* target);
  void push_block(Block b, const ast::Node* at);
  void pop_block() { u_->blocks.pop_back(); }

  // ---- compile_try.cpp
  void compile_try(const ast::Try* t);
  // The protected part of a try: its body (whose exceptions arrive in R[exc]) and the else
  // clause, which jumps to `end`; returns the definite-assignment state at that jump.
  Bound compile_try_body(const ast::Try* t, uint16_t exc, Label& end);
  void compile_try_except(const ast::Try* t);
  void compile_try_star(const ast::Try* t);
  // R[dst] = the hidden builtin `name` called with R[args...].
  void call_hidden_builtin(const char* name, uint16_t dst, std::initializer_list<uint16_t> args);
  void compile_try_finally(const ast::Try* t);
  // Awaits the awaitable in R[reg], leaving the result there; `source` words the TypeError
  // for a non-awaitable (0 await, 1 __aenter__, 2 __aexit__; see Op::GetAwaitable).
  void emit_await(uint16_t reg, uint32_t source = 0);
  void emit_normal_exit(uint16_t exit_reg, bool is_async);
  void compile_with(const ast::With* w, size_t item);
  void compile_raise(const ast::Raise* r);
  // Runs the cleanups of blocks [down_to, top) (innermost first) for a jump out of them;
  // `restore` receives the regions suspended, to be resumed after the jump is emitted.
  void unwind_blocks(size_t down_to, std::vector<Region*>& suspended);
  void clear_except_name(std::string_view name);

  // ---- compile_match.cpp
  void compile_match(const ast::Match* m);

  // Definite assignment helpers
  Bound save_bound() const { return u_->bound; }
  void restore_bound(const Bound& b) { u_->bound = b; }
  static void intersect(Bound& into, const Bound& other);

  SourceLocation loc_;

  VM& vm_;
  const SourceFile& src_;
  const ScopeTable& scopes_;
  Unit* u_ = nullptr;
  std::vector<std::unique_ptr<Unit>> units_;
  std::vector<CompileWarning> warnings_;
};

// Sets the location of the instructions emitted while it lives.
class LocScope {
 public:
  LocScope(Compiler& c, const ast::Node* n) : c_(c), saved_(c.loc_) {
    if (n && n->lineno > 0) {
      c.loc_ = SourceLocation{n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
    }
  }
  ~LocScope() { c_.loc_ = saved_; }
  LocScope(const LocScope&) = delete;
  LocScope& operator=(const LocScope&) = delete;

 private:
  Compiler& c_;
  SourceLocation saved_;
};

}  // namespace ember::compiler_impl
