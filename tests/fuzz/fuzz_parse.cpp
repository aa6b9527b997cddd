// libFuzzer target: the lexer and parser on arbitrary bytes, read both as Python and as static
// Mojo. Every input must end in a module or a SyntaxError, never a crash, a hang or a
// sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "frontend/parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"<fuzz>", "<fuzz>.mojo"}) {
    ember::ParseResult parsed = ember::parse_module(source, name);
    if (parsed.has_error_) (void)parsed.formatted_error();
  }
  return 0;
}
