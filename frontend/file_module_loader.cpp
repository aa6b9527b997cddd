#include "frontend/file_module_loader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontend/compiler.h"
#include "vm/output_stream.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

// In order of preference when several exist.
const char* const kExtensions[] = {".mojo", ".\xF0\x9F\x94\xA5", ".py"};

bool is_file(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_regular_file(p, ec);
}

std::string absolute_text(const std::filesystem::path& p) {
  std::error_code ec;
  std::filesystem::path a = std::filesystem::absolute(p, ec);
  return (ec ? p : a).lexically_normal().string();
}

// SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)), as CPython
// raises it for a module that does not compile.
[[noreturn]] void raise_syntax_error(VM& vm, const SyntaxErrorInfo& info,
                                     const std::string& filename) {
  Type* type = vm.types.SyntaxError;
  if (info.kind == SyntaxErrorKind::IndentationError) type = vm.types.IndentationError;
  if (info.kind == SyntaxErrorKind::TabError) type = vm.types.TabError;
  auto text = [&](const std::string& s) { return Value::from_object(vm.new_str(s)); };
  auto number = [&](int n) { return n > 0 ? Value::from_small_int(n) : Value::none(); };
  RootScope roots(vm);
  Value message = text(info.message);
  roots.add(message);
  Value details =
      Value::from_object(vm.new_tuple({text(filename), number(info.lineno), number(info.offset),
                                       info.text.empty() ? Value::none() : text(info.text),
                                       number(info.end_lineno), number(info.end_offset)}));
  roots.add(details);
  vm.raise(vm.call(Value::from_object(type), {message, details}));
}

}  // namespace

bool FileModuleLoader::find(VM& vm, std::string_view name,
                            const std::vector<std::string>& directories, ModuleSource* found) {
  if (!vm.has_capability(Capability::ImportFiles)) return false;
  for (const std::string& dir : directories) {
    std::filesystem::path base = std::filesystem::path(dir) / std::string(name);
    for (const char* ext : kExtensions) {
      std::filesystem::path init = base / (std::string("__init__") + ext);
      if (is_file(init)) {
        found->filename = absolute_text(init);
        found->package_directory = absolute_text(base);
        return true;
      }
    }
    for (const char* ext : kExtensions) {
      std::filesystem::path file = base;
      file += ext;
      if (is_file(file)) {
        found->filename = absolute_text(file);
        found->package_directory.clear();
        return true;
      }
    }
  }
  return false;
}

CodeObject* FileModuleLoader::compile(VM& vm, const ModuleSource& source) {
  std::string text(source.text);
  if (text.empty()) {
    std::ifstream in(source.filename, std::ios::binary);
    if (!in) vm.raise(vm.types.ImportError, "cannot read module file " + source.filename);
    std::stringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
  }
  vm.remember_source(source.filename, text);
  CompileOutput compiled = compile_source(vm, text, source.filename);
  if (compiled.error) raise_syntax_error(vm, *compiled.error, source.filename);
  for (const CompileWarning& warning : compiled.warnings) {
    vm.err().write(format_compile_warning(warning, source.filename));
  }
  return compiled.code;
}

CodeObject* FileModuleLoader::compile_text(VM& vm, std::string_view text,
                                           const std::string& filename, bool expression) {
  CompileOutput compiled = compile_for_exec(vm, text, filename, expression);
  if (compiled.error) raise_syntax_error(vm, *compiled.error, filename);
  return compiled.code;
}

}  // namespace ember
