// The types of Mojo's static half that fn code checks and runs on. Literals have their own
// types until they meet a declared type (IntLiteral becomes Int or Float64, FloatLiteral
// becomes Float64); between variables nothing converts implicitly.
#pragma once
#include <cstdint>
#include <string>

#include "vm/code_object.h"

namespace ember {

// Values from kFirstStruct on name the module's structs (ModuleContext::structs); kList
// added to an element type names List[element] (a Value slot: the list's storage is shared
// until copied, which fn code does wherever Mojo's List would be copied).
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
  kList = 0x8000,
};

inline bool is_list_type(StaticType t) {
  return (static_cast<uint16_t>(t) & static_cast<uint16_t>(StaticType::kList)) != 0;
}
inline StaticType list_of(StaticType element) {
  return static_cast<StaticType>(static_cast<uint16_t>(element) |
                                 static_cast<uint16_t>(StaticType::kList));
}
inline StaticType list_element(StaticType list) {
  return static_cast<StaticType>(static_cast<uint16_t>(list) &
                                 ~static_cast<uint16_t>(StaticType::kList));
}
inline bool is_struct_type(StaticType t) {
  return static_cast<uint16_t>(t) >= static_cast<uint16_t>(StaticType::kFirstStruct) &&
         !is_list_type(t);
}

// The name a diagnostic uses ("Int", "IntLiteral", "None"); not for struct and List types.
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
