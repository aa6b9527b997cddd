// Modules: a namespace with a dict.
#pragma once
#include "vm/object.h"

namespace ember {

struct DictObject;

struct ModuleObject : Object {
  DictObject* dict;
  StrObject* name;
  bool initializing;  // its body is running (a circular import sees it half-built)
};

}  // namespace ember
