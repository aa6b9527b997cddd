#include "frontend/static_types.h"

#include <atomic>
#include <map>
#include <mutex>
#include <tuple>
#include <vector>

namespace ember {

namespace {

// The scalar types Mojo names: SIMD[dtype, 1] (Float64 and Bool are their own StaticTypes).
struct ScalarName {
  const char* name;
  DType dtype;
};
constexpr ScalarName kScalarNames[] = {
    {"Int8", DType::Int8},         {"Int16", DType::Int16},     {"Int32", DType::Int32},
    {"Int64", DType::Int64},       {"UInt8", DType::UInt8},     {"UInt16", DType::UInt16},
    {"UInt32", DType::UInt32},     {"UInt64", DType::UInt64},   {"Float16", DType::Float16},
    {"BFloat16", DType::BFloat16}, {"Float32", DType::Float32},
};

// The composite types of every module, for the life of the process: a type is a small
// integer wherever it is stored, and there are few distinct ones. Entries never change once
// published, so readers need no lock.
struct CompositeEntry {
  CompositeKind kind;
  StaticType arg;                  // List, Pointer, Optional
  std::vector<StaticType> fields;  // Tuple
};
constexpr size_t kMaxComposites = 0x8000;
// Allocated a chunk at a time as types are made: a whole table of non-trivial entries would
// be written by static initialisation in every process (1 MiB resident, mostly unused).
constexpr size_t kCompositeChunk = 256;
std::atomic<CompositeEntry*> g_composite_chunks[kMaxComposites / kCompositeChunk];
std::atomic<uint32_t> g_composite_count{0};
std::mutex g_composite_mutex;
std::map<std::tuple<CompositeKind, StaticType, std::vector<StaticType>>, StaticType>
    g_composite_index;

const CompositeEntry* composite_entry(StaticType t) {
  auto v = static_cast<uint32_t>(t);
  if (v < static_cast<uint32_t>(StaticType::kFirstComposite)) return nullptr;
  uint32_t index = v - static_cast<uint32_t>(StaticType::kFirstComposite);
  if (index >= g_composite_count.load(std::memory_order_acquire)) return nullptr;
  CompositeEntry* chunk =
      g_composite_chunks[index / kCompositeChunk].load(std::memory_order_acquire);
  return &chunk[index % kCompositeChunk];
}

StaticType intern(CompositeKind kind, StaticType arg, const std::vector<StaticType>& fields) {
  std::lock_guard<std::mutex> lock(g_composite_mutex);
  auto key = std::make_tuple(kind, arg, fields);
  auto found = g_composite_index.find(key);
  if (found != g_composite_index.end()) return found->second;
  uint32_t index = g_composite_count.load(std::memory_order_relaxed);
  if (index >= kMaxComposites) return StaticType::Error;
  std::atomic<CompositeEntry*>& slot = g_composite_chunks[index / kCompositeChunk];
  if (!slot.load(std::memory_order_relaxed)) {
    // Kept for the life of the process, like the types that point into it.
    slot.store(new CompositeEntry[kCompositeChunk], std::memory_order_release);
  }
  slot.load(std::memory_order_relaxed)[index % kCompositeChunk] = CompositeEntry{kind, arg, fields};
  g_composite_count.store(index + 1, std::memory_order_release);
  auto t = static_cast<StaticType>(static_cast<uint32_t>(StaticType::kFirstComposite) + index);
  g_composite_index[key] = t;
  return t;
}

}  // namespace

StaticType composite_type(CompositeKind kind, StaticType arg) {
  return intern(kind, arg, {});
}

StaticType tuple_type(const std::vector<StaticType>& fields) {
  return intern(CompositeKind::Tuple, StaticType::Error, fields);
}

StaticType composite_type(CompositeKind kind, StaticType first, StaticType second) {
  return intern(kind, StaticType::Error, {first, second});
}

const std::vector<StaticType>& tuple_fields_of(StaticType t) {
  static const std::vector<StaticType> kNone;
  const CompositeEntry* e = composite_entry(t);
  return e ? e->fields : kNone;
}

const std::vector<StaticType>& tuple_fields(StaticType t) {
  static const std::vector<StaticType> kNone;
  const CompositeEntry* e = composite_entry(t);
  return e && e->kind == CompositeKind::Tuple ? e->fields : kNone;
}

bool is_composite(StaticType t, CompositeKind kind) {
  const CompositeEntry* e = composite_entry(t);
  return e && e->kind == kind;
}

StaticType composite_arg(StaticType t) {
  const CompositeEntry* e = composite_entry(t);
  return e ? e->arg : StaticType::Error;
}

StaticType simd_static_type(SimdType s) {
  if (s.log2_width == 0 && s.dtype == DType::Float64) return StaticType::Float64;
  if (s.log2_width == 0 && s.dtype == DType::Bool) return StaticType::Bool;
  return static_cast<StaticType>(static_cast<uint16_t>(StaticType::kFirstSimd) |
                                 (static_cast<uint16_t>(s.dtype) << 4) | s.log2_width);
}

std::optional<SimdType> simd_layout(StaticType t) {
  if (t == StaticType::Float64) return SimdType{DType::Float64, 0};
  if (t == StaticType::Bool) return SimdType{DType::Bool, 0};
  if (t == StaticType::Int) return SimdType{DType::Int64, 0};
  if (t == StaticType::UInt) return SimdType{DType::UInt64, 0};
  if (!is_simd_type(t)) return std::nullopt;
  auto v = static_cast<uint16_t>(t);
  return SimdType{static_cast<DType>((v >> 4) & 0xFF), static_cast<uint8_t>(v & 0xF)};
}

std::string static_type_name(StaticType t) {
  if (is_simd_type(t)) {
    SimdType s = *simd_layout(t);
    if (s.log2_width == 0) {
      for (const ScalarName& n : kScalarNames) {
        if (n.dtype == s.dtype) return n.name;
      }
    }
    return std::string("SIMD[DType.") + dtype_name(s.dtype) + ", " + std::to_string(s.width()) +
           "]";
  }
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
    case StaticType::DType:
      return "DType";
    case StaticType::TypeValue:
      return "type";
    case StaticType::FnValue:
      return "fn";
    case StaticType::Object:
      return "object";
    case StaticType::ErrorValue:
      return "Error";
    case StaticType::StringLiteral:
      return "StringLiteral";
    case StaticType::UInt:
      return "UInt";
    default:
      return "struct";
  }
}

BoundaryKind boundary_kind(StaticType t) {
  if (is_list_type(t)) return BoundaryKind::List;
  if (is_simd_type(t)) {
    return simd_layout(t)->width() == 1 ? BoundaryKind::Scalar : BoundaryKind::Unsupported;
  }
  switch (t) {
    case StaticType::Int:
    case StaticType::DType:  // its code
      return BoundaryKind::Int;
    case StaticType::Float64:
      return BoundaryKind::Float64;
    case StaticType::Bool:
      return BoundaryKind::Bool;
    case StaticType::String:
    case StaticType::StringLiteral:
      return BoundaryKind::String;
    case StaticType::NoneType:
      return BoundaryKind::None;
    case StaticType::Object:
    case StaticType::ErrorValue:
      return BoundaryKind::Object;
    default:
      return BoundaryKind::Unsupported;
  }
}

std::string_view dtype_spelling(int64_t code) {
  if (code == kDTypeIndex) return "index";
  if (code == kDTypeInvalid) return "invalid";
  return dtype_name(static_cast<DType>(code));
}

bool dtype_code_named(std::string_view name, int64_t& code) {
  DType d;
  if (name == "index" || name == "invalid") {
    code = name == "index" ? kDTypeIndex : kDTypeInvalid;
  } else if (dtype_named(name, d)) {
    code = static_cast<int64_t>(d);
  } else {
    return false;
  }
  return true;
}

std::optional<DType> dtype_lanes(int64_t code) {
  if (code == kDTypeIndex) return DType::Int64;
  if (code < 0 || code >= kDTypeIndex) return std::nullopt;
  return static_cast<DType>(code);
}

StaticType static_type_named(std::string_view name) {
  if (name == "Int") return StaticType::Int;
  if (name == "Float64") return StaticType::Float64;
  if (name == "Bool") return StaticType::Bool;
  if (name == "String" || name == "StringLiteral" || name == "StringSlice") {
    return StaticType::String;
  }
  if (name == "NoneType") return StaticType::NoneType;
  if (name == "object" || name == "PythonObject") return StaticType::Object;
  if (name == "Error") return StaticType::ErrorValue;
  if (name == "DType") return StaticType::DType;
  if (name == "UInt") return StaticType::UInt;
  for (const ScalarName& n : kScalarNames) {
    if (name == n.name) return simd_static_type(SimdType{n.dtype, 0});
  }
  return StaticType::Error;
}

}  // namespace ember
