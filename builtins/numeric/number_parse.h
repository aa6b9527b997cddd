// Text to number conversions: int(s, base), int literals, float(s), plus a str repr for messages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "builtins/numeric/mpz.h"
#include "builtins/numeric/result.h"

namespace ember::numeric {

// int(s, base) for a str s (UTF-8). base 0 or 2..36. max_str_digits: CPython's limit for
// non-power-of-two bases (0 = unlimited).
Result<Mpz> parse_int(std::string_view s, int base = 10, int64_t max_str_digits = 4300);

// int(s) for the common text: an optional sign and 1 to 18 decimal digits, nothing else.
// True with the value; false for anything else (parse_int then decides).
bool parse_plain_decimal(std::string_view s, int64_t* out);

// Value of an int literal already validated by the lexer ("0x_ff", "1_000", "0o17", "00").
Result<Mpz> parse_int_literal(std::string_view text, int64_t max_str_digits = 4300);

// float(s) for a str s (UTF-8): whitespace, underscores between digits, inf/infinity/nan.
Result<double> parse_float(std::string_view s);

// Value of a float literal already validated by the lexer ("1_0.5e-3", "1.", ".5").
double parse_float_literal(std::string_view text);

// repr() of a str (UTF-8), as used in CPython's error messages.
std::string str_repr(std::string_view s);

}  // namespace ember::numeric
