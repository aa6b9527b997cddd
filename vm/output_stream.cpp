#include "vm/output_stream.h"

#include <unistd.h>

#include <cerrno>

namespace ember {

namespace {
constexpr size_t kBufferLimit = 64 * 1024;
}

void OutputStream::write(std::string_view text) {
  buffer_.append(text);
  if (buffer_.size() >= kBufferLimit ||
      (line_buffered_ && text.find('\n') != std::string_view::npos)) {
    flush();
  }
}

bool OutputStream::flush() {
  if (sink_.write) {
    if (!buffer_.empty()) sink_.write(sink_.context, buffer_);
    buffer_.clear();
    return true;
  }
  bool ok = true;
  size_t done = 0;
  while (done < buffer_.size()) {
    ssize_t n = ::write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
      ok = false;
      break;
    }
    done += static_cast<size_t>(n);
  }
  buffer_.clear();
  return ok;
}

}  // namespace ember
