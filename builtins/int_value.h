// Reading Python ints (small or big) as GMP integers, and the int helpers shared by the
// number types.
#pragma once
#include <gmp.h>

#include "vm/int_object.h"
#include "vm/vm.h"

namespace ember {

// True for int and bool values (and int subclasses).
inline bool is_int_value(VM& vm, Value v) {
  return v.is_small_int() || v.is_bool() ||
         (v.is_object() && v.as_object()->type->has_flag(kTypeIntSubclass));
}

// A read-only mpz view of an int value: borrows a big int's digits, or holds a small one.
class IntView {
 public:
  explicit IntView(Value v) {
    if (v.is_object()) {
      big_ = static_cast<BigIntObject*>(v.as_object())->value;
    } else {
      mpz_init_set_si(small_, v.is_bool() ? (v.as_bool() ? 1 : 0) : v.as_small_int());
      owns_ = true;
    }
  }
  ~IntView() {
    if (owns_) mpz_clear(small_);
  }
  IntView(const IntView&) = delete;
  IntView& operator=(const IntView&) = delete;
  mpz_srcptr get() const { return owns_ ? small_ : big_; }

 private:
  mpz_t small_;
  mpz_srcptr big_ = nullptr;
  bool owns_ = false;
};

// A scratch GMP integer for results.
class MpzTemp {
 public:
  MpzTemp() { mpz_init(v_); }
  ~MpzTemp() { mpz_clear(v_); }
  MpzTemp(const MpzTemp&) = delete;
  MpzTemp& operator=(const MpzTemp&) = delete;
  mpz_ptr get() { return v_; }

 private:
  mpz_t v_;
};

// The int value of a bool/int as int64 when it fits; false otherwise.
inline bool int_as_int64(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (v.is_bool()) {
    *out = v.as_bool() ? 1 : 0;
    return true;
  }
  mpz_srcptr z = static_cast<BigIntObject*>(v.as_object())->value;
  if (!mpz_fits_slong_p(z)) return false;
  *out = mpz_get_si(z);
  return true;
}

// int -> double, OverflowError "int too large to convert to float".
double int_to_double(VM& vm, Value v);

}  // namespace ember
