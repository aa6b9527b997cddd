// Internal: correctly rounded decimal digit generation (dtoa modes 0, 2 and 3).
#pragma once

#include <string>

namespace ember::numeric {

struct DecimalDigits {
  std::string
      digits;  // no trailing zeros (except the single "0" of zero); value 0.d1d2.. * 10^decpt
  int decpt = 0;
  bool negative = false;
};

// mode 0: shortest round-trip; mode 2: ndigits significant digits; mode 3: ndigits after the
// point (ndigits >= 0). Ties round half-even on the exact binary value. v must be finite.
// In mode 3 a value that rounds to zero yields empty digits (unless v is zero: "0", decpt 1).
DecimalDigits decimal_digits(double v, int mode, int ndigits);

}  // namespace ember::numeric
