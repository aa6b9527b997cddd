// format(n, spec) for Python ints.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "builtins/numeric/result.h"

namespace ember::numeric {

// format(n, spec): types b c d o x X n, e E f F g G % (via float(n)) and none (= 'd').
// An empty spec gives str(n). max_str_digits is CPython's int/str limit (0 = no limit).
Result<std::string> format_int(mpz_srcptr n, std::string_view spec,
                               std::string_view type_name = "int", int64_t max_str_digits = 4300);

}  // namespace ember::numeric
