#include "frontend/static_types.h"

namespace ember {

const char* static_type_name(StaticType t) {
  switch (t) {
    case StaticType::Error:
      return "<error>";
    case StaticType::NoneType:
      return "None";
    case StaticType::Int:
      return "Int";
    case StaticType::Float64:
      return "Float64";
    case StaticType::Bool:
      return "Bool";
    case StaticType::String:
      return "String";
    case StaticType::IntLiteral:
      return "IntLiteral";
    case StaticType::FloatLiteral:
      return "FloatLiteral";
    default:
      return "struct";
  }
}

BoundaryKind boundary_kind(StaticType t) {
  if (is_list_type(t)) return BoundaryKind::List;
  switch (t) {
    case StaticType::Int:
      return BoundaryKind::Int;
    case StaticType::Float64:
      return BoundaryKind::Float64;
    case StaticType::Bool:
      return BoundaryKind::Bool;
    case StaticType::String:
      return BoundaryKind::String;
    case StaticType::NoneType:
      return BoundaryKind::None;
    default:
      return BoundaryKind::Unsupported;
  }
}

StaticType static_type_named(std::string_view name) {
  if (name == "Int") return StaticType::Int;
  if (name == "Float64") return StaticType::Float64;
  if (name == "Bool") return StaticType::Bool;
  if (name == "String") return StaticType::String;
  if (name == "NoneType") return StaticType::NoneType;
  return StaticType::Error;
}

}  // namespace ember
