// The VM's BinaryOp for an AST operator, shared by def code's Binary/InPlace instructions
// and fn code's operators on Python values.
#pragma once
#include "frontend/ast.h"
#include "vm/object.h"

namespace ember {

BinaryOp to_binary_op(ast::OperatorKind k);  // compile_expr.cpp

}  // namespace ember
