// Linked into str_tests only while the builtins library does not exist yet: the one
// function the str/bytes sources need from another area (slice_type.cpp), reduced to the
// arithmetic of PySlice_GetIndicesEx for small-int bounds.
#include "vm/slice_object.h"
#include "vm/vm.h"

namespace ember {

int64_t slice_indices(VM& vm, SliceObject* slice, int64_t length, int64_t* start, int64_t* stop,
                      int64_t* step) {
  int64_t st = slice->step.is_none() ? 1 : slice->step.as_small_int();
  if (st == 0) vm.raise(vm.types.ValueError, "slice step cannot be zero");
  int64_t lower = st < 0 ? -1 : 0;
  int64_t upper = st < 0 ? length - 1 : length;
  auto clamp = [&](Value v, int64_t dflt) {
    if (v.is_none()) return dflt;
    int64_t i = v.as_small_int();
    if (i < 0) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) {
      i = upper;
    }
    return i;
  };
  *start = clamp(slice->start, st < 0 ? upper : lower);
  *stop = clamp(slice->stop, st < 0 ? lower : upper);
  *step = st;
  if (st < 0) return *stop < *start ? (*start - *stop - 1) / (-st) + 1 : 0;
  return *start < *stop ? (*stop - *start - 1) / st + 1 : 0;
}

}  // namespace ember
