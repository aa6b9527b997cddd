// printf-style formatting of numbers for str % args (conversion of one already parsed spec).
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>

#include "builtins/numeric/result.h"

namespace ember::numeric {

struct PercentSpec {
  bool left = false;   // '-'
  bool plus = false;   // '+'
  bool space = false;  // ' '
  bool alt = false;    // '#'
  bool zero = false;   // '0'
  int64_t width = -1;
  int64_t precision = -1;
  char conversion = 'd';  // d i u o x X e E f F g G c
};

// An int argument: d i u o x X c, and e E f F g G via float(v).
Result<std::string> format_percent_int(mpz_srcptr v, const PercentSpec& spec,
                                       int64_t max_str_digits = 4300);
// A float argument: e E f F g G, and d i u via int(v); o x X and c raise TypeError.
Result<std::string> format_percent_float(double v, const PercentSpec& spec);

// Final padding step shared by all conversions (CPython's unicode_format_arg_output). numeric
// marks number conversions (sign handling, '0' fill); s/r/a text is truncated to precision.
std::string percent_output(std::string_view body, const PercentSpec& spec, bool numeric);

}  // namespace ember::numeric
