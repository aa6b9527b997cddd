// Buffered output to a file descriptor (the VM's stdout and stderr).
#pragma once
#include <string>
#include <string_view>

namespace ember {

class OutputStream {
 public:
  // `line_buffered`: flush at every newline (a terminal, or stderr).
  OutputStream(int fd, bool line_buffered) : fd_(fd), line_buffered_(line_buffered) {}
  ~OutputStream() { flush(); }
  OutputStream(const OutputStream&) = delete;
  OutputStream& operator=(const OutputStream&) = delete;

  void write(std::string_view text);
  // Returns false when the descriptor refused the data (e.g. a closed pipe).
  bool flush();
  int fd() const { return fd_; }
  bool failed() const { return failed_; }

 private:
  int fd_;
  bool line_buffered_;
  bool failed_ = false;
  std::string buffer_;
};

}  // namespace ember
