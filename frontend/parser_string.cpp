// String literals: escape decoding, concatenation and f-strings (3.11 rules).
#include <cstdio>

#include "frontend/parser_internal.h"
#include "frontend/unicode_names.h"

namespace ember {

using namespace ast;

namespace {
int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

bool Parser::decode_string_body(const Token& t, std::string_view body, bool raw, bool bytes,
                                std::string& out, const Token& after) {
  (void)t;
  if (raw) {
    out.append(body);
    return true;
  }
  auto uerr = [&](size_t a, size_t b, const char* what) {
    // CPython first rewrites non-ASCII characters as 10-character \U escapes.
    auto cpos = [&](size_t byte) {
      size_t r = 0;
      for (size_t k = 0; k < byte && k < body.size(); ++k) {
        auto ch = static_cast<unsigned char>(body[k]);
        if (ch < 0x80) {
          ++r;
        } else if ((ch & 0xC0) != 0x80) {
          r += 10;
        }
      }
      return r;
    };
    a = cpos(a);
    b = cpos(b + 1) - 1;
    char buf[160];
    std::snprintf(
        buf, sizeof buf,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s", a, b,
        what);
    error_at(after, buf);
  };
  size_t i = 0, n = body.size();
  while (i < n) {
    char c = body[i];
    if (c != '\\') {
      size_t j = i;
      while (j < n && body[j] != '\\') ++j;
      out.append(body.substr(i, j - i));
      i = j;
      continue;
    }
    size_t start = i;
    if (i + 1 >= n) {
      if (bytes) error_at(after, "(value error) Trailing \\ in string");
      char buf[160];
      std::snprintf(buf, sizeof buf,
                    "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %zu: "
                    "\\ at end of string",
                    start);
      error_at(after, buf);
    }
    char e = body[i + 1];
    i += 2;
    switch (e) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        unsigned v = static_cast<unsigned>(e - '0');
        for (int k = 0; k < 2 && i < n && body[i] >= '0' && body[i] <= '7'; ++k)
          v = v * 8 + (body[i++] - '0');
        if (bytes) {
          out += static_cast<char>(v & 0xFF);
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'x': {
        if (i + 1 < n + 1 && i + 2 <= n && hexval(body[i]) >= 0 && hexval(body[i + 1]) >= 0) {
          unsigned v = static_cast<unsigned>(hexval(body[i]) * 16 + hexval(body[i + 1]));
          i += 2;
          if (bytes) {
            out += static_cast<char>(v);
          } else {
            append_utf8(out, v);
          }
        } else {
          if (bytes) {
            char buf[80];
            std::snprintf(buf, sizeof buf, "(value error) invalid \\x escape at position %zu",
                          start);
            error_at(after, buf);
          }
          size_t k = i;
          while (k < n && k < i + 2 && hexval(body[k]) >= 0) ++k;
          uerr(start, k - 1, "truncated \\xXX escape");
        }
        break;
      }
      case 'u':
      case 'U':
      case 'N': {
        if (bytes) {
          out += '\\';
          out += e;
          break;
        }
        if (e == 'N') {
          if (i >= n || body[i] != '{') uerr(start, i - 1, "malformed \\N character escape");
          size_t close = body.find('}', i);
          if (close == std::string_view::npos || close == i + 1) {
            uerr(start, close == std::string_view::npos ? n - 1 : close,
                 "malformed \\N character escape");
          }
          int32_t cp = unicode_names::code_point(body.substr(i + 1, close - i - 1));
          if (cp < 0) uerr(start, close, "unknown Unicode character name");
          append_utf8(out, static_cast<uint32_t>(cp));
          i = close + 1;
          break;
        }
        int digits = e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < digits && i + k < n && hexval(body[i + k]) >= 0; ++k)
          v = v * 16 + hexval(body[i + k]);
        if (k < digits)
          uerr(start, i + k - 1,
               e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
        if (v > 0x10FFFF) uerr(start, i + k - 1, "illegal Unicode character");
        i += k;
        append_utf8(out, v);
        break;
      }
      default:
        // Invalid escape: the backslash stays (DeprecationWarning in CPython).
        out += '\\';
        out += e;
        break;
    }
  }
  return true;
}

Expr* Parser::str_piece(std::string& pending, Node* whole) {
  auto* c = arena_.make<Constant>();
  c->kind = NodeKind::Constant;
  c->lineno = whole->lineno;
  c->col_offset = whole->col_offset;
  c->end_lineno = whole->end_lineno;
  c->end_col_offset = whole->end_col_offset;
  c->value_kind = ConstantKind::Str;
  c->value = arena_.intern(pending);
  pending.clear();
  return c;
}

Expr* Parser::fstring_field(const Token& t, uint32_t& p, uint32_t end, bool raw, int recurse,
                            const Token& after, Node* whole, std::string& doc) {
  const char* s = src_.text().data();
  if (recurse >= 2) error_at(after, "f-string: expressions nested too deeply");
  ++p;  // '{'
  uint32_t expr_begin = p;
  std::vector<char> stack;
  char quote = 0;
  bool triple = false;
  while (p < end) {
    char c = s[p];
    if (c == '\\') error_at(after, "f-string expression part cannot include a backslash");
    if (quote) {
      if (c == quote) {
        if (!triple) {
          quote = 0;
        } else if (p + 2 < end && s[p + 1] == quote && s[p + 2] == quote) {
          quote = 0;
          p += 2;
        }
      }
      ++p;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      triple = p + 2 < end && s[p + 1] == c && s[p + 2] == c;
      p += triple ? 3 : 1;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      if (stack.size() >= 200) error_at(after, "f-string: too many nested parenthesis");
      stack.push_back(c);
      ++p;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      if (stack.empty()) {
        if (c == '}') break;
        error_at(after, std::string("f-string: unmatched '") + c + "'");
      }
      char open = stack.back();
      char want = open == '(' ? ')' : open == '[' ? ']' : '}';
      if (c != want) {
        error_at(after, std::string("f-string: closing parenthesis '") + c +
                            "' does not match opening parenthesis '" + open + "'");
      }
      stack.pop_back();
      ++p;
      continue;
    }
    if (c == '#') error_at(after, "f-string expression part cannot include '#'");
    if (stack.empty()) {
      char nx = p + 1 < end ? s[p + 1] : '\0';
      if (c == '!' && nx == '=') {
        p += 2;
        continue;
      }
      if ((c == '=' || c == '<' || c == '>') && nx == '=') {
        p += 2;
        continue;
      }
      if (c == '!' || c == ':' || c == '=') break;
    }
    ++p;
  }
  if (quote) error_at(after, "f-string: unterminated string");
  if (p >= end) {
    if (!stack.empty()) error_at(after, std::string("f-string: unmatched '") + stack.back() + "'");
    error_at(after, "f-string: expecting '}'");
  }
  uint32_t expr_end = p;
  bool blank = true;
  for (uint32_t k = expr_begin; k < expr_end; ++k) {
    char c = s[k];
    if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')) blank = false;
  }
  if (blank) error_at(after, "f-string: empty expression not allowed");
  Parser sub(src_, arena_, opts_, expr_begin, expr_end);
  sub.depth_ = depth_;
  sub.stack_base_ = stack_base_;
  sub.stack_limit_ = stack_limit_;
  Expr* value = nullptr;
  try {
    value = sub.parse_fstring_field_expr();
  } catch (const ParseFailure&) {
    failed = true;
    err = sub.err;
    throw;
  }
  auto* fv = arena_.make<FormattedValue>();
  fv->kind = NodeKind::FormattedValue;
  fv->lineno = whole->lineno;
  fv->col_offset = whole->col_offset;
  fv->end_lineno = whole->end_lineno;
  fv->end_col_offset = whole->end_col_offset;
  fv->value = value;
  bool self_doc = false;
  if (s[p] == '=') {
    ++p;
    while (p < end && (s[p] == ' ' || s[p] == '\t' || s[p] == '\n' || s[p] == '\r' || s[p] == '\f'))
      ++p;
    doc.assign(s + expr_begin, p - expr_begin);
    self_doc = true;
  }
  if (p >= end) error_at(after, "f-string: expecting '}'");
  if (s[p] == '!') {
    ++p;
    if (p >= end) error_at(after, "f-string: expecting '}'");
    char conv = s[p];
    if (conv == '}' || conv == ':') error_at(after, "f-string: missing conversion character");
    if (conv != 's' && conv != 'r' && conv != 'a') {
      error_at(after, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    fv->conversion = conv;
    ++p;
  }
  if (p >= end) error_at(after, "f-string: expecting '}'");
  if (s[p] == ':') {
    ++p;
    // CPython 3.11 locates a format spec at its own string token.
    Node tok_node;
    tok_node.kind = NodeKind::JoinedStr;
    tok_node.lineno = t.lineno;
    tok_node.col_offset = t.col;
    tok_node.end_lineno = t.end_lineno;
    tok_node.end_col_offset = t.end_col;
    whole = &tok_node;
    std::vector<Expr*> parts;
    std::string pending;
    // Format spec: literal text and nested fields up to the closing '}'.
    while (p < end && s[p] != '}') {
      if (s[p] == '{') {
        if (!pending.empty()) parts.push_back(str_piece(pending, whole));
        std::string inner_doc;
        Expr* inner = fstring_field(t, p, end, raw, recurse + 1, after, whole, inner_doc);
        if (!inner_doc.empty()) {
          pending = inner_doc;
          parts.push_back(str_piece(pending, whole));
        }
        parts.push_back(inner);
        continue;
      }
      uint32_t q = p;
      while (q < end && s[q] != '{' && s[q] != '}') {
        if (!raw && s[q] == '\\' && q + 1 < end) {
          q += 2;
          continue;
        }
        ++q;
      }
      decode_string_body(t, std::string_view(s + p, q - p), raw, false, pending, after);
      p = q;
    }
    if (!pending.empty()) parts.push_back(str_piece(pending, whole));
    auto* spec = arena_.make<JoinedStr>();
    spec->kind = NodeKind::JoinedStr;
    spec->lineno = whole->lineno;
    spec->col_offset = whole->col_offset;
    spec->end_lineno = whole->end_lineno;
    spec->end_col_offset = whole->end_col_offset;
    spec->values = seq(parts);
    fv->format_spec = spec;
  }
  if (p >= end || s[p] != '}') error_at(after, "f-string: expecting '}'");
  ++p;
  if (self_doc && fv->conversion == -1 && !fv->format_spec) fv->conversion = 'r';
  return fv;
}

void Parser::parse_fstring(const Token& t, uint32_t body_begin, uint32_t body_end, bool raw,
                           std::vector<Expr*>& parts, std::string& pending, int recurse,
                           const Token& after, Node* whole) {
  const char* s = src_.text().data();
  uint32_t p = body_begin;
  while (p < body_end) {
    char c = s[p];
    if (c == '{') {
      if (p + 1 < body_end && s[p + 1] == '{') {
        pending += '{';
        p += 2;
        continue;
      }
      std::string doc;
      Expr* fv = fstring_field(t, p, body_end, raw, recurse, after, whole, doc);
      pending += doc;
      if (!pending.empty()) parts.push_back(str_piece(pending, whole));
      parts.push_back(fv);
      continue;
    }
    if (c == '}') {
      if (p + 1 < body_end && s[p + 1] == '}') {
        pending += '}';
        p += 2;
        continue;
      }
      error_at(after, "f-string: single '}' is not allowed");
    }
    uint32_t q = p;
    while (q < body_end && s[q] != '{' && s[q] != '}') {
      if (!raw && s[q] == '\\' && q + 1 < body_end) {
        if (s[q + 1] == 'N' && q + 2 < body_end && s[q + 2] == '{') {
          uint32_t close = q + 3;
          while (close < body_end && s[close] != '}') ++close;
          q = close < body_end ? close + 1 : close;
          continue;
        }
        q += 2;
        continue;
      }
      ++q;
    }
    decode_string_body(t, std::string_view(s + p, q - p), raw, false, pending, after);
    p = q;
  }
}

Expr* Parser::parse_fstring_field_expr() {
  Expr* e = at(TokenKind::KwYield) ? yield_expr() : star_expressions();
  if (!at(TokenKind::EndMarker)) {
    check_forgot_comma(e);  // the field is parsed as "(expr)": inside brackets
    invalid_syntax();
  }
  return e;
}

Expr* Parser::strings() {
  size_t first_idx = mark();
  while (at(TokenKind::String)) advance();
  size_t last_idx = mark() - 1;
  const Token& after = tok();
  const Token& first = token_at(first_idx);
  const char* s = src_.text().data();
  struct Piece {
    const Token* tok;
    bool raw, bytes, fstr, u;
    uint32_t body_begin, body_end;
  };
  std::vector<Piece> pieces;
  bool any_bytes = false, any_str = false, any_f = false;
  for (size_t i = first_idx; i <= last_idx; ++i) {
    const Token& t = token_at(i);
    Piece pc{&t, false, false, false, false, 0, 0};
    uint32_t q = t.start;
    while (s[q] != '\'' && s[q] != '"') {
      char c = static_cast<char>(s[q] | 0x20);
      if (c == 'r') pc.raw = true;
      if (c == 'b') pc.bytes = true;
      if (c == 'f') pc.fstr = true;
      if (c == 'u') pc.u = true;
      ++q;
    }
    bool triple = t.end - q >= 6 && s[q + 1] == s[q] && s[q + 2] == s[q];
    uint32_t ql = triple ? 3 : 1;
    pc.body_begin = q + ql;
    pc.body_end = t.end - ql;
    any_bytes |= pc.bytes;
    any_str |= !pc.bytes;
    any_f |= pc.fstr;
    pieces.push_back(pc);
  }
  if (any_bytes && any_str) {
    error_at(after, "cannot mix bytes and nonbytes literals");
  }
  if (any_bytes) {
    std::string out;
    for (const Piece& pc : pieces) {
      std::string_view body(s + pc.body_begin, pc.body_end - pc.body_begin);
      for (unsigned char ch : body) {
        if (ch >= 0x80) {
          error_range(pc.tok->lineno, pc.tok->col, pc.tok->end_lineno, pc.tok->end_col,
                      "bytes can only contain ASCII literal characters");
        }
      }
      decode_string_body(*pc.tok, body, pc.raw, true, out, after);
    }
    auto* c = mk<Constant>(NodeKind::Constant, first);
    c->value_kind = ConstantKind::Bytes;
    c->value = arena_.intern(out);
    return done(c);
  }
  if (!any_f) {
    std::string out;
    for (const Piece& pc : pieces) {
      decode_string_body(*pc.tok, std::string_view(s + pc.body_begin, pc.body_end - pc.body_begin),
                         pc.raw, false, out, after);
    }
    auto* c = mk<Constant>(NodeKind::Constant, first);
    c->value_kind = ConstantKind::Str;
    c->value = arena_.intern(out);
    c->u_prefix = pieces[0].u;
    return done(c);
  }
  auto* j = mk<JoinedStr>(NodeKind::JoinedStr, first);
  done(j);
  std::vector<Expr*> parts;
  std::string pending;
  for (const Piece& pc : pieces) {
    if (pc.fstr) {
      parse_fstring(*pc.tok, pc.body_begin, pc.body_end, pc.raw, parts, pending, 0, after, j);
    } else {
      decode_string_body(*pc.tok, std::string_view(s + pc.body_begin, pc.body_end - pc.body_begin),
                         pc.raw, false, pending, after);
    }
  }
  if (!pending.empty()) parts.push_back(str_piece(pending, j));
  j->values = seq(parts);
  return j;
}

}  // namespace ember
