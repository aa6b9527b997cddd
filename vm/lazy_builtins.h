// Built-in names whose definitions are Python source in lib/ (BaseExceptionGroup,
// ExceptionGroup and the helpers `except*` compiles to, from lib/_exception_groups.py). They are
// imported the first time a program looks one of them up, so that start-up does not compile code
// most programs never use: every lookup that misses the builtins asks here before raising
// NameError.
#pragma once

#include "vm/object.h"

namespace ember {

// The builtin `name`, importing its defining module when it is one of the lazy names;
// undefined when there is no such builtin.
Value lazy_builtin(VM& vm, StrObject* name);

// The builtin `name` if it is present now, without importing anything (undefined if not).
Value loaded_builtin(VM& vm, const char* name);

}  // namespace ember
