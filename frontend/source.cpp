#include "frontend/source.h"

#include <algorithm>

namespace ember {

SourceFile::SourceFile(std::string text, std::string filename)
    : text_(std::move(text)), filename_(std::move(filename)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' && i + 1 < text_.size())
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
  }
}

std::string_view SourceFile::line(int lineno) const {
  if (lineno < 1 || lineno > line_count()) return {};
  uint32_t s = line_starts_[lineno - 1];
  uint32_t e = lineno < line_count() ? line_starts_[lineno] : static_cast<uint32_t>(text_.size());
  return std::string_view(text_).substr(s, e - s);
}

int SourceFile::line_of(uint32_t pos) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
  return static_cast<int>(it - line_starts_.begin());
}

int utf8_length(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace ember
