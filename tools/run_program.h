// Running a script as the __main__ module, as `python3 script.py` does.
#pragma once
#include <string>

namespace ember {

class VM;

// Compiles and runs `source` as __main__. Prints syntax errors and uncaught exceptions the
// way CPython does and returns the process exit status (0, 1, or the SystemExit code).
int run_main_program(VM& vm, const std::string& source, const std::string& filename);

}  // namespace ember
