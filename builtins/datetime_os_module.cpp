// `_datetime_os`: what datetime needs from the operating system: the wall clock and the
// local time zone's rules (through localtime_r).
#include <time.h>

#include <cstdint>
#include <string>

#include "builtins/install.h"
#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

void expect_args(VM& vm, CallArgs args, const char* name, uint32_t count) {
  if (args.nkw() > 0 || args.npos != count) {
    vm.raise(vm.types.TypeError, std::string(name) + "() takes exactly " + std::to_string(count) +
                                     " argument" + (count == 1 ? "" : "s") + " (" +
                                     std::to_string(args.npos) + " given)");
  }
}

// time_ns(): nanoseconds since the epoch.
Value os_time_ns(VM& vm, CallArgs args) {
  expect_args(vm, args, "time_ns", 0);
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  return vm.make_int(static_cast<int64_t>(now.tv_sec) * 1000000000 + now.tv_nsec);
}

// localtime(seconds): (year, month, day, hour, minute, second, utc offset in seconds,
// zone name) of the local time zone at that instant.
Value os_localtime(VM& vm, CallArgs args) {
  expect_args(vm, args, "localtime", 1);
  time_t seconds = static_cast<time_t>(index_value(vm, args[0]));
  tm fields{};
  if (localtime_r(&seconds, &fields) == nullptr) {
    vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
  }
  Value zone = Value::from_object(vm.new_str(fields.tm_zone ? fields.tm_zone : ""));
  return Value::from_object(vm.new_tuple(
      {vm.make_int(fields.tm_year + 1900), vm.make_int(fields.tm_mon + 1),
       vm.make_int(fields.tm_mday), vm.make_int(fields.tm_hour), vm.make_int(fields.tm_min),
       vm.make_int(fields.tm_sec), vm.make_int(fields.tm_gmtoff), zone}));
}

void add(VM& vm, ModuleObject* module, const char* name, NativeFunction f) {
  dict_set_str(vm, module->dict, vm.name(name),
               Value::from_object(vm.new_native_function(name, f)));
}

void init_datetime_os(VM& vm, ModuleObject* module) {
  add(vm, module, "time_ns", os_time_ns);
  add(vm, module, "localtime", os_localtime);
}

}  // namespace

void install_datetime_os(VM& vm) {
  vm.native_modules["_datetime_os"] = init_datetime_os;
}

}  // namespace ember
