#include "frontend/ast_dump.h"

#include <double-conversion/double-conversion.h>
#include <utf8proc.h>

#include <cmath>
#include <cstdio>
#include <vector>

namespace ember {

using namespace ast;

namespace {

bool printable(int32_t cp) {
  if (cp == ' ') return true;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

// Decodes generalized UTF-8 (surrogates allowed).
int32_t next_cp(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  int32_t cp = n == 0 ? c : n == 1 ? (c & 0x1F) : n == 2 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k <= n && i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n + 1;
  return cp;
}

}  // namespace

std::string python_repr_str(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out(1, q);
  size_t i = 0;
  char buf[16];
  while (i < s.size()) {
    int32_t cp = next_cp(s, i);
    if (cp == q || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp < 0x20 || cp == 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (printable(cp)) {
      std::string tmp;
      if (cp < 0x800) {
        tmp += static_cast<char>(0xC0 | (cp >> 6));
        tmp += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        tmp += static_cast<char>(0xE0 | (cp >> 12));
        tmp += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        tmp += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        tmp += static_cast<char>(0xF0 | (cp >> 18));
        tmp += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        tmp += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        tmp += static_cast<char>(0x80 | (cp & 0x3F));
      }
      out += tmp;
    } else if (cp < 0x100) {
      std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x10000) {
      std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
  }
  out += q;
  return out;
}

std::string python_repr_bytes(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out = "b";
  out += q;
  char buf[8];
  for (unsigned char c : s) {
    if (c == q || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c >= 0x7F) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += q;
  return out;
}

std::string python_repr_float(double v, bool add_dot_zero) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  char digits[32];
  bool sign = false;
  int length = 0, point = 0;
  double_conversion::DoubleToStringConverter::DoubleToAscii(
      v, double_conversion::DoubleToStringConverter::SHORTEST, 0, digits, sizeof digits, &sign,
      &length, &point);
  std::string d(digits, static_cast<size_t>(length));
  std::string out = sign ? "-" : "";
  if (point <= -4 || point > 16) {
    out += d[0];
    if (d.size() > 1) {
      out += '.';
      out += d.substr(1);
    }
    int e = point - 1;
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    out += buf;
  } else if (point <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-point), '0');
    out += d;
  } else if (point >= length) {
    out += d;
    out.append(static_cast<size_t>(point - length), '0');
    if (add_dot_zero) out += ".0";
  } else {
    out += d.substr(0, static_cast<size_t>(point));
    out += '.';
    out += d.substr(static_cast<size_t>(point));
  }
  return out;
}

std::string int_literal_to_decimal(std::string_view s) {
  int base = 10;
  if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b')) {
    base = s[1] == 'x' ? 16 : s[1] == 'o' ? 8 : 2;
    s.remove_prefix(2);
  }
  // Little-endian base 1e9 big number.
  std::vector<uint32_t> limbs{0};
  for (char c : s) {
    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    uint64_t carry = static_cast<uint64_t>(d);
    for (uint32_t& l : limbs) {
      uint64_t v = static_cast<uint64_t>(l) * static_cast<uint64_t>(base) + carry;
      l = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs.push_back(static_cast<uint32_t>(carry));
  }
  std::string out = std::to_string(limbs.back());
  char buf[16];
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::snprintf(buf, sizeof buf, "%09u", limbs[i]);
    out += buf;
  }
  return out;
}

std::string constant_repr(const Constant* c) {
  switch (c->value_kind) {
    case ConstantKind::None:
      return "None";
    case ConstantKind::True:
      return "True";
    case ConstantKind::False:
      return "False";
    case ConstantKind::Ellipsis:
      return "Ellipsis";
    case ConstantKind::Int:
      return int_literal_to_decimal(c->value);
    case ConstantKind::Float:
      return python_repr_float(c->number);
    case ConstantKind::Complex:
      return python_repr_float(c->number, false) + "j";
    case ConstantKind::Str:
      return python_repr_str(c->value);
    case ConstantKind::Bytes:
      return python_repr_bytes(c->value);
  }
  return "?";
}

namespace {

class Dumper {
 public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}
  std::string out;

  void node(const Node* n) {
    if (!n) {
      out += "None";
      return;
    }
    if (depth_ > 4000) {  // keep pathological trees from exhausting the stack
      out += "...";
      return;
    }
    ++depth_;
    node_inner(n);
    --depth_;
  }
  void node_inner(const Node* n) {
    out += node_kind_name(n->kind);
    out += '(';
    first_ = true;
    fields(n);
    if (attrs_ && has_attributes(n->kind)) {
      field("lineno");
      out += std::to_string(n->lineno);
      field("col_offset");
      out += std::to_string(n->col_offset);
      field("end_lineno");
      out += std::to_string(n->end_lineno);
      field("end_col_offset");
      out += std::to_string(n->end_col_offset);
    }
    out += ')';
    first_ = false;
  }

 private:
  static bool has_attributes(NodeKind k) {
    return is_stmt(k) || is_expr(k) || is_pattern(k) || k == NodeKind::ExceptHandler ||
           k == NodeKind::Arg || k == NodeKind::Keyword || k == NodeKind::Alias;
  }
  void field(const char* name) {
    if (!first_) out += ", ";
    first_ = false;
    out += name;
    out += '=';
  }
  void child(const char* name, const Node* n) {
    field(name);
    bool saved = first_;
    node(n);
    first_ = saved;
  }
  void opt(const char* name, const Node* n) {
    if (n) child(name, n);
  }
  template <class T>
  void list(const char* name, Seq<T*> s) {
    field(name);
    bool saved = first_;
    out += '[';
    for (uint32_t i = 0; i < s.size(); ++i) {
      if (i) out += ", ";
      node(s[i]);
    }
    out += ']';
    first_ = saved;
  }
  void str(const char* name, std::string_view v) {
    field(name);
    out += python_repr_str(v);
  }
  void opt_str(const char* name, std::string_view v) {
    if (!v.empty()) str(name, v);
  }
  void num(const char* name, long v) {
    field(name);
    out += std::to_string(v);
  }
  void raw(const char* name, const std::string& v) {
    field(name);
    out += v;
  }
  void ctx(ExprContext c) {
    raw("ctx", c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()");
  }
  void names(const char* name, Seq<std::string_view> s) {
    field(name);
    out += '[';
    for (uint32_t i = 0; i < s.size(); ++i) {
      if (i) out += ", ";
      out += python_repr_str(s[i]);
    }
    out += ']';
  }

  void fields(const Node* n) {
    switch (n->kind) {
      case NodeKind::Module: {
        auto* m = static_cast<const Module*>(n);
        list("body", m->body);
        raw("type_ignores", "[]");
        break;
      }
      case NodeKind::Expression:
        child("body", static_cast<const Expression*>(n)->body);
        break;
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef: {
        auto* f = static_cast<const FunctionDef*>(n);
        str("name", f->name);
        child("args", f->args);
        list("body", f->body);
        list("decorator_list", f->decorator_list);
        opt("returns", f->returns);
        break;
      }
      case NodeKind::ClassDef: {
        auto* c = static_cast<const ClassDef*>(n);
        str("name", c->name);
        list("bases", c->bases);
        list("keywords", c->keywords);
        list("body", c->body);
        list("decorator_list", c->decorator_list);
        break;
      }
      case NodeKind::Return:
        opt("value", static_cast<const Return*>(n)->value);
        break;
      case NodeKind::Delete:
        list("targets", static_cast<const Delete*>(n)->targets);
        break;
      case NodeKind::Assign: {
        auto* a = static_cast<const Assign*>(n);
        list("targets", a->targets);
        child("value", a->value);
        break;
      }
      case NodeKind::AugAssign: {
        auto* a = static_cast<const AugAssign*>(n);
        child("target", a->target);
        raw("op", std::string(operator_name(a->op)) + "()");
        child("value", a->value);
        break;
      }
      case NodeKind::AnnAssign: {
        auto* a = static_cast<const AnnAssign*>(n);
        child("target", a->target);
        child("annotation", a->annotation);
        opt("value", a->value);
        num("simple", a->simple ? 1 : 0);
        break;
      }
      case NodeKind::For:
      case NodeKind::AsyncFor: {
        auto* f = static_cast<const For*>(n);
        child("target", f->target);
        child("iter", f->iter);
        list("body", f->body);
        list("orelse", f->orelse);
        break;
      }
      case NodeKind::While: {
        auto* w = static_cast<const While*>(n);
        child("test", w->test);
        list("body", w->body);
        list("orelse", w->orelse);
        break;
      }
      case NodeKind::If: {
        auto* w = static_cast<const If*>(n);
        child("test", w->test);
        list("body", w->body);
        list("orelse", w->orelse);
        if (w->comptime) raw("comptime", "True");
        break;
      }
      case NodeKind::With:
      case NodeKind::AsyncWith: {
        auto* w = static_cast<const With*>(n);
        list("items", w->items);
        list("body", w->body);
        break;
      }
      case NodeKind::Match: {
        auto* m = static_cast<const Match*>(n);
        child("subject", m->subject);
        list("cases", m->cases);
        break;
      }
      case NodeKind::Raise: {
        auto* r = static_cast<const Raise*>(n);
        opt("exc", r->exc);
        opt("cause", r->cause);
        break;
      }
      case NodeKind::Try:
      case NodeKind::TryStar: {
        auto* t = static_cast<const Try*>(n);
        list("body", t->body);
        list("handlers", t->handlers);
        list("orelse", t->orelse);
        list("finalbody", t->finalbody);
        break;
      }
      case NodeKind::Assert: {
        auto* a = static_cast<const Assert*>(n);
        child("test", a->test);
        opt("msg", a->msg);
        break;
      }
      case NodeKind::Import:
        list("names", static_cast<const Import*>(n)->names);
        break;
      case NodeKind::ImportFrom: {
        auto* i = static_cast<const ImportFrom*>(n);
        opt_str("module", i->module);
        list("names", i->names);
        num("level", i->level);
        break;
      }
      case NodeKind::Global:
      case NodeKind::Nonlocal:
        names("names", static_cast<const Global*>(n)->names);
        break;
      case NodeKind::ExprStmt:
        child("value", static_cast<const ExprStmt*>(n)->value);
        break;
      case NodeKind::Pass:
      case NodeKind::Break:
      case NodeKind::Continue:
        break;
      case NodeKind::FnDef: {
        auto* f = static_cast<const FnDef*>(n);
        str("name", f->name);
        opt("params", f->params);
        child("args", f->args);
        list("body", f->body);
        list("decorator_list", f->decorator_list);
        opt("returns", f->returns);
        if (f->raises) raw("raises", "True");
        break;
      }
      case NodeKind::StructDef:
      case NodeKind::TraitDef: {
        auto* d = static_cast<const StructDef*>(n);
        str("name", d->name);
        opt("params", d->params);
        list("bases", d->bases);
        list("body", d->body);
        list("decorator_list", d->decorator_list);
        break;
      }
      case NodeKind::VarDecl: {
        auto* v = static_cast<const VarDecl*>(n);
        raw("kind", v->is_let ? "'let'" : "'var'");
        child("target", v->target);
        opt("annotation", v->annotation);
        opt("value", v->value);
        break;
      }
      case NodeKind::AliasDecl: {
        auto* a = static_cast<const AliasDecl*>(n);
        raw("kind", a->comptime ? "'comptime'" : "'alias'");
        str("name", a->name);
        opt("annotation", a->annotation);
        child("value", a->value);
        break;
      }
      case NodeKind::Transfer:
        child("value", static_cast<const Transfer*>(n)->value);
        break;
      case NodeKind::FnType: {
        auto* f = static_cast<const FnType*>(n);
        list("args", f->args);
        opt("returns", f->returns);
        raw("raises", f->raises ? "True" : "False");
        raw("capturing", f->capturing ? "True" : "False");
        break;
      }
      case NodeKind::ParamKeyword:
        str("arg", static_cast<const ParamKeyword*>(n)->arg);
        child("value", static_cast<const ParamKeyword*>(n)->value);
        break;
      case NodeKind::BoolOp: {
        auto* b = static_cast<const BoolOp*>(n);
        raw("op", b->op == BoolOpKind::And ? "And()" : "Or()");
        list("values", b->values);
        break;
      }
      case NodeKind::NamedExpr: {
        auto* b = static_cast<const NamedExpr*>(n);
        child("target", b->target);
        child("value", b->value);
        break;
      }
      case NodeKind::BinOp: {
        auto* b = static_cast<const BinOp*>(n);
        child("left", b->left);
        raw("op", std::string(operator_name(b->op)) + "()");
        child("right", b->right);
        break;
      }
      case NodeKind::UnaryOp: {
        auto* u = static_cast<const UnaryOp*>(n);
        raw("op", std::string(unaryop_name(u->op)) + "()");
        child("operand", u->operand);
        break;
      }
      case NodeKind::Lambda: {
        auto* l = static_cast<const Lambda*>(n);
        child("args", l->args);
        child("body", l->body);
        break;
      }
      case NodeKind::IfExp: {
        auto* i = static_cast<const IfExp*>(n);
        child("test", i->test);
        child("body", i->body);
        child("orelse", i->orelse);
        break;
      }
      case NodeKind::Dict: {
        auto* d = static_cast<const Dict*>(n);
        list("keys", d->keys);
        list("values", d->values);
        break;
      }
      case NodeKind::Set:
        list("elts", static_cast<const Set*>(n)->elts);
        break;
      case NodeKind::ListComp:
      case NodeKind::SetComp:
      case NodeKind::GeneratorExp: {
        auto* c = static_cast<const Comp*>(n);
        child("elt", c->elt);
        list("generators", c->generators);
        break;
      }
      case NodeKind::DictComp: {
        auto* c = static_cast<const Comp*>(n);
        child("key", c->elt);
        child("value", c->value);
        list("generators", c->generators);
        break;
      }
      case NodeKind::Await:
      case NodeKind::YieldFrom:
        child("value", static_cast<const Await*>(n)->value);
        break;
      case NodeKind::Yield:
        opt("value", static_cast<const Await*>(n)->value);
        break;
      case NodeKind::Compare: {
        auto* c = static_cast<const Compare*>(n);
        child("left", c->left);
        field("ops");
        out += '[';
        for (uint32_t i = 0; i < c->ops.size(); ++i) {
          if (i) out += ", ";
          out += cmpop_name(c->ops[i]);
          out += "()";
        }
        out += ']';
        list("comparators", c->comparators);
        break;
      }
      case NodeKind::Call: {
        auto* c = static_cast<const Call*>(n);
        child("func", c->func);
        list("args", c->args);
        list("keywords", c->keywords);
        break;
      }
      case NodeKind::FormattedValue: {
        auto* f = static_cast<const FormattedValue*>(n);
        child("value", f->value);
        num("conversion", f->conversion);
        opt("format_spec", f->format_spec);
        break;
      }
      case NodeKind::JoinedStr:
        list("values", static_cast<const JoinedStr*>(n)->values);
        break;
      case NodeKind::Constant: {
        auto* c = static_cast<const Constant*>(n);
        raw("value", constant_repr(c));
        if (c->u_prefix) raw("kind", "'u'");
        break;
      }
      case NodeKind::Attribute: {
        auto* a = static_cast<const Attribute*>(n);
        child("value", a->value);
        str("attr", a->attr);
        ctx(a->ctx);
        break;
      }
      case NodeKind::Subscript: {
        auto* s = static_cast<const Subscript*>(n);
        child("value", s->value);
        child("slice", s->slice);
        ctx(s->ctx);
        break;
      }
      case NodeKind::Starred: {
        auto* s = static_cast<const Starred*>(n);
        child("value", s->value);
        ctx(s->ctx);
        break;
      }
      case NodeKind::Name: {
        auto* s = static_cast<const Name*>(n);
        str("id", s->id);
        ctx(s->ctx);
        break;
      }
      case NodeKind::List:
      case NodeKind::Tuple: {
        auto* s = static_cast<const Sequence*>(n);
        list("elts", s->elts);
        ctx(s->ctx);
        break;
      }
      case NodeKind::Slice: {
        auto* s = static_cast<const Slice*>(n);
        opt("lower", s->lower);
        opt("upper", s->upper);
        opt("step", s->step);
        break;
      }
      case NodeKind::MatchValue:
        child("value", static_cast<const MatchValue*>(n)->value);
        break;
      case NodeKind::MatchSingleton:
        raw("value",
            constant_repr(static_cast<const Constant*>(static_cast<const MatchValue*>(n)->value)));
        break;
      case NodeKind::MatchSequence:
      case NodeKind::MatchOr:
        list("patterns", static_cast<const MatchSequence*>(n)->patterns);
        break;
      case NodeKind::MatchMapping: {
        auto* m = static_cast<const MatchMapping*>(n);
        list("keys", m->keys);
        list("patterns", m->patterns);
        opt_str("rest", m->rest);
        break;
      }
      case NodeKind::MatchClass: {
        auto* m = static_cast<const MatchClass*>(n);
        child("cls", m->cls);
        list("patterns", m->patterns);
        names("kwd_attrs", m->kwd_attrs);
        list("kwd_patterns", m->kwd_patterns);
        break;
      }
      case NodeKind::MatchStar:
        opt_str("name", static_cast<const MatchStar*>(n)->name);
        break;
      case NodeKind::MatchAs: {
        auto* m = static_cast<const MatchAs*>(n);
        opt("pattern", m->pattern);
        opt_str("name", m->name);
        break;
      }
      case NodeKind::Arguments: {
        auto* a = static_cast<const Arguments*>(n);
        list("posonlyargs", a->posonlyargs);
        list("args", a->args);
        opt("vararg", a->vararg);
        list("kwonlyargs", a->kwonlyargs);
        list("kw_defaults", a->kw_defaults);
        opt("kwarg", a->kwarg);
        list("defaults", a->defaults);
        break;
      }
      case NodeKind::Arg: {
        auto* a = static_cast<const Arg*>(n);
        str("arg", a->arg);
        opt("annotation", a->annotation);
        opt_str("convention", a->convention_spelling);
        break;
      }
      case NodeKind::Keyword: {
        auto* k = static_cast<const Keyword*>(n);
        opt_str("arg", k->arg);
        child("value", k->value);
        break;
      }
      case NodeKind::Alias: {
        auto* a = static_cast<const Alias*>(n);
        str("name", a->name);
        opt_str("asname", a->asname);
        break;
      }
      case NodeKind::WithItem: {
        auto* w = static_cast<const WithItem*>(n);
        child("context_expr", w->context_expr);
        opt("optional_vars", w->optional_vars);
        break;
      }
      case NodeKind::MatchCase: {
        auto* m = static_cast<const MatchCase*>(n);
        child("pattern", m->pattern);
        opt("guard", m->guard);
        list("body", m->body);
        break;
      }
      case NodeKind::Comprehension: {
        auto* c = static_cast<const Comprehension*>(n);
        child("target", c->target);
        child("iter", c->iter);
        list("ifs", c->ifs);
        num("is_async", c->is_async ? 1 : 0);
        break;
      }
      case NodeKind::ExceptHandler: {
        auto* h = static_cast<const ExceptHandler*>(n);
        opt("type", h->type);
        opt_str("name", h->name);
        list("body", h->body);
        break;
      }
    }
  }

  bool attrs_;
  bool first_ = true;
  int depth_ = 0;
};

}  // namespace

std::string dump_ast(const Node* node, bool include_attributes) {
  Dumper d(include_attributes);
  d.node(node);
  return d.out;
}

}  // namespace ember
