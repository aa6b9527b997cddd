#include "frontend/lexer.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdio>

namespace ember {

namespace {

const char* const kTokenNames[] = {"ENDMARKER", "NAME",   "NUMBER",     "STRING",    "NEWLINE",
                                   "INDENT",    "DEDENT", "ERRORTOKEN", "ERRORTOKEN"};

const std::string_view kSpellings[] = {
#define EMBER_X(name, spelling) spelling,
    EMBER_OPERATOR_TOKENS(EMBER_X) EMBER_KEYWORD_TOKENS(EMBER_X)
#undef EMBER_X
};

constexpr int kMaxParenLevel = 200;
constexpr int kMaxIndent = 100;

bool is_ascii_ident_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_ascii_ident_char(unsigned char c) {
  return is_ascii_ident_start(c) || (c >= '0' && c <= '9');
}

bool is_xid_start(int32_t cp) {
  if (cp < 0) return false;
  if (cp < 128) return is_ascii_ident_start(static_cast<unsigned char>(cp));
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
      return true;
    default:
      return cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C || cp == 0x1885 ||
             cp == 0x1886;
  }
}

bool is_xid_continue(int32_t cp) {
  if (cp < 0) return false;
  if (cp < 128) return is_ascii_ident_char(static_cast<unsigned char>(cp));
  if (is_xid_start(cp)) return true;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
      return true;
    default:
      return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
  }
}

bool is_printable(int32_t cp) {
  if (cp == ' ') return true;
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

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_string_prefix(std::string_view p) {
  if (p.size() > 2) return false;
  bool r = false, b = false, u = false, f = false;
  for (char c : p) {
    switch (c | 0x20) {
      case 'r':
        if (r) return false;
        r = true;
        break;
      case 'b':
        if (b) return false;
        b = true;
        break;
      case 'u':
        if (u) return false;
        u = true;
        break;
      case 'f':
        if (f) return false;
        f = true;
        break;
      default:
        return false;
    }
  }
  if (u && p.size() > 1) return false;
  if (b && f) return false;
  return true;
}

}  // namespace

const char* token_kind_name(TokenKind kind) {
  auto k = static_cast<int>(kind);
  if (k <= static_cast<int>(TokenKind::Unknown)) return kTokenNames[k];
  if (is_keyword(kind)) return "NAME";
  return "OP";
}

std::string_view token_spelling(TokenKind kind) {
  auto k = static_cast<int>(kind);
  if (k < static_cast<int>(TokenKind::LPar)) return token_kind_name(kind);
  return kSpellings[k - static_cast<int>(TokenKind::LPar)];
}

const KeywordTable& KeywordTable::python() {
  static const KeywordTable table = [] {
    KeywordTable t;
    for (int k = static_cast<int>(TokenKind::KwFalse); k < static_cast<int>(TokenKind::Count_);
         ++k) {
      t.add(token_spelling(static_cast<TokenKind>(k)), static_cast<TokenKind>(k));
    }
    return t;
  }();
  return table;
}

TokenKind KeywordTable::lookup(std::string_view ident) const {
  if (ident.size() < 2 || ident.size() > 8) return TokenKind::Name;
  auto it = map_.find(std::string(ident));
  return it == map_.end() ? TokenKind::Name : it->second;
}

int32_t decode_utf8(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  int n;
  int32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 1;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 2;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 3;
    cp = c & 0x07;
  } else {
    ++i;
    return -1;
  }
  if (i + n >= s.size() + 0 && i + n > s.size() - 1 + 1) {
    ++i;
    return -1;
  }
  for (int k = 1; k <= n; ++k) {
    if (i + k >= s.size()) {
      ++i;
      return -1;
    }
    auto cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return -1;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
      (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
    ++i;
    return -1;
  }
  i += n + 1;
  return cp;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t find_invalid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t at = i;
    if (decode_utf8(s, i) < 0) return at;
  }
  return std::string_view::npos;
}

Lexer::Lexer(const SourceFile& src, const KeywordTable& keywords)
    : src_(src),
      keywords_(keywords),
      text_(src.text().data()),
      pos_(0),
      end_(static_cast<uint32_t>(src.text().size())) {
  if (end_ >= 3 && src.text().compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
}

Lexer::Lexer(const SourceFile& src, uint32_t begin, uint32_t end, const KeywordTable& keywords)
    : src_(src),
      keywords_(keywords),
      text_(src.text().data()),
      pos_(begin),
      end_(end),
      expr_mode_(true) {
  lineno_ = src.line_of(begin);
  line_start_ = src.line_start(lineno_);
  at_bol_ = false;
}

SyntaxErrorInfo make_syntax_error(const SourceFile& src_, SyntaxErrorKind kind, std::string msg,
                                  int lineno, int col_byte, int end_lineno, int end_col_byte,
                                  bool byte_offsets) {
  SyntaxErrorInfo e;
  e.kind = kind;
  e.message = std::move(msg);
  e.lineno = lineno;
  std::string_view line = src_.line(lineno);
  e.text = std::string(line);
  auto cp_col = [&](std::string_view l, int b) {
    if (b < 0) return 0;
    if (byte_offsets) return b;
    if (static_cast<size_t>(b) > l.size()) return utf8_length(l) + (b - static_cast<int>(l.size()));
    return utf8_length(l.substr(0, static_cast<size_t>(b)));
  };
  e.offset = cp_col(line, col_byte) + 1;
  if (end_lineno < 0) {
    e.end_lineno = lineno;
    e.end_offset = e.offset + 1;
  } else {
    e.end_lineno = end_lineno;
    e.end_offset = cp_col(src_.line(end_lineno), end_col_byte) + 1;
  }
  return e;
}

Token Lexer::fail_no_caret(SyntaxErrorKind kind, std::string msg, int lineno) {
  Token t = fail(kind, std::move(msg), lineno, 0, false);
  error_.offset = error_.end_offset = 0;
  return t;
}

SyntaxErrorInfo Lexer::make_error(SyntaxErrorKind kind, std::string msg, int lineno, int col_byte,
                                  int end_lineno, int end_col_byte) const {
  return make_syntax_error(src_, kind, std::move(msg), lineno, col_byte, end_lineno, end_col_byte);
}

Token Lexer::fail(SyntaxErrorKind kind, std::string msg, int lineno, int col, bool overrides,
                  int end_lineno, int end_col) {
  has_error_ = true;
  error_overrides_ = overrides;
  error_ = make_error(kind, std::move(msg), lineno, col, end_lineno, end_col);
  error_token_.kind = TokenKind::Error;
  error_token_.start = error_token_.end = pos_;
  error_token_.lineno = error_token_.end_lineno = lineno;
  error_token_.col = error_token_.end_col = col;
  return error_token_;
}

Token Lexer::make(TokenKind kind, uint32_t start, int start_line, int start_col) {
  Token t;
  t.kind = kind;
  t.start = start;
  t.end = pos_;
  t.lineno = start_line;
  t.col = start_col;
  t.end_lineno = lineno_;
  t.end_col = col_of(pos_);
  return t;
}

// Handles indentation at the beginning of a logical line. Returns true when
// `out` holds a token (INDENT/DEDENT/error) to return.
bool Lexer::handle_indentation(Token& out) {
  for (;;) {
    int col = 0, altcol = 0;
    int cont_col = -1, cont_altcol = -1;  // where a backslash continuation came first
    uint32_t p = pos_;
    for (; p < end_; ++p) {
      char c = text_[p];
      if (c == ' ') {
        ++col;
        ++altcol;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        altcol = altcol + 1;
      } else if (c == '\f') {
        col = altcol = 0;
      } else if (c == '\\') {
        // CPython reads continuation lines within the indentation, before any INDENT;
        // the first backslash fixes the indentation.
        if (cont_col < 0) {
          cont_col = col;
          cont_altcol = altcol;
        }
        if (p + 1 < end_ && text_[p + 1] != '\n') {
          pos_ = p;
          out = fail(SyntaxErrorKind::SyntaxError,
                     "unexpected character after line continuation character", lineno_,
                     col_of(p) + 1, true);
          return true;
        }
        int bs_line = lineno_;
        int bs_col = col_of(p);
        pos_ = std::min(p + 2, end_);
        newline_at(pos_);
        if (pos_ >= end_) {
          out = fail(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", bs_line,
                     bs_col + 1, false);
          return true;
        }
        p = pos_ - 1;  // the loop moves on to the next line's first character
      } else {
        break;
      }
    }
    if (cont_col >= 0) {
      col = cont_col;
      altcol = cont_altcol;
    }
    pos_ = p;
    char c = p < end_ ? text_[p] : '\0';
    if (c == '#' || c == '\n' || c == '\r') {
      // Blank or comment-only line: no indentation processing.
      while (pos_ < end_ && text_[pos_] != '\n') ++pos_;
      if (pos_ < end_) {
        ++pos_;
        newline_at(pos_);
        continue;
      }
      at_bol_ = false;
      return false;
    }
    if (p >= end_) {
      at_bol_ = false;
      return false;
    }
    at_bol_ = false;
    if (!parens_.empty()) return false;
    int top = indents_.back();
    if (col == top) {
      if (altcol != alt_indents_.back()) {
        out = fail_no_caret(SyntaxErrorKind::TabError,
                            "inconsistent use of tabs and spaces in indentation", lineno_);
        return true;
      }
    } else if (col > top) {
      if (static_cast<int>(indents_.size()) >= kMaxIndent) {
        out = fail_no_caret(SyntaxErrorKind::IndentationError, "too many levels of indentation",
                            lineno_);
        return true;
      }
      if (altcol <= alt_indents_.back()) {
        out = fail_no_caret(SyntaxErrorKind::TabError,
                            "inconsistent use of tabs and spaces in indentation", lineno_);
        return true;
      }
      indents_.push_back(col);
      alt_indents_.push_back(altcol);
      pending_ = 1;
    } else {
      int n = 0;
      while (indents_.size() > 1 && col < indents_.back()) {
        indents_.pop_back();
        alt_indents_.pop_back();
        ++n;
      }
      if (col != indents_.back()) {
        uint32_t eol = p;
        while (eol < end_ && text_[eol] != '\n' && text_[eol] != '\r') ++eol;
        out = fail(SyntaxErrorKind::IndentationError,
                   "unindent does not match any outer indentation level", lineno_, col_of(eol),
                   false);
        return true;
      }
      if (altcol != alt_indents_.back()) {
        out = fail_no_caret(SyntaxErrorKind::TabError,
                            "inconsistent use of tabs and spaces in indentation", lineno_);
        return true;
      }
      pending_ = -n;
    }
    return false;
  }
}

Token Lexer::next() {
  Token t = scan();
  // At the end of a file's readable part CPython reads the next line, which fails; only
  // the NEWLINE of the last line comes before.
  if (!expr_mode_ && pos_ >= end_ && src_.read_error() &&
      !(t.kind == TokenKind::Newline && t.start < end_)) {
    has_error_ = true;
    error_overrides_ = true;
    eof_in_brackets_ = false;
    error_ = *src_.read_error();
    error_token_.kind = TokenKind::Error;
    error_token_.start = error_token_.end = pos_;
    error_token_.lineno = error_token_.end_lineno = lineno_;
    error_token_.col = error_token_.end_col = col_of(pos_);
    return error_token_;
  }
  return t;
}

Token Lexer::scan() {
  if (has_error_) return error_token_;
  if (at_bol_ && !expr_mode_) {
    Token err;
    if (handle_indentation(err)) return err;
  }
  if (pending_ != 0) {
    Token t;
    t.start = t.end = pos_;
    t.lineno = t.end_lineno = lineno_;
    t.col = t.end_col = col_of(pos_);
    if (pending_ > 0) {
      --pending_;
      t.kind = TokenKind::Indent;
    } else {
      ++pending_;
      t.kind = TokenKind::Dedent;
    }
    return t;
  }
  for (;;) {
    // Skip whitespace, comments, continuation lines.
    while (pos_ < end_) {
      char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
        ++pos_;
      } else if (c == '#') {
        while (pos_ < end_ && text_[pos_] != '\n') ++pos_;
      } else if (c == '\\') {
        uint32_t q = pos_ + 1;
        if (q < end_ && text_[q] == '\r') ++q;
        if (q < end_ && text_[q] == '\n') {
          int bs_line = lineno_;
          int bs_col = col_of(pos_);
          pos_ = q + 1;
          newline_at(pos_);
          if (pos_ >= end_ && !expr_mode_) {
            return fail(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", bs_line,
                        bs_col + 1, false);
          }
        } else if (q >= end_) {
          return fail(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", lineno_,
                      col_of(pos_) + 1, false);
        } else {
          return fail(SyntaxErrorKind::SyntaxError,
                      "unexpected character after line continuation character", lineno_,
                      col_of(pos_) + 1, true);
        }
      } else if (c == '\n' && (expr_mode_ || !parens_.empty())) {
        ++pos_;
        newline_at(pos_);
      } else {
        break;
      }
    }
    if (pos_ >= end_) {
      if (expr_mode_) return make(TokenKind::EndMarker, pos_, lineno_, col_of(pos_));
      if (!parens_.empty()) {
        eof_in_brackets_ = true;
        has_error_ = true;
        error_overrides_ = false;
        const Paren& p = parens_.back();
        error_ = make_error(SyntaxErrorKind::SyntaxError,
                            std::string("'") + p.ch + "' was never closed", p.lineno, p.col);
        error_token_.kind = TokenKind::Error;
        error_token_.start = error_token_.end = pos_;
        error_token_.lineno = error_token_.end_lineno = lineno_;
        error_token_.col = error_token_.end_col = col_of(pos_);
        return error_token_;
      }
      if (emitted_any_on_line_) {
        emitted_any_on_line_ = false;
        Token t = make(TokenKind::Newline, pos_, lineno_, col_of(pos_));
        t.end_col = t.col + 1;
        return t;
      }
      if (indents_.size() > 1) {
        indents_.pop_back();
        alt_indents_.pop_back();
        return make(TokenKind::Dedent, pos_, lineno_, col_of(pos_));
      }
      return make(TokenKind::EndMarker, pos_, lineno_, col_of(pos_));
    }
    uint32_t start = pos_;
    int start_line = lineno_;
    int start_col = col_of(pos_);
    auto c = static_cast<unsigned char>(text_[pos_]);
    if (c == '\n') {
      ++pos_;
      Token t = make(TokenKind::Newline, start, start_line, start_col);
      t.end_lineno = start_line;
      t.end_col = start_col + 1;
      newline_at(pos_);
      at_bol_ = true;
      emitted_any_on_line_ = false;
      return t;
    }
    emitted_any_on_line_ = true;
    if (is_ascii_ident_start(c) || c >= 0x80) return lex_identifier(start);
    if (is_digit(static_cast<char>(c)) || (c == '.' && is_digit(peek(1)))) return lex_number(start);
    if (c == '"' || c == '\'') return lex_string(start, start_line, start_col, start);
    // Operators.
    char c1 = peek(1), c2 = peek(2);
    TokenKind kind = TokenKind::Error;
    int len = 1;
    switch (c) {
      case '(':
      case '[':
      case '{': {
        if (static_cast<int>(parens_.size()) >= kMaxParenLevel) {
          return fail(SyntaxErrorKind::SyntaxError, "too many nested parentheses", lineno_,
                      start_col, true);
        }
        parens_.push_back({static_cast<char>(c), lineno_, start_col});
        kind = c == '(' ? TokenKind::LPar : c == '[' ? TokenKind::LSqb : TokenKind::LBrace;
        break;
      }
      case ')':
      case ']':
      case '}': {
        if (parens_.empty()) {
          return fail(SyntaxErrorKind::SyntaxError,
                      std::string("unmatched '") + static_cast<char>(c) + "'", lineno_, start_col,
                      true);
        }
        Paren open = parens_.back();
        char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
        if (want != static_cast<char>(c)) {
          std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                            "' does not match opening parenthesis '" + open.ch + "'";
          if (open.lineno != lineno_) msg += " on line " + std::to_string(open.lineno);
          return fail(SyntaxErrorKind::SyntaxError, msg, lineno_, start_col, true);
        }
        parens_.pop_back();
        kind = c == ')' ? TokenKind::RPar : c == ']' ? TokenKind::RSqb : TokenKind::RBrace;
        break;
      }
      case ':':
        if (c1 == '=')
          kind = TokenKind::ColonEqual, len = 2;
        else
          kind = TokenKind::Colon;
        break;
      case ',':
        kind = TokenKind::Comma;
        break;
      case ';':
        kind = TokenKind::Semi;
        break;
      case '+':
        if (c1 == '=')
          kind = TokenKind::PlusEqual, len = 2;
        else
          kind = TokenKind::Plus;
        break;
      case '-':
        if (c1 == '=')
          kind = TokenKind::MinEqual, len = 2;
        else if (c1 == '>')
          kind = TokenKind::RArrow, len = 2;
        else
          kind = TokenKind::Minus;
        break;
      case '*':
        if (c1 == '*') {
          if (c2 == '=')
            kind = TokenKind::DoubleStarEqual, len = 3;
          else
            kind = TokenKind::DoubleStar, len = 2;
        } else if (c1 == '=') {
          kind = TokenKind::StarEqual, len = 2;
        } else {
          kind = TokenKind::Star;
        }
        break;
      case '/':
        if (c1 == '/') {
          if (c2 == '=')
            kind = TokenKind::DoubleSlashEqual, len = 3;
          else
            kind = TokenKind::DoubleSlash, len = 2;
        } else if (c1 == '=') {
          kind = TokenKind::SlashEqual, len = 2;
        } else {
          kind = TokenKind::Slash;
        }
        break;
      case '|':
        if (c1 == '=')
          kind = TokenKind::VBarEqual, len = 2;
        else
          kind = TokenKind::VBar;
        break;
      case '&':
        if (c1 == '=')
          kind = TokenKind::AmperEqual, len = 2;
        else
          kind = TokenKind::Amper;
        break;
      case '<':
        if (c1 == '<') {
          if (c2 == '=')
            kind = TokenKind::LeftShiftEqual, len = 3;
          else
            kind = TokenKind::LeftShift, len = 2;
        } else if (c1 == '=') {
          kind = TokenKind::LessEqual, len = 2;
        } else if (c1 == '>') {
          kind = TokenKind::NotEqual, len = 2;  // only valid with barry_as_FLUFL; parser rejects
        } else {
          kind = TokenKind::Less;
        }
        break;
      case '>':
        if (c1 == '>') {
          if (c2 == '=')
            kind = TokenKind::RightShiftEqual, len = 3;
          else
            kind = TokenKind::RightShift, len = 2;
        } else if (c1 == '=') {
          kind = TokenKind::GreaterEqual, len = 2;
        } else {
          kind = TokenKind::Greater;
        }
        break;
      case '=':
        if (c1 == '=')
          kind = TokenKind::EqEqual, len = 2;
        else
          kind = TokenKind::Equal;
        break;
      case '!':
        if (c1 == '=')
          kind = TokenKind::NotEqual, len = 2;
        else
          kind = TokenKind::Exclamation;
        break;
      case '.':
        if (c1 == '.' && c2 == '.')
          kind = TokenKind::Ellipsis, len = 3;
        else
          kind = TokenKind::Dot;
        break;
      case '%':
        if (c1 == '=')
          kind = TokenKind::PercentEqual, len = 2;
        else
          kind = TokenKind::Percent;
        break;
      case '~':
        kind = TokenKind::Tilde;
        break;
      case '^':
        if (c1 == '=')
          kind = TokenKind::CircumflexEqual, len = 2;
        else
          kind = TokenKind::Circumflex;
        break;
      case '@':
        if (c1 == '=')
          kind = TokenKind::AtEqual, len = 2;
        else
          kind = TokenKind::At;
        break;
      default:
        break;
    }
    if (kind == TokenKind::Error) {
      if (c == '$' || c == '?' || c == '`') {
        ++pos_;
        return make(TokenKind::Unknown, start, start_line, start_col);
      }
      char buf[64];
      if (c < 32 || c == 127) {
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", c);
      } else {
        std::snprintf(buf, sizeof buf, "invalid character '%c' (U+%04X)", c, c);
      }
      return fail(SyntaxErrorKind::SyntaxError, buf, lineno_, start_col, true);
    }
    pos_ += len;
    return make(kind, start, start_line, start_col);
  }
}

Token Lexer::lex_identifier(uint32_t start) {
  std::string_view text(text_, end_);
  int start_line = lineno_;
  int start_col = col_of(start);
  bool ascii = true;
  size_t i = start;
  while (i < end_) {
    auto c = static_cast<unsigned char>(text_[i]);
    if (c < 0x80) {
      if (!is_ascii_ident_char(c)) break;
      ++i;
      continue;
    }
    size_t at = i;
    int32_t cp = decode_utf8(text, i);
    bool ok = at == start ? is_xid_start(cp) : is_xid_continue(cp);
    if (!ok) {
      if (at == start || !is_xid_continue(cp)) {
        if (at != start) {
          i = at;
          break;
        }
        char buf[96];
        if (cp >= 0 && is_printable(cp)) {
          std::string ch;
          append_utf8(ch, static_cast<uint32_t>(cp));
          std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", ch.c_str(), cp);
        } else {
          std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X",
                        cp < 0 ? 0xFFFD : cp);
        }
        pos_ = static_cast<uint32_t>(at);
        return fail(SyntaxErrorKind::SyntaxError, buf, lineno_, col_of(static_cast<uint32_t>(at)),
                    true);
      }
    }
    ascii = false;
  }
  // A non-ASCII char that is not an identifier char ends the name; if it is
  // not valid anywhere, the next call reports it.
  if (i < end_ && static_cast<unsigned char>(text_[i]) >= 0x80) {
    size_t j = i;
    int32_t cp = decode_utf8(text, j);
    if (!is_xid_continue(cp)) {
      char buf[96];
      if (cp >= 0 && is_printable(cp)) {
        std::string ch;
        append_utf8(ch, static_cast<uint32_t>(cp));
        std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", ch.c_str(), cp);
      } else {
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X",
                      cp < 0 ? 0xFFFD : cp);
      }
      pos_ = static_cast<uint32_t>(i);
      return fail(SyntaxErrorKind::SyntaxError, buf, lineno_, col_of(static_cast<uint32_t>(i)),
                  true);
    }
  }
  (void)ascii;
  std::string_view ident = text.substr(start, i - start);
  if (i < end_ && (text_[i] == '"' || text_[i] == '\'') && is_string_prefix(ident)) {
    return lex_string(start, start_line, start_col, static_cast<uint32_t>(i));
  }
  pos_ = static_cast<uint32_t>(i);
  return make(keywords_.lookup(ident), start, start_line, start_col);
}

Token Lexer::lex_number(uint32_t start) {
  int start_line = lineno_;
  int start_col = col_of(start);
  auto digits = [&](auto pred, const char* kind) -> bool {
    // Reads digits with single underscores between; returns false on error.
    for (;;) {
      while (pos_ < end_ && pred(text_[pos_])) ++pos_;
      if (pos_ < end_ && text_[pos_] == '_') {
        ++pos_;
        if (pos_ >= end_ || !pred(text_[pos_])) {
          --pos_;
          fail(SyntaxErrorKind::SyntaxError, std::string("invalid ") + kind + " literal", lineno_,
               col_of(pos_), true);
          return false;
        }
      } else {
        return true;
      }
    }
  };
  auto verify_end = [&](const char* kind) -> bool {
    if (pos_ >= end_) return true;
    auto c = static_cast<unsigned char>(text_[pos_]);
    if (!(is_ascii_ident_char(c) || c >= 0x80)) return true;
    std::string_view rest(text_ + pos_, end_ - pos_);
    for (std::string_view kw : {"and", "else", "for", "if", "in", "is", "not", "or"}) {
      if (rest.substr(0, kw.size()) == kw) return true;
    }
    fail(SyntaxErrorKind::SyntaxError, std::string("invalid ") + kind + " literal", lineno_,
         col_of(pos_) - 1, true);
    return false;
  };
  auto ok = [&]() { return make(TokenKind::Number, start, start_line, start_col); };
  auto is_oct = [](char c) { return c >= '0' && c <= '7'; };
  auto is_bin = [](char c) { return c == '0' || c == '1'; };
  if (text_[pos_] == '0' && pos_ + 1 < end_ &&
      ((text_[pos_ + 1] | 0x20) == 'x' || (text_[pos_ + 1] | 0x20) == 'o' ||
       (text_[pos_ + 1] | 0x20) == 'b')) {
    char base = static_cast<char>(text_[pos_ + 1] | 0x20);
    pos_ += 2;
    const char* kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
    if (pos_ < end_ && text_[pos_] == '_') ++pos_;
    bool (*pred)(char) = base == 'x'   ? +[](char c) { return is_hex(c); }
                         : base == 'o' ? +[](char c) { return c >= '0' && c <= '7'; }
                                       : +[](char c) { return c == '0' || c == '1'; };
    (void)is_oct;
    (void)is_bin;
    if (pos_ >= end_ || !pred(text_[pos_])) {
      if (pos_ < end_ && is_digit(text_[pos_]) && base != 'x') {
        return fail(SyntaxErrorKind::SyntaxError,
                    std::string("invalid digit '") + text_[pos_] + "' in " + kind + " literal",
                    lineno_, col_of(pos_), true);
      }
      return fail(SyntaxErrorKind::SyntaxError, std::string("invalid ") + kind + " literal",
                  lineno_, col_of(pos_) - 1, true);
    }
    if (!digits(pred, kind)) return error_token_;
    if (pos_ < end_ && is_digit(text_[pos_]) && base != 'x') {
      return fail(SyntaxErrorKind::SyntaxError,
                  std::string("invalid digit '") + text_[pos_] + "' in " + kind + " literal",
                  lineno_, col_of(pos_), true);
    }
    if (!verify_end(kind)) return error_token_;
    return ok();
  }
  bool is_float = false;
  if (text_[pos_] != '.') {
    bool leading_zero = text_[pos_] == '0';
    if (!digits(is_digit, "decimal")) return error_token_;
    if (leading_zero) {
      // Only zeros allowed unless this turns out to be a float.
      bool nonzero = false;
      for (uint32_t k = start; k < pos_; ++k) {
        if (text_[k] != '0' && text_[k] != '_') nonzero = true;
      }
      char c = pos_ < end_ ? text_[pos_] : '\0';
      if (nonzero && c != '.' && (c | 0x20) != 'e' && (c | 0x20) != 'j') {
        return fail(SyntaxErrorKind::SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                    "for octal integers",
                    start_line, start_col, true);
      }
    }
  }
  if (pos_ < end_ && text_[pos_] == '.') {
    is_float = true;
    ++pos_;
    if (pos_ < end_ && is_digit(text_[pos_])) {
      if (!digits(is_digit, "decimal")) return error_token_;
    }
  }
  if (pos_ < end_ && (text_[pos_] | 0x20) == 'e') {
    uint32_t e = pos_;
    ++pos_;
    if (pos_ < end_ && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
    if (pos_ >= end_ || !is_digit(text_[pos_])) {
      if (text_[pos_ - 1] == '+' || text_[pos_ - 1] == '-') {
        return fail(SyntaxErrorKind::SyntaxError, "invalid decimal literal", lineno_,
                    col_of(pos_ - 1), true);
      }
      pos_ = e;
      if (!verify_end("decimal")) return error_token_;
      return ok();
    }
    is_float = true;
    if (!digits(is_digit, "decimal")) return error_token_;
  }
  if (pos_ < end_ && (text_[pos_] | 0x20) == 'j') {
    ++pos_;
    if (!verify_end("imaginary")) return error_token_;
    return ok();
  }
  if (!verify_end("decimal")) return error_token_;
  (void)is_float;
  return ok();
}

Token Lexer::lex_string(uint32_t start, int start_line, int start_col, uint32_t quote_pos) {
  char q = text_[quote_pos];
  bool triple = quote_pos + 2 < end_ && text_[quote_pos + 1] == q && text_[quote_pos + 2] == q;
  uint32_t p = quote_pos + (triple ? 3 : 1);
  int line = lineno_;
  uint32_t lstart = line_start_;
  for (;;) {
    if (p >= end_) {
      if (triple) {
        if (p > 0 && text_[p - 1] == '\n' && line > start_line) --line;

        lineno_ = line;
        line_start_ = lstart;
        pos_ = p;
        return fail(SyntaxErrorKind::SyntaxError,
                    "unterminated triple-quoted string literal (detected at line " +
                        std::to_string(line) + ")",
                    start_line, start_col, true);
      }
      lineno_ = start_line;
      pos_ = p;
      return fail(
          SyntaxErrorKind::SyntaxError,
          "unterminated string literal (detected at line " + std::to_string(start_line) + ")",
          start_line, start_col, true);
    }
    char c = text_[p];
    if (c == '\\') {
      if (p + 1 < end_ && text_[p + 1] == '\n') {
        p += 2;
        ++line;
        lstart = p;
        continue;
      }
      if (p + 1 < end_ && text_[p + 1] == '\r' && p + 2 < end_ && text_[p + 2] == '\n') {
        p += 3;
        ++line;
        lstart = p;
        continue;
      }
      p += 2;
      continue;
    }
    if (c == '\n') {
      if (!triple) {
        pos_ = p;
        return fail(SyntaxErrorKind::SyntaxError,
                    "unterminated string literal (detected at line " + std::to_string(line) + ")",
                    start_line, start_col, true);
      }
      ++p;
      ++line;
      lstart = p;
      continue;
    }
    if (c == q) {
      if (!triple) {
        ++p;
        break;
      }
      if (p + 2 < end_ && text_[p + 1] == q && text_[p + 2] == q) {
        p += 3;
        break;
      }
    }
    ++p;
  }
  pos_ = p;
  lineno_ = line;
  line_start_ = lstart;
  return make(TokenKind::String, start, start_line, start_col);
}

std::string dump_tokens(const SourceFile& src) {
  Lexer lex(src);
  std::string out;
  char buf[64];
  for (;;) {
    Token t = lex.next();
    if (t.kind == TokenKind::Error) {
      out += format_syntax_error(lex.error(), src.filename());
      break;
    }
    std::snprintf(buf, sizeof buf, "%d,%d-%d,%d:", t.lineno, t.col, t.end_lineno, t.end_col);
    std::string pos = buf;
    pos.resize(std::max<size_t>(pos.size(), 20), ' ');
    std::string name = token_kind_name(t.kind);
    name.resize(std::max<size_t>(name.size(), 15), ' ');
    out += pos + name;
    std::string_view text(src.text().data() + t.start, t.end - t.start);
    out += "'";
    for (char c : text) {
      if (c == '\n')
        out += "\\n";
      else if (c == '\'')
        out += "\\'";
      else
        out += c;
    }
    out += "'\n";
    if (t.kind == TokenKind::EndMarker) break;
  }
  return out;
}

}  // namespace ember
