// The parts of the math module (math_module.cpp, math_special.cpp, math_integer.cpp).
#pragma once

namespace ember {

class VM;
struct ModuleObject;

namespace math {

[[noreturn]] void domain_error(VM& vm);  // ValueError "math domain error"
[[noreturn]] void range_error(VM& vm);   // OverflowError "math range error"

// math_special.cpp: gamma, lgamma, fsum, hypot, dist.
void add_special_functions(VM& vm, ModuleObject* m);
// math_integer.cpp: factorial, comb, perm, gcd, lcm, isqrt, prod.
void add_integer_functions(VM& vm, ModuleObject* m);

}  // namespace math
}  // namespace ember
