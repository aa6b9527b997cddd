// Unicode character names as CPython 3.11 knows them (Unicode 14.0.0): the names of
// unicodedata.name(), name aliases and named sequences.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ember::unicode_names {

// The code point "\N{name}" stands for: a character name or a name alias, with letters
// in either case (except in the names of CJK unified ideographs and Hangul syllables,
// which CPython reads case-sensitively); -1 if there is none.
int32_t code_point(std::string_view name);

// What unicodedata.lookup(name) returns: as code_point(), but named sequences are
// found too; empty if the name is unknown.
std::u32string lookup(std::string_view name);

// unicodedata.name(chr(cp)): the character's name, or "" if it has none.
std::string name(char32_t cp);

}  // namespace ember::unicode_names
