// Iterator objects over lists, tuples and ranges (shared layout).
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace ember {

// list_iterator, list_reverseiterator, tuple_iterator: `seq` becomes undefined once the
// iterator is exhausted, so it stays exhausted.
struct SeqIterObject : Object {
  Value seq;
  int64_t index;
};

void trace_seq_iter(Object* self, Marker& marker);
Value new_seq_iter(VM& vm, Type* type, Value seq, int64_t index);

}  // namespace ember
