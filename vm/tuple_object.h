// tuple: an immutable array of values, stored inline.
#pragma once
#include <cstdint>

#include "vm/object.h"

namespace ember {

struct TupleObject : Object {
  int64_t size;
  int64_t hash;  // -1 until computed
  Value items[];  // `size` values, allocated inline
};

}  // namespace ember
