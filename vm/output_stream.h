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
  // Returns false when the descriptor refused the data (e.g. a closed pipe); the data is
  // dropped and the errno kept for take_error().
  bool flush();
  int fd() const { return fd_; }
  // The errno of the last refused write since the previous call, or 0.
  int take_error() {
    int error = error_;
    error_ = 0;
    return error;
  }

 private:
  int fd_;
  bool line_buffered_;
  int error_ = 0;
  std::string buffer_;
};

}  // namespace ember
