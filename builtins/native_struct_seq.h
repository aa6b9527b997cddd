// Struct sequences (time.struct_time, os.stat_result, ...): tuples of their first fields
// with every field also readable by name, and further fields that only have a name
// (struct_time.tm_zone, stat_result.st_mtime_ns).
#pragma once
#include <initializer_list>
#include <string_view>

#include "vm/object.h"

namespace ember {

class VM;
struct ModuleObject;

namespace native {

// A struct-sequence class `module.name` whose first `visible` fields form the tuple. The
// last `unnamed` visible fields are shown under a name in the repr but read by that name
// from a later field (stat_result's integer st_mtime in the tuple, the float one by name).
Type* new_struct_seq_type(VM& vm, ModuleObject* module, std::string_view name,
                          std::initializer_list<const char*> fields, int visible, int unnamed = 0);

// An instance holding values[0..count); fields past `count` are None.
Value new_struct_seq(VM& vm, Type* type, const Value* values, int count);

// The value of field `index` (visible or not) of a struct sequence of `type`.
Value struct_seq_field(Value seq, int index);

}  // namespace native
}  // namespace ember
