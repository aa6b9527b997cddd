// format(x, spec) for Python floats.
#pragma once

#include <string>
#include <string_view>

#include "builtins/numeric/format_spec.h"
#include "builtins/numeric/result.h"

namespace ember::numeric {

// format(x, spec): types e E f F g G n % and none; empty spec gives repr(x).
Result<std::string> format_float(double x, std::string_view spec,
                                 std::string_view type_name = "float");

// Applies an already parsed spec (used for ints formatted with float types as well).
Result<std::string> format_float_parsed(double x, const FormatSpec& spec,
                                        std::string_view type_name = "float");

}  // namespace ember::numeric
