// Python 3.11 tokenizer (lazy: the parser pulls tokens one at a time).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontend/source.h"
#include "frontend/syntax_error.h"
#include "frontend/token.h"

namespace ember {

// Maps identifier spellings to keyword token kinds. The Mojo layer can build
// an extended table and hand it to the lexer.
class KeywordTable {
 public:
  static const KeywordTable& python();
  void add(std::string_view spelling, TokenKind kind) { map_[std::string(spelling)] = kind; }
  TokenKind lookup(std::string_view ident) const;

 private:
  std::unordered_map<std::string, TokenKind> map_;
};

class Lexer {
 public:
  // Tokenize the whole file.
  explicit Lexer(const SourceFile& src, const KeywordTable& keywords = KeywordTable::python());
  // Tokenize the byte range [begin, end) as an expression (f-string
  // replacement field): newlines are insignificant, no INDENT/DEDENT/NEWLINE.
  Lexer(const SourceFile& src, uint32_t begin, uint32_t end,
        const KeywordTable& keywords = KeywordTable::python());

  // Next token. On a lexical error returns a token of kind Error and error()
  // describes it; every later call returns Error again.
  Token next();

  bool has_error() const { return has_error_; }
  const SyntaxErrorInfo& error() const { return error_; }
  // True when the error is one CPython raises directly from its tokenizer
  // (these win over parser errors found earlier in the file).
  bool error_overrides() const { return error_overrides_; }
  // True when the lexer hit end of input inside brackets.
  bool eof_in_brackets() const { return eof_in_brackets_; }
  // Innermost open bracket (valid while paren_level() > 0).
  int paren_level() const { return static_cast<int>(parens_.size()); }
  char open_paren_char() const { return parens_.back().ch; }
  int open_paren_lineno() const { return parens_.back().lineno; }
  int open_paren_col() const { return parens_.back().col; }

  // Builds an error at a byte position (converted to CPython's code point offsets).
  SyntaxErrorInfo make_error(SyntaxErrorKind kind, std::string msg, int lineno, int col_byte,
                             int end_lineno = -1, int end_col_byte = -1) const;

 private:
  struct Paren {
    char ch;
    int lineno;
    int col;
  };
  Token scan();
  Token make(TokenKind kind, uint32_t start, int start_line, int start_col);
  Token fail(SyntaxErrorKind kind, std::string msg, int lineno, int col, bool overrides,
             int end_lineno = -1, int end_col = -1);
  Token fail_no_caret(SyntaxErrorKind kind, std::string msg, int lineno);
  Token lex_number(uint32_t start);
  Token lex_string(uint32_t start, int start_line, int start_col, uint32_t quote_pos);
  Token lex_identifier(uint32_t start);
  bool handle_indentation(Token& out);
  int col_of(uint32_t pos) const { return static_cast<int>(pos - line_start_); }
  void newline_at(uint32_t pos) {
    ++lineno_;
    line_start_ = pos;
  }
  char peek(uint32_t off = 0) const { return pos_ + off < end_ ? text_[pos_ + off] : '\0'; }

  const SourceFile& src_;
  const KeywordTable& keywords_;
  const char* text_;
  uint32_t pos_;
  uint32_t end_;
  int lineno_ = 1;
  uint32_t line_start_ = 0;
  bool expr_mode_ = false;
  bool at_bol_ = true;
  bool emitted_any_on_line_ = false;
  int pending_ = 0;  // >0: INDENTs to emit; <0: DEDENTs to emit
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0};
  std::vector<Paren> parens_;
  bool has_error_ = false;
  bool error_overrides_ = false;
  bool eof_in_brackets_ = false;
  SyntaxErrorInfo error_;
  Token error_token_;
};

// A SyntaxErrorInfo for a byte range of `src` (columns converted to CPython's
// 1-based code point offsets, `text` set to the source line).
// With byte_offsets, offsets are byte columns + 1 (what CPython 3.11's parser
// and compiler report); otherwise code point columns (its tokenizer).
SyntaxErrorInfo make_syntax_error(const SourceFile& src, SyntaxErrorKind kind, std::string msg,
                                  int lineno, int col_byte, int end_lineno = -1,
                                  int end_col_byte = -1, bool byte_offsets = false);

// Decode one UTF-8 code point at s[i]; returns the code point and advances i,
// or -1 (and advances one byte) on invalid input.
int32_t decode_utf8(std::string_view s, size_t& i);
// Append the (generalized) UTF-8 encoding of a code point; surrogates are
// encoded as 3-byte sequences.
void append_utf8(std::string& out, uint32_t cp);
// Index of the first invalid UTF-8 byte in s, or npos.
size_t find_invalid_utf8(std::string_view s);

// Tokens in the style of `python -m tokenize` (one per line) for --dump=tokens.
std::string dump_tokens(const SourceFile& src);

}  // namespace ember
