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
};

// `obj.method` for a Python function stored on obj's class.
struct BoundMethodObject : Object {
  Value function;
  Value self;
};

}  // namespace ember
