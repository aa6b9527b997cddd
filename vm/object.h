// Object: the header of every heap value, and the type-slot table that gives it behaviour.
#pragma once
#include <cstdint>

#include "gc/gc_object.h"
#include "gc/heap.h"
#include "vm/value.h"

namespace ember {

class VM;
struct Type;
struct StrObject;
struct TupleObject;

struct Object : GcObject {
  Type* type;
};

enum class BinaryOp : uint8_t {
  Add,
  Sub,
  Mul,
  MatMul,
  TrueDiv,
  FloorDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  And,
  Or,
  Xor,
};
constexpr int kBinaryOpCount = 13;

enum class UnaryOp : uint8_t { Neg, Pos, Invert };

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// Arguments of a call, vectorcall style: positional values, then the values of the keyword
// arguments whose names are in `kwnames` (a tuple of str), in that order.
//
// The copy constructor is user-provided on purpose: it makes CallArgs non-trivial for the
// ABI, so calls pass it as a pointer to the caller's copy instead of copying its 24 bytes
// onto the stack. GCC built that stack copy with one 16-byte load from two narrower stores
// just made, which stalls store forwarding on every native call (10% of a loop of
// `s.partition(";")` under perf).
struct CallArgs {
  const Value* values = nullptr;
  uint32_t npos = 0;
  TupleObject* kwnames = nullptr;

  CallArgs() = default;
  CallArgs(const Value* values, uint32_t npos, TupleObject* kwnames = nullptr)
      : values(values), npos(npos), kwnames(kwnames) {}
  CallArgs(const CallArgs& other)
      : values(other.values), npos(other.npos), kwnames(other.kwnames) {}
  CallArgs& operator=(const CallArgs& other) = default;

  uint32_t nkw() const;
  Value operator[](uint32_t i) const { return values[i]; }
};

using NativeFunction = Value (*)(VM& vm, CallArgs args);

// Behaviour of a type, CPython tp_* style. A null slot means "not supported"; the generic
// operations in vm/ops.h turn that into the TypeError CPython raises. Binary and comparison
// slots return VM::not_implemented() to let the other operand try.
struct TypeSlots {
  void (*trace)(Object* self, Marker& marker) = nullptr;
  void (*finalize)(VM& vm, Object* self) = nullptr;

  Value (*repr)(VM& vm, Value self) = nullptr;
  Value (*str)(VM& vm, Value self) = nullptr;
  // Returns the hash; types without one are unhashable.
  int64_t (*hash)(VM& vm, Value self) = nullptr;
  Value (*compare)(VM& vm, Value a, Value b, CompareOp op) = nullptr;
  Value (*binary)(VM& vm, BinaryOp op, Value a, Value b) = nullptr;
  // In-place form (`+=`); falls back to `binary` when null or NotImplemented.
  Value (*inplace)(VM& vm, BinaryOp op, Value a, Value b) = nullptr;
  Value (*unary)(VM& vm, UnaryOp op, Value self) = nullptr;
  bool (*truth)(VM& vm, Value self) = nullptr;
  int64_t (*length)(VM& vm, Value self) = nullptr;
  Value (*iter)(VM& vm, Value self) = nullptr;
  // Advances an iterator: stores the next item and returns true, or returns false when
  // exhausted (no StopIteration is created on this path).
  bool (*next)(VM& vm, Value self, Value* item) = nullptr;
  Value (*getitem)(VM& vm, Value self, Value key) = nullptr;
  void (*setitem)(VM& vm, Value self, Value key, Value value) = nullptr;
  void (*delitem)(VM& vm, Value self, Value key) = nullptr;
  bool (*contains)(VM& vm, Value self, Value item) = nullptr;
  Value (*call)(VM& vm, Value self, CallArgs args) = nullptr;
  // Attribute access; null means the generic lookup (type MRO, then instance dict).
  Value (*getattr)(VM& vm, Value self, StrObject* name) = nullptr;
  void (*setattr)(VM& vm, Value self, StrObject* name, Value value) = nullptr;
  // Descriptor protocol: binding a function to an instance, properties, ...
  Value (*descr_get)(VM& vm, Value self, Value instance, Value owner) = nullptr;
  // Data descriptors (property, __slots__ members, user __set__/__delete__): assignment to
  // the attribute on an instance; `value` is undefined for deletion.
  void (*descr_set)(VM& vm, Value self, Value instance, Value value) = nullptr;
  // `Type(...)`: creates and initialises an instance.
  Value (*construct)(VM& vm, Type* type, CallArgs args) = nullptr;
  // __index__: the value as a Python int (small or big), for indexing and int conversion.
  Value (*index)(VM& vm, Value self) = nullptr;
  // __float__.
  Value (*to_float)(VM& vm, Value self) = nullptr;
  // __format__(spec); null means object.__format__ (str(self) for an empty spec).
  Value (*format)(VM& vm, Value self, StrObject* spec) = nullptr;
};

}  // namespace ember
