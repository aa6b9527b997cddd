// The way from fn code back into Python: calls of the module's def functions, classes and
// imported modules, and `object` (PythonObject), a Python value held inside fn code, with
// Python's operators, attributes, items and calls. Python code can raise, so only a
// `raises` fn may use it.
#include "frontend/binary_op.h"
#include "frontend/static_internal.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember::static_impl {

using namespace ast;

void ModuleContext::collect_python_globals(const Module* module) {
  for (const Stmt* s : module->body) {
    switch (s->kind) {
      case NodeKind::FunctionDef:
        python_globals.insert(static_cast<const FunctionDef*>(s)->name);
        break;
      case NodeKind::ClassDef:
        python_globals.insert(static_cast<const ClassDef*>(s)->name);
        break;
      case NodeKind::Assign:
        for (const Expr* t : static_cast<const Assign*>(s)->targets) {
          if (auto* n = cast<Name>(t)) python_globals.insert(n->id);
        }
        break;
      case NodeKind::AnnAssign:
        if (auto* n = cast<Name>(static_cast<const AnnAssign*>(s)->target)) {
          python_globals.insert(n->id);
        }
        break;
      case NodeKind::Import:
        for (const Alias* a : static_cast<const Import*>(s)->names) {
          std::string_view name =
              a->asname.empty() ? a->name.substr(0, a->name.find('.')) : a->asname;
          python_globals.insert(name);
        }
        break;
      case NodeKind::ImportFrom:
        for (const Alias* a : static_cast<const ImportFrom*>(s)->names) {
          if (a->name != "*") python_globals.insert(a->asname.empty() ? a->name : a->asname);
        }
        break;
      default:
        break;
    }
  }
}

bool FnCompiler::python_allowed(const Node* at) {
  return may_raise(at, "Python code");
}

void FnCompiler::emit_cached(Instruction ins) {
  emit(ins);
  auto index = static_cast<uint32_t>(code_->caches.size());
  code_->caches.emplace_back();
  emit(Instruction::aux(index));
}

Operand FnCompiler::object_subscript(const Subscript* s, Operand base) {
  if (!python_allowed(s)) return {};
  Operand index = as_object(s->slice, expr(s->slice, StaticType::Error));
  if (index.type == StaticType::Error) return {};
  uint16_t out = temp(true);
  emit(Instruction::abc(Op::GetItem, out, base.reg, index.reg));
  return Operand{StaticType::Object, out};
}

void FnCompiler::object_store(const Expr* target, Operand base, const Expr* value) {
  if (!python_allowed(target)) return;
  Operand v = as_object(value, expr(value, StaticType::Error));
  if (v.type == StaticType::Error) return;
  if (auto* s = cast<Subscript>(target)) {
    Operand index = as_object(s->slice, expr(s->slice, StaticType::Error));
    if (index.type == StaticType::Error) return;
    emit(Instruction::abc(Op::SetItem, base.reg, index.reg, v.reg));
    return;
  }
  auto* a = static_cast<const Attribute*>(target);
  emit_cached(
      Instruction::abc(Op::StoreAttr, base.reg, static_cast<uint16_t>(name_index(a->attr)), v.reg));
}

Operand FnCompiler::python_global(const Node* at, std::string_view name) {
  if (!python_allowed(at)) return {};
  uint16_t out = temp(true);
  emit_cached(Instruction::abx(Op::LoadGlobal, out, name_index(name)));
  return Operand{StaticType::Object, out};
}

bool FnCompiler::to_python(const Node* at, Operand v, uint16_t dst) {
  if (is_reference_type(v.type)) v = dereference(at, v.type);  // p[] is p
  if (v.type == StaticType::Error) return false;
  if (is_list_type(v.type)) {
    // A Python list of the elements, as at the boundary with def code.
    emit(Instruction::abc(Op::BoxRaw, dst, v.reg, 0, static_cast<uint8_t>(BoundaryKind::List)));
    return true;
  }
  if (is_simd_type(v.type)) {
    std::optional<SimdType> t = simd_layout(v.type);
    if (t->width() != 1) {
      error(at, "a " + quoted(v.type) + " value cannot be passed to Python code yet");
      return false;
    }
    StaticType wide = dtype_is_float(t->dtype) ? StaticType::Float64 : StaticType::Int;
    v = simd_convert(v, wide);
  }
  if (is_struct_type(v.type) || is_pointer_type(v.type)) {
    error(at, "a " + quoted(v.type) + " value cannot be passed to Python code yet");
    return false;
  }
  box_to(v, dst);
  return true;
}

Operand FnCompiler::as_object(const Node* at, Operand v) {
  if (v.type == StaticType::Object || v.type == StaticType::Error) return v;
  uint16_t out = temp(true);
  if (!to_python(at, v, out)) return {};
  return Operand{StaticType::Object, out};
}

Operand FnCompiler::python_call(const Call* c, Operand callee) {
  if (callee.type == StaticType::Error || !python_allowed(c)) return {};
  std::vector<bool> kinds(1 + c->args.size() + c->keywords.size(), true);
  uint16_t block = temp_block(kinds);
  emit(Instruction::abc(Op::Move, block, callee.reg));
  bool ok = true;
  uint16_t slot = block + 1;
  for (const Expr* a : c->args) {
    if (a->kind == NodeKind::Starred) {
      error(a, "'*' arguments are not supported in fn code yet");
      ok = false;
      continue;
    }
    ok = to_python(a, expr(a, StaticType::Error), slot++) && ok;
  }
  for (const Keyword* k : c->keywords) {
    if (k->arg.empty()) {
      error(k, "'**' arguments are not supported in fn code yet");
      ok = false;
      continue;
    }
    ok = to_python(k->value, expr(k->value, StaticType::Error), slot++) && ok;
  }
  if (!ok) return {};
  auto positional = static_cast<uint16_t>(c->args.size() + c->keywords.size());
  if (c->keywords.empty()) {
    emit(Instruction::abc(Op::Call, block, positional));
  } else {
    TupleObject* names = m_.vm.new_tuple(static_cast<int64_t>(c->keywords.size()));
    for (size_t i = 0; i < c->keywords.size(); ++i) {
      names->items[i] = Value::from_object(m_.vm.intern(c->keywords[i]->arg));
    }
    emit(Instruction::abc(Op::CallKw, block, positional,
                          static_cast<uint16_t>(constant(Value::from_object(names)))));
  }
  return Operand{StaticType::Object, block};
}

Operand FnCompiler::call_python_method(uint16_t self, std::string_view name,
                                       const std::vector<uint16_t>& args) {
  std::vector<bool> kinds(1 + args.size(), true);
  uint16_t block = temp_block(kinds);
  emit_cached(Instruction::abc(Op::LoadAttr, block, self, static_cast<uint16_t>(name_index(name))));
  for (size_t i = 0; i < args.size(); ++i) {
    emit(Instruction::abc(Op::Move, static_cast<uint16_t>(block + 1 + i), args[i]));
  }
  emit(Instruction::abc(Op::Call, block, static_cast<uint16_t>(args.size())));
  return Operand{StaticType::Object, block};
}

Operand FnCompiler::object_binary(const Node* at, OperatorKind op, Operand l, Operand r) {
  if (!python_allowed(at)) return {};
  l = as_object(at, l);
  r = as_object(at, r);
  if (l.type == StaticType::Error || r.type == StaticType::Error) return {};
  uint16_t out = temp(true);
  emit(Instruction::abc(Op::Binary, out, l.reg, r.reg, static_cast<uint8_t>(to_binary_op(op))));
  return Operand{StaticType::Object, out};
}

Operand FnCompiler::object_compare(const Node* at, CompareOp op, Operand l, Operand r) {
  if (!python_allowed(at)) return {};
  l = as_object(at, l);
  r = as_object(at, r);
  if (l.type == StaticType::Error || r.type == StaticType::Error) return {};
  uint16_t out = temp(true);
  emit(Instruction::abc(Op::Compare, out, l.reg, r.reg, static_cast<uint8_t>(op)));
  return Operand{StaticType::Object, out};
}

Operand FnCompiler::object_attribute(const Attribute* a, Operand base) {
  if (!python_allowed(a)) return {};
  uint16_t out = temp(true);
  emit_cached(
      Instruction::abc(Op::LoadAttr, out, base.reg, static_cast<uint16_t>(name_index(a->attr))));
  return Operand{StaticType::Object, out};
}

Operand FnCompiler::object_truth(Operand v) {
  // bool(v), by Python's rules, as a Bool.
  uint16_t negated = temp(true), out = temp(false);
  emit(Instruction::abc(Op::Not, negated, v.reg));
  emit(Instruction::abc(Op::UnboxRaw, out, negated, 0, static_cast<uint8_t>(BoundaryKind::Bool)));
  emit(Instruction::abc(Op::NotRaw, out, out));
  return Operand{StaticType::Bool, out};
}

Operand FnCompiler::object_convert(const Call* c, Operand v, StaticType to) {
  if (!python_allowed(c)) return {};
  switch (to) {
    case StaticType::Int:
    case StaticType::Float64: {
      // Python's int(v) or float(v), then its raw slot (OverflowError past 64 bits).
      Operand number =
          call_builtin_on_value(to == StaticType::Int ? "int" : "float", v, StaticType::Object);
      uint16_t out = temp(false);
      emit(Instruction::abc(Op::UnboxChecked, out, number.reg, 0,
                            static_cast<uint8_t>(boundary_kind(to))));
      return Operand{to, out};
    }
    case StaticType::Bool:
      return object_truth(v);
    case StaticType::String:
      return call_builtin_on_value("str", v, StaticType::String);
    default:
      error(c, "cannot convert 'object' to " + quoted(to));
      return {};
  }
}

}  // namespace ember::static_impl
