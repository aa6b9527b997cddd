// The types of Mojo's static half that fn code checks and runs on. Literals have their own
// types until they meet a declared type (IntLiteral becomes Int or Float64, FloatLiteral
// becomes Float64); between variables nothing converts implicitly.
#pragma once
#include <cstdint>
#include <string>

#include <optional>
#include <vector>

#include "vm/code_object.h"
#include "vm/simd.h"

namespace ember {

// A type in 16 bits. Values from kFirstStruct on name the module's structs
// (ModuleContext::structs); from kFirstSimd on, SIMD vector types (kFirstSimd | dtype << 4 |
// log2 width; the Float64 and Bool scalars are Float64 and Bool); from kFirstComposite on,
// the types built from another one (List[T], UnsafePointer[T]), interned in a table shared
// by all modules.
enum class StaticType : uint16_t {
  Error,  // an expression that already produced a diagnostic; accepted everywhere
  NoneType,
  Int,
  Float64,
  Bool,
  String,
  IntLiteral,
  FloatLiteral,
  DType,       // DType.float32: a compile-time constant, at run time its code in a raw slot
  TypeValue,   // compile-time only: a type an alias names (alias Vec = SIMD[DType.int8, 4])
  FnValue,     // compile-time only: a fn a parameter or alias names (`test_fn: fn () raises`)
  Object,      // a Python value (`object`, `PythonObject`) in a Value slot
  ErrorValue,  // Mojo's Error: the exception a `raises` fn raised, in a Value slot
  // A string literal kept as one: a Tuple field holding a literal (`(1, "a")`), which Mojo
  // 25.1 types StringLiteral, not String. A str in a Value slot, like String; read out of
  // the Tuple it is a String (the implicit conversion Mojo makes at almost every use).
  StringLiteral,
  // Mojo's UInt: an unsigned machine word (a struct of its own, not a SIMD type), in a raw
  // slot with UInt64's lanes, so that the SIMD kernels compute it.
  UInt,
  kFirstStruct = 64,
  kFirstSimd = 0x1000,
  kFirstComposite = 0x8000,
};

enum class CompositeKind : uint8_t {
  List,       // List[T]: a Value slot holding a TypedListObject (vm/typed_list.h); its storage
              // is shared until copied, which fn code does wherever Mojo's List would be copied
  Pointer,    // UnsafePointer[T]: a raw slot holding the address (vm/raw_memory.h)
  Optional,   // Optional[T]: a raw slot (1 when a value is present), then the slots of T
  Tuple,      // Tuple[A, B, ...] / (A, B): the slots of each field, in order
  Dict,       // Dict[K, V]: a Value slot holding a Python dict (frontend/static_dict.cpp)
  Set,        // Set[T]: a Value slot holding an insertion-ordered set (frontend/static_set.cpp)
  DictEntry,  // an item of `for e in d.items()`: the slots of the key, then of the value
  Range,      // range(start, end, step) as a value: the slots of start, end and step, each of
              // the integer type T (Int, UInt or a SIMD integer scalar; frontend/static_range.cpp)
  Deque,      // Deque[T]: a List's storage (a Value slot holding a TypedListObject), with a
              // deque's methods (frontend/static_deque.cpp)
  Reference,  // Pointer[T, __origin_of(x)]: no slots; the type names the variable it points to
              // by an origin number (frontend/static_reference.cpp)
};

// The interned type `kind`[arg]; Error when the table is full.
StaticType composite_type(CompositeKind kind, StaticType arg);
// The interned Tuple of `fields`, and the fields of a Tuple type (empty for other types).
StaticType tuple_type(const std::vector<StaticType>& fields);
const std::vector<StaticType>& tuple_fields(StaticType t);
// The argument list of any composite type (a Tuple's fields, a Dict's key and value).
const std::vector<StaticType>& tuple_fields_of(StaticType t);
StaticType composite_type(CompositeKind kind, StaticType first, StaticType second);
// Whether `t` is `kind`[something]; its argument when it is.
bool is_composite(StaticType t, CompositeKind kind);
StaticType composite_arg(StaticType t);

inline bool is_list_type(StaticType t) {
  return is_composite(t, CompositeKind::List);
}
inline StaticType list_of(StaticType element) {
  return composite_type(CompositeKind::List, element);
}
inline StaticType list_element(StaticType list) {
  return composite_arg(list);
}
inline bool is_pointer_type(StaticType t) {
  return is_composite(t, CompositeKind::Pointer);
}
inline StaticType pointer_to(StaticType pointee) {
  return composite_type(CompositeKind::Pointer, pointee);
}
inline StaticType pointee_of(StaticType pointer) {
  return composite_arg(pointer);
}
inline bool is_dict_type(StaticType t) {
  return is_composite(t, CompositeKind::Dict);
}
inline StaticType dict_type(StaticType key, StaticType value) {
  return composite_type(CompositeKind::Dict, key, value);
}
// The key and value types of a Dict type.
inline std::pair<StaticType, StaticType> dict_fields(StaticType t) {
  const std::vector<StaticType>& kv = tuple_fields_of(t);
  return kv.size() == 2 ? std::make_pair(kv[0], kv[1])
                        : std::make_pair(StaticType::Error, StaticType::Error);
}
inline bool is_dict_entry_type(StaticType t) {
  return is_composite(t, CompositeKind::DictEntry);
}
inline StaticType dict_entry_type(StaticType key, StaticType value) {
  return composite_type(CompositeKind::DictEntry, key, value);
}
inline bool is_set_type(StaticType t) {
  return is_composite(t, CompositeKind::Set);
}
inline StaticType set_of(StaticType element) {
  return composite_type(CompositeKind::Set, element);
}
inline bool is_range_type(StaticType t) {
  return is_composite(t, CompositeKind::Range);
}
inline bool is_deque_type(StaticType t) {
  return is_composite(t, CompositeKind::Deque);
}
inline StaticType deque_of(StaticType element) {
  return composite_type(CompositeKind::Deque, element);
}
// The List type whose storage a value of type t has: List[T] for Deque[T], else t itself.
inline StaticType list_storage(StaticType t) {
  return is_deque_type(t) ? list_of(composite_arg(t)) : t;
}
// List, Deque, Dict and Set: values that own a heap object, copied where Mojo copies them.
inline bool is_collection_type(StaticType t) {
  return is_list_type(t) || is_deque_type(t) || is_dict_type(t) || is_set_type(t);
}
inline bool is_tuple_type(StaticType t) {
  return is_composite(t, CompositeKind::Tuple);
}
inline bool is_optional_type(StaticType t) {
  return is_composite(t, CompositeKind::Optional);
}
inline StaticType optional_of(StaticType value) {
  return composite_type(CompositeKind::Optional, value);
}
inline bool is_reference_type(StaticType t) {
  return is_composite(t, CompositeKind::Reference);
}
// Pointer[pointee, origin]: `origin` numbers the variable (ModuleContext::origin_names).
inline StaticType reference_to(StaticType pointee, uint16_t origin) {
  return composite_type(CompositeKind::Reference, pointee, static_cast<StaticType>(origin));
}
inline StaticType referent_of(StaticType reference) {
  return tuple_fields_of(reference)[0];
}
inline uint16_t reference_origin(StaticType reference) {
  return static_cast<uint16_t>(tuple_fields_of(reference)[1]);
}
inline bool is_struct_type(StaticType t) {
  return static_cast<uint16_t>(t) >= static_cast<uint16_t>(StaticType::kFirstStruct) &&
         static_cast<uint16_t>(t) < static_cast<uint16_t>(StaticType::kFirstSimd);
}
inline bool is_simd_type(StaticType t) {
  return (static_cast<uint16_t>(t) & 0xF000) == static_cast<uint16_t>(StaticType::kFirstSimd);
}
// The type of SIMD vectors of layout `s`.
StaticType simd_static_type(SimdType s);
// The vector layout of `t`: SIMD types, Float64 and Bool scalars, Int as an int64 scalar and
// UInt as a uint64 one (whose slots hold the same bits); nullopt for the other types.
std::optional<SimdType> simd_layout(StaticType t);
// Whether `t` is a SIMD type, Float64 or Bool of more than one lane.
inline bool is_vector_type(StaticType t) {
  return is_simd_type(t) && (static_cast<uint16_t>(t) & 0xF) != 0;
}
// Whether values of `t` have SIMD methods and lanes: SIMD types, Float64 and Bool (Int has
// a vector layout but is not a SIMD type in Mojo).
inline bool has_lanes(StaticType t) {
  return is_simd_type(t) || t == StaticType::Float64 || t == StaticType::Bool;
}

// DType values: the codes of vm/simd.h's DType, then these two, which Mojo has and the
// VM's lanes do not (DType.index has int64's lanes on 64-bit targets).
constexpr int64_t kDTypeIndex = static_cast<int64_t>(DType::kCount);
constexpr int64_t kDTypeInvalid = kDTypeIndex + 1;
constexpr int64_t kDTypeCodes = kDTypeInvalid + 1;
// Mojo's spelling of DType `code` ("float32", "index").
std::string_view dtype_spelling(int64_t code);
// The code of `DType.name`; false when there is none.
bool dtype_code_named(std::string_view name, int64_t& code);
// The lanes of DType `code`; nullopt for DType.invalid.
std::optional<DType> dtype_lanes(int64_t code);

// Whether `a` and `b` are Int and UInt, which convert to each other implicitly (the same
// 64 bits).
inline bool int_and_uint(StaticType a, StaticType b) {
  return (a == StaticType::Int && b == StaticType::UInt) ||
         (a == StaticType::UInt && b == StaticType::Int);
}

// The type a value of type `t` has where it is read: String for a StringLiteral field.
inline StaticType read_type(StaticType t) {
  return t == StaticType::StringLiteral ? StaticType::String : t;
}

// The name a diagnostic uses ("Int", "IntLiteral", "None", "Float32", "SIMD[DType.int8, 4]");
// not for struct and List types.
std::string static_type_name(StaticType t);

// Whether values of `t` live in raw register slots (Int, Float64, Bool) rather than as GC
// Values (String, None).
inline bool is_raw_type(StaticType t) {  // (Object and String are Values)
  return t == StaticType::Int || t == StaticType::Float64 || t == StaticType::Bool ||
         t == StaticType::DType || t == StaticType::UInt || is_simd_type(t) || is_pointer_type(t);
}

// The conversion of `t` at the boundary with Python code.
BoundaryKind boundary_kind(StaticType t);

// The type a type annotation names (Error when it names none of the supported types).
StaticType static_type_named(std::string_view name);

}  // namespace ember
