// Instances of BaseException and its subclasses.
#pragma once
#include "vm/object.h"

namespace ember {

struct DictObject;
struct TracebackObject;

struct ExceptionObject : Object {
  TupleObject* args;
  Value traceback;  // TracebackObject or None
  Value cause;      // __cause__, None when absent
  Value context;    // __context__, None when absent
  bool suppress_context;
  DictObject* dict;  // other attributes (filename, lineno, code, errno, value, ...)
};

// One entry of a traceback: CPython's linked list, newest frame last.
struct TracebackObject : Object {
  Value next;   // TracebackObject or None
  Value code;   // CodeObject of the frame
  uint32_t pc;  // instruction index in that code
};

}  // namespace ember
