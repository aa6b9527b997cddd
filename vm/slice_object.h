// slice objects and the index arithmetic shared by every sequence type.
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace ember {

struct SliceObject : Object {
  Value start;
  Value stop;
  Value step;
};

// Resolves a slice against a sequence of `length` items, as CPython's
// PySlice_GetIndicesEx: fills start/stop/step and returns the number of items selected.
// Raises ValueError "slice step cannot be zero" and TypeError for non-integer bounds.
int64_t slice_indices(VM& vm, SliceObject* slice, int64_t length, int64_t* start, int64_t* stop,
                      int64_t* step);

}  // namespace ember
