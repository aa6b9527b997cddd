// int values that do not fit in a small int: heap objects holding a GMP integer.
#pragma once
#include <gmp.h>

#include <cstring>

#include "vm/object.h"

namespace ember {

// Invariant: a BigIntObject of type int never holds a value that fits Value's small-int
// range; every operation normalises its result through VM::make_int, which also records in
// gc_aux the number of limbs charged to the heap (the value never changes afterwards).
// Instances of int subclasses are BigIntObjects whatever their value.
// Values of one limb (|v| < 2^64, the int64 results of arithmetic) keep it inline:
// `value` is then a read-only mpz (mpz_roinit_n) over `inline_limb`, with no GMP allocation
// to make or free.
struct BigIntObject : Object {
  mpz_t value;
  mp_limb_t inline_limb;

  // (The field rather than mpz_limbs_read, which GMP does not inline.)
  bool has_inline_limb() const { return value->_mp_d == &inline_limb; }
};

// Frees a string from mpz_get_str: GMP allocates through the VM's allocator, not malloc.
inline void free_gmp_string(char* s) {
  void (*gmp_free)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &gmp_free);
  gmp_free(s, std::strlen(s) + 1);
}

}  // namespace ember
