// Running a script as the __main__ module, as `python3 script.py` does.
#pragma once
#include <string>

namespace ember {

class VM;

// run_main_program's status when the program ended with an uncaught KeyboardInterrupt: the
// caller then ends the process by SIGINT, as CPython does.
constexpr int kExitKeyboardInterrupt = -2;

// Compiles and runs `source` as __main__. Prints syntax errors and uncaught exceptions the
// way CPython does and returns the process exit status (0, 1, the SystemExit code or
// kExitKeyboardInterrupt).
int run_main_program(VM& vm, const std::string& source, const std::string& filename);

}  // namespace ember
