// Minimal RAII owner of a GMP integer, used as the value type of int results.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <utility>

namespace ember::numeric {

class Mpz {
 public:
  Mpz() { mpz_init(v_); }
  explicit Mpz(int64_t x) {
    mpz_init(v_);
    set_i64(x);
  }
  explicit Mpz(int x) : Mpz(static_cast<int64_t>(x)) {}  // Mpz(0) is not a null mpz_srcptr
  explicit Mpz(mpz_srcptr x) { mpz_init_set(v_, x); }
  Mpz(const Mpz& o) { mpz_init_set(v_, o.v_); }
  Mpz(Mpz&& o) noexcept {
    mpz_init(v_);
    mpz_swap(v_, o.v_);
  }
  Mpz& operator=(const Mpz& o) {
    if (this != &o) mpz_set(v_, o.v_);
    return *this;
  }
  Mpz& operator=(Mpz&& o) noexcept {
    mpz_swap(v_, o.v_);
    return *this;
  }
  ~Mpz() { mpz_clear(v_); }

  // Parses base-10 (or another base) digits; only for trusted text such as tests.
  static Mpz from_string(const std::string& digits, int base = 10) {
    Mpz r;
    mpz_set_str(r.v_, digits.c_str(), base);
    return r;
  }

  void set_i64(int64_t x) {
    if (x >= 0) {
      mpz_set_ui(v_, static_cast<unsigned long>(x));
    } else {
      mpz_set_ui(v_, static_cast<unsigned long>(-(x + 1)) + 1UL);
      mpz_neg(v_, v_);
    }
  }
  bool fits_i64() const {
    return mpz_fits_slong_p(v_) != 0;  // long is 64-bit on the supported LP64 targets
  }
  int64_t get_i64() const { return mpz_get_si(v_); }
  std::string to_string(int base = 10) const {
    std::string s(mpz_sizeinbase(v_, base) + 2, '\0');
    mpz_get_str(s.data(), base, v_);
    s.resize(std::char_traits<char>::length(s.c_str()));
    return s;
  }
  int sign() const { return mpz_sgn(v_); }

  mpz_ptr get() { return v_; }
  mpz_srcptr get() const { return v_; }
  operator mpz_srcptr() const { return v_; }  // NOLINT implicit

  friend bool operator==(const Mpz& a, const Mpz& b) { return mpz_cmp(a.v_, b.v_) == 0; }

 private:
  mpz_t v_;
};

static_assert(sizeof(long) == 8, "ember::numeric assumes LP64");

}  // namespace ember::numeric
