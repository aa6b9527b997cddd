// The module loader of the CLI and of embedded VMs: modules are source files (.mojo, .🔥,
// .py) or package directories with an __init__ file, found in the directories of sys.path
// when the VM has the import-files capability; it also compiles the built-in library and
// the text given to compile()/exec()/eval().
#pragma once
#include "vm/module_loader.h"

namespace ember {

class FileModuleLoader : public ModuleLoader {
 public:
  bool find(VM& vm, std::string_view name, const std::vector<std::string>& directories,
            ModuleSource* found) override;
  CodeObject* compile(VM& vm, const ModuleSource& source) override;
  CodeObject* compile_text(VM& vm, std::string_view text, const std::string& filename,
                           bool expression) override;
};

}  // namespace ember
