#include "frontend/ast.h"

namespace ember::ast {

const char* node_kind_name(NodeKind kind) {
  if (kind == NodeKind::ExprStmt) return "Expr";
  switch (kind) {
#define EMBER_X(k)  \
  case NodeKind::k: \
    return #k;
    EMBER_STMT_KINDS(EMBER_X)
    EMBER_EXPR_KINDS(EMBER_X)
    EMBER_PATTERN_KINDS(EMBER_X)
#undef EMBER_X
    case NodeKind::Module:
      return "Module";
    case NodeKind::Expression:
      return "Expression";
    case NodeKind::Arguments:
      return "arguments";
    case NodeKind::Arg:
      return "arg";
    case NodeKind::Keyword:
      return "keyword";
    case NodeKind::Alias:
      return "alias";
    case NodeKind::WithItem:
      return "withitem";
    case NodeKind::MatchCase:
      return "match_case";
    case NodeKind::Comprehension:
      return "comprehension";
    case NodeKind::ExceptHandler:
      return "ExceptHandler";
  }
  return "?";
}

const char* operator_name(OperatorKind op) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                      "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                      "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(op)];
}

const char* operator_symbol(OperatorKind op) {
  static const char* const names[] = {"+",  "-",  "*", "@", "/", "%", "**",
                                      "<<", ">>", "|", "^", "&", "//"};
  return names[static_cast<int>(op)];
}

const char* unaryop_name(UnaryOpKind op) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(op)];
}

const char* cmpop_name(CmpOpKind op) {
  static const char* const names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                      "GtE", "Is",    "IsNot", "In",  "NotIn"};
  return names[static_cast<int>(op)];
}

}  // namespace ember::ast
