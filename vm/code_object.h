// Code objects: the compiled form of a module, function, lambda or comprehension body.
#pragma once
#include <cstdint>
#include <vector>

#include "vm/inline_cache.h"
#include "vm/instruction.h"
#include "vm/object.h"

namespace ember {

// Where an instruction came from, for tracebacks (CPython 3.11 prints the column range).
struct SourceLocation {
  int32_t line = 0;
  int32_t end_line = 0;
  int32_t col = -1;  // 0-based UTF-8 byte offset, -1 when unknown
  int32_t end_col = -1;
};

// An exception raised while pc is in [start, end) jumps to `target` with the exception in
// R[reg]. Entries are ordered innermost first; the first match wins.
struct ExceptionHandler {
  uint32_t start;
  uint32_t end;
  uint32_t target;
  uint16_t reg;
};

enum CodeFlags : uint32_t {
  kCodeVarArgs = 1u << 0,      // has *args
  kCodeVarKeywords = 1u << 1,  // has **kwargs
  kCodeGenerator = 1u << 2,
  kCodeCoroutine = 1u << 3,
  kCodeModule = 1u << 4,  // module body: locals are the globals dict
  kCodeLambda = 1u << 5,
  kCodeHasDocstring = 1u << 6,  // constants[0] is the docstring
  kCodeClassBody = 1u << 7,     // class body: names live in the frame's `locals` mapping
  kCodeAsyncGenerator = 1u << 8,
  kCodeTyped = 1u << 9,  // Mojo fn: raw slots except value_registers (the slot map)
};

// How a typed (fn) parameter or result crosses into Python code: the boundary conversion.
// Unsupported: a struct, which Python code cannot pass or receive yet. List: a List[T], which
// Python code receives as a list and passes as a list copied element by element (one-slot
// elements: typed_param_lanes holds their BoundaryKind). Object: any Python value.
// Scalar: a SIMD scalar (Int8..UInt64, Float16, BFloat16, Float32), a Python int or float
// converted to the lane type named by typed_param_lanes / typed_result_lanes.
enum class BoundaryKind : uint8_t {
  None,
  Int,
  Float64,
  Bool,
  String,
  Unsupported,
  List,
  Object,
  Scalar,
};

struct CodeObject : Object {
  std::vector<Instruction> code;
  std::vector<SourceLocation> locations;  // one per instruction
  std::vector<Value> constants;
  std::vector<StrObject*> names;
  std::vector<ExceptionHandler> handlers;
  std::vector<InlineCache> caches;  // indexed by the AUX word of the caching instructions

  // Parameters occupy R[0..]: positional (including positional-only), keyword-only, then
  // *args and **kwargs when present. `local_names` names R[0..local_count-1].
  uint32_t arg_count = 0;  // positional parameters, including positional-only
  uint32_t posonly_count = 0;
  uint32_t kwonly_count = 0;
  uint32_t flags = 0;
  uint32_t local_count = 0;
  uint32_t register_count = 0;  // frame size, locals and temporaries
  std::vector<StrObject*> local_names;
  // Registers holding cells: local cells are created by MakeCell in the prologue; free
  // variables are filled from the function's closure tuple at entry, in this order.
  std::vector<uint16_t> free_registers;

  // Typed code only (kCodeTyped). The slot map: the registers that hold Values (the GC
  // marks only these; the others hold raw int64/double bits). Raw constants for LoadRaw
  // live apart from `constants`, which the GC marks. The signature drives the conversions
  // when Python code calls the fn.
  std::vector<uint16_t> value_registers;
  // The registers that only ever hold a statement's temporaries (dead between statements,
  // so the JIT need not write them back at the end of a loop iteration).
  std::vector<bool> statement_temporaries;
  std::vector<uint64_t> raw_constants;
  std::vector<BoundaryKind> typed_params;
  // SimdType bits of each Scalar parameter; the element BoundaryKind of each List one.
  std::vector<uint16_t> typed_param_lanes;
  uint16_t typed_result_lanes = 0;
  // For calls from Python code: the parameters' names (keyword arguments) and the Python
  // values of the defaults of the last typed_defaults.size() parameters.
  std::vector<StrObject*> typed_param_names;
  std::vector<Value> typed_defaults;
  // The globals of the module that defines it (set by BindTypedGlobals as the module starts
  // running): where its calls of Python functions look names up.
  DictObject* module_globals = nullptr;
  BoundaryKind typed_result = BoundaryKind::None;

  StrObject* name = nullptr;
  StrObject* qualname = nullptr;
  StrObject* filename = nullptr;
  int32_t first_line = 0;
};

}  // namespace ember
