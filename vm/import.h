// The import statement: module lookup in sys.modules, native modules and the host's
// loader; packages, relative imports, and CPython's errors for the failures.
#pragma once
#include <cstdint>
#include <string>

#include "vm/object.h"

namespace ember {

struct DictObject;
struct ModuleObject;

// A new, empty module object named `fullname` (not yet in sys.modules).
ModuleObject* new_module(VM& vm, const std::string& fullname);

// `import name` / `from ... import` with `level` leading dots, from code whose module
// namespace is `globals`: the module named (parents are imported first).
Value import_module(VM& vm, StrObject* name, uint32_t level, DictObject* globals);
// `from module import name`: the attribute, or the submodule module.name.
Value import_from(VM& vm, Value module, StrObject* name);
// `from module import *`: the names in __all__, or the public names.
void import_star(VM& vm, Value module, DictObject* globals);

}  // namespace ember
