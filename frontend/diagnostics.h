// Compile-time diagnostics of Mojo's static half, printed as DESIGN.md asks:
// `file.mojo:LINE:COL: error: message`, the source line, a caret under the column.
#pragma once
#include <string>
#include <vector>

namespace ember {

class SourceFile;

struct Diagnostic {
  int line = 0;  // 1-based
  int col = 0;   // 0-based UTF-8 byte offset in the line
  std::string message;
};

// All diagnostics, in order, each with its source line and caret.
std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics,
                               const SourceFile& source);

}  // namespace ember
