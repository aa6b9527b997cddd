// How the VM obtains modules it has not loaded: native modules registered by builtins/, and
// source modules found and compiled by a loader the host installs (the `mojo` CLI installs
// one over the file system; an embedder may install its own or none).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace ember {

class VM;
struct CodeObject;
struct ModuleObject;

// Fills a freshly created native module's namespace.
using NativeModuleInit = void (*)(VM& vm, ModuleObject* module);

struct ModuleSource {
  std::string filename;           // for __file__ and tracebacks
  std::string package_directory;  // non-empty for a package (its __init__ file): __path__
  std::string_view text;          // the source when it is built in (else read `filename`)
};

// A standard-library module whose Python source is compiled into the binary.
struct EmbeddedSource {
  const char* path;  // relative to lib/
  bool package;
  std::string_view text;
};

class ModuleLoader {
 public:
  virtual ~ModuleLoader() = default;
  // Looks for module `name` (one component, no dots) in `directories`, in order.
  virtual bool find(VM& vm, std::string_view name, const std::vector<std::string>& directories,
                    ModuleSource* found) = 0;
  // Compiles a found module; raises SyntaxError (a PythonException) when it does not compile.
  virtual CodeObject* compile(VM& vm, const ModuleSource& source) = 0;
  // compile()/exec()/eval() of source text: module-level names go through the frame's
  // locals mapping; `expression` selects eval mode. Raises SyntaxError.
  virtual CodeObject* compile_text(VM& vm, std::string_view text, const std::string& filename,
                                   bool expression) = 0;
};

}  // namespace ember
