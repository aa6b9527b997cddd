// Typed fn bodies: registers and the slot map, emission, scopes with definite
// initialisation, and statements.
#include <algorithm>

#include "frontend/mojo_def.h"
#include "frontend/static_internal.h"
#include "vm/str_object.h"
#include "vm/typed_fusion.h"
#include "vm/vm.h"

namespace ember::static_impl {

using namespace ast;

FnCompiler::FnCompiler(ModuleContext& m, const FnSignature& sig)
    : m_(m), sig_(sig), code_(sig.code) {}

void FnCompiler::compile() {
  BodyScope body(m_, this);  // Pointer types in this body's annotations name its variables
  const FnDef* def = sig_.def;
  scopes_.emplace_back();
  alias_scopes_.push_back(sig_.param_values);  // a generic instance's value parameters
  ActiveAliases active(m_, &alias_scopes_);
  TypeParameters types(m_, sig_.type_args);  // and its type parameters
  const Seq<Arg*>& args = def->args->args;
  size_t first = 0;
  if (sig_.self_kind != SelfKind::None) {
    // `self` comes first in the argument registers (Read, Mut) or is built here (Out).
    first = 1;
    if (sig_.self_kind != SelfKind::Out) {
      self_ = declare(args[0], "self", sig_.self_type, false);
      if (self_) {
        self_->read_only = sig_.self_kind == SelfKind::Read;
        // An `owned self` is this method's to destroy, except in __del__, which is
        // what destroys it.
        self_->destroys = self_->destroys && sig_.self_kind == SelfKind::Owned &&
                          sig_.name != "__del__" && args[0]->convention != ArgConvention::Deinit;
        set_initialized(self_, true);
      }
    }
  }
  for (size_t i = 0; i < sig_.params.size(); ++i) {
    const Arg* a = args[first + i];
    Local* l = declare(a, a->arg, sig_.params[i], false);
    if (!l) continue;
    l->read_only = a->convention == ArgConvention::Default || a->convention == ArgConvention::Read;
    if (sig_.param_mut[i]) mut_params_.push_back(l);
    // The fn destroys the managed values it owns: its `owned` arguments, except the value
    // __moveinit__ takes apart.
    l->destroys = l->destroys && sig_.param_owned[i] && sig_.name != "__moveinit__";
    set_initialized(l, true);
  }
  if (sig_.self_kind == SelfKind::Out) {
    self_ = declare(args[0], "self", sig_.self_type, false);
    if (self_) {
      self_->destroys = false;  // returned to the caller
      // Each field is initialised separately; `self` is whole once all of them are.
      self_->tracks_fields = true;
      new_init_entries(static_cast<uint32_t>(m_.struct_info(sig_.self_type)->fields.size()));
    }
  }
  stmts(def->body);
  if (!dead_) {
    if (sig_.result != StaticType::NoneType && sig_.result != StaticType::Error) {
      error(def, "missing return at the end of fn '" + std::string(sig_.name) +
                     "', which returns " + quoted(sig_.result));
    }
    LocationScope at(*this, def);
    destroy_values_deeper_than(0);
    emit_return(0, StaticType::NoneType);
  }
  // The prologue loads the constant registers once; jumps are relative, so prepending
  // leaves every offset in the body valid.
  std::vector<Instruction> prologue;
  for (auto& [bits, r] : constant_registers_) {
    prologue.push_back(Instruction::abx(Op::LoadRaw, r, raw_constant(bits)));
  }
  code_->code.insert(code_->code.begin(), prologue.begin(), prologue.end());
  for (ExceptionHandler& h : code_->handlers) {  // absolute positions move with the code
    h.start += static_cast<uint32_t>(prologue.size());
    h.end += static_cast<uint32_t>(prologue.size());
    h.target += static_cast<uint32_t>(prologue.size());
  }
  SourceLocation entry{def->lineno, def->lineno, def->col_offset, def->col_offset};
  code_->locations.insert(code_->locations.begin(), prologue.size(), entry);
  code_->register_count = std::max<uint32_t>(1, static_cast<uint32_t>(register_is_value_.size()));
  code_->statement_temporaries.assign(code_->register_count, true);
  for (size_t r = 0; r < register_is_local_.size() && r < code_->register_count; ++r) {
    code_->statement_temporaries[r] = !register_is_local_[r];
  }
  for (size_t r = 0; r < register_is_value_.size(); ++r) {
    if (register_assigned_[r] && register_is_value_[r]) {
      code_->value_registers.push_back(static_cast<uint16_t>(r));
    }
  }
  fuse_typed_pairs(code_->code);
}

// Returns a value of type `type` in `reg` by the signature's convention: a mutated self
// goes back first; a constructor returns self.
void FnCompiler::emit_return(uint16_t reg, StaticType type) {
  if (sig_.self_kind == SelfKind::Out) {
    check_self_initialized(sig_.def);
    if (!self_) return;
    uint32_t n = m_.slot_count(sig_.self_type);
    emit(Instruction::abc(Op::ReturnMulti, self_->reg, 0, 0, static_cast<uint8_t>(n)));
    return;
  }
  uint32_t result_slots = type == StaticType::NoneType ? 0 : m_.slot_count(type);
  // What the caller writes back comes first: a mutated self, then the `mut` arguments.
  std::vector<std::pair<uint16_t, StaticType>> outputs;
  if (sig_.self_kind == SelfKind::Mut && self_) outputs.emplace_back(self_->reg, self_->type);
  for (Local* l : mut_params_) outputs.emplace_back(l->reg, l->type);
  if (!outputs.empty()) {
    if (result_slots) outputs.emplace_back(reg, type);
    std::vector<bool> kinds;
    for (auto& [r, t] : outputs) {
      std::vector<bool> k = m_.slot_kinds(t);
      kinds.insert(kinds.end(), k.begin(), k.end());
    }
    uint16_t block = temp_block(kinds);
    uint32_t offset = 0;
    for (auto& [r, t] : outputs) {
      move(static_cast<uint16_t>(block + offset), r, t);
      offset += m_.slot_count(t);
    }
    emit(Instruction::abc(Op::ReturnMulti, block, 0, 0, static_cast<uint8_t>(offset)));
    return;
  }
  if (result_slots > 1 || is_struct_type(type)) {
    emit(Instruction::abc(Op::ReturnMulti, reg, 0, 0, static_cast<uint8_t>(result_slots)));
    return;
  }
  if (type == StaticType::NoneType) {
    reg = temp(false);
    emit(Instruction::abx(Op::LoadRaw, reg, raw_constant(0)));
  }
  emit(Instruction::abc(Op::Return, reg));
}

void FnCompiler::check_self_initialized(const Node* at) {
  if (!self_ || !self_->tracks_fields || dead_) return;
  const StructInfo* info = m_.struct_info(self_->type);
  for (size_t i = 0; i < info->fields.size(); ++i) {
    if (!init_[self_->index + 1 + i]) {
      error(at, "field 'self." + std::string(info->fields[i].name) +
                    "' is not initialized at the end of '__init__'");
      init_[self_->index + 1 + i] = 1;
    }
  }
}

// ---- registers and emission

uint16_t FnCompiler::temp_for(StaticType t) {
  std::vector<bool> kinds = m_.slot_kinds(t);
  if (kinds.empty()) kinds.push_back(false);
  return temp_block(kinds);
}

// The instruction just emitted computed `src`, a temporary: have it write `dst` instead of
// adding a Move (`slots`: the registers of the value). Not when a jump lands after it
// (another path also writes `src`).
bool FnCompiler::retarget_last(uint16_t dst, uint16_t src, uint32_t slots) {
  if (code_->code.empty() || last_label_pos_ == static_cast<int32_t>(code_->code.size()) ||
      (src < register_is_local_.size() && register_is_local_[src])) {
    return false;
  }
  Instruction& last = code_->code.back();
  // A List element of any width (a struct) lands where it is wanted.
  if ((last.op == Op::TListGet || last.op == Op::TListPop) && last.a == src) {
    last.a = dst;
    return true;
  }
  // So does a SIMD result (its kernel reads every operand before it writes).
  if (last.op == Op::Aux && code_->code.size() >= 2) {
    Instruction& simd = code_->code[code_->code.size() - 2];
    bool writes_whole_result = simd.op == Op::SimdBinary || simd.op == Op::SimdUnary ||
                               simd.op == Op::SimdCast || simd.op == Op::SimdFma ||
                               simd.op == Op::SimdSelect;
    if (writes_whole_result && simd.a == src) {
      simd.a = dst;
      return true;
    }
    return false;
  }
  if (slots != 1) return false;
  switch (last.op) {
    case Op::LoadRaw:
    case Op::LoadConst:
    case Op::Move:
    case Op::AddI64:
    case Op::SubI64:
    case Op::MulI64:
    case Op::FloorDivI64:
    case Op::ModI64:
    case Op::AndI64:
    case Op::OrI64:
    case Op::XorI64:
    case Op::ShlI64:
    case Op::ShrI64:
    case Op::NegI64:
    case Op::InvertI64:
    case Op::CompareI64:
    case Op::AddF64:
    case Op::SubF64:
    case Op::MulF64:
    case Op::DivF64:
    case Op::PowF64:
    case Op::NegF64:
    case Op::CompareF64:
    case Op::NotRaw:
    case Op::I64ToF64:
    case Op::F64ToI64:
    case Op::Binary:
    case Op::TListNew:
    case Op::TListLen:
    case Op::TListCopy:
    case Op::TListContains:
      break;
    default:
      return false;
  }
  if (last.a != src) return false;
  last.a = dst;
  return true;
}

void FnCompiler::move(uint16_t dst, uint16_t src, StaticType t) {
  if (dst == src || t == StaticType::Error || t == StaticType::NoneType) return;
  uint32_t n = m_.slot_count(t);
  if (retarget_last(dst, src, n)) return;
  for (uint32_t i = 0; i < n; ++i) {
    emit(
        Instruction::abc(Op::Move, static_cast<uint16_t>(dst + i), static_cast<uint16_t>(src + i)));
  }
}

uint16_t FnCompiler::temp(bool value_kind) {
  return temp_block({value_kind});
}

uint16_t FnCompiler::temp_block(const std::vector<bool>& kinds) {
  uint32_t start = temp_top_;
  for (;;) {
    bool fits = true;
    for (size_t i = 0; i < kinds.size(); ++i) {
      uint32_t r = start + static_cast<uint32_t>(i);
      if (r < register_assigned_.size() && register_assigned_[r] &&
          register_is_value_[r] != kinds[i]) {
        fits = false;
        start = r + 1;
        break;
      }
    }
    if (fits) break;
  }
  uint32_t end = start + static_cast<uint32_t>(kinds.size());
  if (end >= 0xFFF0) {
    error(sig_.def, std::string(function_word(sig_.def)) + " '" + std::string(sig_.name) +
                        "' needs too many registers");
    return 0;
  }
  if (register_is_value_.size() < end) {
    register_is_value_.resize(end, false);
    register_assigned_.resize(end, false);
  }
  for (size_t i = 0; i < kinds.size(); ++i) {
    register_is_value_[start + i] = kinds[i];
    register_assigned_[start + i] = true;
  }
  temp_top_ = end;
  return static_cast<uint16_t>(start);
}

uint32_t FnCompiler::emit(Instruction ins) {
  code_->code.push_back(ins);
  code_->locations.push_back(loc_);
  return static_cast<uint32_t>(code_->code.size() - 1);
}

void FnCompiler::emit_jump(Op op, uint16_t reg, uint8_t x, JumpLabel& l) {
  uint32_t i = emit(Instruction::abx(op, reg, 0, x));
  if (l.pos >= 0) {
    int32_t offset = l.pos - static_cast<int32_t>(i + 1);
    code_->code[i] = Instruction::abx(op, reg, static_cast<uint32_t>(offset), x);
  } else {
    l.refs.push_back(i);
  }
}

void FnCompiler::bind(JumpLabel& l) {
  l.pos = static_cast<int32_t>(code_->code.size());
  last_label_pos_ = l.pos;
  for (uint32_t ref : l.refs) {
    Instruction& ins = code_->code[ref];
    ins = Instruction::abx(ins.op, ins.a,
                           static_cast<uint32_t>(l.pos - static_cast<int32_t>(ref + 1)), ins.x);
  }
  l.refs.clear();
}

uint16_t FnCompiler::constant_register(uint64_t bits) {
  auto it = constant_registers_.find(bits);
  if (it != constant_registers_.end()) return it->second;
  // The prologue loads it at entry, so it takes a register nothing has used so far, and
  // nothing later may use (temporaries and locals come from above it from now on).
  auto r = static_cast<uint16_t>(register_is_value_.size());
  temp_top_ = std::max<uint32_t>(temp_top_, r);
  temp(false);
  locals_floor_ = std::max(locals_floor_, temp_top_);
  if (register_is_local_.size() <= r) register_is_local_.resize(r + 1, false);
  register_is_local_[r] = true;  // never a retarget source: it is read again later
  constant_registers_.emplace(bits, r);
  return r;
}

uint32_t FnCompiler::raw_constant(uint64_t bits) {
  auto it = raw_constant_index_.find(bits);
  if (it != raw_constant_index_.end()) return it->second;
  auto i = static_cast<uint32_t>(code_->raw_constants.size());
  code_->raw_constants.push_back(bits);
  raw_constant_index_.emplace(bits, i);
  return i;
}

uint32_t FnCompiler::constant(Value v) {
  auto i = static_cast<uint32_t>(code_->constants.size());
  code_->constants.push_back(v);
  return i;
}

uint32_t FnCompiler::name_index(std::string_view name) {
  auto it = name_index_.find(name);
  if (it != name_index_.end()) return it->second;
  auto i = static_cast<uint32_t>(code_->names.size());
  code_->names.push_back(m_.vm.intern(name));
  name_index_.emplace(name, i);
  return i;
}

// ---- scopes

Local* FnCompiler::lookup(std::string_view name) {
  for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
    auto found = it->find(name);
    if (found != it->end()) return found->second;
  }
  return nullptr;
}

Local* FnCompiler::declare(const Node* at, std::string_view name, StaticType type, bool is_let) {
  if (scopes_.back().count(name) || alias_scopes_.back().count(name)) {
    error(at, "invalid redefinition of '" + std::string(name) + "'");
    return nullptr;
  }
  auto l = std::make_unique<Local>();
  l->name = name;
  l->type = type;
  l->is_let = is_let;
  l->index = new_init_entries(1);
  l->reg = temp_for(type);
  l->depth = static_cast<uint32_t>(scopes_.size());
  l->destroys = m_.managed(type);
  locals_floor_ = temp_top_;
  if (register_is_local_.size() < temp_top_) register_is_local_.resize(temp_top_, false);
  for (uint32_t r = l->reg; r < temp_top_; ++r) register_is_local_[r] = true;
  locals_.push_back(std::move(l));
  Local* local = locals_.back().get();
  scopes_.back()[name] = local;
  if (local->destroys) owned_values_.push_back(local);
  return local;
}

uint32_t FnCompiler::new_init_entries(uint32_t n) {
  uint32_t first = init_entries_;
  init_entries_ += n;
  // The state may be shorter than the entries handed out (a loop's locals are dropped
  // from it after the loop): the new entries start uninitialised.
  init_.resize(init_entries_, 0);
  return first;
}

void FnCompiler::set_initialized(const Local* l, bool value) {
  if (init_.size() < init_entries_) init_.resize(init_entries_, 0);
  init_[l->index] = value;
  if (l->tracks_fields) {
    size_t n = m_.struct_info(l->type)->fields.size();
    for (size_t i = 0; i < n; ++i) init_[l->index + 1 + i] = value;
  }
}

bool FnCompiler::initialized(const Local* l) const {
  if (l->index >= init_.size()) return false;
  if (!l->tracks_fields) return init_[l->index] != 0;
  size_t n = m_.struct_info(l->type)->fields.size();
  for (size_t i = 0; i < n; ++i) {
    if (!init_[l->index + 1 + i]) return false;
  }
  return true;
}

// ---- statements

void FnCompiler::stmts(const Seq<Stmt*>& body) {
  future_.push_back(FutureFrame{FutureFrame::Kind::Block, scopes_.size(), &body, 0, nullptr});
  destroy_dead_values();  // what this path never uses again (a branch's other values)
  for (size_t i = 0; i < body.size(); ++i) {
    // Statements after a return, break or continue never run and are not compiled: this is
    // what ends recursion over parameters (`@parameter if n == 0: return ...`).
    if (dead_) break;
    future_.back().next = i + 1;
    stmt(body[i]);
    destroy_dead_values();
  }
  future_.pop_back();
}

void FnCompiler::open_scope() {
  scopes_.emplace_back();
  alias_scopes_.emplace_back();
}

void FnCompiler::close_scope() {
  if (!dead_) destroy_values_deeper_than(scopes_.size() - 1);
  for (Local* l : owned_values_) {
    if (l->depth >= scopes_.size()) l->open = false;
  }
  scopes_.pop_back();
  alias_scopes_.pop_back();
}

void FnCompiler::block(const Seq<Stmt*>& body) {
  open_scope();
  stmts(body);
  close_scope();
}

namespace {

// Merges the definite-initialisation states of two paths that join.
void intersect(std::vector<char>& into, bool into_dead, const std::vector<char>& other,
               bool other_dead) {
  if (other_dead) return;
  if (into_dead) {
    into = other;
    return;
  }
  for (size_t i = 0; i < into.size() && i < other.size(); ++i) into[i] = into[i] && other[i];
}

}  // namespace

void FnCompiler::stmt(const Stmt* s) {
  LocationScope at(*this, s);
  uint32_t m = mark();
  switch (s->kind) {
    case NodeKind::ExprStmt: {
      const Expr* e = static_cast<const ExprStmt*>(s)->value;
      if (e->kind == NodeKind::Constant) break;  // docstrings, `...`
      expr(e, StaticType::Error);
      break;
    }
    case NodeKind::VarDecl:
      var_decl(static_cast<const VarDecl*>(s));
      break;
    case NodeKind::Assign:
      assign(static_cast<const Assign*>(s));
      break;
    case NodeKind::AugAssign:
      aug_assign(static_cast<const AugAssign*>(s));
      break;
    case NodeKind::If:
      if_stmt(static_cast<const If*>(s));
      break;
    case NodeKind::While:
    case NodeKind::For:
      // Values from outside the loop that it uses live until it ends.
      future_.push_back(FutureFrame{FutureFrame::Kind::Loop, scopes_.size(), nullptr, 0, s});
      if (s->kind == NodeKind::While) {
        while_stmt(static_cast<const While*>(s));
      } else {
        for_stmt(static_cast<const For*>(s));
      }
      future_.pop_back();
      break;
    case NodeKind::Return:
      return_stmt(static_cast<const Return*>(s));
      break;
    case NodeKind::Raise:
      raise_stmt(static_cast<const Raise*>(s));
      break;
    case NodeKind::Try:
    case NodeKind::TryStar:
      future_.push_back(FutureFrame{FutureFrame::Kind::Try, scopes_.size(), nullptr, 0, s});
      try_stmt(static_cast<const Try*>(s));
      future_.pop_back();
      break;
    case NodeKind::AliasDecl:
      alias_decl(static_cast<const AliasDecl*>(s));
      break;
    case NodeKind::With:
      future_.push_back(FutureFrame{FutureFrame::Kind::Try, scopes_.size(), nullptr, 0, s});
      with_stmt(static_cast<const With*>(s));
      future_.pop_back();
      break;
    case NodeKind::Pass:
      break;
    case NodeKind::Break:
    case NodeKind::Continue: {
      if (loops_.empty()) {
        error(s,
              s->kind == NodeKind::Break ? "'break' outside a loop" : "'continue' outside a loop");
        break;
      }
      JumpLabel& target = s->kind == NodeKind::Break ? *loops_.back().brk : *loops_.back().cont;
      destroy_values_deeper_than(innermost_frame_depth(FutureFrame::Kind::Loop));
      leave_handlers(loops_.back().handlers);
      emit_jump(Op::Jump, 0, 0, target);
      dead_ = true;
      break;
    }
    case NodeKind::FnDef:
      closure_def(static_cast<const FnDef*>(s));
      break;
    case NodeKind::FunctionDef:  // a def in typed code is typed too: a nested fn that may raise
      closure_def(typed_stand_in(m_.synthesized_nodes, static_cast<const ast::FunctionDef*>(s)));
      break;
    case NodeKind::ClassDef:
    case NodeKind::StructDef:
    case NodeKind::TraitDef:
      error(s, "definitions inside an fn are not supported yet");
      break;
    default:
      error(s, std::string("'") + node_kind_name(s->kind) +
                   "' statements are not supported in fn code yet");
      break;
  }
  free_to(m);
}

void FnCompiler::var_decl(const VarDecl* v) {
  if (auto* names = cast<Sequence>(v->target)) return var_unpack(v, names);
  auto* name = static_cast<const Name*>(v->target);
  StaticType type = StaticType::Error;
  Operand value;
  if (v->annotation) type = m_.annotation_type(v->annotation, sig_.self_type);
  if (v->value) {
    value =
        v->annotation ? expr_as(v->value, type, "initialiser") : expr(v->value, StaticType::Error);
    value = owned(v->value, value);
    if (!v->annotation) type = value.type;
  }
  Local* l = declare(v->target, name->id, type, v->is_let);
  if (!l || !v->value) return;
  if (value.type != StaticType::Error) move(l->reg, value.reg, type);
  set_initialized(l, true);
}

// The local a target names, checked for assignment (nullptr after a diagnostic).
Local* FnCompiler::assignable(const Expr* target, bool augmented) {
  auto* n = static_cast<const Name*>(target);
  Local* l = lookup(n->id);
  if (!l) {
    error(target, "use of unknown declaration '" + std::string(n->id) + "'");
    return nullptr;
  }
  if (l->read_only) {
    error(target, "cannot assign to read-only argument '" + std::string(n->id) +
                      "' (declare it `owned` or `mut`)");
    return nullptr;
  }
  if (l->is_let && (augmented || initialized(l))) {
    error(target, "cannot assign twice to 'let' variable '" + std::string(n->id) + "'");
    return nullptr;
  }
  if (augmented && !initialized(l)) {
    error(target, "use of uninitialized value '" + std::string(n->id) + "'");
    return nullptr;
  }
  return l;
}

namespace {

// Why `target` is no place that fn code can assign to.
const char* unassignable(const Expr* target) {
  return target->kind == NodeKind::Call
             ? "only the reference Optional.value() returns can be assigned through in fn code "
               "yet"
             : "only variables and their fields can be assigned in fn code yet";
}

}  // namespace

std::optional<FnCompiler::Place> FnCompiler::place(const Expr* e) {
  if (auto* n = cast<Name>(e)) {
    Local* l = lookup(n->id);
    if (!l) return std::nullopt;
    if (is_reference_type(l->type)) {  // `p[] = x`: the variable the Pointer names
      auto pointee = origins_.find(reference_origin(l->type));
      if (pointee == origins_.end()) return std::nullopt;
      l = pointee->second;
    }
    return Place{l, l->type, l->reg, -1};
  }
  if (auto* c = cast<Call>(e)) {  // `opt.value()`: the reference it returns, once checked
    auto* method = cast<Attribute>(c->func);
    if (!method || method->attr != "value" || !c->args.empty() || !c->keywords.empty())
      return std::nullopt;
    std::optional<Place> base = place(method->value);
    if (!base || !is_optional_type(base->type)) return std::nullopt;
    emit(Instruction::abc(Op::OptionalCheck, base->reg));
    return Place{base->root, composite_arg(base->type), static_cast<uint16_t>(base->reg + 1),
                 base->top_field};
  }
  auto* a = cast<Attribute>(e);
  if (!a) return std::nullopt;
  std::optional<Place> base = place(a->value);
  if (!base) return std::nullopt;
  StructInfo* info = m_.struct_info(base->type);
  if (!info) return std::nullopt;
  const StructField* f = info->field(a->attr);
  if (!f) return std::nullopt;
  int top = base->top_field >= 0 ? base->top_field : static_cast<int>(f - info->fields.data());
  return Place{base->root, f->type, static_cast<uint16_t>(base->reg + f->offset), top};
}

bool FnCompiler::mutable_place(const Node* at, const Place& p) {
  std::string name(p.root->name);
  if (p.root->read_only) {
    error(at, p.root == self_ ? "cannot assign to a field of read-only 'self' (declare it "
                                "`mut self` or `inout self`)"
                              : "cannot assign to read-only argument '" + name +
                                    "' (declare it `owned` or `mut`)");
    return false;
  }
  if (p.root->is_let) {
    error(at, "cannot mutate 'let' variable '" + name + "'");
    return false;
  }
  bool field_of_new_self = p.root->tracks_fields && p.top_field >= 0;
  if (!field_of_new_self && !initialized(p.root)) {
    error(at, "use of uninitialized value '" + name + "'");
    return false;
  }
  return true;
}

void FnCompiler::assign_field(const Assign* a) {
  const Expr* target = a->targets[0];
  std::optional<Place> p = place(target);
  if (!p) {
    // An attribute of a Python value.
    if (auto* attribute = cast<Attribute>(target)) {
      Operand base = expr(attribute->value, StaticType::Error);
      if (base.type == StaticType::Object) return object_store(target, base, a->value);
    }
    error(target, unassignable(target));
    expr(a->value, StaticType::Error);
    return;
  }
  if (!mutable_place(target, *p)) {
    expr(a->value, StaticType::Error);
    return;
  }
  Operand v = owned(a->value, expr_as(a->value, p->type, "assignment"));
  bool was_set = !p->root->tracks_fields || init_[p->root->index + 1 + p->top_field];
  if (m_.managed(p->type) && was_set) destroy_value(p->reg, p->type);
  if (v.type != StaticType::Error) move(p->reg, v.reg, p->type);
  if (p->root->tracks_fields) init_[p->root->index + 1 + p->top_field] = 1;
}

void FnCompiler::assign(const Assign* a) {
  if (a->targets.size() != 1) {
    error(a, "chained assignment is not supported in fn code yet");
    return;
  }
  const Expr* target = a->targets[0];
  if (auto* s = cast<Subscript>(target)) {
    subscript_assign(s, a->value);
    return;
  }
  if (auto* t = cast<Sequence>(target); t && t->kind == NodeKind::Tuple) {
    unpack_assign(a, t);
    return;
  }
  auto* n = cast<Name>(target);
  if (!n) {
    assign_field(a);
    return;
  }
  if (Local* l = lookup(n->id); l && is_reference_type(l->type)) {
    assign_field(a);  // through the Pointer
    return;
  }
  if (n->id == "_") {  // Mojo's discard: the value is computed and dropped, as a statement's
    expr(a->value, StaticType::Error);
    return;
  }
  if (!lookup(n->id) && !alias_scopes_.back().count(n->id)) {
    // In fn code a first assignment declares a `var`.
    Operand value = owned(a->value, expr(a->value, StaticType::Error));
    StaticType type = value.type;
    Local* l = declare(target, n->id, type, false);
    if (!l) return;
    if (type != StaticType::Error) move(l->reg, value.reg, type);
    set_initialized(l, true);
    return;
  }
  Local* l = assignable(target, false);
  if (!l) {
    expr(a->value, StaticType::Error);
    return;
  }
  Operand v = owned(a->value, expr_as(a->value, l->type, "assignment"));
  // The old value ends when the new one replaces it.
  if (m_.managed(l->type) && initialized(l)) destroy_value(l->reg, l->type);
  if (v.type != StaticType::Error) move(l->reg, v.reg, l->type);
  set_initialized(l, true);
}

void FnCompiler::aug_assign(const AugAssign* a) {
  if (auto* s = cast<Subscript>(a->target)) {
    subscript_aug_assign(a, s);
    return;
  }
  std::optional<Place> p;
  auto* name = cast<Name>(a->target);
  Local* named = name ? lookup(name->id) : nullptr;
  if (name && !(named && is_reference_type(named->type))) {
    if (Local* l = assignable(a->target, true)) p = Place{l, l->type, l->reg, -1};
  } else {
    p = place(a->target);
    if (!p) {
      error(a->target, unassignable(a->target));
    } else if (!mutable_place(a->target, *p)) {
      p.reset();
    }
  }
  if (!p) {
    expr(a->value, StaticType::Error);
    return;
  }
  Operand right = expr(a->value, p->type);
  // UInt's __itruediv__ is its floor division.
  OperatorKind op =
      p->type == StaticType::UInt && a->op == OperatorKind::Div ? OperatorKind::FloorDiv : a->op;
  Operand result = binary_on(a, op, Operand{p->type, p->reg}, right);
  if (result.type == StaticType::Error || p->type == StaticType::Error) return;
  if (p->type == StaticType::Int && a->op == OperatorKind::Div) {
    // Int's __itruediv__ keeps an Int: the Float64 quotient truncated.
    uint16_t truncated = temp(false);
    emit(Instruction::abc(Op::F64ToI64, truncated, result.reg));
    result = Operand{StaticType::Int, truncated};
  }
  if (result.type != p->type) {
    error(a, "cannot assign a value of type " + quoted(result.type) + " to a target of type " +
                 quoted(p->type));
    return;
  }
  move(p->reg, result.reg, p->type);
}

void FnCompiler::if_stmt(const If* s) {
  if (s->comptime) {
    // Only the branch the constant condition selects is checked and compiled.
    std::optional<Literal> cond = fold(s->test);
    if (!cond || cond->type != StaticType::Bool) {
      if (cond && cond->type == StaticType::Error && !cond->s.empty()) {
        error(s->test, cond->s);
      } else {
        error(s->test, "the condition of a compile-time 'if' must be a compile-time Bool");
      }
      return;
    }
    block(cond->b ? s->body : s->orelse);
    return;
  }
  JumpLabel else_label, end;
  condition_jump(s->test, false, else_label);
  std::vector<char> before = init_;
  bool before_dead = dead_;
  // Without an `else`, the path that skips the body still destroys the values only the
  // body uses.
  std::vector<Local*> else_dying;
  if (s->orelse.empty() && !dead_) else_dying = dying_values();
  block(s->body);
  std::vector<char> after_body = init_;
  bool body_dead = dead_;
  if (!s->orelse.empty() || !else_dying.empty()) emit_jump(Op::Jump, 0, 0, end);
  bind(else_label);
  init_ = before;
  dead_ = before_dead;
  destroy_values(else_dying);
  block(s->orelse);
  bind(end);
  intersect(init_, dead_, after_body, body_dead);
  dead_ = dead_ && body_dead;
}

void FnCompiler::while_stmt(const While* s) {
  // The condition is compiled twice: before the loop, and at the bottom, where it jumps back
  // while it holds (one jump per iteration). The second copy reports nothing new.
  JumpLabel body, test, end, exhausted;
  std::optional<Literal> constant = fold(s->test);
  bool forever = constant && constant->type == StaticType::Bool && constant->b;
  condition_jump(s->test, false, s->orelse.empty() ? end : exhausted);
  std::vector<char> before = init_;
  bool before_dead = dead_;
  bind(body);
  loops_.push_back({&end, &test, exit_actions_.size()});
  block(s->body);
  loops_.pop_back();
  // `while True` without a `break` never ends: the code after it is unreachable.
  bool never_ends = forever && end.refs.empty();
  bind(test);
  std::vector<char> after_body = init_;
  bool body_dead = dead_;
  init_ = before;
  dead_ = before_dead;
  condition_jump(s->test, true, body);
  init_ = after_body;
  dead_ = body_dead;
  if (!s->orelse.empty()) {
    bind(exhausted);
    loop_else(s->orelse, before, before_dead);
  }
  bind(end);
  // The body may run zero times; what it initialises is not definitely initialised after.
  intersect(before, before_dead, init_, dead_);
  init_ = before;
  dead_ = before_dead || never_ends;
}

void FnCompiler::loop_else(const Seq<Stmt*>& orelse, const std::vector<char>& before,
                           bool before_dead) {
  if (orelse.empty()) return;
  // Reached when the loop ends without `break` (breaks jump past it), after any number of
  // iterations: what is initialised is what was before the loop.
  init_ = before;
  dead_ = before_dead;
  block(orelse);
}

// `for i in range(...)` over Int: the loop variable is a fresh Int local of the loop's scope.
// `for x in list` walks a List by index.
void FnCompiler::for_stmt(const For* s) {
  if (!s->orelse.empty() && s->comptime) {
    error(s, "a compile-time 'for' cannot have an 'else'");
  }
  auto* target = cast<Name>(s->target);
  auto* call = cast<Call>(s->iter);
  auto* callee = call ? cast<Name>(call->func) : nullptr;
  if (target && !s->comptime && reversed_range_for(s, target)) return;
  bool range = callee && callee->id == "range" && !lookup("range");
  if (target && !range && !s->comptime) {
    list_for(s, target);
    return;
  }
  if (!target || !range || call->args.empty() || call->args.size() > 3 || !call->keywords.empty()) {
    error(s->iter,
          "fn code supports only `for NAME in range(...)` and `for NAME in list` loops yet");
    return;
  }
  if (s->comptime) {
    unrolled_for(s, target, call);
    return;
  }
  size_t n = call->args.size();
  // The bounds that are not literals, compiled once: a range of UInt or scalar bounds is a
  // range value, whose loop variable has their type.
  std::vector<std::optional<Operand>> evaluated(n);
  bool int_bounds = true;
  for (size_t i = 0; i < n; ++i) {
    if (fold(call->args[i])) continue;
    evaluated[i] = expr(call->args[i], StaticType::Int);
    if (evaluated[i]->type == StaticType::Error) return;
    int_bounds = int_bounds && evaluated[i]->type == StaticType::Int;
  }
  if (!int_bounds) {
    range_for(s, target, range_value(call, &evaluated));
    return;
  }
  // An argument as an Int in `dst`.
  auto bound_to = [&](size_t i, uint16_t dst) {
    if (evaluated[i]) {
      move(dst, evaluated[i]->reg, StaticType::Int);
    } else {
      expr_to(call->args[i], StaticType::Int, dst, "range() argument");
    }
  };
  // The counter, the bound and the step sit side by side, as LoopI64 reads them.
  uint16_t start = temp_block({false, false, false});
  auto stop = static_cast<uint16_t>(start + 1);
  // A constant step (1 by default), or 0 for one known at run time only.
  int64_t step = 1;
  if (n == 3) {
    std::optional<Literal> lit = fold(call->args[2]);
    if (lit && lit->type == StaticType::IntLiteral && lit->i == 0) {
      error(call->args[2], "range() step must not be zero");
      return;
    }
    if (lit && lit->type == StaticType::IntLiteral && lit->i <= INT64_MAX && lit->i >= INT64_MIN) {
      step = static_cast<int64_t>(lit->i);
    } else if (lit && lit->type == StaticType::IntLiteral) {
      error(call->args[2], "range() step does not fit in Int");
      return;
    } else {
      step = 0;
    }
  }
  if (n == 1) {
    emit(Instruction::abx(Op::LoadRaw, start, raw_constant(0)));
    bound_to(0, stop);
  } else {
    bound_to(0, start);
    bound_to(1, stop);
  }
  if (step == 0) {
    auto step_reg = static_cast<uint16_t>(start + 2);
    bound_to(2, step_reg);
    emit(Instruction::abc(Op::RangeStepCheck, step_reg));
  }
  counted_loop(s, target, StaticType::Int, start, step, nullptr);
}

bool FnCompiler::reversed_range_for(const For* s, const Name* target) {
  // `for i in reversed(range(a, b))`: from b - 1 down to a.
  auto* call = cast<Call>(s->iter);
  auto* callee = call ? cast<Name>(call->func) : nullptr;
  if (!callee || callee->id != "reversed" || lookup("reversed") || call->args.size() != 1 ||
      !call->keywords.empty()) {
    return false;
  }
  auto* range = cast<Call>(call->args[0]);
  auto* range_name = range ? cast<Name>(range->func) : nullptr;
  if (!range_name || range_name->id != "range" || lookup("range")) return false;
  if (range->args.empty() || range->args.size() > 2 || !range->keywords.empty()) {
    error(range,
          "fn code reverses range(stop) and range(start, stop) only, not a range with a step");
    return true;
  }
  uint16_t counter = temp_block({false, false, false});
  auto stop = static_cast<uint16_t>(counter + 1);
  uint16_t one = constant_register(1);
  expr_to(range->args[range->args.size() - 1], StaticType::Int, counter, "range() argument");
  emit(Instruction::abc(Op::SubI64, counter, counter, one));
  if (range->args.size() == 2) {
    expr_to(range->args[0], StaticType::Int, stop, "range() argument");
    emit(Instruction::abc(Op::SubI64, stop, stop, one));
  } else {
    emit(Instruction::abx(Op::LoadRaw, stop, raw_constant(static_cast<uint64_t>(int64_t{-1}))));
  }
  counted_loop(s, target, StaticType::Int, counter, -1, nullptr);
  return true;
}

void FnCompiler::counted_loop(const For* s, const Name* target, StaticType var_type,
                              uint16_t counter, int64_t step,
                              const std::function<void(uint16_t var, uint16_t counter)>& load) {
  auto step_reg = static_cast<uint16_t>(counter + 2);
  if (step != 0) {
    emit(Instruction::abx(Op::LoadRaw, step_reg, raw_constant(static_cast<uint64_t>(step))));
  }
  // LoopI64 advances the counter before it tests it: start one step early.
  emit(Instruction::abc(Op::SubI64, counter, counter, step_reg));
  std::vector<char> before = init_;
  bool before_dead = dead_;
  open_scope();
  Local* var = declare(target, target->id, var_type, false);
  // Without `load`, LoopI64 writes the counter to the loop variable itself; with it, to an
  // index register that `load` reads.
  uint16_t index = load ? temp(false) : var ? var->reg : temp(false);
  // The test sits at the bottom: one LoopI64 per iteration advances, tests and jumps back.
  // The counter advances apart from the loop variable, so `continue` and changes to the
  // variable leave the iteration order alone, as in Python.
  JumpLabel body, test, end;
  emit_jump(Op::Jump, 0, 0, test);
  bind(body);
  if (var) {
    if (load) load(var->reg, index);
    set_initialized(var, true);
  }
  loops_.push_back({&end, &test, exit_actions_.size()});
  stmts(s->body);
  loops_.pop_back();
  bind(test);
  emit(Instruction::abc(Op::LoopI64, counter, index, 0, step > 0 ? 0 : step < 0 ? 1 : 2));
  emit_jump(Op::Aux, 0, 0, body);
  loop_else(s->orelse, before, before_dead);
  bind(end);
  close_scope();
  intersect(before, before_dead, init_, dead_);
  init_ = before;
  dead_ = before_dead;
}

// `@parameter for i in range(...)` with constant bounds: the body is compiled once per
// value, `i` being an alias (a compile-time constant) in each copy.
void FnCompiler::unrolled_for(const For* s, const Name* target, const Call* range) {
  std::vector<int64_t> bounds;
  for (const Expr* a : range->args) {
    std::optional<Literal> lit = fold(a);
    if (!lit || lit->type != StaticType::IntLiteral || lit->i > INT64_MAX || lit->i < INT64_MIN) {
      if (lit && lit->type == StaticType::Error && !lit->s.empty()) {
        error(a, lit->s);
      } else {
        error(a, "the bounds of a compile-time 'for' must be compile-time Int values");
      }
      return;
    }
    bounds.push_back(static_cast<int64_t>(lit->i));
  }
  int64_t start = bounds.size() > 1 ? bounds[0] : 0;
  int64_t stop = bounds.size() > 1 ? bounds[1] : bounds[0];
  int64_t step = bounds.size() > 2 ? bounds[2] : 1;
  if (step == 0) {
    error(range->args[2], "range() step must not be zero");
    return;
  }
  constexpr int64_t kMaxUnroll = 1024;
  __int128 count = step > 0 ? (static_cast<__int128>(stop) - start + step - 1) / step
                            : (static_cast<__int128>(start) - stop - step - 1) / -step;
  if (count > kMaxUnroll) {
    error(s->iter,
          "a compile-time 'for' unrolls at most " + std::to_string(kMaxUnroll) + " iterations");
    return;
  }
  std::vector<char> before = init_;
  bool before_dead = dead_;
  JumpLabel end;
  for (__int128 k = 0; k < count; ++k) {
    Literal value;
    value.type = StaticType::IntLiteral;
    value.i = start + k * step;
    JumpLabel next;
    scopes_.emplace_back();
    alias_scopes_.push_back({{target->id, value}});
    loops_.push_back({&end, &next, exit_actions_.size()});
    stmts(s->body);
    loops_.pop_back();
    scopes_.pop_back();
    alias_scopes_.pop_back();
    bind(next);
    // A `break` or `continue` ends this copy of the body, not the ones after it.
    dead_ = before_dead;
  }
  bind(end);
  intersect(before, before_dead, init_, dead_);
  init_ = before;
  dead_ = before_dead;
}

void FnCompiler::return_stmt(const Return* s) {
  if (!closure_exits_.empty()) {
    // The end of an expanded closure, not of the fn.
    ClosureExit exit = closure_exits_.back();
    if (!s->value && exit.result != StaticType::NoneType && exit.result != StaticType::Error) {
      error(s, "missing return value in a closure returning " + quoted(exit.result));
    } else if (s->value && exit.result == StaticType::NoneType) {
      error(s->value, "this closure does not return a value");
    } else if (s->value) {
      Operand v = owned(s->value, expr_as(s->value, exit.result, "return value"), true);
      if (v.type != StaticType::Error) move(exit.reg, v.reg, v.type);
    }
    destroy_values_deeper_than(innermost_frame_depth(FutureFrame::Kind::Closure));
    leave_handlers(exit.handlers);
    emit_jump(Op::Jump, 0, 0, *exit.end);
    dead_ = true;
    return;
  }
  if (!s->value) {
    if (sig_.result != StaticType::NoneType && sig_.result != StaticType::Error) {
      error(s, "missing return value in fn returning " + quoted(sig_.result));
    }
    destroy_values_deeper_than(0);
    leave_handlers(0);
    emit_return(0, StaticType::NoneType);
  } else if (sig_.result == StaticType::NoneType) {
    error(s->value, std::string(function_word(sig_.def)) + " '" + std::string(sig_.name) +
                        "' does not return a value");
    expr(s->value, StaticType::Error);
  } else {
    Operand v = owned(s->value, expr_as(s->value, sig_.result, "return value"), true);
    destroy_values_deeper_than(0);
    leave_handlers(0);
    if (v.type != StaticType::Error) emit_return(v.reg, v.type);
  }
  dead_ = true;
}

void FnCompiler::alias_decl(const AliasDecl* a) {
  if (lookup(a->name) || alias_scopes_.back().count(a->name)) {
    error(a, "invalid redefinition of '" + std::string(a->name) + "'");
    return;
  }
  std::optional<Literal> lit = m_.fold_alias(
      a->value, &alias_scopes_, [this](std::string_view id) { return lookup(id) != nullptr; });
  if (!lit) {
    error(a->value, "alias value must be a compile-time constant");
  } else if (lit->type == StaticType::Error && !lit->s.empty()) {
    error(a->value, lit->s);
  }
  // A failed alias stays declared as an error, so its uses add no diagnostics.
  alias_scopes_.back()[a->name] = lit && lit->type != StaticType::Error ? *lit : Literal{};
}

}  // namespace ember::static_impl
