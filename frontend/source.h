// Source text with a line table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ember {

class SourceFile {
 public:
  SourceFile(std::string text, std::string filename);

  const std::string& text() const { return text_; }
  const std::string& filename() const { return filename_; }
  // Number of lines (a final line without newline counts).
  int line_count() const { return static_cast<int>(line_starts_.size()); }
  // Byte offset of the start of 1-based line `lineno`.
  uint32_t line_start(int lineno) const { return line_starts_[lineno - 1]; }
  // Text of 1-based line `lineno`, including its trailing newline if any.
  std::string_view line(int lineno) const;
  // 1-based line containing byte offset `pos`.
  int line_of(uint32_t pos) const;

 private:
  std::string text_;
  std::string filename_;
  std::vector<uint32_t> line_starts_;
};

// Number of code points in the UTF-8 text `s` (invalid bytes count one each).
int utf8_length(std::string_view s);

}  // namespace ember
