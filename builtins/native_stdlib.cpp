#include "builtins/native_stdlib.h"

#include "builtins/install.h"

namespace ember {

void install_native_stdlib(VM& vm) {
  install_math_module(vm);
  install_random_module(vm);
  install_hashlib_module(vm);
  install_time_module(vm);
  install_posix_module(vm);
  install_struct_module(vm);
  install_memory_io(vm);
  install_unicodedata_module(vm);
  install_weakref_module(vm);
}

}  // namespace ember
