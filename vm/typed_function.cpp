#include "vm/typed_function.h"

#include <string>
#include <vector>

#include "vm/frame.h"
#include "vm/int_object.h"
#include "vm/interpreter.h"
#include "vm/ops.h"
#include "vm/simd.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/typed_list.h"
#include "vm/typed_ops.h"
#include "vm/vm.h"

namespace ember {

namespace {

const char* boundary_type_name(BoundaryKind k) {
  switch (k) {
    case BoundaryKind::Int:
      return "Int";
    case BoundaryKind::Float64:
      return "Float64";
    case BoundaryKind::Bool:
      return "Bool";
    case BoundaryKind::String:
      return "String";
    case BoundaryKind::None:
      return "None";
    case BoundaryKind::Unsupported:
      return "a struct";
    case BoundaryKind::List:
      return "a List";
    case BoundaryKind::Object:
      return "object";
    case BoundaryKind::Scalar:
      return "a number";
  }
  return "?";
}

// A Python int (bool included) as an Int; OverflowError when it needs more than 64 bits.
bool python_int_to_int(VM& vm, Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.as_bool() ? 1 : 0;
    return true;
  }
  if (!v.is_object() || !is_subtype(v.as_object()->type, vm.types.int_)) return false;
  mpz_srcptr z = static_cast<BigIntObject*>(v.as_object())->value;
  if (!mpz_fits_slong_p(z)) {
    vm.raise(vm.types.OverflowError, "Python int too large to convert to Int");
  }
  *out = mpz_get_si(z);
  return true;
}

// A Python int or float as a scalar of lane type `lanes` (OverflowError when an int does not
// fit it); false for other values.
bool python_to_scalar(VM& vm, SimdType lanes, Value v, Value* out) {
  Value wide;
  SimdType from{DType::Float64, 0};
  int64_t i = 0;
  if (dtype_is_float(lanes.dtype)) {
    if (v.is_double()) {
      wide = typed::from_float(v.as_double());
    } else if (python_int_to_int(vm, v, &i)) {
      wide = typed::from_float(static_cast<double>(i));
    } else {
      return false;
    }
  } else {
    if (v.is_double() || !python_int_to_int(vm, v, &i)) return false;
    // The lane's range, from its width and signedness.
    uint32_t bits = dtype_size(lanes.dtype) * 8;
    bool fits = dtype_is_signed(lanes.dtype) ? bits == 64 || (i >= -(int64_t{1} << (bits - 1)) &&
                                                              i < (int64_t{1} << (bits - 1)))
                                             : i >= 0 && (bits == 64 || i < (int64_t{1} << bits));
    if (!fits) {
      vm.raise(vm.types.OverflowError,
               std::string("Python int too large to convert to ") + dtype_name(lanes.dtype));
    }
    from = SimdType{DType::Int64, 0};
    wide = typed::from_int(i);
  }
  simd_cast(from, lanes, out, &wide);
  return true;
}

// The raw slot (or Value, for String) of the Python value `v` as a `kind` value; false when
// it has another type (OverflowError for an int past 64 bits).
bool python_to_slot(VM& vm, BoundaryKind kind, Value v, Value* out) {
  int64_t i = 0;
  switch (kind) {
    case BoundaryKind::Int:
      if (v.is_double() || !python_int_to_int(vm, v, &i)) return false;
      *out = typed::from_int(i);
      return true;
    case BoundaryKind::Float64:
      if (v.is_double()) {
        *out = typed::from_float(v.as_double());
        return true;
      }
      if (!python_int_to_int(vm, v, &i)) return false;
      *out = typed::from_float(static_cast<double>(i));
      return true;
    case BoundaryKind::Bool:
      if (!v.is_bool()) return false;
      *out = Value::from_bits(v.as_bool() ? 1 : 0);
      return true;
    case BoundaryKind::String:
      if (!v.is_object() || !v.as_object()->type->has_flag(kTypeStrSubclass)) return false;
      *out = v;
      return true;
    case BoundaryKind::Object:
      *out = v;
      return true;
    case BoundaryKind::None:
    case BoundaryKind::Unsupported:
    case BoundaryKind::List:
    case BoundaryKind::Scalar:  // needs the lanes: python_to_scalar
      return false;
  }
  return false;
}

// The List[T] copy of a Python list `v` for a parameter whose elements cross as `element`;
// false when `v` is not a list.
bool python_to_list(VM& vm, BoundaryKind element, Value v, Value* out) {
  if (!v.is_object() || !v.as_object()->type->has_flag(kTypeListSubclass)) return false;
  bool boxed = element == BoundaryKind::String || element == BoundaryKind::Object;
  TypedListObject* list = typed_list_new(vm, 1, typed_list_layout({boxed}, element));
  *out = Value::from_object(list);
  typed_list_extend_from_python(vm, list, v);
  return true;
}

// The raw slot (or Value, for String) a Python argument becomes.
Value to_slot(VM& vm, const CodeObject* code, uint32_t index, Value v) {
  BoundaryKind kind = code->typed_params[index];
  Value slot;
  if (kind == BoundaryKind::List) {
    auto element = static_cast<BoundaryKind>(code->typed_param_lanes[index]);
    if (python_to_list(vm, element, v, &slot)) return slot;
    vm.raise(vm.types.TypeError, std::string(code->name->view()) + "() argument " +
                                     std::to_string(index + 1) + " must be list, not " +
                                     std::string(type_name(vm, v)));
  }
  SimdType lanes = SimdType::from_bits(code->typed_param_lanes[index]);
  if (kind == BoundaryKind::Scalar ? python_to_scalar(vm, lanes, v, &slot)
                                   : python_to_slot(vm, kind, v, &slot)) {
    return slot;
  }
  std::string type =
      kind == BoundaryKind::Scalar ? dtype_name(lanes.dtype) : boundary_type_name(kind);
  vm.raise(vm.types.TypeError, std::string(code->name->view()) + "() argument " +
                                   std::to_string(index + 1) + " must be " + type + ", not " +
                                   std::string(type_name(vm, v)));
}

// The Python int or float of a scalar result.
Value box_scalar(VM& vm, SimdType lanes, Value raw) {
  if (dtype_is_float(lanes.dtype)) return Value::from_double(simd_lane_as_double(lanes, &raw, 0));
  if (lanes.dtype == DType::UInt64 && static_cast<int64_t>(raw.bits()) < 0) {
    mpz_t big;
    mpz_init_set_ui(big, raw.bits());
    Value out = vm.make_int(big);
    mpz_clear(big);
    return out;
  }
  return vm.make_int(simd_lane_as_int(lanes, &raw, 0));
}

// The arguments of a call from Python code in parameter order: positional ones, keywords
// by name, then defaults, with CPython's messages for what does not fit.
std::vector<Value> bind_python_arguments(VM& vm, const CodeObject* code, CallArgs args) {
  std::string name(code->name->view());
  size_t expected = code->typed_params.size();
  if (args.npos > expected) {
    vm.raise(vm.types.TypeError, name + "() takes " + std::to_string(expected) +
                                     " positional argument" + (expected == 1 ? "" : "s") + " but " +
                                     std::to_string(args.npos) +
                                     (args.npos == 1 ? " was" : " were") + " given");
  }
  std::vector<Value> given(expected);
  std::vector<bool> present(expected, false);
  for (uint32_t i = 0; i < args.npos; ++i) {
    given[i] = args[i];
    present[i] = true;
  }
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    Value key = args.kwnames->items[k];
    std::string_view keyword = static_cast<StrObject*>(key.as_object())->view();
    size_t i = 0;
    while (i < expected && code->typed_param_names[i]->view() != keyword) ++i;
    if (i == expected) {
      vm.raise(vm.types.TypeError,
               name + "() got an unexpected keyword argument '" + std::string(keyword) + "'");
    }
    if (present[i]) {
      vm.raise(vm.types.TypeError,
               name + "() got multiple values for argument '" + std::string(keyword) + "'");
    }
    given[i] = args[args.npos + k];
    present[i] = true;
  }
  size_t first_default = expected - code->typed_defaults.size();
  std::vector<std::string> missing;
  for (size_t i = 0; i < expected; ++i) {
    if (present[i]) continue;
    if (i < first_default) {
      missing.push_back("'" + std::string(code->typed_param_names[i]->view()) + "'");
    } else {
      given[i] = code->typed_defaults[i - first_default];
    }
  }
  if (!missing.empty()) {
    // CPython's list: 'a', 'a' and 'b', 'a', 'b', and 'c'.
    std::string names;
    for (size_t i = 0; i < missing.size(); ++i) {
      if (i > 0) names += missing.size() == 2 ? " and " : i + 1 == missing.size() ? ", and " : ", ";
      names += missing[i];
    }
    vm.raise(vm.types.TypeError, name + "() missing " + std::to_string(missing.size()) +
                                     " required positional argument" +
                                     (missing.size() == 1 ? "" : "s") + ": " + names);
  }
  return given;
}

}  // namespace

Value unbox_python_value(VM& vm, BoundaryKind kind, Value v) {
  Value slot;
  if (python_to_slot(vm, kind, v, &slot)) return slot;
  vm.raise(vm.types.TypeError, "cannot convert a Python '" + std::string(type_name(vm, v)) +
                                   "' to " + boundary_type_name(kind));
}

Value box_raw_slot(VM& vm, BoundaryKind kind, Value raw) {
  switch (kind) {
    case BoundaryKind::Int:
      return vm.make_int(typed::raw_int(raw));
    case BoundaryKind::Float64:
      return Value::from_double(typed::raw_float(raw));
    case BoundaryKind::Bool:
      return Value::from_bool(raw.bits() != 0);
    case BoundaryKind::String:
    case BoundaryKind::Object:
      return raw;
    case BoundaryKind::List:
      return typed_list_to_python(vm, static_cast<TypedListObject*>(raw.as_object()));
    case BoundaryKind::None:
    case BoundaryKind::Unsupported:
    case BoundaryKind::Scalar:  // call_typed_function boxes these, knowing their lanes
      return Value::none();
  }
  return Value::none();
}

Value call_typed_function(VM& vm, Value callee, CallArgs args) {
  CodeObject* code = static_cast<TypedFunctionObject*>(callee.as_object())->code;
  std::string name(code->name->view());
  bool structs = code->typed_result == BoundaryKind::Unsupported;
  bool lists = false;
  for (size_t i = 0; i < code->typed_params.size(); ++i) {
    BoundaryKind k = code->typed_params[i];
    structs = structs || k == BoundaryKind::Unsupported;
    auto element = static_cast<BoundaryKind>(code->typed_param_lanes[i]);
    lists = lists || (k == BoundaryKind::List && element != BoundaryKind::Int &&
                      element != BoundaryKind::Float64 && element != BoundaryKind::Bool &&
                      element != BoundaryKind::String && element != BoundaryKind::Object);
  }
  if (structs || lists) {
    vm.raise(vm.types.TypeError,
             name + "() takes " +
                 (structs ? "or returns a struct" : "a List of structs, Lists or SIMD values") +
                 " and cannot be called from Python code yet");
  }
  size_t expected = code->typed_params.size();
  // Every parameter passed by position, the common call, needs no binding.
  std::vector<Value> bound;
  const Value* given = args.values;
  if (args.nkw() != 0 || args.npos != expected) {
    bound = bind_python_arguments(vm, code, args);
    given = bound.data();
  }
  std::vector<Value> slots(expected);
  // The Lists made from Python lists are new objects: rooted until the fn's frame holds them.
  RootScope roots(vm);
  for (uint32_t i = 0; i < expected; ++i) {
    slots[i] = to_slot(vm, code, i, given[i]);
    if (code->typed_params[i] == BoundaryKind::List) roots.add(slots[i]);
  }
  // The String slots are the caller's own str objects, still rooted by the caller.
  DictObject* globals =
      code->module_globals ? code->module_globals : (vm.frame ? vm.frame->globals : nullptr);
  Value raw = run_typed_code(vm, code, globals, slots.data(), static_cast<uint32_t>(expected));
  if (code->typed_result == BoundaryKind::Scalar) {
    return box_scalar(vm, SimdType::from_bits(code->typed_result_lanes), raw);
  }
  return box_raw_slot(vm, code->typed_result, raw);
}

void trace_typed_function(Object* self, Marker& marker) {
  marker.mark(static_cast<TypedFunctionObject*>(self)->code);
}

}  // namespace ember
