// Printing uncaught exceptions the way CPython 3.11 does.
#pragma once
#include <string>

#include "vm/object.h"

namespace ember {

class VM;

// The full report for an uncaught exception: chained exceptions first, each with its
// "Traceback (most recent call last):" block, then "Type: message".
std::string format_exception(VM& vm, Value exception);
// The last line alone: "TypeError: unsupported operand type(s) ...".
std::string format_exception_only(VM& vm, Value exception);

}  // namespace ember
