// Bulk operations on collections that the bytecode performs directly: extending lists,
// merging dicts, unpacking iterables into registers.
#pragma once
#include <cstdint>
#include <string>

#include "vm/object.h"

namespace ember {

struct DictObject;
struct ListObject;

// list.extend(iterable).
void list_extend(VM& vm, ListObject* list, Value iterable);
// The same for `f(*iterable)`: a non-iterable is a TypeError naming the callee.
void list_extend_call_arguments(VM& vm, ListObject* list, Value iterable, Value callee);
// How CPython names a callable in call errors: "f()", "__main__.f()", "int object".
std::string callable_description(VM& vm, Value callee);
// dict.update(mapping) for `{**m}`; when `callee` is defined (a call's `**m`), `m` must be a
// mapping with str keys and duplicates are TypeErrors naming the callee.
void dict_update_from(VM& vm, DictObject* dict, Value mapping, Value callee);
// Unpacks exactly `count` values of `iterable` into `out`.
void unpack_exact(VM& vm, Value iterable, Value* out, int64_t count);
// Unpacks `before` values, a list of the rest, then `after` values into `out`.
void unpack_starred(VM& vm, Value iterable, Value* out, int64_t before, int64_t after);

}  // namespace ember
