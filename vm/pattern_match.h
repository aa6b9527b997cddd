// The runtime half of `match` statements (see the Match* opcodes).
#pragma once
#include "vm/object.h"

namespace ember {

struct DictObject;

bool match_sequence(VM& vm, Value subject);
bool match_mapping(VM& vm, Value subject);
// Tuple of subject[k] for each key in `keys` (a tuple), or None if one is missing.
Value match_keys(VM& vm, Value subject, Value keys);
// Tuple of matched attributes, or None; see MatchClass in opcodes.h.
Value match_class(VM& vm, Value subject, Value cls, int positional, Value keyword_names);
Value copy_dict_without_keys(VM& vm, Value mapping, Value keys);

}  // namespace ember
