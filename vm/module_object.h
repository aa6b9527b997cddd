// Modules: a namespace with a dict.
#pragma once
#include "vm/object.h"

namespace ember {

struct DictObject;

struct ModuleObject : Object {
  DictObject* dict;
  StrObject* name;
};

}  // namespace ember
