// int values that do not fit in a small int: heap objects holding a GMP integer.
#pragma once
#include <gmp.h>

#include "vm/object.h"

namespace ember {

// Invariant: a BigIntObject never holds a value that fits Value's small-int range; every
// operation normalises its result through VM::make_int, which also records in gc_aux the
// number of limbs charged to the heap (the value never changes afterwards).
struct BigIntObject : Object {
  mpz_t value;
};

}  // namespace ember
