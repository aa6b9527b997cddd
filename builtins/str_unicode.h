// Unicode character properties and case mappings with CPython 3.11's definitions, on top of
// utf8proc (categories, simple case mappings) plus the few tables utf8proc lacks.
#pragma once
#include <cstdint>
#include <string>

namespace ember {

bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_isalnum(uint32_t cp);
bool uni_isspace(uint32_t cp);
bool uni_isprintable(uint32_t cp);
bool uni_islower(uint32_t cp);
bool uni_isupper(uint32_t cp);
bool uni_istitlecase(uint32_t cp);  // category Lt
bool uni_iscased(uint32_t cp);
bool uni_iscase_ignorable(uint32_t cp);
bool uni_isxid_start(uint32_t cp);
bool uni_isxid_continue(uint32_t cp);
// Line boundaries of str.splitlines: \n \r \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
bool uni_islinebreak(uint32_t cp);
// Value of a decimal digit (category Nd), or -1.
int uni_decimal_value(uint32_t cp);

// Full case mappings, appended as UTF-8.
void uni_append_upper(uint32_t cp, std::string& out);
void uni_append_lower(uint32_t cp, std::string& out);
void uni_append_title(uint32_t cp, std::string& out);
void uni_append_casefold(uint32_t cp, std::string& out);

}  // namespace ember
