// Installs the behaviour of the built-in types, functions and modules into a VM.
#pragma once

namespace ember {

class VM;

// Everything below, in dependency order. Call once, right after constructing the VM.
void install_builtins(VM& vm);

// One function per area, each defined in the file that implements the area.
void install_object_and_type(VM& vm);       // object_type.cpp, type_type.cpp
void install_singletons(VM& vm);            // none_type.cpp: None, NotImplemented, Ellipsis
void install_int_type(VM& vm);              // int_type.cpp (and bool)
void install_float_type(VM& vm);            // float_type.cpp
void install_complex_type(VM& vm);          // complex_type.cpp
void install_str_type(VM& vm);              // str_type.cpp and friends
void install_bytes_types(VM& vm);           // bytes_type.cpp, bytearray_type.cpp
void install_tuple_type(VM& vm);            // tuple_type.cpp
void install_list_type(VM& vm);             // list_type.cpp
void install_dict_type(VM& vm);             // dict_type.cpp (+ views)
void install_dict_classmethods(VM& vm);     // dict_type.cpp: fromkeys, once classmethod exists
void install_float_classmethods(VM& vm);    // float_type.cpp: fromhex, likewise
void install_set_types(VM& vm);             // set_type.cpp (set, frozenset)
void install_range_and_slice(VM& vm);       // range_type.cpp, slice_type.cpp
void install_function_types(VM& vm);        // function_type.cpp: function, builtin, method, cell
void install_generator_type(VM& vm);        // generator_type.cpp
void install_async_generator_type(VM& vm);  // async_generator_type.cpp
void install_exception_types(VM& vm);       // exception_types.cpp
void install_eval_exec(VM& vm);             // eval_exec.cpp: compile, eval, exec
void install_builtin_functions(VM& vm);     // builtin_functions.cpp: print, len, ...
void install_mojo_text_parse(VM& vm);       // mojo_text_parse.cpp: Mojo's atol, atof
void install_io(VM& vm);                    // io.cpp: open, file objects, sys.stdout/stderr
void install_sys_module(VM& vm);            // sys_module.cpp
void install_stdlib_sources(VM& vm);        // stdlib_sources.cpp: lib/*.py, built in
void install_native_stdlib(VM& vm);         // native_stdlib.cpp: math, _random, time, os, ...
void install_caller_module(VM& vm);         // caller_module.cpp: _caller
void install_traceback_module(VM& vm);      // traceback_module.cpp: _traceback
void install_gc_module(VM& vm);             // gc_module.cpp: gc
void install_c_type_name_module(VM& vm);    // c_type_name_module.cpp: _c_type_name
void install_datetime_os(VM& vm);           // datetime_os_module.cpp: _datetime_os
void install_json_module(VM& vm);           // json_module.cpp: _json (behind lib/json)
void install_sre_module(VM& vm);            // sre_pattern.cpp: _sre (behind lib/re)
namespace classes {
void install_classes(VM& vm);  // classes.cmake: __build_class__, super, property, ...
}

}  // namespace ember
