// Which half of the language a fuzz input is compiled as. Static Mojo (fn, struct, trait,
// var, alias) is only parsed in files named .mojo, so inputs that use its keywords get a
// .mojo name and reach the type checker and the typed code generator; the rest stay Python,
// where `fn` and `var` are ordinary names.
#pragma once

#include <string_view>

namespace ember::fuzz {

inline const char* source_name_for(std::string_view source) {
  for (std::string_view keyword : {"fn ", "struct ", "trait ", "var ", "alias ", "comptime "}) {
    if (source.find(keyword) != std::string_view::npos) return "<fuzz>.mojo";
  }
  return "<fuzz>";
}

}  // namespace ember::fuzz
