// UnsafePointer[T] in fn code: alloc/free, element and vector loads and stores, pointer
// arithmetic and comparison, and the memory module's memset_zero and memcpy. The pointee
// must live in raw slots only (numbers, SIMD values, Bools, pointers and structs of them):
// the collector never looks inside raw memory.
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

uint32_t ModuleContext::pointee_bytes(StaticType t) {
  if (t == StaticType::Bool) return 1;
  if (is_simd_type(t)) return simd_layout(t)->byte_size();
  return 8 * slot_count(t);
}

StaticType ModuleContext::pointer_type(const Expr* pointee, StaticType self_type) {
  StaticType t = annotation_type(pointee, self_type);
  if (t == StaticType::Error || !check_not_managed(pointee, t, "the pointee of an UnsafePointer")) {
    return StaticType::Error;
  }
  std::vector<bool> kinds = slot_kinds(t);
  bool raw = !kinds.empty() && std::find(kinds.begin(), kinds.end(), true) == kinds.end();
  if (!raw) {
    error(pointee, "UnsafePointer of '" + type_name(t) +
                       "' is not supported (pointees are numbers, SIMD values, Bools and "
                       "structs of them)");
    return StaticType::Error;
  }
  return pointer_to(t);
}

void FnCompiler::emit_pointer(Op op, uint16_t a, uint16_t b, uint16_t c, uint32_t stride,
                              uint16_t bytes) {
  emit(Instruction::abc(op, a, b, c));
  emit(Instruction::aux(stride, bytes));
}

Operand FnCompiler::pointer_static_method(const Call* c, const Attribute* callee, StaticType type) {
  if (callee->attr != "alloc") {
    error(callee, quoted(type) + " has no static method '" + std::string(callee->attr) + "'");
    return {};
  }
  if (c->args.size() != 1 || !c->keywords.empty()) {
    error(c, "alloc() takes the number of elements");
    return {};
  }
  Operand count = expr_as(c->args[0], StaticType::Int, "the element count of alloc");
  if (count.type == StaticType::Error) return {};
  uint16_t out = temp(false);
  emit_pointer(Op::PtrAlloc, out, count.reg, 0, m_.pointee_bytes(pointee_of(type)));
  return Operand{type, out};
}

Operand FnCompiler::pointer_access(const Node* at, Operand pointer, const Expr* index,
                                   std::optional<uint32_t> width) {
  StaticType pointee = pointee_of(pointer.type);
  StaticType result = pointee;
  if (width) {
    std::optional<SimdType> scalar = simd_layout(pointee);
    if (!scalar || pointee == StaticType::Int || *width > 64 || !std::has_single_bit(*width)) {
      error(at,
            "load[width=...] needs a pointer to a scalar number or Bool and a power-of-two "
            "width up to 64");
      return {};
    }
    result =
        simd_static_type(SimdType{scalar->dtype, static_cast<uint8_t>(std::countr_zero(*width))});
  }
  Operand i = index ? expr_as(index, StaticType::Int, "a pointer offset")
                    : Operand{StaticType::Int, constant_register(0)};
  if (i.type == StaticType::Error) return {};
  uint32_t bytes = width ? simd_layout(result)->byte_size() : m_.pointee_bytes(pointee);
  uint16_t out = temp_for(result);
  emit_pointer(Op::PtrLoad, out, pointer.reg, i.reg, m_.pointee_bytes(pointee),
               static_cast<uint16_t>(bytes));
  return Operand{result, out};
}

void FnCompiler::pointer_store(Operand pointer, const Expr* index, const Expr* value) {
  StaticType pointee = pointee_of(pointer.type);
  Operand i = index ? expr_as(index, StaticType::Int, "a pointer offset")
                    : Operand{StaticType::Int, constant_register(0)};
  // A SIMD value of the pointee's DType stores its lanes side by side.
  Operand v = expr(value, pointee);
  if (i.type == StaticType::Error || v.type == StaticType::Error) return;
  std::optional<SimdType> element = simd_layout(pointee), stored = simd_layout(v.type);
  bool lanes = pointee != StaticType::Int && element && stored && element->width() == 1 &&
               stored->dtype == element->dtype;
  if (v.type != pointee && !lanes) {
    error(value, "cannot store " + quoted(v.type) + " through " + quoted(pointer.type));
    return;
  }
  uint32_t bytes = v.type == pointee ? m_.pointee_bytes(pointee) : stored->byte_size();
  emit_pointer(Op::PtrStore, pointer.reg, i.reg, v.reg, m_.pointee_bytes(pointee),
               static_cast<uint16_t>(bytes));
}

void FnCompiler::pointer_aug_store(const AugAssign* a, const Subscript* target, Operand pointer) {
  StaticType pointee = pointee_of(pointer.type);
  Operand i = expr_as(target->slice, StaticType::Int, "a pointer offset");
  if (i.type == StaticType::Error) return;
  uint32_t stride = m_.pointee_bytes(pointee);
  uint16_t current = temp_for(pointee);
  emit_pointer(Op::PtrLoad, current, pointer.reg, i.reg, stride, static_cast<uint16_t>(stride));
  Operand right = expr(a->value, pointee);
  Operand result = binary_on(a, a->op, Operand{pointee, current}, right);
  if (result.type == StaticType::Error) return;
  if (result.type != pointee) {
    error(a, "cannot store " + quoted(result.type) + " through " + quoted(pointer.type));
    return;
  }
  emit_pointer(Op::PtrStore, pointer.reg, i.reg, result.reg, stride, static_cast<uint16_t>(stride));
}

Operand FnCompiler::pointer_method(const Call* c, const Attribute* callee, Operand self,
                                   const Expr* params) {
  std::string_view method = callee->attr;
  std::string what = "'" + std::string(method) + "' of " + quoted(self.type);
  // load[width=w](i) and store[width=w](i, v): the width is a compile-time parameter.
  std::optional<uint32_t> width;
  if (params) {
    auto* keyword = cast<ParamKeyword>(params);
    const Expr* value = keyword ? keyword->value : params;
    std::optional<Literal> lit = fold(value);
    if ((method != "load" && method != "store") || (keyword && keyword->arg != "width") || !lit ||
        lit->type != StaticType::IntLiteral || lit->i < 1 || lit->i > 64) {
      error(params, what + " takes no such parameter (load and store take width=N)");
      return {};
    }
    width = static_cast<uint32_t>(lit->i);
  }
  auto args = [&](size_t low, size_t high) {
    if (c->args.size() >= low && c->args.size() <= high && c->keywords.empty()) return true;
    error(c, what + " takes " + std::to_string(low) +
                 (low == high ? "" : " or " + std::to_string(high)) + " arguments");
    return false;
  };
  if (method == "free") {
    if (!args(0, 0)) return {};
    emit(Instruction::abc(Op::PtrFree, self.reg));
    return Operand{StaticType::NoneType, 0};
  }
  if (method == "load" || method == "take_pointee") {
    if (!args(0, method == "load" ? 1 : 0)) return {};
    return pointer_access(c, self, c->args.empty() ? nullptr : c->args[0], width);
  }
  if (method == "store" || method == "init_pointee_copy" || method == "init_pointee_move") {
    bool offset = method == "store" && c->args.size() == 2;
    if (!args(1, method == "store" ? 2 : 1)) return {};
    pointer_store(self, offset ? c->args[0] : nullptr, c->args[offset ? 1 : 0]);
    return Operand{StaticType::NoneType, 0};
  }
  if (method == "destroy_pointee") {
    // Pointees live in raw slots: there is nothing to destroy.
    if (!args(0, 0)) return {};
    return Operand{StaticType::NoneType, 0};
  }
  if (method == "offset") {
    if (!args(1, 1)) return {};
    Operand n = expr_as(c->args[0], StaticType::Int, "a pointer offset");
    if (n.type == StaticType::Error) return {};
    return pointer_offset(self, n, false);
  }
  error(callee, quoted(self.type) + " has no method '" + std::string(method) + "'");
  return {};
}

Operand FnCompiler::pointer_offset(Operand pointer, Operand n, bool negate) {
  if (negate) {
    uint16_t negated = temp(false);
    emit(Instruction::abc(Op::NegI64, negated, n.reg));
    n.reg = negated;
  }
  uint16_t out = temp(false);
  emit_pointer(Op::PtrOffset, out, pointer.reg, n.reg, m_.pointee_bytes(pointee_of(pointer.type)));
  return Operand{pointer.type, out};
}

std::optional<Operand> FnCompiler::memory_builtin(const Call* c, std::string_view name) {
  if (name != "memset_zero" && name != "memcpy") return std::nullopt;
  size_t want = name == "memcpy" ? 3 : 2;
  if (c->args.size() != want || !c->keywords.empty()) {
    error(c, std::string(name) + "() takes " + std::to_string(want) + " arguments");
    return Operand{};
  }
  Operand first = expr(c->args[0], StaticType::Error);
  if (first.type == StaticType::Error) return Operand{};
  if (!is_pointer_type(first.type)) {
    error(c->args[0], std::string(name) + "() takes an UnsafePointer, not " + quoted(first.type));
    return Operand{};
  }
  uint32_t stride = m_.pointee_bytes(pointee_of(first.type));
  if (name == "memset_zero") {
    Operand count = expr_as(c->args[1], StaticType::Int, "the count of memset_zero");
    if (count.type == StaticType::Error) return Operand{};
    emit_pointer(Op::PtrZero, first.reg, count.reg, 0, stride);
    return Operand{StaticType::NoneType, 0};
  }
  Operand source = expr_as(c->args[1], first.type, "the source of memcpy");
  Operand count = expr_as(c->args[2], StaticType::Int, "the count of memcpy");
  if (source.type == StaticType::Error || count.type == StaticType::Error) return Operand{};
  emit_pointer(Op::PtrCopy, first.reg, source.reg, count.reg, stride);
  return Operand{StaticType::NoneType, 0};
}

}  // namespace ember::static_impl
