// The `posix` module behind lib/os.py: the file system (getcwd, listdir, mkdir, stat, ...),
// the process (getpid, umask, ...), file descriptors, the environment and urandom. Failures
// raise OSError with errno and the file names, which picks the subclass (FileNotFoundError,
// ...) and prints "[Errno 2] No such file or directory: 'x'".
#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "builtins/native_module.h"
#include "builtins/native_stdlib.h"
#include "builtins/native_struct_seq.h"
#include "vm/bytes_object.h"
#include "vm/call.h"
#include "vm/function_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/output_stream.h"
#include "vm/tuple_object.h"

extern char** environ;

namespace ember {

namespace {

using native::obj;

// ---- path arguments

enum PathKinds : unsigned { kPathOnly = 0, kFd = 1, kNone = 2 };

struct Path {
  std::string bytes;      // the file system's name (UTF-8 for str paths)
  int fd = -1;            // when given a file descriptor
  bool is_bytes = false;  // a bytes path: names come back as bytes
  bool is_none = false;
  Value original;  // for error messages
};

std::string accepted_text(unsigned kinds) {
  if (kinds == kPathOnly) return "string, bytes or os.PathLike";
  if (kinds == kFd) return "string, bytes, os.PathLike or integer";
  return "string, bytes, os.PathLike, integer or None";
}

Path path_arg(VM& vm, Value v, const char* function, unsigned kinds) {
  Path p;
  p.original = v;
  if (v.is_none() && (kinds & kNone)) {
    p.is_none = true;
    p.bytes = ".";
    return p;
  }
  if (StrObject* s = native::as_str(vm, v)) {
    p.bytes = std::string(s->view());
  } else if (is_bytes(vm, v)) {
    p.bytes = std::string(static_cast<BytesObject*>(v.as_object())->view());
    p.is_bytes = true;
  } else if ((kinds & kFd) && (v.is_small_int() || v.is_bool())) {
    p.fd = static_cast<int>(index_value(vm, v));
  } else {
    Value method = lookup_in_type(vm, vm.type_of(v), vm.name("__fspath__"));
    if (method.is_undefined()) {
      vm.raise(vm.types.TypeError, std::string(function) + ": path should be " +
                                       accepted_text(kinds) + ", not " +
                                       std::string(type_name(vm, v)));
    }
    Value r = call_with_self(vm, method, v, CallArgs{});
    if (StrObject* s = native::as_str(vm, r)) {
      p.bytes = std::string(s->view());
    } else if (is_bytes(vm, r)) {
      p.bytes = std::string(static_cast<BytesObject*>(r.as_object())->view());
      p.is_bytes = true;
    } else {
      vm.raise(vm.types.TypeError, "expected " + std::string(type_name(vm, v)) +
                                       ".__fspath__() to return str or bytes, not " +
                                       std::string(type_name(vm, r)));
    }
  }
  if (p.fd < 0 && p.bytes.find('\0') != std::string::npos) {
    vm.raise(vm.types.ValueError, std::string(function) + ": embedded null character in path");
  }
  return p;
}

Value name_value(VM& vm, const std::string& name, bool as_bytes) {
  if (as_bytes) return obj(new_bytes(vm, name));
  return obj(vm.new_str(name));
}

// OSError(errno, strerror[, filename[, None, filename2]]): the constructor picks the subclass.
[[noreturn]] void raise_os_error(VM& vm, int error, Value filename = Value::undefined(),
                                 Value filename2 = Value::undefined()) {
  Value args[5] = {Value::from_small_int(error), obj(vm.new_str(std::strerror(error))), filename,
                   Value::none(), filename2};
  RootScope roots(vm);
  roots.add(args[1]);
  uint32_t n = filename.is_undefined() ? 2 : filename2.is_undefined() ? 3 : 5;
  vm.raise(vm.call(obj(vm.types.OSError), CallArgs{args, n, nullptr}));
}

// ---- the working directory and directories

Value posix_getcwd(VM& vm, CallArgs args) {
  native::no_keywords(vm, args, "posix.getcwd");
  if (args.npos) {
    vm.raise(vm.types.TypeError,
             "posix.getcwd() takes no arguments (" + std::to_string(args.npos) + " given)");
  }
  std::vector<char> buffer(PATH_MAX);
  while (!getcwd(buffer.data(), buffer.size())) {
    if (errno != ERANGE) raise_os_error(vm, errno);
    buffer.resize(buffer.size() * 2);
  }
  return obj(vm.new_str(buffer.data()));
}

Value posix_chdir(VM& vm, CallArgs args) {
  Value a[1];
  native::bind(vm, args, {"chdir", {"path"}, 0, 1, 1}, a);
  Path p = path_arg(vm, a[0], "chdir", kFd);
  int r = p.fd >= 0 ? fchdir(p.fd) : chdir(p.bytes.c_str());
  if (r != 0) raise_os_error(vm, errno, a[0]);
  return Value::none();
}

Value posix_listdir(VM& vm, CallArgs args) {
  Value a[1];
  native::bind(vm, args, {"listdir", {"path"}, 0, 1, 0}, a);
  Path p = path_arg(vm, a[0].is_undefined() ? Value::none() : a[0], "listdir", kFd | kNone);
  DIR* dir = p.fd >= 0 ? fdopendir(dup(p.fd)) : opendir(p.bytes.c_str());
  if (!dir) raise_os_error(vm, errno, p.is_none ? Value::undefined() : a[0]);
  ListObject* names = vm.new_list();
  Rooted keep(vm, obj(names));
  errno = 0;
  while (dirent* entry = readdir(dir)) {
    std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    list_append(vm, names, name_value(vm, name, p.is_bytes));
  }
  int error = errno;
  closedir(dir);
  if (error) raise_os_error(vm, error, a[0]);
  return obj(names);
}

Value posix_mkdir(VM& vm, CallArgs args) {
  Value a[3];
  native::bind(vm, args, {"mkdir", {"path", "mode", "dir_fd"}, 0, 2, 1}, a);
  Path p = path_arg(vm, a[0], "mkdir", kPathOnly);
  int64_t mode = a[1].is_undefined() ? 0777 : index_value(vm, a[1]);
  if (mkdir(p.bytes.c_str(), static_cast<mode_t>(mode)) != 0) raise_os_error(vm, errno, a[0]);
  return Value::none();
}

// rmdir, remove, unlink: one path, one system call.
template <int (*F)(const char*)>
Value path_call(VM& vm, CallArgs args, const char* name) {
  Value a[2];
  native::bind(vm, args, {name, {"path", "dir_fd"}, 0, 1, 1}, a);
  Path p = path_arg(vm, a[0], name, kPathOnly);
  if (F(p.bytes.c_str()) != 0) raise_os_error(vm, errno, a[0]);
  return Value::none();
}

Value posix_rmdir(VM& vm, CallArgs args) {
  return path_call<rmdir>(vm, args, "rmdir");
}

Value posix_remove(VM& vm, CallArgs args) {
  return path_call<unlink>(vm, args, "remove");
}

Value posix_unlink(VM& vm, CallArgs args) {
  return path_call<unlink>(vm, args, "unlink");
}

Value rename_like(VM& vm, CallArgs args, const char* name) {
  Value a[4];
  native::bind(vm, args, {name, {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 0, 2, 2}, a);
  Path src = path_arg(vm, a[0], name, kPathOnly);
  Path dst = path_arg(vm, a[1], name, kPathOnly);
  if (rename(src.bytes.c_str(), dst.bytes.c_str()) != 0) raise_os_error(vm, errno, a[0], a[1]);
  return Value::none();
}

Value posix_rename(VM& vm, CallArgs args) {
  return rename_like(vm, args, "rename");
}

Value posix_replace(VM& vm, CallArgs args) {
  return rename_like(vm, args, "replace");
}

// ---- stat

Type* module_type(VM& vm, const char* name) {
  Value m = dict_get_str(vm, vm.modules, vm.name("posix"));
  auto* module = static_cast<ModuleObject*>(m.as_object());
  return static_cast<Type*>(dict_get_str(vm, module->dict, vm.name(name)).as_object());
}

Value stat_value(VM& vm, const struct stat& st) {
  auto seconds = [](const timespec& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
  };
  auto nanoseconds = [&](const timespec& t) {
    return vm.make_int(static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec);
  };
  RootScope roots(vm);
  Value fields[19] = {
      vm.make_int(st.st_mode),
      vm.make_int(static_cast<int64_t>(st.st_ino)),
      vm.make_int(static_cast<int64_t>(st.st_dev)),
      vm.make_int(static_cast<int64_t>(st.st_nlink)),
      vm.make_int(st.st_uid),
      vm.make_int(st.st_gid),
      vm.make_int(st.st_size),
      vm.make_int(st.st_atim.tv_sec),
      vm.make_int(st.st_mtim.tv_sec),
      vm.make_int(st.st_ctim.tv_sec),
      Value::from_double(seconds(st.st_atim)),
      Value::from_double(seconds(st.st_mtim)),
      Value::from_double(seconds(st.st_ctim)),
      nanoseconds(st.st_atim),
      nanoseconds(st.st_mtim),
      nanoseconds(st.st_ctim),
      vm.make_int(st.st_blksize),
      vm.make_int(st.st_blocks),
      vm.make_int(static_cast<int64_t>(st.st_rdev)),
  };
  for (Value v : fields) roots.add(v);
  return native::new_struct_seq(vm, module_type(vm, "stat_result"), fields, 19);
}

Value stat_like(VM& vm, CallArgs args, const char* name, bool follow_default) {
  Value a[3];
  native::bind(vm, args, {name, {"path", "dir_fd", "follow_symlinks"}, 0, 1, 1}, a);
  Path p = path_arg(vm, a[0], name, follow_default ? kFd : kPathOnly);
  bool follow = a[2].is_undefined() ? follow_default : truthy(vm, a[2]);
  struct stat st;
  int r = p.fd >= 0 ? fstat(p.fd, &st)
          : follow  ? stat(p.bytes.c_str(), &st)
                    : lstat(p.bytes.c_str(), &st);
  if (r != 0) raise_os_error(vm, errno, a[0]);
  return stat_value(vm, st);
}

Value posix_stat(VM& vm, CallArgs args) {
  return stat_like(vm, args, "stat", true);
}

Value posix_lstat(VM& vm, CallArgs args) {
  return stat_like(vm, args, "lstat", false);
}

Value posix_fstat(VM& vm, CallArgs args) {
  Value a[1];
  native::bind(vm, args, {"fstat", {"fd"}, 0, 1, 1}, a);
  struct stat st;
  if (fstat(static_cast<int>(index_value(vm, a[0])), &st) != 0) raise_os_error(vm, errno);
  return stat_value(vm, st);
}

Value posix_access(VM& vm, CallArgs args) {
  Value a[5];
  native::bind(vm, args,
               {"access", {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 0, 2, 2},
               a);
  Path p = path_arg(vm, a[0], "access", kPathOnly);
  int mode = static_cast<int>(index_value(vm, a[1]));
  return Value::from_bool(access(p.bytes.c_str(), mode) == 0);
}

Value posix_chmod(VM& vm, CallArgs args) {
  Value a[4];
  native::bind(vm, args, {"chmod", {"path", "mode", "dir_fd", "follow_symlinks"}, 0, 2, 2}, a);
  Path p = path_arg(vm, a[0], "chmod", kFd);
  auto mode = static_cast<mode_t>(index_value(vm, a[1]));
  int r = p.fd >= 0 ? fchmod(p.fd, mode) : chmod(p.bytes.c_str(), mode);
  if (r != 0) raise_os_error(vm, errno, a[0]);
  return Value::none();
}

Value posix_readlink(VM& vm, CallArgs args) {
  Value a[2];
  native::bind(vm, args, {"readlink", {"path", "dir_fd"}, 0, 1, 1}, a);
  Path p = path_arg(vm, a[0], "readlink", kPathOnly);
  std::vector<char> buffer(PATH_MAX + 1);
  ssize_t n = readlink(p.bytes.c_str(), buffer.data(), buffer.size());
  if (n < 0) raise_os_error(vm, errno, a[0]);
  return name_value(vm, std::string(buffer.data(), static_cast<size_t>(n)), p.is_bytes);
}

Value posix_symlink(VM& vm, CallArgs args) {
  Value a[4];
  native::bind(vm, args, {"symlink", {"src", "dst", "target_is_directory", "dir_fd"}, 0, 3, 2}, a);
  Path src = path_arg(vm, a[0], "symlink", kPathOnly);
  Path dst = path_arg(vm, a[1], "symlink", kPathOnly);
  if (symlink(src.bytes.c_str(), dst.bytes.c_str()) != 0) raise_os_error(vm, errno, a[0], a[1]);
  return Value::none();
}

// ---- the process

struct ProcessNumber {
  const char* name;
  int64_t (*get)();
};

constexpr ProcessNumber kProcessNumbers[] = {
    {"getpid", [] { return static_cast<int64_t>(getpid()); }},
    {"getppid", [] { return static_cast<int64_t>(getppid()); }},
    {"getuid", [] { return static_cast<int64_t>(getuid()); }},
    {"geteuid", [] { return static_cast<int64_t>(geteuid()); }},
    {"getgid", [] { return static_cast<int64_t>(getgid()); }},
    {"getegid", [] { return static_cast<int64_t>(getegid()); }},
};

template <size_t I>
Value process_number(VM& vm, CallArgs args) {
  std::string name = std::string("posix.") + kProcessNumbers[I].name;
  native::no_keywords(vm, args, name);
  if (args.npos) {
    vm.raise(vm.types.TypeError,
             name + "() takes no arguments (" + std::to_string(args.npos) + " given)");
  }
  return vm.make_int(kProcessNumbers[I].get());
}

template <size_t... I>
void add_process_numbers(VM& vm, ModuleObject* m, std::index_sequence<I...>) {
  (native::add_function(vm, m, kProcessNumbers[I].name, process_number<I>), ...);
}

Value posix_umask(VM& vm, CallArgs args) {
  native::positional(vm, args, "umask", "posix.umask", 1, 1);
  return vm.make_int(umask(static_cast<mode_t>(index_value(vm, args[0]))));
}

Value posix_strerror(VM& vm, CallArgs args) {
  native::positional(vm, args, "strerror", "posix.strerror", 1, 1);
  return obj(vm.new_str(std::strerror(static_cast<int>(index_value(vm, args[0])))));
}

Value posix_cpu_count(VM& vm, CallArgs args) {
  native::positional(vm, args, "cpu_count", "posix.cpu_count", 0, 0);
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? Value::none() : vm.make_int(n);
}

Value posix_urandom(VM& vm, CallArgs args) {
  native::positional(vm, args, "urandom", "posix.urandom", 1, 1);
  int64_t n = index_value(vm, args[0]);
  if (n < 0) vm.raise(vm.types.ValueError, "negative argument not allowed");
  std::string data(static_cast<size_t>(n), '\0');
  size_t got = 0;
  while (got < data.size()) {
    ssize_t r = getrandom(data.data() + got, data.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      raise_os_error(vm, errno);
    }
    got += static_cast<size_t>(r);
  }
  return obj(new_bytes(vm, data));
}

Value posix_system(VM& vm, CallArgs args) {
  Value a[1];
  native::bind(vm, args, {"system", {"command"}, 0, 1, 1}, a);
  Path command = path_arg(vm, a[0], "system", kPathOnly);
  vm.out().flush();
  vm.err().flush();
  int status = std::system(command.bytes.c_str());
  return vm.make_int(status);
}

// ---- the environment

std::string env_text(VM& vm, Value v) {
  if (StrObject* s = native::as_str(vm, v)) return std::string(s->view());
  if (is_bytes(vm, v)) return std::string(static_cast<BytesObject*>(v.as_object())->view());
  vm.raise(vm.types.TypeError,
           "expected str, bytes or os.PathLike object, not " + std::string(type_name(vm, v)));
}

Value posix_putenv(VM& vm, CallArgs args) {
  native::positional(vm, args, "putenv", "posix.putenv", 2, 2);
  std::string key = env_text(vm, args[0]);
  std::string value = env_text(vm, args[1]);
  if (key.empty()) raise_os_error(vm, EINVAL);
  if (key.find('=') != std::string::npos) {
    vm.raise(vm.types.ValueError, "illegal environment variable name");
  }
  if (key.find('\0') != std::string::npos || value.find('\0') != std::string::npos) {
    vm.raise(vm.types.ValueError, "embedded null byte");
  }
  if (setenv(key.c_str(), value.c_str(), 1) != 0) raise_os_error(vm, errno);
  return Value::none();
}

Value posix_unsetenv(VM& vm, CallArgs args) {
  native::positional(vm, args, "unsetenv", "posix.unsetenv", 1, 1);
  std::string key = env_text(vm, args[0]);
  if (key.empty() || key.find('=') != std::string::npos) {
    vm.raise(vm.types.ValueError, "illegal environment variable name");
  }
  if (unsetenv(key.c_str()) != 0) raise_os_error(vm, errno);
  return Value::none();
}

// The environment at start-up, as a dict of str.
Value environment(VM& vm) {
  DictObject* d = vm.new_dict();
  Rooted keep(vm, obj(d));
  for (char** e = environ; e && *e; ++e) {
    std::string entry = *e;
    size_t eq = entry.find('=', 1);
    if (eq == std::string::npos) continue;
    Value key = obj(vm.new_str(entry.substr(0, eq)));
    Rooted keep_key(vm, key);
    dict_set(vm, d, key, obj(vm.new_str(entry.substr(eq + 1))));
  }
  return obj(d);
}

// ---- file descriptors

int fd_arg(VM& vm, Value v) {
  return static_cast<int>(index_value(vm, v));
}

Value posix_open(VM& vm, CallArgs args) {
  Value a[4];
  native::bind(vm, args, {"open", {"path", "flags", "mode", "dir_fd"}, 0, 3, 2}, a);
  Path p = path_arg(vm, a[0], "open", kPathOnly);
  int flags = static_cast<int>(index_value(vm, a[1])) | O_CLOEXEC;
  int mode = a[2].is_undefined() ? 0777 : static_cast<int>(index_value(vm, a[2]));
  int fd;
  do {
    fd = open(p.bytes.c_str(), flags, mode);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) raise_os_error(vm, errno, a[0]);
  return vm.make_int(fd);
}

Value posix_close(VM& vm, CallArgs args) {
  Value a[1];
  native::bind(vm, args, {"close", {"fd"}, 0, 1, 1}, a);
  if (close(fd_arg(vm, a[0])) != 0) raise_os_error(vm, errno);
  return Value::none();
}

Value posix_read(VM& vm, CallArgs args) {
  native::positional(vm, args, "read", "posix.read", 2, 2);
  int fd = fd_arg(vm, args[0]);
  int64_t n = index_value(vm, args[1]);
  if (n < 0) raise_os_error(vm, EINVAL);
  std::string data(static_cast<size_t>(n), '\0');
  ssize_t got;
  do {
    got = read(fd, data.data(), data.size());
  } while (got < 0 && errno == EINTR);
  if (got < 0) raise_os_error(vm, errno);
  data.resize(static_cast<size_t>(got));
  return obj(new_bytes(vm, data));
}

Value posix_write(VM& vm, CallArgs args) {
  native::positional(vm, args, "write", "posix.write", 2, 2);
  int fd = fd_arg(vm, args[0]);
  Value data = args[1];
  std::string_view bytes;
  if (is_bytes(vm, data)) {
    bytes = static_cast<BytesObject*>(data.as_object())->view();
  } else if (is_bytearray(vm, data)) {
    bytes = static_cast<ByteArrayObject*>(data.as_object())->view();
  } else {
    vm.raise(vm.types.TypeError,
             "a bytes-like object is required, not '" + std::string(type_name(vm, data)) + "'");
  }
  if (fd == 1) vm.out().flush();
  if (fd == 2) vm.err().flush();
  ssize_t written;
  do {
    written = write(fd, bytes.data(), bytes.size());
  } while (written < 0 && errno == EINTR);
  if (written < 0) raise_os_error(vm, errno);
  return vm.make_int(written);
}

Value posix_isatty(VM& vm, CallArgs args) {
  native::positional(vm, args, "isatty", "posix.isatty", 1, 1);
  return Value::from_bool(isatty(fd_arg(vm, args[0])) == 1);
}

Value posix_fspath(VM& vm, CallArgs args) {
  Value a[1];
  native::bind(vm, args, {"fspath", {"path"}, 0, 1, 1}, a);
  Value v = a[0];
  if (native::as_str(vm, v) || is_bytes(vm, v)) return v;
  Value method = lookup_in_type(vm, vm.type_of(v), vm.name("__fspath__"));
  if (method.is_undefined()) {
    vm.raise(vm.types.TypeError,
             "expected str, bytes or os.PathLike object, not " + std::string(type_name(vm, v)));
  }
  Value r = call_with_self(vm, method, v, CallArgs{});
  if (!native::as_str(vm, r) && !is_bytes(vm, r)) {
    vm.raise(vm.types.TypeError, "expected " + std::string(type_name(vm, v)) +
                                     ".__fspath__() to return str or bytes, not " +
                                     std::string(type_name(vm, r)));
  }
  return r;
}

void init_posix(VM& vm, ModuleObject* m) {
  Type* st = native::new_struct_seq_type(
      vm, m, "stat_result",
      {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
       "st_mtime", "st_ctime", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns",
       "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"},
      10, 3);
  st->module = vm.intern("os");
  native::add_value(vm, m, "stat_result", obj(st));
  struct Entry {
    const char* name;
    NativeFunction function;
    Capability needs;
  };
  constexpr Capability kFiles = Capability::FileSystem;
  constexpr Capability kEnvironment = Capability::Environment;
  const Entry functions[] = {
      {"getcwd", posix_getcwd, kFiles},
      {"chdir", posix_chdir, kFiles},
      {"listdir", posix_listdir, kFiles},
      {"mkdir", posix_mkdir, kFiles},
      {"rmdir", posix_rmdir, kFiles},
      {"remove", posix_remove, kFiles},
      {"unlink", posix_unlink, kFiles},
      {"rename", posix_rename, kFiles},
      {"replace", posix_replace, kFiles},
      {"stat", posix_stat, kFiles},
      {"lstat", posix_lstat, kFiles},
      {"fstat", posix_fstat, kFiles},
      {"access", posix_access, kFiles},
      {"chmod", posix_chmod, kFiles},
      {"readlink", posix_readlink, kFiles},
      {"symlink", posix_symlink, kFiles},
      {"umask", posix_umask, kFiles},
      {"open", posix_open, kFiles},
      {"close", posix_close, kFiles},
      {"read", posix_read, kFiles},
      {"write", posix_write, kFiles},
      {"isatty", posix_isatty, kFiles},
      {"system", posix_system, Capability::Process},
      {"putenv", posix_putenv, kEnvironment},
      {"unsetenv", posix_unsetenv, kEnvironment},
  };
  for (const Entry& f : functions) {
    if (vm.has_capability(f.needs)) {
      native::add_function(vm, m, f.name, f.function);
    } else {
      std::string what = std::string("os.") + f.name + "()";
      native::add_value(vm, m, f.name, obj(new_denied_function(vm, f.name, what, f.needs)));
    }
  }
  const std::pair<const char*, NativeFunction> harmless[] = {
      {"strerror", posix_strerror},
      {"cpu_count", posix_cpu_count},
      {"urandom", posix_urandom},
      {"fspath", posix_fspath},
  };
  for (const auto& [name, f] : harmless) native::add_function(vm, m, name, f);
  add_process_numbers(vm, m, std::make_index_sequence<std::size(kProcessNumbers)>());
  // Without the environment capability there is no `environ`: lib/os.py then makes
  // os.environ call _environ_denied, which raises PermissionError.
  if (vm.has_capability(kEnvironment)) {
    native::add_value(vm, m, "environ", environment(vm));
  } else {
    native::add_value(vm, m, "_environ_denied",
                      obj(new_denied_function(vm, "_environ_denied", "os.environ", kEnvironment)));
  }
  const std::pair<const char*, int> constants[] = {
      {"F_OK", F_OK},         {"R_OK", R_OK},         {"W_OK", W_OK},
      {"X_OK", X_OK},         {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY},
      {"O_RDWR", O_RDWR},     {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT},
      {"O_EXCL", O_EXCL},     {"O_TRUNC", O_TRUNC},   {"O_CLOEXEC", O_CLOEXEC},
      {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
  };
  for (const auto& [name, value] : constants) {
    native::add_value(vm, m, name, Value::from_small_int(value));
  }
}

}  // namespace

void install_posix_module(VM& vm) {
  vm.native_modules["posix"] = init_posix;
}

}  // namespace ember
