// Shared libraries opened on first use instead of linked: libcrypto (hashlib) and ICU
// (unicodedata), which few programs need. Linked, the loader maps and relocates them in every
// process: together they added about 2.3 MiB to the peak memory of every program, an empty one
// included (measured with a C program that does nothing, with and without them).
#pragma once

namespace ember {

class VM;

class LazyLibrary {
 public:
  // `file`: the library's file name, found on the loader's search path.
  explicit constexpr LazyLibrary(const char* file) : file_(file) {}

  // The address of the function `name`, opening the library the first time; ImportError when
  // the library or the function is missing.
  void* symbol(VM& vm, const char* name);

  // symbol() as the function pointer type `F`.
  template <class F>
  F function(VM& vm, const char* name) {
    return reinterpret_cast<F>(symbol(vm, name));
  }

 private:
  const char* file_;
  void* handle_ = nullptr;
};

}  // namespace ember
