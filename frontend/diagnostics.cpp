#include "frontend/diagnostics.h"

#include "frontend/source.h"
#include "vm/program_abort.h"

namespace ember {

namespace {

// Columns count code points, as editors show them.
int code_points(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string format_diagnostics(const std::vector<Diagnostic>& diagnostics,
                               const SourceFile& source) {
  std::string out;
  std::string path = display_path(source.filename());
  for (const Diagnostic& d : diagnostics) {
    std::string_view line = source.line(d.line);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
    size_t col =
        static_cast<size_t>(d.col) < line.size() ? static_cast<size_t>(d.col) : line.size();
    int column = code_points(line.substr(0, col)) + 1;
    out += path + ":" + std::to_string(d.line) + ":" + std::to_string(column) +
           ": error: " + d.message + "\n";
    out += line;
    out += "\n";
    // Tabs stay tabs so the caret lines up under the same characters.
    for (size_t i = 0; i < col; ++i) {
      if (line[i] == '\t') {
        out += '\t';
      } else if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) {
        out += ' ';
      }
    }
    out += "^\n";
  }
  return out;
}

}  // namespace ember
