// Shared between dict_type.cpp and dict_views.cpp.
#pragma once
#include <cstdint>

#include "vm/dict_object.h"
#include "vm/object.h"

namespace ember {

// dict_keys, dict_values, dict_items.
struct DictViewObject : Object {
  DictObject* dict;
};

// Forward and reverse iterators over keys, values or items (the type says which).
struct DictIterObject : Object {
  DictObject* dict;  // null once exhausted
  int64_t pos;       // next entry to look at
  int64_t expected;  // dict->size when created
  int64_t remaining;
};

enum class DictPart { Keys, Values, Items };

inline DictObject* as_dict(Value v) {
  return static_cast<DictObject*>(v.as_object());
}
bool is_dict(VM& vm, Value v);

Value new_dict_iter(VM& vm, DictObject* dict, DictPart part, bool reverse);
Value new_dict_view(VM& vm, DictObject* dict, DictPart part);
// dict.update(arg): a dict, a mapping with keys(), or an iterable of pairs.
void dict_update_arg(VM& vm, DictObject* dict, Value arg);
[[noreturn]] void raise_key_error(VM& vm, Value key);

void install_dict_views(VM& vm);

}  // namespace ember
