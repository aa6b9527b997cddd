// The types of Mojo's static half that fn code checks and runs on. Literals have their own
// types until they meet a declared type (IntLiteral becomes Int or Float64, FloatLiteral
// becomes Float64); between variables nothing converts implicitly.
#pragma once
#include <cstdint>
#include <string>

#include "vm/code_object.h"

namespace ember {

// Values from kFirstStruct on name the module's structs (ModuleContext::structs).
enum class StaticType : uint16_t {
  Error,  // an expression that already produced a diagnostic; accepted everywhere
  NoneType,
  Int,
  Float64,
  Bool,
  String,
  IntLiteral,
  FloatLiteral,
  kFirstStruct = 64,
};

inline bool is_struct_type(StaticType t) {
  return static_cast<uint16_t>(t) >= static_cast<uint16_t>(StaticType::kFirstStruct);
}

// The name a diagnostic uses ("Int", "IntLiteral", "None"); not for struct types.
const char* static_type_name(StaticType t);

// Whether values of `t` live in raw register slots (Int, Float64, Bool) rather than as GC
// Values (String, None).
inline bool is_raw_type(StaticType t) {
  return t == StaticType::Int || t == StaticType::Float64 || t == StaticType::Bool;
}

// The conversion of `t` at the boundary with Python code.
BoundaryKind boundary_kind(StaticType t);

// The type a type annotation names (Error when it names none of the supported types).
StaticType static_type_named(std::string_view name);

}  // namespace ember
