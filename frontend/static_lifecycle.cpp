// Value lifecycle: structs that define __copyinit__, __moveinit__ or __del__, or hold a
// List, a Dict or a field of such a type, are "managed". Copying one calls its __copyinit__
// (or copies field by field, Lists and Dicts included), transferring one with `^` its
// __moveinit__, and every managed value a fn owns is destroyed right after its last use:
// after the statement that uses it last, at the start of a branch that does not use it, or
// where a `return`, `break` or `continue` leaves its scope. Values of other types copy and
// move as their registers and need none of this.
//
// The last use is decided per statement from the rest of the fn's code (FutureFrame): a
// variable stays alive while a later statement of its scope reads it, or while a loop around
// it mentions it; a later plain assignment to it (`a = ...`) ends the old value at once.
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

namespace {

bool defines_method(const StructDef* def, std::string_view name) {
  for (const Stmt* s : def->body) {
    if (auto* f = cast<FnDef>(s); f && f->name == name) return true;
  }
  return false;
}

bool names_trait(const StructDef* def, std::string_view trait) {
  for (const Expr* base : def->bases) {
    if (auto* n = cast<Name>(base); n && n->id == trait) return true;
  }
  return false;
}

bool is_decorated(const StructDef* def) {
  for (const Expr* d : def->decorator_list) {
    if (auto* n = cast<Name>(d); n && (n->id == "value" || n->id == "fieldwise_init")) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool ModuleContext::managed(StaticType t) {
  StructInfo* info = struct_info(t);
  if (!info) return false;
  if (info->managed >= 0) return info->managed != 0;
  if (!info->laid_out && !lay_out(*info)) return false;
  bool m = defines_method(info->def, "__del__") || defines_method(info->def, "__copyinit__") ||
           defines_method(info->def, "__moveinit__");
  for (const StructField& f : info->fields) {
    m = m || managed(f.type) || is_collection_type(f.type);
  }
  info->managed = m ? 1 : 0;
  return m;
}

bool ModuleContext::copyable(StaticType t) {
  if (!managed(t)) return true;
  StructInfo* info = struct_info(t);
  const StructDef* def = info->def;
  if (defines_method(def, "__copyinit__")) return true;
  // A struct with its own move or destructor is move-only unless it asks for the
  // synthesised field-by-field copy.
  bool own_lifecycle = defines_method(def, "__moveinit__") || defines_method(def, "__del__");
  if (own_lifecycle && !is_decorated(def) && !names_trait(def, "Copyable") &&
      !names_trait(def, "CollectionElement")) {
    return false;
  }
  for (const StructField& f : info->fields) {
    if (!copyable(f.type)) return false;
  }
  return true;
}

bool ModuleContext::check_not_managed(const Node* at, StaticType t, const char* what) {
  if (!managed(t)) return true;
  error(at, std::string(what) + " cannot yet be " + "'" + type_name(t) +
                "', a struct with __copyinit__, __moveinit__, __del__ or List or Dict fields");
  return false;
}

bool check_lifecycle_signature(ModuleContext& m, const FnDef* def, const FnSignature& sig) {
  auto takes_self = [&](bool owned) {
    return sig.params.size() == 1 && sig.params[0] == sig.self_type &&
           sig.param_owned[0] == owned && !sig.param_mut[0];
  };
  const char* wanted = nullptr;
  if (def->name == "__copyinit__" && (sig.self_kind != SelfKind::Out || !takes_self(false))) {
    wanted = "fn __copyinit__(out self, existing: Self)";
  } else if (def->name == "__moveinit__" && (sig.self_kind != SelfKind::Out || !takes_self(true))) {
    wanted = "fn __moveinit__(out self, owned existing: Self)";
  } else if (def->name == "__del__" && (sig.self_kind != SelfKind::Owned || !sig.params.empty() ||
                                        sig.result != StaticType::NoneType || def->raises)) {
    wanted = "fn __del__(owned self)";
  }
  if (!wanted) return true;
  m.error(def, "'" + std::string(def->name) + "' must be declared `" + wanted + "`");
  return false;
}

// ---- copies, transfers, destruction

Operand FnCompiler::copy_value(const Node* at, Operand v) {
  StructInfo* info = m_.struct_info(v.type);
  if (!m_.copyable(v.type)) {
    error(at,
          quoted(v.type) + " cannot be copied: it has no '__copyinit__' (transfer it with '^')");
    return {};
  }
  auto copyinit = info->methods.find("__copyinit__");
  if (copyinit != info->methods.end()) {
    return call_with_operands(at, copyinit->second, {v}, {v.type}, {});
  }
  // The synthesised copy: field by field.
  uint16_t out = temp_for(v.type);
  for (const StructField& f : info->fields) {
    Operand field{f.type, static_cast<uint16_t>(v.reg + f.offset)};
    if (m_.managed(f.type)) field = copy_value(at, field);
    if (is_collection_type(f.type)) field = copy_collection(field);
    move(static_cast<uint16_t>(out + f.offset), field.reg, f.type);
  }
  return Operand{v.type, out};
}

Operand FnCompiler::transfer_value(const Node* at, Operand v) {
  StructInfo* info = m_.struct_info(v.type);
  auto moveinit = info->methods.find("__moveinit__");
  if (moveinit != info->methods.end()) {
    return call_with_operands(at, moveinit->second, {v}, {v.type}, {});
  }
  uint16_t out = temp_for(v.type);
  for (const StructField& f : info->fields) {
    Operand field{f.type, static_cast<uint16_t>(v.reg + f.offset)};
    if (m_.managed(f.type)) field = transfer_value(at, field);
    move(static_cast<uint16_t>(out + f.offset), field.reg, f.type);
  }
  return Operand{v.type, out};
}

void FnCompiler::destroy_value(uint16_t reg, StaticType type) {
  StructInfo* info = m_.struct_info(type);
  auto del = info->methods.find("__del__");
  uint32_t mark_before = mark();
  if (del != info->methods.end()) {
    call_with_operands(sig_.def, del->second, {Operand{type, reg}}, {type}, {});
  }
  // Then its fields, last first (as they were built first to last).
  for (auto f = info->fields.rbegin(); f != info->fields.rend(); ++f) {
    if (m_.managed(f->type)) destroy_value(static_cast<uint16_t>(reg + f->offset), f->type);
  }
  free_to(mark_before);
}

// ---- temporaries

Operand FnCompiler::adopt_temporary(Operand v) {
  if (v.type == StaticType::Error || !m_.managed(v.type)) return v;
  // The value's registers become those of a nameless local, which the next check
  // destroys unless something takes it first (take_temporary).
  auto l = std::make_unique<Local>();
  l->type = v.type;
  l->reg = v.reg;
  l->index = new_init_entries(1);
  l->depth = static_cast<uint32_t>(scopes_.size());
  l->destroys = true;
  uint32_t end = v.reg + m_.slot_count(v.type);
  locals_floor_ = std::max(locals_floor_, end);
  temp_top_ = std::max(temp_top_, end);
  if (register_is_local_.size() < end) register_is_local_.resize(end, false);
  for (uint32_t r = v.reg; r < end; ++r) register_is_local_[r] = true;
  init_[l->index] = 1;
  owned_values_.push_back(l.get());
  locals_.push_back(std::move(l));
  return v;
}

bool FnCompiler::take_temporary(Operand v) {
  for (auto it = owned_values_.rbegin(); it != owned_values_.rend(); ++it) {
    Local* l = *it;
    if (l->name.empty() && l->reg == v.reg && l->open && owns_live_value(l)) {
      set_initialized(l, false);
      return true;
    }
  }
  return false;
}

Operand FnCompiler::owned_managed(const Expr* e, Operand o, bool local_ends) {
  if (take_temporary(o)) return o;
  if (auto* n = cast<Name>(e); n && local_ends) {
    Local* l = lookup(n->id);
    if (l && l->destroys && l->depth > innermost_frame_depth(FutureFrame::Kind::Closure)) {
      set_initialized(l, false);  // moved out by the `return`
      return o;
    }
  }
  return copy_value(e, o);
}

void FnCompiler::destroy_temporaries_since(size_t first) {
  for (size_t i = owned_values_.size(); i > first; --i) {
    Local* l = owned_values_[i - 1];
    if (!l->name.empty() || !owns_live_value(l)) continue;
    destroy_value(l->reg, l->type);
    set_initialized(l, false);
  }
}

// ---- last uses

bool FnCompiler::owns_live_value(const Local* l) const {
  return l->destroys && l->open && initialized(l);
}

bool FnCompiler::mentions(const Node* n, std::string_view name, int depth) const {
  if (!n) return false;
  if (depth > 16) return true;  // deep enough: assume it does
  auto any = [&](const auto& seq) {
    for (const auto* x : seq) {
      if (mentions(x, name, depth + 1)) return true;
    }
    return false;
  };
  auto sub = [&](const Node* x) { return mentions(x, name, depth + 1); };
  switch (n->kind) {
    case NodeKind::Name: {
      auto* id = static_cast<const Name*>(n);
      if (id->id == name) return true;
      // A call of a nested fn uses what its body uses.
      for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
        auto found = it->find(id->id);
        if (found == it->end()) continue;
        const FnDef* closure = found->second->closure;
        return closure && any(closure->body);
      }
      return false;
    }
    case NodeKind::Constant:
    case NodeKind::Pass:
    case NodeKind::Break:
    case NodeKind::Continue:
      return false;
    case NodeKind::ExprStmt:
      return sub(static_cast<const ExprStmt*>(n)->value);
    case NodeKind::VarDecl:
      return sub(static_cast<const VarDecl*>(n)->value);
    case NodeKind::AliasDecl:
      return sub(static_cast<const AliasDecl*>(n)->value);
    case NodeKind::Assign:
      return any(static_cast<const Assign*>(n)->targets) ||
             sub(static_cast<const Assign*>(n)->value);
    case NodeKind::AugAssign:
      return sub(static_cast<const AugAssign*>(n)->target) ||
             sub(static_cast<const AugAssign*>(n)->value);
    case NodeKind::Return:
      return sub(static_cast<const Return*>(n)->value);
    case NodeKind::Raise:
      return sub(static_cast<const Raise*>(n)->exc);
    case NodeKind::If: {
      auto* s = static_cast<const If*>(n);
      return sub(s->test) || any(s->body) || any(s->orelse);
    }
    case NodeKind::While: {
      auto* s = static_cast<const While*>(n);
      return sub(s->test) || any(s->body) || any(s->orelse);
    }
    case NodeKind::For: {
      auto* s = static_cast<const For*>(n);
      return sub(s->iter) || any(s->body) || any(s->orelse);
    }
    case NodeKind::Try:
    case NodeKind::TryStar: {
      auto* s = static_cast<const Try*>(n);
      if (any(s->body) || any(s->orelse) || any(s->finalbody)) return true;
      for (const ExceptHandler* h : s->handlers) {
        if (any(h->body)) return true;
      }
      return false;
    }
    case NodeKind::FnDef:
      return any(static_cast<const FnDef*>(n)->body);
    case NodeKind::Transfer:
      return sub(static_cast<const Transfer*>(n)->value);
    case NodeKind::BinOp:
      return sub(static_cast<const BinOp*>(n)->left) || sub(static_cast<const BinOp*>(n)->right);
    case NodeKind::UnaryOp:
      return sub(static_cast<const ast::UnaryOp*>(n)->operand);
    case NodeKind::BoolOp:
      return any(static_cast<const BoolOp*>(n)->values);
    case NodeKind::Compare:
      return sub(static_cast<const Compare*>(n)->left) ||
             any(static_cast<const Compare*>(n)->comparators);
    case NodeKind::IfExp: {
      auto* e = static_cast<const IfExp*>(n);
      return sub(e->test) || sub(e->body) || sub(e->orelse);
    }
    case NodeKind::Call: {
      auto* c = static_cast<const Call*>(n);
      if (sub(c->func) || any(c->args)) return true;
      for (const Keyword* k : c->keywords) {
        if (sub(k->value)) return true;
      }
      return false;
    }
    case NodeKind::Attribute:
      return sub(static_cast<const Attribute*>(n)->value);
    case NodeKind::Subscript:
      return sub(static_cast<const Subscript*>(n)->value) ||
             sub(static_cast<const Subscript*>(n)->slice);
    case NodeKind::Slice: {
      auto* s = static_cast<const Slice*>(n);
      return sub(s->lower) || sub(s->upper) || sub(s->step);
    }
    case NodeKind::List:
    case NodeKind::Tuple:
      return any(static_cast<const Sequence*>(n)->elts);
    case NodeKind::Starred:
      return sub(static_cast<const Starred*>(n)->value);
    case NodeKind::ParamKeyword:
      return sub(static_cast<const ParamKeyword*>(n)->value);
    default:
      return true;  // a construct fn code does not compile: assume it does
  }
}

bool FnCompiler::live_after(const Local* l) const {
  // After a `break` or `continue`, the code that runs next is at the innermost loop.
  NodeKind jumped = NodeKind::Pass;
  for (auto frame = future_.rbegin(); frame != future_.rend(); ++frame) {
    if (frame->depth < l->depth) return false;  // l's scope ends before this code
    switch (frame->kind) {
      case FutureFrame::Kind::Block:
        if (jumped != NodeKind::Pass) break;
        for (size_t i = frame->next; i < frame->body->size(); ++i) {
          const Stmt* s = (*frame->body)[i];
          // `l = value` not reading l: the old value is never read again.
          if (auto* a = cast<Assign>(s); a && a->targets.size() == 1) {
            auto* target = cast<Name>(a->targets[0]);
            if (target && target->id == l->name && !mentions(a->value, l->name)) return false;
          }
          if (mentions(s, l->name)) return true;
          if (s->kind == NodeKind::Return || s->kind == NodeKind::Raise) return false;
          if (s->kind == NodeKind::Break || s->kind == NodeKind::Continue) {
            jumped = s->kind;
            break;
          }
        }
        break;
      case FutureFrame::Kind::Loop:
        // A `break` joins the loop's normal exit, which destroys what comes from outside the
        // loop: the path that breaks leaves those values to it.
        if (jumped == NodeKind::Break) return true;
        if (mentions(frame->loop, l->name)) return true;  // the loop runs again
        jumped = NodeKind::Pass;
        break;
      case FutureFrame::Kind::Closure:  // it may run again
      case FutureFrame::Kind::Try:      // an error may leave it from any point
        return true;                    // values from outside stay alive until it ends
    }
  }
  return false;
}

std::vector<Local*> FnCompiler::dying_values() const {
  std::vector<Local*> dying;
  for (auto it = owned_values_.rbegin(); it != owned_values_.rend(); ++it) {
    if (owns_live_value(*it) && !live_after(*it)) dying.push_back(*it);
  }
  return dying;
}

void FnCompiler::destroy_values(const std::vector<Local*>& values) {
  for (Local* l : values) {
    destroy_value(l->reg, l->type);
    set_initialized(l, false);
  }
}

void FnCompiler::destroy_dead_values() {
  if (!owned_values_.empty() && !dead_) destroy_values(dying_values());
}

void FnCompiler::destroy_values_deeper_than(size_t depth) {
  std::vector<Local*> values;
  for (auto it = owned_values_.rbegin(); it != owned_values_.rend(); ++it) {
    if (owns_live_value(*it) && (*it)->depth > depth) values.push_back(*it);
  }
  destroy_values(values);
}

size_t FnCompiler::innermost_frame_depth(FutureFrame::Kind kind) const {
  for (auto frame = future_.rbegin(); frame != future_.rend(); ++frame) {
    if (frame->kind == kind) return frame->depth;
  }
  return 0;
}

}  // namespace ember::static_impl
