// Calls of fns at compile time: `alias concat = add_literal("mojo", "!", 4)` runs the fn's
// body while the alias is folded, by walking its statements over compile-time values
// (Literal). Its locals are alias scopes, so each expression is folded by
// ModuleContext::fold with the same rules as any alias value, and a call inside it runs the
// callee the same way. The body is also checked and compiled as usual: this walk only
// computes, and gives up (a diagnostic at the alias) on what has no compile-time value:
// printing, raising, structs, collections, `mut` arguments.
#include "builtins/numeric/float_repr.h"
#include "frontend/static_internal.h"

namespace ember::static_impl {

using namespace ast;

namespace {

// Bounds on one alias's computation: statements executed, and calls nested.
constexpr uint64_t kMaxSteps = 1'000'000;
constexpr int kMaxCallDepth = 100;

Literal failure(std::string message) {
  Literal l;
  l.type = StaticType::Error;
  l.s = std::move(message);
  return l;
}

// What a statement tells the walk to do next.
enum class Flow : uint8_t { Next, Break, Continue, Return, Stop };

class ComptimeRun {
 public:
  ComptimeRun(ModuleContext& m, const FnSignature& fn) : m_(m), fn_(fn) {}

  // The fn's result for `args` (already converted to its parameter types), or a failure.
  Literal run(std::vector<Literal> args) {
    enter();
    for (size_t i = 0; i < args.size(); ++i) {
      declare(fn_.param_names[i], fn_.params[i], std::move(args[i]));
    }
    Flow f = block(fn_.def->body);
    if (f == Flow::Stop) return failure_;
    if (f != Flow::Return) return stop(fn_.def, "it ends without returning a value");
    return result_;
  }

 private:
  // Gives up at `at` with `why`; a failure of fold (overflow...) keeps its own message.
  Flow give_up(const Node* at, std::string why) {
    failure_ = failure("cannot call '" + std::string(fn_.name) + "' at compile time: " + why +
                       " (line " + std::to_string(at->lineno) + ")");
    return Flow::Stop;
  }
  Literal stop(const Node* at, std::string why) {
    give_up(at, std::move(why));
    return failure_;
  }

  void enter() {
    locals_.emplace_back();
    types_.emplace_back();
  }
  void leave() {
    locals_.pop_back();
    types_.pop_back();
  }
  void declare(std::string_view name, StaticType t, Literal v) {
    locals_.back()[name] = std::move(v);
    types_.back()[name] = t;
  }
  // The scope that declares `name`, innermost first; -1 when none does.
  int scope_of(std::string_view name) const {
    for (int i = static_cast<int>(locals_.size()) - 1; i >= 0; --i) {
      if (locals_[i].count(name)) return i;
    }
    return -1;
  }

  // The value of e, or nullopt after give_up.
  std::optional<Literal> value(const Expr* e) {
    std::optional<Literal> v = m_.fold(e, &locals_, nullptr);
    if (!v) {
      give_up(e, "this expression has no compile-time value");
      return std::nullopt;
    }
    if (v->type == StaticType::Error) {
      failure_ = *v;
      return std::nullopt;
    }
    return v;
  }

  // Stores v into variable `name` (declared by a first assignment, as in fn code).
  Flow assign(const Node* at, std::string_view name, Literal v) {
    int scope = scope_of(name);
    StaticType t = scope < 0 ? StaticType::Error : types_[scope][name];
    std::optional<Literal> fitted = comptime_value_of_type(v, t);
    if (!fitted) {
      return give_up(at, "'" + std::string(name) + "' cannot hold this value at compile time");
    }
    if (scope < 0) {
      declare(name, literal_value_type(*fitted), std::move(*fitted));
    } else {
      locals_[scope][name] = std::move(*fitted);
    }
    return Flow::Next;
  }

  Flow block(const Seq<Stmt*>& body) {
    for (const Stmt* s : body) {
      Flow f = statement(s);
      if (f != Flow::Next) return f;
    }
    return Flow::Next;
  }

  // A nested block: its `var`s end with it.
  Flow scoped_block(const Seq<Stmt*>& body) {
    enter();
    Flow f = block(body);
    leave();
    return f;
  }

  std::optional<bool> condition(const Expr* test) {
    std::optional<Literal> c = value(test);
    if (!c) return std::nullopt;
    if (c->type != StaticType::Bool) {
      give_up(test, "the condition is not a compile-time Bool");
      return std::nullopt;
    }
    return c->b;
  }

  Flow loop_body(const Seq<Stmt*>& body, bool& done) {
    Flow f = scoped_block(body);
    if (f == Flow::Break) done = true;
    if (f == Flow::Break || f == Flow::Continue) return Flow::Next;
    return f;
  }

  Flow for_range(const For* s) {
    auto* c = cast<Call>(s->iter);
    auto* callee = c ? cast<Name>(c->func) : nullptr;
    auto* target = cast<Name>(s->target);
    if (!callee || callee->id != "range" || scope_of("range") >= 0 || c->args.empty() ||
        c->args.size() > 3 || !c->keywords.empty() || !target || !s->orelse.empty()) {
      return give_up(s, "only a loop over range() runs at compile time");
    }
    __int128 bounds[3] = {0, 0, 1};
    for (size_t i = 0; i < c->args.size(); ++i) {
      std::optional<Literal> v = value(c->args[i]);
      if (!v) return Flow::Stop;
      if (v->type != StaticType::IntLiteral)
        return give_up(c->args[i], "a range bound is not an Int");
      bounds[c->args.size() == 1 ? 1 : i] = v->i;
    }
    auto [start, end, step] = bounds;
    if (step == 0) return give_up(c, "range() step is zero");
    bool done = false;
    for (__int128 i = start; !done && (step > 0 ? i < end : i > end); i += step) {
      if (++m_.comptime_steps > kMaxSteps) {
        return give_up(s, "it runs more than " + std::to_string(kMaxSteps) + " steps");
      }
      Literal index;
      index.type = StaticType::IntLiteral;
      index.i = i;
      enter();
      declare(target->id, StaticType::Int, index);
      Flow f = loop_body(s->body, done);
      leave();
      if (f != Flow::Next) return f;
    }
    return Flow::Next;
  }

  Flow while_loop(const While* s) {
    if (!s->orelse.empty()) return give_up(s, "a while loop with an else clause");
    bool done = false;
    while (!done) {
      if (++m_.comptime_steps > kMaxSteps) {
        return give_up(s, "it runs more than " + std::to_string(kMaxSteps) + " steps");
      }
      std::optional<bool> go = condition(s->test);
      if (!go) return Flow::Stop;
      if (!*go) break;
      Flow f = loop_body(s->body, done);
      if (f != Flow::Next) return f;
    }
    return Flow::Next;
  }

  // `x op= v` is `x = x op v`: the BinOp is written once per statement and kept.
  Flow augmented(const AugAssign* s) {
    auto* target = cast<Name>(s->target);
    if (!target || scope_of(target->id) < 0) {
      return give_up(s, "only a local variable is updated at compile time");
    }
    BinOp*& op = m_.comptime_updates[s];
    if (!op) {
      op = make_node_at<BinOp>(m_.synthesized_nodes, NodeKind::BinOp, s);
      op->left = s->target;
      op->op = s->op;
      op->right = s->value;
    }
    std::optional<Literal> v = value(op);
    return v ? assign(s, target->id, std::move(*v)) : Flow::Stop;
  }

  // `a, b = b, a + b`: every value first, then the stores.
  Flow unpack(const Stmt* s, const Sequence* targets, const Expr* value) {
    auto* values = value->kind == NodeKind::Tuple ? static_cast<const Sequence*>(value) : nullptr;
    if (!values || values->elts.size() != targets->elts.size()) {
      return give_up(s, "only a tuple of values is unpacked at compile time");
    }
    std::vector<Literal> computed;
    for (const Expr* e : values->elts) {
      std::optional<Literal> v = this->value(e);
      if (!v) return Flow::Stop;
      computed.push_back(std::move(*v));
    }
    for (size_t i = 0; i < computed.size(); ++i) {
      auto* target = cast<Name>(targets->elts[i]);
      if (!target) return give_up(s, "only variables are assigned at compile time");
      if (target->id == "_") continue;
      if (Flow f = assign(s, target->id, std::move(computed[i])); f != Flow::Next) return f;
    }
    return Flow::Next;
  }

  Flow statement(const Stmt* s) {
    if (++m_.comptime_steps > kMaxSteps) {
      return give_up(s, "it runs more than " + std::to_string(kMaxSteps) + " steps");
    }
    switch (s->kind) {
      case NodeKind::Pass:
        return Flow::Next;
      case NodeKind::Break:
        return Flow::Break;
      case NodeKind::Continue:
        return Flow::Continue;
      case NodeKind::ExprStmt: {
        auto* c = cast<Constant>(static_cast<const ExprStmt*>(s)->value);
        if (c && c->value_kind == ConstantKind::Str) return Flow::Next;  // a docstring
        return give_up(s, "a statement run for its effect");
      }
      case NodeKind::VarDecl: {
        auto* v = static_cast<const VarDecl*>(s);
        auto* target = cast<Name>(v->target);
        if (!target || !v->value) return give_up(s, "a variable without a value");
        std::optional<Literal> init = value(v->value);
        if (!init) return Flow::Stop;
        StaticType t = v->annotation ? m_.annotation_type(v->annotation) : StaticType::Error;
        std::optional<Literal> fitted = comptime_value_of_type(*init, t);
        if (!fitted) return give_up(s, "this variable cannot hold its value at compile time");
        declare(target->id, t == StaticType::Error ? literal_value_type(*fitted) : t,
                std::move(*fitted));
        return Flow::Next;
      }
      case NodeKind::Assign: {
        auto* a = static_cast<const Assign*>(s);
        if (a->targets.size() == 1 && a->targets[0]->kind == NodeKind::Tuple) {
          return unpack(s, static_cast<const Sequence*>(a->targets[0]), a->value);
        }
        auto* target = a->targets.size() == 1 ? cast<Name>(a->targets[0]) : nullptr;
        if (!target) return give_up(s, "only a variable is assigned at compile time");
        std::optional<Literal> v = value(a->value);
        if (!v) return Flow::Stop;
        if (target->id == "_") return Flow::Next;  // a discard
        return assign(s, target->id, std::move(*v));
      }
      case NodeKind::AugAssign:
        return augmented(static_cast<const AugAssign*>(s));
      case NodeKind::AliasDecl: {
        auto* a = static_cast<const AliasDecl*>(s);
        std::optional<Literal> v = m_.fold_alias(a->value, &locals_, nullptr);
        if (!v) return give_up(a->value, "this alias has no compile-time value");
        if (v->type == StaticType::Error) {
          failure_ = *v;
          return Flow::Stop;
        }
        declare(a->name, literal_value_type(*v), std::move(*v));
        return Flow::Next;
      }
      case NodeKind::If: {
        auto* i = static_cast<const If*>(s);
        std::optional<bool> taken = condition(i->test);
        if (!taken) return Flow::Stop;
        return scoped_block(*taken ? i->body : i->orelse);
      }
      case NodeKind::While:
        return while_loop(static_cast<const While*>(s));
      case NodeKind::For:
        return for_range(static_cast<const For*>(s));
      case NodeKind::Return: {
        auto* r = static_cast<const Return*>(s);
        if (!r->value) return give_up(s, "it returns no value");
        std::optional<Literal> v = value(r->value);
        if (!v) return Flow::Stop;
        std::optional<Literal> fitted = comptime_value_of_type(*v, fn_.result);
        if (!fitted) return give_up(s, "its result has no compile-time value");
        result_ = std::move(*fitted);
        return Flow::Return;
      }
      case NodeKind::Raise:
        return give_up(s, "it raises");
      default:
        return give_up(s, "this statement does not run at compile time");
    }
  }

  ModuleContext& m_;
  const FnSignature& fn_;
  AliasScopes locals_;                                                   // innermost last
  std::vector<std::unordered_map<std::string_view, StaticType>> types_;  // of each local
  Literal result_;
  Literal failure_;
};

}  // namespace

std::optional<Literal> comptime_value_of_type(const Literal& v, StaticType t) {
  Literal out = v;
  switch (t) {
    case StaticType::Error:  // a variable typed by its first value
      return literal_value_type(v) == StaticType::Error || is_tuple_type(v.type)
                 ? std::nullopt
                 : std::optional<Literal>(out);
    case StaticType::Int:
    case StaticType::UInt:
      if (v.type != StaticType::IntLiteral) return std::nullopt;
      // Int wraps at 64 bits (UInt's values are its bits read as unsigned).
      out.i = t == StaticType::Int
                  ? static_cast<__int128>(static_cast<int64_t>(static_cast<uint64_t>(v.i)))
                  : static_cast<__int128>(static_cast<uint64_t>(v.i));
      out.named = StaticType::Error;
      return out;
    case StaticType::Float64:
      if (v.type == StaticType::IntLiteral) {
        out.type = StaticType::FloatLiteral;
        out.f = static_cast<double>(v.i);
      }
      return out.type == StaticType::FloatLiteral ? std::optional<Literal>(out) : std::nullopt;
    case StaticType::Bool:
      return v.type == StaticType::Bool ? std::optional<Literal>(out) : std::nullopt;
    case StaticType::String:
    case StaticType::StringLiteral:
      return v.type == StaticType::String ? std::optional<Literal>(out) : std::nullopt;
    default:
      return std::nullopt;
  }
}

std::optional<Literal> ModuleContext::comptime_call(
    const Call* c, const FnSignature& fn, const AliasScopes* scopes,
    const std::function<bool(std::string_view)>& is_local) {
  std::string name(fn.name);
  if (!fn.def || fn.self_kind != SelfKind::None) return std::nullopt;
  if (comptime_depth >= kMaxCallDepth) {
    return failure("cannot call '" + name + "' at compile time: calls nest deeper than " +
                   std::to_string(kMaxCallDepth));
  }
  if (c->args.size() > fn.params.size()) {
    return failure("'" + name + "' takes " + std::to_string(fn.params.size()) + " arguments, got " +
                   std::to_string(c->args.size()));
  }
  // Each parameter's argument: positional, then by keyword, then its default.
  std::vector<const Expr*> given(fn.params.size(), nullptr);
  for (size_t i = 0; i < c->args.size(); ++i) given[i] = c->args[i];
  for (const Keyword* k : c->keywords) {
    auto at = std::find(fn.param_names.begin(), fn.param_names.end(), k->arg);
    if (k->arg.empty() || at == fn.param_names.end() || given[at - fn.param_names.begin()]) {
      return failure("cannot call '" + name + "' at compile time with these keyword arguments");
    }
    given[at - fn.param_names.begin()] = k->value;
  }
  std::vector<Literal> args;
  for (size_t i = 0; i < given.size(); ++i) {
    const Expr* e = given[i] ? given[i] : fn.param_defaults[i];
    if (!e)
      return failure("'" + name + "' is missing its argument '" + std::string(fn.param_names[i]) +
                     "'");
    std::optional<Literal> v = fold(e, given[i] ? scopes : nullptr, given[i] ? is_local : nullptr);
    if (!v || v->type == StaticType::Error) return v;
    if (fn.param_mut[i]) {
      return failure("cannot call '" + name + "' at compile time: its argument '" +
                     std::string(fn.param_names[i]) + "' is mut");
    }
    std::optional<Literal> fitted = comptime_value_of_type(*v, fn.params[i]);
    if (!fitted) {
      return failure("cannot call '" + name + "' at compile time: argument '" +
                     std::string(fn.param_names[i]) + "' is not a compile-time " +
                     type_name(fn.params[i]));
    }
    args.push_back(std::move(*fitted));
  }
  if (comptime_depth == 0) comptime_steps = 0;
  ++comptime_depth;
  Literal result = ComptimeRun(*this, fn).run(std::move(args));
  --comptime_depth;
  return result;
}

namespace {

// The text of one lane of a SIMD vector of `dtype` built from v at compile time; nullopt
// when v is not a value of that dtype.
std::optional<std::string> lane_text(const Literal& v, DType dtype) {
  if (dtype == DType::Bool) {
    if (v.type != StaticType::Bool) return std::nullopt;
    return std::string(v.b ? "True" : "False");
  }
  if (dtype == DType::Float64) {
    if (v.type != StaticType::IntLiteral && v.type != StaticType::FloatLiteral) return std::nullopt;
    return numeric::float_repr(v.type == StaticType::IntLiteral ? static_cast<double>(v.i) : v.f);
  }
  if (!dtype_is_integral(dtype) || v.type != StaticType::IntLiteral) return std::nullopt;
  int bits = static_cast<int>(dtype_size(dtype)) * 8;
  __int128 low = dtype_is_signed(dtype) ? -(__int128{1} << (bits - 1)) : 0;
  __int128 high =
      dtype_is_signed(dtype) ? (__int128{1} << (bits - 1)) - 1 : (__int128{1} << bits) - 1;
  if (v.i < low || v.i > high) return std::nullopt;
  return int128_text(v.i);
}

}  // namespace

std::optional<std::string> ModuleContext::comptime_simd_text(
    const Call* c, SimdType layout, const AliasScopes* scopes,
    const std::function<bool(std::string_view)>& is_local) {
  if (c->args.size() != 1 && c->args.size() != layout.width()) return std::nullopt;
  std::vector<std::string> lanes;
  for (const Expr* a : c->args) {
    std::optional<Literal> v = fold(a, scopes, is_local);
    std::optional<std::string> text = v ? lane_text(*v, layout.dtype) : std::nullopt;
    if (!text) return std::nullopt;
    lanes.push_back(*text);
  }
  lanes.resize(layout.width(), lanes[0]);
  if (layout.width() == 1) return lanes[0];
  std::string out = "[";
  for (size_t i = 0; i < lanes.size(); ++i) out += (i ? ", " : "") + lanes[i];
  return out + "]";
}

std::optional<std::string> ModuleContext::comptime_text(
    const Expr* e, const AliasScopes* scopes,
    const std::function<bool(std::string_view)>& is_local) {
  if (auto* c = cast<Call>(e); c && c->keywords.empty()) {
    auto* f = cast<Name>(c->func);
    if (f && f->id == "String" && !(is_local && is_local(f->id)) && c->args.size() == 1) {
      return comptime_text(c->args[0], scopes, is_local);
    }
    // SIMD[DType.int64, 4](1, 2, 3, 4) prints as [1, 2, 3, 4]; one value fills every lane.
    std::optional<Literal> type = fold_alias(c->func, scopes, is_local);
    if (type && type->type == StaticType::TypeValue && is_simd_type(type->named)) {
      return comptime_simd_text(c, *simd_layout(type->named), scopes, is_local);
    }
  }
  std::optional<Literal> v = fold_alias(e, scopes, is_local);
  if (!v) return std::nullopt;
  switch (v->type) {
    case StaticType::String:
      return v->s;
    case StaticType::IntLiteral:
      return int128_text(v->i);
    case StaticType::FloatLiteral:
      return numeric::float_repr(v->f);
    case StaticType::Bool:
      return std::string(v->b ? "True" : "False");
    default:
      return std::nullopt;
  }
}

std::optional<Literal> ModuleContext::fold_literal_get(
    const Call* c, const AliasScopes* scopes,
    const std::function<bool(std::string_view)>& is_local) {
  auto* s = cast<Subscript>(c->func);
  auto* a = s ? cast<Attribute>(s->value) : nullptr;
  auto* n = a ? cast<Name>(a->value) : nullptr;
  if (!n || n->id != "StringLiteral" || a->attr != "get" || (is_local && is_local(n->id))) {
    return std::nullopt;
  }
  if (!c->args.empty() || !c->keywords.empty()) {
    return failure("StringLiteral.get[value]() takes no arguments");
  }
  std::optional<std::string> text = comptime_text(s->slice, scopes, is_local);
  if (!text) {
    return failure(
        "the parameter of StringLiteral.get must be a compile-time value that "
        "String() converts (a literal, a String or a SIMD vector of them)");
  }
  Literal out;
  out.type = StaticType::String;
  out.s = std::move(*text);
  return out;
}

}  // namespace ember::static_impl
