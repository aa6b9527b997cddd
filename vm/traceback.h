// Printing uncaught exceptions the way CPython 3.11 does.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vm/object.h"

namespace ember {

class VM;

// The full report for an uncaught exception: chained exceptions first, each with its
// "Traceback (most recent call last):" block, then "Type: message".
std::string format_exception(VM& vm, Value exception);
// The lines after the traceback: "TypeError: unsupported operand type(s) ...", with CPython's
// "Did you mean" suggestion for NameError and AttributeError; for a SyntaxError carrying a
// location, the "  File ..., line N" block, the text and its caret line come first. Notes
// (__notes__) are not included.
std::string format_exception_only(VM& vm, Value exception);
// For an exception raised where nothing can catch it (a __del__ method, a weak-reference
// callback): takes it from VM::raised() and writes "Exception ignored in: <culprit>" and the
// report to stderr, as CPython does.
void report_unraisable(VM& vm, Value culprit);

// Where each frame a traceback passed through was, oldest first (the traceback module's
// extract_tb).
struct TracebackEntry {
  std::string filename;
  std::string name;  // the code's name: function, "<module>", ...
  int line = 0;
  std::string text;  // as a traceback prints it: the File line, source line and carets
};
std::vector<TracebackEntry> traceback_entries(VM& vm, Value traceback);

// CPython's exit status for an uncaught SystemExit: None -> 0, an int -> that status (mod
// 256), anything else is printed to stderr and gives 1.
int system_exit_status(VM& vm, Value exception);

// The line CPython 3.11 prints under a traceback's source line to mark the failing
// expression: `line` is the whole source line (no newline), [col, end_col) the expression's
// UTF-8 byte range in it (end_col ignored when `multiline`). Returns "" when nothing is
// printed, else the caret line with its indentation and newline ("    ~~^~~\n").
std::string error_location_carets(std::string_view line, int col, int end_col, bool multiline);

// Line `line` (1-based) of a file's source, without its line break: the text the VM
// remembers for that filename, else the file read from disk; nullopt when unknown.
std::optional<std::string> source_line(VM& vm, const std::string& filename, int line);

}  // namespace ember
