// A Mojo fn that hits a fatal condition (integer division by zero, a float that does not
// fit an Int) stops the whole program: fn code does not raise unless marked `raises`, so no
// Python handler may catch it. It travels as this C++ exception to the program's driver:
// the mojo command prints `message` and exits with status 1; the embedding API returns
// EMBER_ERROR_ABORT with `message`, and the VM stays usable.
#pragma once
#include <string>

namespace ember {

struct ProgramAbort {
  std::string message;  // "FILE:LINE:COL: runtime error: WHAT"
};

// How Mojo diagnostics and stops name a source file: relative to the current directory
// when the file lies below it (as compilers print the path they were given), else as is.
std::string display_path(const std::string& path);

}  // namespace ember
