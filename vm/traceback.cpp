#include "vm/traceback.h"

#include <fstream>
#include <sstream>
#include <unordered_set>

#include "vm/code_object.h"
#include "vm/exception_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

// Line `line` (1-based) of the file's source, without indentation and newline.
std::string source_line(VM& vm, const std::string& filename, int line) {
  const std::string* text = vm.source_text(filename);
  std::string loaded;
  if (!text) {
    if (filename.empty() || filename[0] == '<') return {};
    std::ifstream in(filename, std::ios::binary);
    if (!in) return {};
    std::stringstream buffer;
    buffer << in.rdbuf();
    loaded = buffer.str();
    text = &loaded;
  }
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    start = text->find('\n', start);
    if (start == std::string::npos) return {};
    ++start;
  }
  size_t end = text->find('\n', start);
  std::string result =
      text->substr(start, end == std::string::npos ? std::string::npos : end - start);
  size_t first = result.find_first_not_of(" \t\f\r");
  if (first == std::string::npos) return {};
  size_t last = result.find_last_not_of(" \t\f\r");
  return result.substr(first, last - first + 1);
}

void format_traceback(VM& vm, Value tb_value, std::string& out) {
  if (!tb_value.is_object()) return;
  out += "Traceback (most recent call last):\n";
  for (Value v = tb_value; v.is_object();) {
    auto* tb = static_cast<TracebackObject*>(v.as_object());
    auto* code = static_cast<CodeObject*>(tb->code.as_object());
    int line = tb->pc < code->locations.size() ? code->locations[tb->pc].line : 0;
    std::string filename(code->filename ? code->filename->view() : "<unknown>");
    out += "  File \"" + filename + "\", line " + std::to_string(line) + ", in ";
    out += code->name ? code->name->view() : "<module>";
    out += "\n";
    std::string text = source_line(vm, filename, line);
    if (!text.empty()) out += "    " + text + "\n";
    v = tb->next;
  }
}

std::string qualified_type_name(VM& vm, Type* type) {
  std::string name;
  if (type->module && type->module->view() != "builtins") {
    name = type->module->view();
    name += ".";
  }
  name += type->qualname ? type->qualname->view() : type->name->view();
  return name;
}

void format_chain(VM& vm, Value exception, std::string& out, std::unordered_set<Object*>& seen) {
  seen.insert(exception.as_object());
  auto* e = static_cast<ExceptionObject*>(exception.as_object());
  if (e->cause.is_object() && !seen.count(e->cause.as_object())) {
    format_chain(vm, e->cause, out, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && e->context.is_object() &&
             !seen.count(e->context.as_object())) {
    format_chain(vm, e->context, out, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_traceback(vm, e->traceback, out);
  out += format_exception_only(vm, exception);
  out += "\n";
}

}  // namespace

std::string format_exception_only(VM& vm, Value exception) {
  std::string out = qualified_type_name(vm, vm.type_of(exception));
  std::string message;
  try {
    message = str(vm, exception)->view();
  } catch (const PythonException&) {
    vm.clear_raised();
    message = "<exception str() failed>";
  }
  if (!message.empty()) out += ": " + message;
  return out;
}

std::string format_exception(VM& vm, Value exception) {
  std::string out;
  std::unordered_set<Object*> seen;
  format_chain(vm, exception, out, seen);
  return out;
}

}  // namespace ember
