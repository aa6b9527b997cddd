// Buffered output to a file descriptor or to a host's callback (the VM's stdout and stderr).
#pragma once
#include <string>
#include <string_view>

namespace ember {

// Where an embedding host receives output instead of a file descriptor.
struct OutputSink {
  void (*write)(void* context, std::string_view text) = nullptr;
  void* context = nullptr;
};

class OutputStream {
 public:
  // `line_buffered`: flush at every newline (a terminal, or stderr). With a sink, flushed
  // text goes to the sink and `fd` only identifies the stream.
  OutputStream(int fd, bool line_buffered, OutputSink sink = {})
      : fd_(fd), line_buffered_(line_buffered), sink_(sink) {}
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
  OutputSink sink_;
  int error_ = 0;
  std::string buffer_;
};

}  // namespace ember
