// Nested fns (closures, `@parameter fn`) and the algorithm module's vectorize, parallelize
// and tile. A closure is not a value: each call compiles its body in place, in a scope
// nested in the caller's, so it reads and writes the enclosing fn's variables directly
// (capture by reference) and its compile-time parameters (`fn body[width: Int](i: Int)`)
// are constants of that copy. vectorize/parallelize/tile expand into loops around such
// copies: one copy per SIMD width they call the closure with.
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

namespace {

constexpr int kMaxClosureNesting = 16;

std::vector<const Expr*> parameter_list(const Expr* params) {
  std::vector<const Expr*> out;
  if (!params) return out;
  if (auto* t = cast<Sequence>(params); t && t->kind == NodeKind::Tuple) {
    out.assign(t->elts.begin(), t->elts.end());
  } else {
    out.push_back(params);
  }
  return out;
}

Literal int_literal(int64_t v) {
  Literal l;
  l.type = StaticType::IntLiteral;
  l.i = v;
  return l;
}

}  // namespace

void FnCompiler::closure_def(const FnDef* def) {
  for (const Expr* d : def->decorator_list) {
    auto* n = cast<Name>(d);
    if (!n || (n->id != "parameter" && n->id != "always_inline")) {
      error(d, "a nested fn takes only the @parameter and @always_inline decorators");
    }
  }
  const Arguments* a = def->args;
  if (!a->posonlyargs.empty() || !a->kwonlyargs.empty() || a->kwarg || !a->defaults.empty()) {
    error(def, "nested fn '" + std::string(def->name) +
                   "': only positional arguments and *values are supported yet");
  }
  // Declared as a local so that scoping and shadowing work as for variables; its register
  // is never used.
  if (Local* l = declare(def, def->name, StaticType::NoneType, true)) {
    l->closure = def;
    set_initialized(l, true);
  }
}

Operand FnCompiler::expand_closure(const Node* at, const FnDef* def,
                                   const std::vector<Literal>& params,
                                   const std::vector<Operand>& args) {
  std::string name(def->name);
  if (closure_exits_.size() >= kMaxClosureNesting) {
    error(at, "closure '" + name + "' nests more than " + std::to_string(kMaxClosureNesting) +
                  " closure calls deep (does it call itself?)");
    return {};
  }
  const Seq<Arg*>& declared_params = def->params ? def->params->args : Seq<Arg*>{};
  if (params.size() != declared_params.size()) {
    error(at, "closure '" + name + "' takes " + std::to_string(declared_params.size()) +
                  (declared_params.size() == 1 ? " compile-time parameter"
                                               : " compile-time parameters") +
                  " but " + std::to_string(params.size()) + " were given");
    return {};
  }
  // The arguments, then `*values` (call_closure gathers those into a List).
  std::vector<const Arg*> declared_args(def->args->args.begin(), def->args->args.end());
  if (def->args->vararg) declared_args.push_back(def->args->vararg);
  if (args.size() != declared_args.size()) {
    error(at, "closure '" + name + "' takes " + std::to_string(declared_args.size()) +
                  (declared_args.size() == 1 ? " argument" : " arguments") + " but " +
                  std::to_string(args.size()) + " were given");
    return {};
  }
  // Values from outside stay alive through the body: the closure may run again.
  future_.push_back(FutureFrame{FutureFrame::Kind::Closure, scopes_.size(), nullptr, 0, nullptr});
  open_scope();
  for (size_t i = 0; i < params.size(); ++i)
    alias_scopes_.back()[declared_params[i]->arg] = params[i];
  StaticType result = def->returns ? m_.annotation_type(def->returns) : StaticType::NoneType;
  bool ok = result != StaticType::Error;
  for (size_t i = 0; i < args.size(); ++i) {
    const Arg* arg = declared_args[i];
    if (!arg->annotation) error(arg, "argument '" + std::string(arg->arg) + "' needs a type");
    // `List` alone takes any List; `*values` is the List call_closure built.
    auto* bare = arg->annotation ? cast<Name>(arg->annotation) : nullptr;
    bool any_list =
        (bare && bare->id == "List" && is_list_type(args[i].type)) || arg == def->args->vararg;
    StaticType type = any_list          ? args[i].type
                      : arg->annotation ? m_.annotation_type(arg->annotation)
                                        : StaticType::Error;
    if (type == StaticType::Error || args[i].type == StaticType::Error) {
      ok = false;
      continue;
    }
    if (args[i].type != type) {
      error(at, "argument " + std::to_string(i + 1) + " of closure '" + name + "' must be " +
                    quoted(type) + ", not " + quoted(args[i].type));
      ok = false;
      continue;
    }
    Local* l = declare(arg, arg->arg, type, false);
    if (!l) continue;
    move(l->reg, args[i].reg, type);
    set_initialized(l, true);
  }
  Operand out;
  if (ok) {
    uint16_t reg = result == StaticType::NoneType ? 0 : temp_for(result);
    JumpLabel end;
    std::vector<LoopLabels> outer_loops;
    std::swap(loops_, outer_loops);  // break/continue never leave the closure
    closure_exits_.push_back(ClosureExit{&end, result, reg, exit_actions_.size()});
    bool was_dead = dead_;
    stmts(def->body);
    if (!dead_ && result != StaticType::NoneType) {
      error(def, "closure '" + name + "' may end without returning a value");
    }
    closure_exits_.pop_back();
    std::swap(loops_, outer_loops);
    bind(end);
    dead_ = was_dead;
    out = Operand{result, reg};
  }
  close_scope();
  future_.pop_back();
  return out;
}

Operand FnCompiler::call_closure(const Call* c, const FnDef* def, const Expr* params) {
  std::vector<Literal> values;
  for (const Expr* p : parameter_list(params)) {
    std::optional<Literal> lit = fold(p);
    if (!lit || lit->type == StaticType::Error) {
      if (!lit) error(p, "the parameters of a closure must be compile-time constants");
      if (lit && !lit->s.empty()) error(p, lit->s);
      return {};
    }
    values.push_back(*lit);
  }
  if (!c->keywords.empty()) {
    error(c, "keyword arguments are not supported in fn calls yet");
    return {};
  }
  std::vector<Operand> args;
  const Seq<Arg*>& declared = def->args->args;
  const Arg* vararg = def->args->vararg;
  size_t positional = vararg ? std::min(c->args.size(), declared.size()) : c->args.size();
  for (size_t i = 0; i < positional; ++i) {
    // Literal arguments adapt to the declared type when it is a plain name (Int, Float64).
    StaticType want = StaticType::Error;
    if (i < declared.size() && declared[i]->annotation) {
      if (auto* n = cast<Name>(declared[i]->annotation)) want = static_type_named(n->id);
    }
    args.push_back(expr(c->args[i], want));
  }
  if (vararg) {
    // `*values: T`: the rest of the arguments, as a List[T]; T may be the element type of
    // an earlier List argument (`*values: list.T`).
    StaticType element = StaticType::Error;
    auto* of = vararg->annotation ? cast<Attribute>(vararg->annotation) : nullptr;
    auto* owner = of ? cast<Name>(of->value) : nullptr;
    for (size_t i = 0; owner && of->attr == "T" && i < args.size(); ++i) {
      if (declared[i]->arg == owner->id && is_list_type(args[i].type)) {
        element = list_element(args[i].type);
      }
    }
    if (element == StaticType::Error && vararg->annotation && !owner) {
      element = m_.annotation_type(vararg->annotation);
    }
    if (element == StaticType::Error) {
      error(vararg, "the type of '*" + std::string(vararg->arg) +
                        "' must be a type or the T of an earlier List argument");
      return {};
    }
    Operand list = new_list(vararg, list_of(element));
    if (list.type == StaticType::Error) return {};
    for (size_t i = positional; i < c->args.size(); ++i) {
      Operand v = owned(c->args[i], expr_as(c->args[i], element, "a variadic argument"));
      if (v.type == StaticType::Error) return {};
      emit(Instruction::abc(Op::TListAppend, list.reg, v.reg));
    }
    args.push_back(list);
  }
  return expand_closure(c, def, values, args);
}

void FnCompiler::emit_range_loop(uint16_t start, uint16_t bound, int64_t step,
                                 const std::function<void(uint16_t counter)>& body) {
  uint16_t counter = temp(false);
  emit(Instruction::abc(Op::Move, counter, start));
  JumpLabel top, test;
  emit_jump(Op::Jump, 0, 0, test);
  bind(top);
  body(counter);
  emit(Instruction::abc(Op::AddI64, counter, counter,
                        constant_register(static_cast<uint64_t>(step))));
  bind(test);
  uint16_t more = temp(false);
  emit(Instruction::abc(Op::CompareI64, more, counter, bound, static_cast<uint8_t>(CompareOp::Lt)));
  if (!fuse_compare_jump(more, true, top)) emit_jump(Op::JumpIfRaw, more, 1, top);
}

std::optional<Operand> FnCompiler::algorithm_call(const Call* c, std::string_view name,
                                                  const Expr* params) {
  if (name != "vectorize" && name != "parallelize" && name != "tile") return std::nullopt;
  std::vector<const Expr*> given = parameter_list(params);
  // The closure first, then compile-time Ints, some by keyword.
  auto* f = given.empty() ? nullptr : cast<Name>(given[0]);
  Local* closure = f ? lookup(f->id) : nullptr;
  if (!closure || !closure->closure) {
    error(given.empty() ? static_cast<const Node*>(c) : given[0],
          std::string(name) + " takes a nested fn as its first parameter");
    return Operand{};
  }
  std::vector<int64_t> ints;
  std::unordered_map<std::string_view, int64_t> keywords;
  for (size_t i = 1; i < given.size(); ++i) {
    auto* keyword = cast<ParamKeyword>(given[i]);
    std::optional<Literal> lit = fold(keyword ? keyword->value : given[i]);
    if (!lit || lit->type != StaticType::IntLiteral || lit->i < 1 || lit->i > (1 << 20)) {
      if (lit && lit->type == StaticType::Error && !lit->s.empty()) {
        error(given[i], lit->s);
      } else {
        error(given[i], std::string("the parameters of ") + std::string(name) +
                            " after the fn are positive compile-time Ints");
      }
      return Operand{};
    }
    if (keyword)
      keywords[keyword->arg] = static_cast<int64_t>(lit->i);
    else
      ints.push_back(static_cast<int64_t>(lit->i));
  }
  auto arguments = [&](size_t low, size_t high) {
    if (c->args.size() >= low && c->args.size() <= high && c->keywords.empty()) return true;
    error(c, std::string(name) + "() takes " + std::to_string(low) +
                 (low == high ? "" : " or " + std::to_string(high)) + " arguments");
    return false;
  };
  auto int_argument = [&](size_t i) {
    return expr_as(c->args[i], StaticType::Int, ("an argument of " + std::string(name)).c_str());
  };
  const FnDef* def = closure->closure;
  if (name == "parallelize") {
    // The work items run one after another on this thread: the interpreter has one.
    if (ints.size() > 0 || !keywords.empty() || !arguments(1, 2)) {
      if (ints.size() > 0 || !keywords.empty()) error(c, "parallelize takes only the fn");
      return Operand{};
    }
    Operand n = int_argument(0);
    if (c->args.size() == 2) int_argument(1);  // the number of workers
    if (n.type == StaticType::Error) return Operand{};
    emit_range_loop(constant_register(0), n.reg, 1, [&](uint16_t i) {
      expand_closure(c, def, {}, {Operand{StaticType::Int, i}});
    });
    return Operand{StaticType::NoneType, 0};
  }
  if (name == "tile") {
    // tile[f, tile_x, tile_y](end_x, end_y): f[tile_x, tile_y](x, y) over the tiles.
    if (ints.size() != 2 || !keywords.empty() || !arguments(2, 2)) {
      if (ints.size() != 2 || !keywords.empty()) {
        error(c, "tile takes the fn and two tile sizes: tile[f, tile_x, tile_y](end_x, end_y)");
      }
      return Operand{};
    }
    Operand end_x = int_argument(0), end_y = int_argument(1);
    if (end_x.type == StaticType::Error || end_y.type == StaticType::Error) return Operand{};
    std::vector<Literal> sizes{int_literal(ints[0]), int_literal(ints[1])};
    emit_range_loop(constant_register(0), end_y.reg, ints[1], [&](uint16_t y) {
      emit_range_loop(constant_register(0), end_x.reg, ints[0], [&](uint16_t x) {
        expand_closure(c, def, sizes, {Operand{StaticType::Int, x}, Operand{StaticType::Int, y}});
      });
    });
    return Operand{StaticType::NoneType, 0};
  }
  // vectorize[f, width, size=N, unroll_factor=K](n): f[width](i) while a whole vector fits,
  // then f[w](i) once for each smaller power of two w that still fits.
  for (auto& [key, value] : keywords) {
    if (key != "size" && key != "unroll_factor") {
      error(c, "vectorize has no parameter '" + std::string(key) + "'");
      return Operand{};
    }
  }
  if (ints.size() != 1 || !std::has_single_bit(static_cast<uint64_t>(ints[0])) || ints[0] > 64) {
    error(c, "vectorize takes the fn and a power-of-two width up to 64: vectorize[f, width](n)");
    return Operand{};
  }
  int64_t width = ints[0];
  Operand n;
  if (keywords.count("size")) {
    if (!arguments(0, 0)) return Operand{};
    n = Operand{StaticType::Int, constant_register(static_cast<uint64_t>(keywords["size"]))};
  } else {
    if (!arguments(1, 1)) return Operand{};
    n = int_argument(0);
    if (n.type == StaticType::Error) return Operand{};
  }
  // Whole vectors cover [0, n - n % width).
  uint16_t whole = temp(false), rest = temp(false);
  uint16_t width_reg = constant_register(static_cast<uint64_t>(width));
  emit(Instruction::abc(Op::ModI64, rest, n.reg, width_reg));
  emit(Instruction::abc(Op::SubI64, whole, n.reg, rest));
  emit_range_loop(constant_register(0), whole, width, [&](uint16_t i) {
    expand_closure(c, def, {int_literal(width)}, {Operand{StaticType::Int, i}});
  });
  uint16_t i = temp(false);
  emit(Instruction::abc(Op::Move, i, whole));
  for (int64_t w = width / 2; w >= 1; w /= 2) {
    JumpLabel skip;
    uint16_t fits = temp(false), w_reg = constant_register(static_cast<uint64_t>(w));
    uint16_t left = temp(false);
    emit(Instruction::abc(Op::SubI64, left, n.reg, i));
    emit(Instruction::abc(Op::CompareI64, fits, left, w_reg, static_cast<uint8_t>(CompareOp::Ge)));
    if (!fuse_compare_jump(fits, false, skip)) emit_jump(Op::JumpIfRaw, fits, 0, skip);
    expand_closure(c, def, {int_literal(w)}, {Operand{StaticType::Int, i}});
    emit(Instruction::abc(Op::AddI64, i, i, w_reg));
    bind(skip);
  }
  return Operand{StaticType::NoneType, 0};
}

}  // namespace ember::static_impl
