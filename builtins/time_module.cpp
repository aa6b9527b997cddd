// The `time` module: clocks, sleep, and the conversions between seconds since the epoch,
// struct_time and text (gmtime, localtime, mktime, strftime, asctime, ctime), with CPython's
// checks and messages.
#include <gmp.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

#include "builtins/int_value.h"
#include "builtins/native_module.h"
#include "builtins/native_stdlib.h"
#include "builtins/native_struct_seq.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

using native::obj;

// ---- clocks

int64_t clock_ns(clockid_t clock) {
  timespec ts;
  clock_gettime(clock, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double clock_seconds(clockid_t clock) {
  timespec ts;
  clock_gettime(clock, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

void no_arguments(VM& vm, CallArgs args, const char* qualified) {
  native::no_keywords(vm, args, qualified);
  if (args.npos != 0) {
    vm.raise(vm.types.TypeError, std::string(qualified) + "() takes no arguments (" +
                                     std::to_string(args.npos) + " given)");
  }
}

struct Clock {
  const char* qualified;  // "time.time": the name follows the "time." prefix
  clockid_t id;
  bool nanoseconds;
};

constexpr Clock kClocks[] = {
    {"time.time", CLOCK_REALTIME, false},
    {"time.time_ns", CLOCK_REALTIME, true},
    {"time.monotonic", CLOCK_MONOTONIC, false},
    {"time.monotonic_ns", CLOCK_MONOTONIC, true},
    {"time.perf_counter", CLOCK_MONOTONIC, false},
    {"time.perf_counter_ns", CLOCK_MONOTONIC, true},
    {"time.process_time", CLOCK_PROCESS_CPUTIME_ID, false},
    {"time.process_time_ns", CLOCK_PROCESS_CPUTIME_ID, true},
    {"time.thread_time", CLOCK_THREAD_CPUTIME_ID, false},
    {"time.thread_time_ns", CLOCK_THREAD_CPUTIME_ID, true},
};

template <size_t I>
Value read_clock(VM& vm, CallArgs args) {
  const Clock& c = kClocks[I];
  no_arguments(vm, args, c.qualified);
  if (c.nanoseconds) return vm.make_int(clock_ns(c.id));
  return Value::from_double(clock_seconds(c.id));
}

template <size_t... I>
void add_clocks(VM& vm, ModuleObject* m, std::index_sequence<I...>) {
  (native::add_function(vm, m, kClocks[I].qualified + 5, read_clock<I>), ...);
}

// Seconds as a double for sleep: numbers, NaN refused.
double seconds_arg(VM& vm, Value v) {
  double d;
  if (v.is_double()) {
    d = v.as_double();
  } else {
    Value i = to_int_index(vm, v);
    d = int_to_double(vm, i);
  }
  if (std::isnan(d)) vm.raise(vm.types.ValueError, "Invalid value NaN (not a number)");
  return d;
}

Value time_sleep(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "time.sleep");
  double secs = seconds_arg(vm, args[0]);
  if (secs < 0) vm.raise(vm.types.ValueError, "sleep length must be non-negative");
  if (secs > 9.2e9) vm.raise(vm.types.OverflowError, "sleep length is too large");
  // A Ctrl-C that came just before the sleep interrupts it, as in CPython.
  vm.poll_interrupts();
  // A time limit that falls inside the sleep ends it there, with the limit's error.
  double until_deadline = vm.interrupts.seconds_to_deadline();
  bool hits_deadline = until_deadline < secs;
  if (hits_deadline) secs = until_deadline;
  timespec left;
  left.tv_sec = static_cast<time_t>(secs);
  left.tv_nsec = static_cast<long>((secs - static_cast<double>(left.tv_sec)) * 1e9);
  while (nanosleep(&left, &left) != 0 && errno == EINTR) {
    vm.poll_interrupts();  // Ctrl-C raises KeyboardInterrupt here, as in CPython
  }
  if (hits_deadline) vm.poll_interrupts();
  return Value::none();
}

// ---- struct_time

Type* struct_time_type(VM& vm) {
  Value m = dict_get_str(vm, vm.modules, vm.name("time"));
  auto* module = static_cast<ModuleObject*>(m.as_object());
  return static_cast<Type*>(dict_get_str(vm, module->dict, vm.name("struct_time")).as_object());
}

Value struct_time_from(VM& vm, const tm& t) {
  Value fields[11] = {
      Value::from_small_int(t.tm_year + 1900),
      Value::from_small_int(t.tm_mon + 1),
      Value::from_small_int(t.tm_mday),
      Value::from_small_int(t.tm_hour),
      Value::from_small_int(t.tm_min),
      Value::from_small_int(t.tm_sec),
      Value::from_small_int((t.tm_wday + 6) % 7),  // Monday is 0
      Value::from_small_int(t.tm_yday + 1),
      Value::from_small_int(t.tm_isdst),
      t.tm_zone ? obj(vm.new_str(t.tm_zone)) : Value::none(),
      Value::from_small_int(t.tm_gmtoff),
  };
  RootScope roots(vm);
  roots.add(fields[9]);
  return native::new_struct_seq(vm, struct_time_type(vm), fields, 11);
}

// The seconds argument of gmtime/localtime/ctime: now when absent or None, else floored.
time_t timestamp_arg(VM& vm, CallArgs args, const char* name) {
  native::no_keywords(vm, args, name);
  if (args.npos > 1) {
    vm.raise(vm.types.TypeError, std::string(name) + "() takes at most 1 argument (" +
                                     std::to_string(args.npos) + " given)");
  }
  if (args.npos == 0 || args[0].is_none()) return std::time(nullptr);
  Value v = args[0];
  if (v.is_double()) {
    double d = v.as_double();
    if (std::isnan(d)) vm.raise(vm.types.ValueError, "Invalid value NaN (not a number)");
    d = std::floor(d);
    if (!(d >= -9.2e18 && d <= 9.2e18)) {
      vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
    }
    return static_cast<time_t>(d);
  }
  IntView i(to_int_index(vm, v));
  if (!mpz_fits_slong_p(i.get())) {
    vm.raise(vm.types.OverflowError, "timestamp out of range for platform time_t");
  }
  return static_cast<time_t>(mpz_get_si(i.get()));
}

[[noreturn]] void raise_errno(VM& vm, int error) {
  Value values[2] = {Value::from_small_int(error), obj(vm.new_str(std::strerror(error)))};
  vm.raise(vm.call(obj(vm.types.OSError), CallArgs{values, 2, nullptr}));
}

Value time_gmtime(VM& vm, CallArgs args) {
  time_t t = timestamp_arg(vm, args, "gmtime");
  tm parts;
  errno = 0;
  if (!gmtime_r(&t, &parts)) raise_errno(vm, errno ? errno : EOVERFLOW);
  return struct_time_from(vm, parts);
}

bool local_parts(time_t t, tm* parts) {
  errno = 0;
  return localtime_r(&t, parts) != nullptr;
}

Value time_localtime(VM& vm, CallArgs args) {
  time_t t = timestamp_arg(vm, args, "localtime");
  tm parts;
  if (!local_parts(t, &parts)) raise_errno(vm, errno ? errno : EOVERFLOW);
  return struct_time_from(vm, parts);
}

// A struct_time or 9-tuple as a struct tm (C conventions: months from 0, Sunday first).
// `message` is the error for a tuple of the wrong length.
void tm_from_tuple(VM& vm, Value v, tm* out, const char* message) {
  *out = tm{};
  if (!vm.type_of(v)->has_flag(kTypeTupleSubclass)) {
    vm.raise(vm.types.TypeError, "Tuple or struct_time argument required");
  }
  auto* t = static_cast<TupleObject*>(v.as_object());
  if (t->size != 9) vm.raise(vm.types.TypeError, message);
  int values[9];
  for (int i = 0; i < 9; ++i) {
    int64_t n = index_value(vm, t->items[i]);
    if (n > INT32_MAX) vm.raise(vm.types.OverflowError, "signed integer is greater than maximum");
    if (n < INT32_MIN) vm.raise(vm.types.OverflowError, "signed integer is less than minimum");
    values[i] = static_cast<int>(n);
  }
  if (values[0] < INT32_MIN + 1900) vm.raise(vm.types.OverflowError, "year out of range");
  out->tm_year = values[0] - 1900;
  out->tm_mon = values[1] - 1;
  out->tm_mday = values[2];
  out->tm_hour = values[3];
  out->tm_min = values[4];
  out->tm_sec = values[5];
  out->tm_wday = (values[6] + 1) % 7;
  out->tm_yday = values[7] - 1;
  out->tm_isdst = values[8];
  if (vm.type_of(v) == struct_time_type(vm)) {
    Value zone = native::struct_seq_field(v, 9);
    Value offset = native::struct_seq_field(v, 10);
    if (StrObject* s = native::as_str(vm, zone)) out->tm_zone = s->data;
    if (offset.is_small_int()) out->tm_gmtoff = offset.as_small_int();
  }
}

// Fields out of range for strftime and asctime; zero months, days and year-days mean the
// first one.
void check_tm(VM& vm, tm* t) {
  auto fail = [&](const char* what) { vm.raise(vm.types.ValueError, what); };
  if (t->tm_mon == -1) {
    t->tm_mon = 0;
  } else if (t->tm_mon < 0 || t->tm_mon > 11) {
    fail("month out of range");
  }
  if (t->tm_mday == 0) {
    t->tm_mday = 1;
  } else if (t->tm_mday < 0 || t->tm_mday > 31) {
    fail("day of month out of range");
  }
  if (t->tm_hour < 0 || t->tm_hour > 23) fail("hour out of range");
  if (t->tm_min < 0 || t->tm_min > 59) fail("minute out of range");
  if (t->tm_sec < 0 || t->tm_sec > 61) fail("seconds out of range");
  if (t->tm_wday < 0) fail("day of week out of range");
  if (t->tm_yday == -1) {
    t->tm_yday = 0;
  } else if (t->tm_yday < 0 || t->tm_yday > 365) {
    fail("day of year out of range");
  }
}

// The time argument of strftime/asctime: now (local) when absent or None.
void tm_arg(VM& vm, CallArgs args, uint32_t index, tm* out, const char* message) {
  if (args.npos <= index || args[index].is_none()) {
    time_t now = std::time(nullptr);
    local_parts(now, out);
    return;
  }
  tm_from_tuple(vm, args[index], out, message);
  check_tm(vm, out);
}

Value time_mktime(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "time.mktime");
  tm parts;
  tm_from_tuple(vm, args[0], &parts, "mktime(): illegal time tuple argument");
  parts.tm_wday = -1;  // mktime sets it on success
  time_t t = mktime(&parts);
  if (t == static_cast<time_t>(-1) && parts.tm_wday == -1) {
    vm.raise(vm.types.OverflowError, "mktime argument out of range");
  }
  return Value::from_double(static_cast<double>(t));
}

Value time_strftime(VM& vm, CallArgs args) {
  native::no_keywords(vm, args, "strftime");
  if (args.npos < 1 || args.npos > 2) {
    vm.raise(vm.types.TypeError,
             "strftime expected at " +
                 std::string(args.npos < 1 ? "least 1 argument" : "most 2 arguments") + ", got " +
                 std::to_string(args.npos));
  }
  StrObject* format = native::as_str(vm, args[0]);
  if (!format) {
    vm.raise(vm.types.TypeError,
             "strftime() argument 1 must be str, not " + std::string(type_name(vm, args[0])));
  }
  tm parts;
  tm_arg(vm, args, 1, &parts, "strftime(): illegal time tuple argument");
  if (parts.tm_isdst < -1) parts.tm_isdst = -1;
  if (parts.tm_isdst > 1) parts.tm_isdst = 1;
  std::string fmt(format->view());
  if (fmt.find('\0') != std::string::npos) vm.raise(vm.types.ValueError, "embedded null character");
  if (fmt.empty()) return obj(vm.empty_str);
  // strftime returns 0 both for "too small" and for an empty result: grow a few times.
  for (size_t size = 1024; size <= 1024 * 256 * fmt.size(); size *= 2) {
    std::string buffer(size, '\0');
    size_t n = std::strftime(buffer.data(), size, fmt.c_str(), &parts);
    if (n > 0 || size >= 256 * fmt.size()) {
      buffer.resize(n);
      return obj(vm.new_str(buffer));
    }
  }
  return obj(vm.empty_str);
}

std::string asctime_text(const tm& t) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[t.tm_wday],
                kMonths[t.tm_mon], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
  return buffer;
}

Value time_asctime(VM& vm, CallArgs args) {
  native::no_keywords(vm, args, "asctime");
  if (args.npos > 1) {
    vm.raise(vm.types.TypeError,
             "asctime expected at most 1 argument, got " + std::to_string(args.npos));
  }
  tm parts;
  tm_arg(vm, args, 0, &parts, "asctime(): illegal time tuple argument");
  return obj(vm.new_str(asctime_text(parts)));
}

Value time_ctime(VM& vm, CallArgs args) {
  time_t t = timestamp_arg(vm, args, "ctime");
  tm parts;
  if (!local_parts(t, &parts)) raise_errno(vm, errno ? errno : EOVERFLOW);
  return obj(vm.new_str(asctime_text(parts)));
}

// timezone, altzone, daylight and tzname from the local offsets in January and July.
void add_zone_info(VM& vm, ModuleObject* m) {
  tzset();
  constexpr time_t kYear = (365 * 24 + 6) * 3600;
  time_t jan = (std::time(nullptr) / kYear) * kYear;
  time_t jul = jan + kYear / 2;
  tm jan_parts{}, jul_parts{};
  local_parts(jan, &jan_parts);
  local_parts(jul, &jul_parts);
  long jan_zone = -jan_parts.tm_gmtoff, jul_zone = -jul_parts.tm_gmtoff;
  std::string jan_name = jan_parts.tm_zone ? jan_parts.tm_zone : "";
  std::string jul_name = jul_parts.tm_zone ? jul_parts.tm_zone : "";
  if (jan_zone < jul_zone) {  // the southern hemisphere: daylight time in January
    std::swap(jan_zone, jul_zone);
    std::swap(jan_name, jul_name);
  }
  native::add_value(vm, m, "timezone", vm.make_int(jan_zone));
  native::add_value(vm, m, "altzone", vm.make_int(jul_zone));
  native::add_value(vm, m, "daylight", Value::from_small_int(jan_zone != jul_zone ? 1 : 0));
  TupleObject* names = vm.new_tuple(2);
  native::add_value(vm, m, "tzname", obj(names));
  names->items[0] = obj(vm.new_str(jan_name));
  names->items[1] = obj(vm.new_str(jul_name));
}

// time.tzset(): rereads TZ and recomputes the zone attributes.
Value time_tzset(VM& vm, CallArgs args) {
  no_arguments(vm, args, "time.tzset");
  Value m = dict_get_str(vm, vm.modules, vm.name("time"));
  if (!m.is_undefined()) add_zone_info(vm, static_cast<ModuleObject*>(m.as_object()));
  return Value::none();
}

void init_time(VM& vm, ModuleObject* m) {
  Type* st =
      native::new_struct_seq_type(vm, m, "struct_time",
                                  {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                   "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"},
                                  9);
  native::add_value(vm, m, "struct_time", obj(st));
  add_clocks(vm, m, std::make_index_sequence<std::size(kClocks)>());
  const std::pair<const char*, NativeFunction> functions[] = {
      {"sleep", time_sleep},   {"gmtime", time_gmtime},     {"localtime", time_localtime},
      {"mktime", time_mktime}, {"strftime", time_strftime}, {"asctime", time_asctime},
      {"ctime", time_ctime},   {"tzset", time_tzset},
  };
  for (const auto& [name, f] : functions) native::add_function(vm, m, name, f);
  add_zone_info(vm, m);
}

}  // namespace

void install_time_module(VM& vm) {
  vm.native_modules["time"] = init_time;
}

}  // namespace ember
