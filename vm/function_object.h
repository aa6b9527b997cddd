// Function-like objects: Python functions, native functions, bound methods and cells.
#pragma once
#include "vm/object.h"

namespace ember {

struct CodeObject;
struct DictObject;

struct CellObject : Object {
  Value contents;  // undefined when empty
};

struct FunctionObject : Object {
  CodeObject* code;
  DictObject* globals;
  TupleObject* defaults;    // may be null
  DictObject* kw_defaults;  // may be null
  TupleObject* closure;     // cells, may be null
  DictObject* annotations;  // may be null
  DictObject* dict;         // function attributes, created on demand
  StrObject* name;
  StrObject* qualname;
  Value doc;
  Value module;
};

// A function implemented in C++. `self` is bound for methods of built-in types obtained
// from an instance (`"a".upper`), and undefined otherwise.
struct NativeFunctionObject : Object {
  NativeFunction function;
  StrObject* name;
  StrObject* qualname;
  Value self;
  const char* doc;
  // For an unbound method of a built-in type, the type its `self` must be an instance of
  // (vm/native_self.h); null for functions and for methods that accept any object.
  Type* owner;
};

// `obj.method` for a Python function stored on obj's class.
struct BoundMethodObject : Object {
  Value function;
  Value self;
};

}  // namespace ember
