// format(z, spec) for Python complex numbers.
#pragma once

#include <string>
#include <string_view>

#include "builtins/numeric/complex_ops.h"
#include "builtins/numeric/result.h"

namespace ember::numeric {

// Types e E f F g G n and none (like str(z) without precision); no '0' padding, no '='.
Result<std::string> format_complex(Complex z, std::string_view spec,
                                   std::string_view type_name = "complex");

}  // namespace ember::numeric
