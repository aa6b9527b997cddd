// Token kinds and the token record produced by the lexer.
#pragma once

#include <cstdint>
#include <string_view>

namespace ember {

// X(name, spelling). Operators/delimiters first, then hard keywords.
#define EMBER_OPERATOR_TOKENS(X) \
  X(LPar, "(")                   \
  X(RPar, ")")                   \
  X(LSqb, "[")                   \
  X(RSqb, "]")                   \
  X(Colon, ":")                  \
  X(Comma, ",")                  \
  X(Semi, ";")                   \
  X(Plus, "+")                   \
  X(Minus, "-")                  \
  X(Star, "*")                   \
  X(Slash, "/")                  \
  X(VBar, "|")                   \
  X(Amper, "&")                  \
  X(Less, "<")                   \
  X(Greater, ">")                \
  X(Equal, "=")                  \
  X(Dot, ".")                    \
  X(Percent, "%")                \
  X(LBrace, "{")                 \
  X(RBrace, "}")                 \
  X(EqEqual, "==")               \
  X(NotEqual, "!=")              \
  X(LessEqual, "<=")             \
  X(GreaterEqual, ">=")          \
  X(Tilde, "~")                  \
  X(Circumflex, "^")             \
  X(LeftShift, "<<")             \
  X(RightShift, ">>")            \
  X(DoubleStar, "**")            \
  X(PlusEqual, "+=")             \
  X(MinEqual, "-=")              \
  X(StarEqual, "*=")             \
  X(SlashEqual, "/=")            \
  X(PercentEqual, "%=")          \
  X(AmperEqual, "&=")            \
  X(VBarEqual, "|=")             \
  X(CircumflexEqual, "^=")       \
  X(LeftShiftEqual, "<<=")       \
  X(RightShiftEqual, ">>=")      \
  X(DoubleStarEqual, "**=")      \
  X(DoubleSlash, "//")           \
  X(DoubleSlashEqual, "//=")     \
  X(At, "@")                     \
  X(AtEqual, "@=")               \
  X(RArrow, "->")                \
  X(Ellipsis, "...")             \
  X(ColonEqual, ":=")            \
  X(Exclamation, "!")

// Hard keywords of Python 3.11. The Mojo layer adds its own after these.
#define EMBER_KEYWORD_TOKENS(X) \
  X(KwFalse, "False")           \
  X(KwNone, "None")             \
  X(KwTrue, "True")             \
  X(KwAnd, "and")               \
  X(KwAs, "as")                 \
  X(KwAssert, "assert")         \
  X(KwAsync, "async")           \
  X(KwAwait, "await")           \
  X(KwBreak, "break")           \
  X(KwClass, "class")           \
  X(KwContinue, "continue")     \
  X(KwDef, "def")               \
  X(KwDel, "del")               \
  X(KwElif, "elif")             \
  X(KwElse, "else")             \
  X(KwExcept, "except")         \
  X(KwFinally, "finally")       \
  X(KwFor, "for")               \
  X(KwFrom, "from")             \
  X(KwGlobal, "global")         \
  X(KwIf, "if")                 \
  X(KwImport, "import")         \
  X(KwIn, "in")                 \
  X(KwIs, "is")                 \
  X(KwLambda, "lambda")         \
  X(KwNonlocal, "nonlocal")     \
  X(KwNot, "not")               \
  X(KwOr, "or")                 \
  X(KwPass, "pass")             \
  X(KwRaise, "raise")           \
  X(KwReturn, "return")         \
  X(KwTry, "try")               \
  X(KwWhile, "while")           \
  X(KwWith, "with")             \
  X(KwYield, "yield")

enum class TokenKind : uint8_t {
  EndMarker,
  Name,
  Number,
  String,
  Newline,
  Indent,
  Dedent,
  Error,    // lexer error; the lexer's error() describes it
  Unknown,  // a character that starts no token ('$', '?', '`'): "invalid syntax"
#define EMBER_X(name, spelling) name,
  EMBER_OPERATOR_TOKENS(EMBER_X) EMBER_KEYWORD_TOKENS(EMBER_X)
#undef EMBER_X
      Count_
};

// CPython-style name of a token kind ("NAME", "OP", "NEWLINE", ...), and the
// exact spelling for operators and keywords.
const char* token_kind_name(TokenKind kind);
std::string_view token_spelling(TokenKind kind);
inline bool is_keyword(TokenKind k) {
  return k >= TokenKind::KwFalse && k < TokenKind::Count_;
}
inline bool is_operator(TokenKind k) {
  return k >= TokenKind::LPar && k < TokenKind::KwFalse;
}

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  uint32_t start = 0;  // byte offset in the source
  uint32_t end = 0;
  int lineno = 0;  // 1-based
  int col = 0;     // 0-based byte column
  int end_lineno = 0;
  int end_col = 0;
};

}  // namespace ember
