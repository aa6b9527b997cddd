// The standard-library modules written in C++, each registered in vm.native_modules (created
// on first import), plus the additions to modules that exist from the start (io.StringIO).
#pragma once

namespace ember {

class VM;

void install_math_module(VM& vm);     // math_module.cpp, math_special.cpp, math_integer.cpp
void install_random_module(VM& vm);   // random_module.cpp: _random, behind lib/random.py
void install_hashlib_module(VM& vm);  // hashlib_module.cpp
void install_time_module(VM& vm);     // time_module.cpp
void install_posix_module(VM& vm);    // posix_module.cpp: posix, behind lib/os.py
void install_struct_module(VM& vm);   // struct_module.cpp: _struct, behind lib/struct.py
void install_memory_io(VM& vm);       // memory_io.cpp: io.StringIO, io.BytesIO (after install_io)
void install_unicodedata_module(VM& vm);  // unicodedata_module.cpp
void install_weakref_module(VM& vm);      // weakref_module.cpp: _weakref, behind lib/weakref.py

}  // namespace ember
