// Source text with a line table.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/syntax_error.h"

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
  // Set when the file goes on past `text` but CPython cannot read its next line
  // (see read_script): the error the tokenizer raises on reaching the end of `text`.
  const std::optional<SyntaxErrorInfo>& read_error() const { return read_error_; }
  void set_read_error(SyntaxErrorInfo error) { read_error_ = std::move(error); }

 private:
  std::string text_;
  std::string filename_;
  std::vector<uint32_t> line_starts_;
  std::optional<SyntaxErrorInfo> read_error_;
};

// Reads the bytes of a script file as CPython 3.11 does: returns true with the
// UTF-8 text in `text` (universal newlines; a UTF-8 BOM is kept), or false with
// the lines before the first one CPython cannot read in `text` and the
// SyntaxError it raises there in `error` (a message, no location).
bool read_script(std::string_view bytes, std::string_view filename, std::string& text,
                 SyntaxErrorInfo& error);

// Number of code points in the UTF-8 text `s` (invalid bytes count one each).
int utf8_length(std::string_view s);

}  // namespace ember
