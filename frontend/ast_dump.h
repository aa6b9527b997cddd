// Debug dumps (`mojo --dump=tokens|ast`).
#pragma once

#include <string>
#include <string_view>

#include "frontend/ast.h"

namespace ember {

// Same text as CPython 3.11's ast.dump(node, include_attributes=...).
std::string dump_ast(const ast::Node* node, bool include_attributes = false);

// Python repr() of literal values, as ast.dump prints them.
std::string python_repr_str(std::string_view utf8);
std::string python_repr_bytes(std::string_view bytes);
std::string python_repr_float(double v, bool add_dot_zero = true);
// Decimal text of an int literal as stored in Constant::value ("0x1f" -> "31").
std::string int_literal_to_decimal(std::string_view digits);
// repr() of a Constant's value.
std::string constant_repr(const ast::Constant* c);

}  // namespace ember
