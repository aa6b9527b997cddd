// The compiler driver: code units, instruction emission, registers, constants, names,
// labels, exception-handler regions and name access.
#include "frontend/compiler.h"

#include <cstring>
#include <new>

#include "frontend/compiler_internal.h"
#include "frontend/parser.h"
#include "frontend/scope.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

CompileOutput run(VM& vm, ParseResult& parsed, bool expression) {
  CompileOutput out;
  if (!parsed.ok()) {
    out.error = parsed.error();
    return out;
  }
  if (!expression) {
    // The front end's analysis reports CPython's symtable and compile-time errors with
    // CPython's positions and in CPython's order; code generation uses the compiler's own
    // resolution below.
    ScopeResult checked = analyze_scopes(parsed);
    if (!checked.ok()) {
      out.error = checked.error;
      return out;
    }
  }
  try {
    compiler_impl::ScopeTable scopes;
    const ast::Node* root = expression ? static_cast<const ast::Node*>(parsed.expression())
                                       : static_cast<const ast::Node*>(parsed.module());
    compiler_impl::build_scopes(scopes, root, parsed.source());
    compiler_impl::Compiler c(vm, parsed.source(), scopes);
    try {
      out.code = expression ? c.compile_expression(parsed.expression())
                            : c.compile_module(parsed.module());
    } catch (compiler_impl::CompileError& e) {
      out.code = nullptr;
      out.error = std::move(e.info);
    }
    out.warnings = std::move(c.warnings_);
  } catch (compiler_impl::CompileError& e) {
    out.code = nullptr;
    out.error = std::move(e.info);
  }
  return out;
}

}  // namespace

CompileOutput compile_source(VM& vm, std::string_view source, std::string filename) {
  ParseResult parsed = parse_module(source, std::move(filename));
  return run(vm, parsed, false);
}

CompileOutput compile_expression(VM& vm, std::string_view source, std::string filename) {
  ParseResult parsed = parse_expression(source, std::move(filename));
  return run(vm, parsed, true);
}

std::string format_compile_warning(const CompileWarning& w, std::string_view filename) {
  std::string out(filename);
  out += ':';
  out += std::to_string(w.lineno);
  out += ": ";
  out += w.category;
  out += ": ";
  out += w.message;
  out += '\n';
  if (!w.text.empty()) {
    out += "  ";
    out += w.text;
    out += '\n';
  }
  return out;
}

namespace compiler_impl {

void Compiler::warn(const ast::Node* n, std::string message) {
  CompileWarning w;
  w.lineno = n->lineno;
  w.message = std::move(message);
  if (n->lineno > 0 && n->lineno <= src_.line_count()) {
    std::string_view t = src_.line(n->lineno);
    size_t b = t.find_first_not_of(" \t\f");
    if (b == std::string_view::npos) b = t.size();
    t.remove_prefix(b);
    while (!t.empty() &&
           (t.back() == '\n' || t.back() == '\r' || t.back() == ' ' || t.back() == '\t')) {
      t.remove_suffix(1);
    }
    w.text = std::string(t);
  }
  warnings_.push_back(std::move(w));
}

void Compiler::check_forbidden_name(std::string_view name, const ast::Node* at, bool del) {
  if (name == "__debug__")
    error(at, del ? "cannot delete __debug__" : "cannot assign to __debug__");
}

void Compiler::error(const ast::Node* n, std::string message) {
  if (n) throw CompileError{make_error(src_, n, std::move(message))};
  throw CompileError{
      make_error(src_, loc_.line, loc_.col, loc_.end_line, loc_.end_col, std::move(message))};
}

// ---- units

void Compiler::enter_unit(Scope* scope, std::string_view name, std::string qualname,
                          int first_line) {
  auto unit = std::make_unique<Unit>();
  unit->scope = scope;
  unit->parent = u_;
  unit->qualname = std::move(qualname);
  auto* co = vm_.create<CodeObject>(vm_.types.code);
  co->name = vm_.intern(name);
  co->qualname = vm_.new_str(unit->qualname);
  co->filename = vm_.new_str(src_.filename());
  co->first_line = first_line;
  unit->co = co;
  u_ = unit.get();
  units_.push_back(std::move(unit));

  if (!scope->is_function()) {
    co->flags |= kCodeModule;
    return;
  }
  // Registers: parameters, other locals and cells, then free variables.
  std::vector<std::string_view> order;
  for (auto p : scope->params) order.push_back(p);
  for (auto n : scope->order) {
    SymKind k = scope->kind_of(n);
    if ((k == SymKind::Local || k == SymKind::Cell) && !(scope->flags[n] & kDefParam)) {
      order.push_back(n);
    }
  }
  for (auto n : scope->frees) order.push_back(n);
  if (order.size() > 60000) error(scope->node, "too many local variables");
  for (size_t i = 0; i < order.size(); ++i) {
    u_->regs[order[i]] = static_cast<uint16_t>(i);
    co->local_names.push_back(vm_.intern(order[i]));
  }
  co->local_count = static_cast<uint32_t>(order.size());
  u_->next_reg = u_->max_reg = co->local_count;
  u_->bound.bits.assign(order.size(), 0);
  u_->untracked.assign(order.size(), 0);
  for (size_t i = 0; i < scope->params.size(); ++i) u_->bound.bits[i] = 1;
  for (auto n : scope->deleted) {
    auto it = u_->regs.find(n);
    if (it != u_->regs.end()) u_->untracked[it->second] = 1;
  }
  for (auto n : scope->frees) co->free_registers.push_back(u_->regs[n]);
}

CodeObject* Compiler::leave_unit() {
  CodeObject* co = u_->co;
  co->register_count = std::max(u_->max_reg, co->local_count);
  if (co->register_count == 0) co->register_count = 1;
  u_ = u_->parent;
  return co;
}

// Whether a module body has annotated assignments (outside nested functions).
static bool has_annotations(const Seq<ast::Stmt*>& body) {
  using K = ast::NodeKind;
  for (auto* s : body) {
    switch (s->kind) {
      case K::AnnAssign:
        return true;
      case K::If:
      case K::While: {
        auto* w = s->kind == K::If ? nullptr : static_cast<const ast::While*>(s);
        auto* i = s->kind == K::If ? static_cast<const ast::If*>(s) : nullptr;
        if (has_annotations(i ? i->body : w->body) || has_annotations(i ? i->orelse : w->orelse)) {
          return true;
        }
        break;
      }
      case K::For:
      case K::AsyncFor: {
        auto* f = static_cast<const ast::For*>(s);
        if (has_annotations(f->body) || has_annotations(f->orelse)) return true;
        break;
      }
      case K::With:
      case K::AsyncWith:
        if (has_annotations(static_cast<const ast::With*>(s)->body)) return true;
        break;
      case K::Try:
      case K::TryStar: {
        auto* t = static_cast<const ast::Try*>(s);
        if (has_annotations(t->body) || has_annotations(t->orelse) ||
            has_annotations(t->finalbody)) {
          return true;
        }
        for (auto* h : t->handlers) {
          if (has_annotations(h->body)) return true;
        }
        break;
      }
      case K::Match:
        for (auto* c : static_cast<const ast::Match*>(s)->cases) {
          if (has_annotations(c->body)) return true;
        }
        break;
      default:
        break;
    }
  }
  return false;
}

CodeObject* Compiler::compile_module(const ast::Module* m) {
  enter_unit(scopes_.module, "<module>", "<module>", 1);
  const Seq<ast::Stmt*>& body = m->body;
  uint32_t start = 0;
  if (!body.empty()) {
    if (auto* e = ast::cast<ast::ExprStmt>(body[0])) {
      auto* c = ast::cast<ast::Constant>(e->value);
      if (c && c->value_kind == ast::ConstantKind::Str) {
        LocScope ls(*this, e);
        uint16_t r = alloc();
        load_const_value(r, const_str(c->value));
        emit_abx(Op::StoreGlobal, r, name_index("__doc__"));
        free_to(r);
        start = 1;
      }
    }
  }
  if (has_annotations(body)) {
    LocScope ls(*this, body[0]);
    uint16_t r = alloc();
    emit_abc(Op::BuildDict, r, r, 0);
    emit_abx(Op::StoreGlobal, r, name_index("__annotations__"));
    free_to(r);
  }
  for (uint32_t i = start; i < body.size(); ++i) stmt(body[i]);
  // The implicit `return None` is attributed to the last line.
  if (!body.empty()) {
    const ast::Stmt* last = body[body.size() - 1];
    loc_ = SourceLocation{last->end_lineno, last->end_lineno, -1, -1};
  } else {
    loc_ = SourceLocation{1, 1, -1, -1};
  }
  uint16_t r = alloc();
  emit_abc(Op::LoadNone, r);
  emit_abc(Op::Return, r);
  return leave_unit();
}

CodeObject* Compiler::compile_expression(const ast::Expression* e) {
  enter_unit(scopes_.module, "<module>", "<module>", 1);
  LocScope ls(*this, e->body);
  uint16_t r = expr_temp(e->body);
  emit_abc(Op::Return, r);
  return leave_unit();
}

// ---- emission

uint32_t Compiler::emit(Instruction ins) {
  u_->co->code.push_back(ins);
  u_->co->locations.push_back(loc_);
  return static_cast<uint32_t>(u_->co->code.size() - 1);
}

uint32_t Compiler::emit_abc(Op op, uint32_t a, uint32_t b, uint32_t c, uint32_t x) {
  return emit(Instruction::abc(op, static_cast<uint16_t>(a), static_cast<uint16_t>(b),
                               static_cast<uint16_t>(c), static_cast<uint8_t>(x)));
}

uint32_t Compiler::emit_abx(Op op, uint32_t a, uint32_t bc, uint32_t x) {
  return emit(Instruction::abx(op, static_cast<uint16_t>(a), bc, static_cast<uint8_t>(x)));
}

uint16_t Compiler::alloc(uint32_t n) {
  uint32_t r = u_->next_reg;
  u_->next_reg += n;
  if (u_->next_reg > 0xFFF0) error(nullptr, "too many registers needed (expression too complex)");
  if (u_->next_reg > u_->max_reg) u_->max_reg = u_->next_reg;
  return static_cast<uint16_t>(r);
}

static void set_offset(Instruction& ins, int32_t offset) {
  uint32_t bits = static_cast<uint32_t>(offset);
  ins.b = static_cast<uint16_t>(bits & 0xFFFF);
  ins.c = static_cast<uint16_t>(bits >> 16);
}

void Compiler::bind(Label& l) {
  l.pos = static_cast<int32_t>(pc());
  for (uint32_t ref : l.refs) {
    set_offset(u_->co->code[ref], l.pos - static_cast<int32_t>(ref + 1));
  }
  l.refs.clear();
}

void Compiler::emit_jump(Op op, uint32_t reg, Label& l) {
  uint32_t i = emit_abx(op, reg, 0);
  if (l.pos >= 0) {
    set_offset(u_->co->code[i], l.pos - static_cast<int32_t>(i + 1));
  } else {
    l.refs.push_back(i);
  }
}

void Compiler::emit_jump_back(Op op, uint32_t reg, uint32_t target) {
  uint32_t i = emit_abx(op, reg, 0);
  set_offset(u_->co->code[i], static_cast<int32_t>(target) - static_cast<int32_t>(i + 1));
}

// ---- constants and names

uint32_t Compiler::add_const(Value v, const std::string& key) {
  auto it = u_->const_index.find(key);
  if (it != u_->const_index.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(u_->co->constants.size());
  u_->co->constants.push_back(v);
  u_->const_index.emplace(key, i);
  return i;
}

uint32_t Compiler::const_str(std::string_view s) {
  std::string key = "s:";
  key += s;
  auto it = u_->const_index.find(key);
  if (it != u_->const_index.end()) return it->second;
  bool ident = !s.empty() && s.size() < 64;
  for (char ch : s) {
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_')) ident = false;
  }
  StrObject* str = ident ? vm_.intern(s) : vm_.new_str(s);
  return add_const(Value::from_object(str), key);
}

uint32_t Compiler::const_none() {
  return add_const(Value::none(), "N");
}

uint32_t Compiler::name_index(std::string_view s) {
  std::string key(s);
  auto it = u_->name_index.find(key);
  if (it != u_->name_index.end()) return it->second;
  uint32_t i = static_cast<uint32_t>(u_->co->names.size());
  if (i >= 0xFFFF) error(nullptr, "too many names in one code object");
  u_->co->names.push_back(vm_.intern(s));
  u_->name_index.emplace(std::move(key), i);
  return i;
}

// ---- exception-handler regions

Region* Compiler::open_region(uint16_t reg) {
  auto r = std::make_unique<Region>();
  r->reg = reg;
  r->open = true;
  r->open_start = pc();
  Region* raw = r.get();
  u_->regions.push_back(std::move(r));
  return raw;
}

void Compiler::suspend(Region* r) {
  if (!r->open) return;
  if (pc() > r->open_start) r->ranges.emplace_back(r->open_start, pc());
  r->open = false;
}

void Compiler::resume(Region* r) {
  if (r->open) return;
  r->open = true;
  r->open_start = pc();
}

void Compiler::close_region(Region* r, uint32_t target) {
  suspend(r);
  for (auto& [start, end] : r->ranges) {
    u_->co->handlers.push_back(ExceptionHandler{start, end, target, r->reg});
  }
  r->ranges.clear();
}

// ---- definite assignment

bool Compiler::definitely_bound(uint16_t reg) const {
  if (reg >= u_->bound.bits.size()) return true;
  if (u_->untracked[reg]) return false;
  return u_->bound.dead || u_->bound.bits[reg];
}

void Compiler::mark_bound(uint16_t reg) {
  if (reg < u_->bound.bits.size() && !u_->untracked[reg]) u_->bound.bits[reg] = 1;
}

void Compiler::intersect(Bound& into, const Bound& other) {
  if (other.dead) return;
  if (into.dead) {
    into = other;
    return;
  }
  for (size_t i = 0; i < into.bits.size(); ++i) into.bits[i] = into.bits[i] && other.bits[i];
}

// ---- names

bool Compiler::is_local_reg(std::string_view name, uint16_t* reg) {
  if (u_->is_module()) return false;
  if (u_->scope->kind_of(name) != SymKind::Local) return false;
  *reg = u_->regs.at(name);
  return true;
}

void Compiler::load_name(std::string_view name, uint16_t dst, const ast::Node* at) {
  if (name == "__debug__") {  // a constant, as in CPython (no -O)
    emit_abc(Op::LoadBool, dst, 0, 0, 1);
    return;
  }
  if (u_->is_module()) {
    emit_abx(Op::LoadGlobal, dst, name_index(name));
    return;
  }
  switch (u_->scope->kind_of(name)) {
    case SymKind::Local: {
      uint16_t r = u_->regs.at(name);
      if (!definitely_bound(r)) {
        emit_abx(Op::CheckBound, r, name_index(name));
        mark_bound(r);
      }
      if (r != dst) emit_abc(Op::Move, dst, r);
      break;
    }
    case SymKind::Cell:
    case SymKind::Free: {
      bool free = u_->scope->kind_of(name) == SymKind::Free;
      emit_abc(Op::LoadCell, dst, u_->regs.at(name), name_index(name), free ? 1 : 0);
      break;
    }
    default:
      emit_abx(Op::LoadGlobal, dst, name_index(name));
      break;
  }
}

void Compiler::store_name(std::string_view name, uint16_t src) {
  check_forbidden_name(name, nullptr);
  if (u_->is_module()) {
    emit_abx(Op::StoreGlobal, src, name_index(name));
    return;
  }
  switch (u_->scope->kind_of(name)) {
    case SymKind::Local: {
      uint16_t r = u_->regs.at(name);
      if (r != src) emit_abc(Op::Move, r, src);
      mark_bound(r);
      break;
    }
    case SymKind::Cell:
    case SymKind::Free:
      emit_abc(Op::StoreCell, u_->regs.at(name), src);
      break;
    default:
      emit_abx(Op::StoreGlobal, src, name_index(name));
      break;
  }
}

void Compiler::delete_name(std::string_view name, const ast::Node* at) {
  LocScope ls(*this, at);
  check_forbidden_name(name, nullptr, true);
  if (u_->is_module()) {
    emit_abx(Op::DeleteGlobal, 0, name_index(name));
    return;
  }
  switch (u_->scope->kind_of(name)) {
    case SymKind::Local: {
      uint16_t r = u_->regs.at(name);
      emit_abx(Op::DeleteLocal, r, name_index(name));
      if (r < u_->bound.bits.size()) u_->bound.bits[r] = 0;
      break;
    }
    case SymKind::Cell:
    case SymKind::Free: {
      bool free = u_->scope->kind_of(name) == SymKind::Free;
      emit_abc(Op::DeleteCell, u_->regs.at(name), name_index(name), 0, free ? 1 : 0);
      break;
    }
    default:
      emit_abx(Op::DeleteGlobal, 0, name_index(name));
      break;
  }
}

}  // namespace compiler_impl
}  // namespace ember
