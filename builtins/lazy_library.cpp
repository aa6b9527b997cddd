#include "builtins/lazy_library.h"

#include <dlfcn.h>

#include <string>

#include "vm/vm.h"

namespace ember {

void* LazyLibrary::symbol(VM& vm, const char* name) {
  if (!handle_) {
    handle_ = dlopen(file_, RTLD_NOW | RTLD_LOCAL);
    if (!handle_) {
      vm.raise(vm.types.ImportError, std::string("cannot load ") + file_ + ": " + dlerror());
    }
  }
  void* address = dlsym(handle_, name);
  if (!address) vm.raise(vm.types.ImportError, std::string("cannot find ") + name + " in " + file_);
  return address;
}

}  // namespace ember
