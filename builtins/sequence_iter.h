// Iterator objects over lists, tuples and ranges (shared layout).
#pragma once
#include <cstdint>

#include "vm/iterator_objects.h"

namespace ember {

void trace_seq_iter(Object* self, Marker& marker);
Value new_seq_iter(VM& vm, Type* type, Value seq, int64_t index);

}  // namespace ember
