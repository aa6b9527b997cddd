// The match statement: every pattern kind, captures bound after the whole pattern matched.
#include <algorithm>
#include <string>

#include "frontend/compiler_internal.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember::compiler_impl {

namespace {

using Captures = std::vector<std::pair<std::string_view, uint16_t>>;

bool irrefutable(const ast::Pattern* p) {
  if (auto* a = ast::cast<ast::MatchAs>(p)) return !a->pattern || irrefutable(a->pattern);
  if (p->kind == ast::NodeKind::MatchOr) {
    for (auto* alt : static_cast<const ast::MatchSequence*>(p)->patterns) {
      if (irrefutable(alt)) return true;
    }
  }
  return false;
}

class PatternCompiler {
 public:
  explicit PatternCompiler(Compiler& c) : c_(c) {}

  void capture(const ast::Node* at, Captures& caps, std::string_view name, uint16_t value) {
    for (auto& [n, r] : caps) {
      if (n == name)
        c_.error(at, "multiple assignments to name '" + std::string(name) + "' in pattern");
    }
    uint16_t r = c_.alloc();
    c_.emit_abc(Op::Move, r, value);
    caps.emplace_back(name, r);
  }

  void fail_unless(uint16_t cond, Label& fail) { c_.emit_jump(Op::JumpIfFalse, cond, fail); }

  void fail_if_none(uint16_t value, Label& fail) {
    uint16_t none = c_.alloc();
    c_.emit_abc(Op::LoadNone, none);
    uint16_t t = c_.alloc();
    c_.emit_abc(Op::Is, t, value, none, 0);
    c_.emit_jump(Op::JumpIfTrue, t, fail);
  }

  void length_check(uint16_t subj, uint32_t n, bool at_least, Label& fail) {
    uint16_t len = c_.alloc();
    c_.emit_abc(Op::GetLen, len, subj);
    uint16_t k = c_.alloc();
    c_.emit_abx(Op::LoadInt, k, n);
    c_.emit_abc(Op::Compare, len, len, k,
                static_cast<uint32_t>(at_least ? CompareOp::Ge : CompareOp::Eq));
    fail_unless(len, fail);
  }

  static bool is_wildcard(const ast::Pattern* p) {
    auto* a = ast::cast<ast::MatchAs>(p);
    if (a && !a->pattern && a->name.empty()) return true;
    auto* s = ast::cast<ast::MatchStar>(p);
    return s && s->name.empty();
  }

  void pattern(const ast::Pattern* p, uint16_t subj, Label& fail, Captures& caps) {
    using K = ast::NodeKind;
    LocScope ls(c_, p);
    switch (p->kind) {
      case K::MatchValue: {
        auto* v = static_cast<const ast::MatchValue*>(p);
        uint16_t val = c_.expr_any(v->value);
        uint16_t t = c_.alloc();
        c_.emit_abc(Op::Compare, t, subj, val, static_cast<uint32_t>(CompareOp::Eq));
        fail_unless(t, fail);
        break;
      }
      case K::MatchSingleton: {
        auto* v = static_cast<const ast::MatchValue*>(p);
        uint16_t val = c_.alloc();
        c_.expr_to(v->value, val);
        uint16_t t = c_.alloc();
        c_.emit_abc(Op::Is, t, subj, val, 0);
        fail_unless(t, fail);
        break;
      }
      case K::MatchAs: {
        auto* a = static_cast<const ast::MatchAs*>(p);
        if (a->pattern) pattern(a->pattern, subj, fail, caps);
        if (!a->name.empty()) capture(p, caps, a->name, subj);
        break;
      }
      case K::MatchStar: {
        auto* s = static_cast<const ast::MatchStar*>(p);
        if (!s->name.empty()) capture(p, caps, s->name, subj);
        break;
      }
      case K::MatchOr:
        or_pattern(static_cast<const ast::MatchSequence*>(p), subj, fail, caps);
        break;
      case K::MatchSequence:
        sequence(static_cast<const ast::MatchSequence*>(p), subj, fail, caps);
        break;
      case K::MatchMapping:
        mapping(static_cast<const ast::MatchMapping*>(p), subj, fail, caps);
        break;
      case K::MatchClass:
        class_pattern(static_cast<const ast::MatchClass*>(p), subj, fail, caps);
        break;
      default:
        c_.error(p, "unsupported pattern");
    }
  }

  void or_pattern(const ast::MatchSequence* p, uint16_t subj, Label& fail, Captures& caps) {
    Label success;
    std::vector<std::string_view> names;
    std::vector<uint16_t> regs;
    for (uint32_t i = 0; i < p->patterns.size(); ++i) {
      Captures alt;
      Label next;
      pattern(p->patterns[i], subj, next, alt);
      std::vector<std::string_view> these;
      for (auto& [n, r] : alt) these.push_back(n);
      if (i == 0) {
        names = these;
        for (size_t k = 0; k < names.size(); ++k) regs.push_back(c_.alloc());
      } else {
        auto a = names, b = these;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        if (a != b) c_.error(p->patterns[i], "alternative patterns bind different names");
      }
      for (auto& [n, r] : alt) {
        size_t k = std::find(names.begin(), names.end(), n) - names.begin();
        c_.emit_abc(Op::Move, regs[k], r);
      }
      c_.emit_jump(Op::Jump, 0, success);
      c_.bind(next);
    }
    c_.emit_jump(Op::Jump, 0, fail);
    c_.bind(success);
    for (size_t k = 0; k < names.size(); ++k) {
      for (auto& [n, r] : caps) {
        if (n == names[k]) {
          c_.error(p, "multiple assignments to name '" + std::string(names[k]) + "' in pattern");
        }
      }
      caps.emplace_back(names[k], regs[k]);
    }
  }

  void sequence(const ast::MatchSequence* p, uint16_t subj, Label& fail, Captures& caps) {
    uint32_t n = p->patterns.size();
    int star = -1;
    for (uint32_t i = 0; i < n; ++i) {
      if (p->patterns[i]->kind == ast::NodeKind::MatchStar) {
        if (star >= 0) c_.error(p->patterns[i], "multiple starred names in sequence pattern");
        star = static_cast<int>(i);
      }
    }
    uint16_t t = c_.alloc();
    c_.emit_abc(Op::MatchSequence, t, subj);
    fail_unless(t, fail);
    if (star < 0) {
      length_check(subj, n, false, fail);
    } else if (n > 1) {
      length_check(subj, n - 1, true, fail);
    }
    bool all_wild = true;
    for (auto* sub : p->patterns) all_wild &= is_wildcard(sub);
    if (all_wild) return;
    uint16_t base = c_.alloc(n);
    if (star < 0) {
      c_.emit_abc(Op::Unpack, base, subj, n);
    } else {
      c_.emit_abc(Op::UnpackEx, base, subj, static_cast<uint32_t>(star),
                  n - static_cast<uint32_t>(star) - 1);
    }
    for (uint32_t i = 0; i < n; ++i)
      pattern(p->patterns[i], static_cast<uint16_t>(base + i), fail, caps);
  }

  void mapping(const ast::MatchMapping* p, uint16_t subj, Label& fail, Captures& caps) {
    uint32_t n = p->keys.size();
    uint16_t t = c_.alloc();
    c_.emit_abc(Op::MatchMapping, t, subj);
    fail_unless(t, fail);
    if (n == 0 && p->rest.empty()) return;
    if (n > 0) length_check(subj, n, true, fail);
    // Keys: literals and value patterns; literal duplicates are a compile-time error.
    std::vector<std::string> seen;
    for (auto* k : p->keys) {
      Value v;
      std::string key;
      if (c_.constant_value(k, &v, &key)) {
        if (std::find(seen.begin(), seen.end(), key) != seen.end()) {
          std::string shown = "...";
          if (auto* lit = ast::cast<ast::Constant>(k)) {
            if (lit->value_kind == ast::ConstantKind::Str)
              shown = "'" + std::string(lit->value) + "'";
            if (lit->value_kind == ast::ConstantKind::Int) shown = std::string(lit->value);
            if (lit->value_kind == ast::ConstantKind::None) shown = "None";
            if (lit->value_kind == ast::ConstantKind::True) shown = "True";
            if (lit->value_kind == ast::ConstantKind::False) shown = "False";
          }
          c_.error(k, "mapping pattern checks duplicate key (" + shown + ")");
        }
        seen.push_back(key);
      }
    }
    uint16_t keys = c_.alloc();
    uint16_t kb = c_.alloc(n);
    for (uint32_t i = 0; i < n; ++i) c_.expr_to(p->keys[i], static_cast<uint16_t>(kb + i));
    c_.emit_abc(Op::BuildTuple, keys, kb, n);
    if (n > 0) {
      uint16_t vals = c_.alloc();
      c_.emit_abc(Op::MatchKeys, vals, subj, keys);
      fail_if_none(vals, fail);
      uint16_t base = c_.alloc(n);
      c_.emit_abc(Op::Unpack, base, vals, n);
      for (uint32_t i = 0; i < n; ++i)
        pattern(p->patterns[i], static_cast<uint16_t>(base + i), fail, caps);
    }
    if (!p->rest.empty()) {
      uint16_t rest = c_.alloc();
      c_.emit_abc(Op::CopyDictWithoutKeys, rest, subj, keys);
      capture(p, caps, p->rest, rest);
    }
  }

  void class_pattern(const ast::MatchClass* p, uint16_t subj, Label& fail, Captures& caps) {
    uint32_t npos = p->patterns.size();
    uint32_t nkw = p->kwd_attrs.size();
    for (uint32_t i = 0; i < nkw; ++i) {
      for (uint32_t j = 0; j < i; ++j) {
        if (p->kwd_attrs[i] == p->kwd_attrs[j]) {
          c_.error(p->kwd_patterns[i],
                   "attribute name repeated in class pattern: " + std::string(p->kwd_attrs[i]));
        }
      }
    }
    if (npos > 255) c_.error(p, "too many sub-patterns in class pattern");
    uint16_t cls = c_.alloc(2);
    c_.expr_to(p->cls, cls);
    TupleObject* names = c_.vm_.new_tuple(static_cast<int64_t>(nkw));
    std::string key = "kwnames(";
    for (uint32_t i = 0; i < nkw; ++i) {
      names->items[i] = Value::from_object(c_.vm_.intern(p->kwd_attrs[i]));
      key += "s:";
      key += p->kwd_attrs[i];
      key += std::to_string(p->kwd_attrs[i].size() + 2);
      key += ',';
    }
    key += ')';
    c_.load_const_value(static_cast<uint16_t>(cls + 1),
                        c_.add_const(Value::from_object(names), key));
    uint16_t res = c_.alloc();
    c_.emit_abc(Op::MatchClass, res, subj, cls, npos);
    fail_if_none(res, fail);
    uint32_t total = npos + nkw;
    bool all_wild = true;
    for (auto* sub : p->patterns) all_wild &= is_wildcard(sub);
    for (auto* sub : p->kwd_patterns) all_wild &= is_wildcard(sub);
    if (total == 0 || all_wild) return;
    uint16_t base = c_.alloc(total);
    c_.emit_abc(Op::Unpack, base, res, total);
    for (uint32_t i = 0; i < npos; ++i)
      pattern(p->patterns[i], static_cast<uint16_t>(base + i), fail, caps);
    for (uint32_t i = 0; i < nkw; ++i) {
      pattern(p->kwd_patterns[i], static_cast<uint16_t>(base + npos + i), fail, caps);
    }
  }

 private:
  Compiler& c_;
};

}  // namespace

void Compiler::compile_match(const ast::Match* m) {
  uint32_t mk = mark();
  uint16_t subj = alloc();
  expr_to(m->subject, subj);
  Bound s0 = save_bound();
  Label end;
  for (uint32_t i = 0; i < m->cases.size(); ++i) {
    const ast::MatchCase* mc = m->cases[i];
    if (i + 1 < m->cases.size() && !mc->guard && irrefutable(mc->pattern)) {
      const ast::Pattern* p = mc->pattern;
      while (true) {
        auto* a = ast::cast<ast::MatchAs>(p);
        if (a && a->pattern) {
          p = a->pattern;
          continue;
        }
        break;
      }
      auto* a = ast::cast<ast::MatchAs>(p);
      if (a && !a->name.empty()) {
        error(p,
              "name capture '" + std::string(a->name) + "' makes remaining patterns unreachable");
      }
      error(p, "wildcard makes remaining patterns unreachable");
    }
    restore_bound(s0);
    uint32_t cm = mark();
    Label fail;
    Captures caps;
    PatternCompiler pc(*this);
    pc.pattern(mc->pattern, subj, fail, caps);
    {
      LocScope ls(*this, mc->pattern);
      for (auto& [name, reg] : caps) store_name(name, reg);
    }
    free_to(cm);
    if (mc->guard) jump_if(mc->guard, false, fail);
    stmts(mc->body);
    if (!u_->bound.dead) emit_jump(Op::Jump, 0, end);
    bind(fail);
    free_to(cm);
  }
  bind(end);
  restore_bound(s0);
  free_to(mk);
}

}  // namespace ember::compiler_impl
