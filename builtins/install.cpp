#include "builtins/install.h"

#include "vm/vm.h"

namespace ember {

void install_builtins(VM& vm) {
  install_object_and_type(vm);
  install_singletons(vm);
  install_int_type(vm);
  install_float_type(vm);
  install_complex_type(vm);
  install_str_type(vm);
  install_bytes_types(vm);
  install_tuple_type(vm);
  install_list_type(vm);
  install_dict_type(vm);
  install_set_types(vm);
  install_range_and_slice(vm);
  install_function_types(vm);
  install_generator_type(vm);
  install_async_generator_type(vm);
  install_exception_types(vm);
  install_builtin_functions(vm);
  install_mojo_text_parse(vm);
  install_eval_exec(vm);
  install_io(vm);
  install_sys_module(vm);
  install_stdlib_sources(vm);
  install_native_stdlib(vm);
  install_caller_module(vm);
  install_traceback_module(vm);
  install_gc_module(vm);
  install_c_type_name_module(vm);
  install_datetime_os(vm);
  install_json_module(vm);
  install_sre_module(vm);
  classes::install_classes(vm);
  install_dict_classmethods(vm);
  install_float_classmethods(vm);
  // Installation edits class dicts directly, without version bumps.
  vm.clear_type_lookup_cache();
}

}  // namespace ember
