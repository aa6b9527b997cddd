// Conversion of doubles to text exactly as CPython's PyOS_double_to_string, repr(float).
#pragma once

#include <string>

namespace ember::numeric {

enum DoubleToStringFlags : unsigned {
  kDtsfSign = 1,     // always emit a sign ('+' for non-negative values)
  kDtsfAddDot0 = 2,  // append ".0" to integral results without an exponent
  kDtsfAlt = 4,      // alternate form: keep trailing zeros / decimal point
  kDtsfNoNeg0 = 8,   // 'z': a negative result that rounds to zero prints as zero
};

// format_code is one of e E f F g G r ('r' = repr: shortest digits, precision must be 0).
// Infinities and NaNs print as inf/nan (INF/NAN for upper-case codes); NaN never has a sign.
std::string double_to_string(double v, char format_code, int precision, unsigned flags);

// repr(x) and str(x) for a Python float.
std::string float_repr(double x);

}  // namespace ember::numeric
