// File objects: open() in text and binary modes, and the objects behind sys.stdin,
// sys.stdout and sys.stderr (which write through the VM's output streams).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "builtins/install.h"
#include "builtins/misc_support.h"
#include "vm/bytes_object.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/function_object.h"
#include "vm/list_object.h"
#include "vm/module_object.h"
#include "vm/output_stream.h"
#include "vm/vm.h"

namespace ember {

namespace {

using misc::obj;
using misc::type_error;

enum class Encoding : uint8_t { Utf8, Latin1, Ascii };

// open()'s `newline`: None translates any line ending to "\n" on reading; '' splits lines
// at any ending but keeps them; "\n", "\r", "\r\n" split at that ending only (and "\r",
// "\r\n" replace "\n" on writing).
enum class Newline : uint8_t { Universal, Untranslated, Lf, Cr, CrLf };

struct FileObject : Object {
  FILE* file;            // null for the stdout/stderr wrappers and once closed
  OutputStream* stream;  // stdout/stderr wrappers: the VM's stream
  StrObject* mode;
  Value name;
  StrObject* encoding_name;
  Encoding encoding;
  bool readable;
  bool writable;
  bool binary;
  bool closed;
  bool owns_file;    // false for sys.stdin: closing it must not close fd 0
  bool last_was_cr;  // text mode: a '\r' ended the previous read (for "\r\n")
  Newline newline;
};

void trace_file(Object* self, Marker& m) {
  auto* f = static_cast<FileObject*>(self);
  m.mark(f->mode);
  mark_value(m, f->name);
  m.mark(f->encoding_name);
}

void finalize_file(VM& vm, Object* self) {
  auto* f = static_cast<FileObject*>(self);
  if (f->file && f->owns_file) std::fclose(f->file);
  f->file = nullptr;
}

FileObject* as_file(VM& vm, Value v) {
  if (!v.is_object()) return nullptr;
  Type* t = v.as_object()->type;
  if (t->slots.trace != trace_file) return nullptr;
  return static_cast<FileObject*>(v.as_object());
}

FileObject* self_file(VM& vm, CallArgs args, const char* method) {
  FileObject* f = args.npos > 0 ? as_file(vm, args[0]) : nullptr;
  if (!f) type_error(vm, std::string("descriptor '") + method + "' requires a file object");
  return f;
}

Type* unsupported_operation(VM& vm) {
  Value m = dict_get_str(vm, vm.modules, vm.name("io"));
  if (!m.is_undefined()) {
    Value t = dict_get_str(vm, static_cast<ModuleObject*>(m.as_object())->dict,
                           vm.name("UnsupportedOperation"));
    if (!t.is_undefined()) return static_cast<Type*>(t.as_object());
  }
  return vm.types.OSError;
}

void check_open(VM& vm, FileObject* f) {
  if (f->closed) {
    vm.raise(vm.types.ValueError,
             f->binary ? "read of closed file" : "I/O operation on closed file.");
  }
}

void check_readable(VM& vm, FileObject* f) {
  check_open(vm, f);
  if (!f->readable) vm.raise(unsupported_operation(vm), f->binary ? "read" : "not readable");
}

void check_writable(VM& vm, FileObject* f) {
  if (f->closed) {
    vm.raise(vm.types.ValueError,
             f->binary ? "write to closed file" : "I/O operation on closed file.");
  }
  if (!f->writable) vm.raise(unsupported_operation(vm), f->binary ? "write" : "not writable");
}

[[noreturn]] void raise_os_error(VM& vm, int error, Value filename) {
  Value args[3] = {Value::from_small_int(error), obj(vm.new_str(std::strerror(error))), filename};
  CallArgs call_args;
  call_args.values = args;
  call_args.npos = filename.is_undefined() ? 2 : 3;
  vm.raise(vm.call(obj(vm.types.OSError), call_args));
}

// ---- decoding and encoding

[[noreturn]] void raise_decode_error(VM& vm, const char* encoding, std::string_view bytes,
                                     int64_t start, int64_t end, const char* reason) {
  Value data = obj(new_bytes(vm, bytes));
  Rooted keep(vm, data);
  Value args[5] = {obj(vm.new_str(encoding)), data, vm.make_int(start), vm.make_int(end),
                   obj(vm.new_str(reason))};
  CallArgs call_args;
  call_args.values = args;
  call_args.npos = 5;
  vm.raise(vm.call(obj(vm.types.UnicodeDecodeError), call_args));
}

// Length of the valid UTF-8 sequence starting at data[i], or 0 with `reason`/`bad_end` set.
int utf8_sequence(std::string_view data, size_t i, const char** reason, size_t* bad_end) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  int n;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    *reason = "invalid start byte";
    *bad_end = i + 1;
    return 0;
  }
  for (int k = 1; k < n; ++k) {
    if (i + k >= data.size()) {
      *reason = "unexpected end of data";
      *bad_end = data.size();
      return 0;
    }
    unsigned char d = b(i + k);
    unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (d < l || d > h) {
      *reason = "invalid continuation byte";
      *bad_end = i + k;
      return 0;
    }
  }
  return n;
}

std::string decode_text(VM& vm, std::string_view bytes, Encoding encoding) {
  if (encoding == Encoding::Utf8) {
    for (size_t i = 0; i < bytes.size();) {
      const char* reason = nullptr;
      size_t bad_end = 0;
      int n = utf8_sequence(bytes, i, &reason, &bad_end);
      if (n == 0) {
        raise_decode_error(vm, "utf-8", bytes, static_cast<int64_t>(i),
                           static_cast<int64_t>(bad_end), reason);
      }
      i += static_cast<size_t>(n);
    }
    return std::string(bytes);
  }
  std::string out;
  out.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c >= 0x80 && encoding == Encoding::Ascii) {
      raise_decode_error(vm, "ascii", bytes, static_cast<int64_t>(i), static_cast<int64_t>(i + 1),
                         "ordinal not in range(128)");
    }
    char buffer[4];
    out.append(buffer, static_cast<size_t>(utf8_encode(c, buffer)));
  }
  return out;
}

std::string encode_text(VM& vm, StrObject* s, Encoding encoding) {
  if (encoding == Encoding::Utf8 || s->ascii) return std::string(s->view());
  std::string out;
  const char* p = s->data;
  const char* end = s->data + s->byte_length;
  int64_t index = 0;
  uint32_t limit = encoding == Encoding::Ascii ? 0x80 : 0x100;
  while (p < end) {
    uint32_t cp = utf8_decode(p);
    if (cp >= limit) {
      Value args[5] = {obj(vm.new_str(encoding == Encoding::Ascii ? "ascii" : "latin-1")), obj(s),
                       vm.make_int(index), vm.make_int(index + 1),
                       obj(vm.new_str(encoding == Encoding::Ascii ? "ordinal not in range(128)"
                                                                  : "ordinal not in range(256)"))};
      CallArgs call_args;
      call_args.values = args;
      call_args.npos = 5;
      vm.raise(vm.call(obj(vm.types.UnicodeEncodeError), call_args));
    }
    out.push_back(static_cast<char>(cp));
    ++index;
  }
  return out;
}

// Universal newlines for text reads: "\r\n" and "\r" become "\n".
std::string translate_newlines(FileObject* f, std::string text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (f->last_was_cr) {
      f->last_was_cr = false;
      if (c == '\n') continue;
    }
    if (c == '\r') {
      out.push_back('\n');
      f->last_was_cr = true;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

Value make_result(VM& vm, FileObject* f, std::string data) {
  if (f->binary) return obj(new_bytes(vm, data));
  std::string text = decode_text(vm, data, f->encoding);
  if (f->newline != Newline::Universal) return obj(vm.new_str(text));
  return obj(vm.new_str(translate_newlines(f, std::move(text))));
}

// ---- low-level reads

// Ctrl-C while a read blocks on a terminal or pipe: the SIGINT handler is installed without
// SA_RESTART, so the read fails with EINTR; KeyboardInterrupt is raised there, as in CPython,
// and other signals just resume the read.
bool interrupted(VM& vm, FILE* file) {
  if (!std::ferror(file) || errno != EINTR) return false;
  std::clearerr(file);
  vm.poll_interrupts();
  return true;
}

int read_char(VM& vm, FILE* file) {
  int c;
  while ((c = std::fgetc(file)) == EOF && interrupted(vm, file)) {
  }
  return c;
}

std::string read_all(VM& vm, FileObject* f) {
  std::string data;
  char buffer[65536];
  for (;;) {
    size_t n = std::fread(buffer, 1, sizeof buffer, f->file);
    data.append(buffer, n);
    if (n < sizeof buffer && !interrupted(vm, f->file)) break;
  }
  std::clearerr(f->file);
  return data;
}

// Reads one line (through '\n') or up to `limit` characters (code points in text mode).
std::string read_line(VM& vm, FileObject* f, int64_t limit) {
  std::string data;
  int64_t count = 0;
  while (limit < 0 || count < limit) {
    int c = read_char(vm, f->file);
    if (c == EOF) {
      std::clearerr(f->file);
      break;
    }
    data.push_back(static_cast<char>(c));
    if (!f->binary && f->encoding == Encoding::Utf8 && c >= 0xC0) {
      int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
      for (int k = 0; k < extra; ++k) {
        int d = read_char(vm, f->file);
        if (d == EOF) break;
        data.push_back(static_cast<char>(d));
      }
    }
    ++count;
    if (c == '\n') {
      if (f->binary || f->newline != Newline::Cr) {
        if (f->binary || f->newline != Newline::CrLf) break;
        if (data.size() >= 2 && data[data.size() - 2] == '\r') break;
      }
      continue;
    }
    if (c == '\r' && !f->binary && f->newline == Newline::Cr) break;
    if (c == '\r' && !f->binary &&
        (f->newline == Newline::Universal || f->newline == Newline::Untranslated)) {
      int d = read_char(vm, f->file);
      if (d == '\n') {
        data.push_back('\n');
      } else if (d != EOF) {
        std::ungetc(d, f->file);
      }
      break;
    }
  }
  return data;
}

// Reads `size` characters (text) or bytes (binary).
std::string read_some(VM& vm, FileObject* f, int64_t size) {
  if (f->binary) {
    std::string data(static_cast<size_t>(size), '\0');
    size_t n = 0;
    while (n < data.size()) {
      size_t got = std::fread(data.data() + n, 1, data.size() - n, f->file);
      n += got;
      if (got == 0 && !interrupted(vm, f->file)) break;
    }
    std::clearerr(f->file);
    data.resize(n);
    return data;
  }
  std::string data;
  for (int64_t i = 0; i < size; ++i) {
    int c = read_char(vm, f->file);
    if (c == EOF) {
      std::clearerr(f->file);
      break;
    }
    data.push_back(static_cast<char>(c));
    if (f->encoding == Encoding::Utf8 && c >= 0xC0) {
      int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
      for (int k = 0; k < extra; ++k) {
        int d = read_char(vm, f->file);
        if (d == EOF) break;
        data.push_back(static_cast<char>(d));
      }
    }
  }
  return data;
}

int64_t optional_size(VM& vm, CallArgs args, uint32_t index) {
  if (args.npos <= index || args[index].is_none()) return -1;
  return index_value(vm, args[index]);
}

// ---- methods

Value m_read(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "read");
  check_readable(vm, f);
  int64_t size = optional_size(vm, args, 1);
  if (!f->file) return make_result(vm, f, "");
  return make_result(vm, f, size < 0 ? read_all(vm, f) : read_some(vm, f, size));
}

Value m_readline(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "readline");
  check_readable(vm, f);
  if (!f->file) return make_result(vm, f, "");
  return make_result(vm, f, read_line(vm, f, optional_size(vm, args, 1)));
}

Value m_readlines(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "readlines");
  check_readable(vm, f);
  int64_t hint = optional_size(vm, args, 1);
  ListObject* lines = vm.new_list();
  Rooted keep(vm, obj(lines));
  int64_t total = 0;
  while (f->file) {
    std::string line = read_line(vm, f, -1);
    if (line.empty()) break;
    total += static_cast<int64_t>(line.size());
    list_append(vm, lines, make_result(vm, f, std::move(line)));
    if (hint > 0 && total >= hint) break;
  }
  return obj(lines);
}

std::string data_to_write(VM& vm, FileObject* f, Value v, int64_t* count) {
  if (f->binary) {
    if (is_bytes(vm, v)) {
      auto* b = static_cast<BytesObject*>(v.as_object());
      *count = b->size;
      return std::string(b->view());
    }
    if (is_bytearray(vm, v)) {
      auto* b = static_cast<ByteArrayObject*>(v.as_object());
      *count = b->size;
      return std::string(b->view());
    }
    type_error(vm, "a bytes-like object is required, not '" + std::string(type_name(vm, v)) + "'");
  }
  StrObject* s = misc::as_str(vm, v);
  if (!s) type_error(vm, "write() argument must be str, not " + std::string(type_name(vm, v)));
  *count = s->length;
  std::string data = encode_text(vm, s, f->encoding);
  if (f->newline == Newline::Cr || f->newline == Newline::CrLf) {
    std::string out;
    for (char c : data) {
      if (c == '\n') {
        out += f->newline == Newline::Cr ? "\r" : "\r\n";
      } else {
        out.push_back(c);
      }
    }
    return out;
  }
  return data;
}

void write_data(VM& vm, FileObject* f, std::string_view data) {
  if (f->stream) {
    misc::stream_write(vm, *f->stream, data);
    return;
  }
  if (!f->file) return;
  size_t written = 0;
  while (written < data.size()) {
    written += std::fwrite(data.data() + written, 1, data.size() - written, f->file);
    if (written < data.size() && !interrupted(vm, f->file)) {
      raise_os_error(vm, errno, Value::undefined());
    }
  }
}

Value m_write(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "write");
  if (args.npos != 2) {
    type_error(vm,
               "write() takes exactly one argument (" + std::to_string(args.npos - 1) + " given)");
  }
  check_writable(vm, f);
  int64_t count = 0;
  std::string data = data_to_write(vm, f, args[1], &count);
  write_data(vm, f, data);
  return vm.make_int(count);
}

Value m_writelines(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "writelines");
  if (args.npos != 2) type_error(vm, "writelines() takes exactly one argument");
  check_writable(vm, f);
  Value it = get_iterator(vm, args[1]);
  Rooted keep(vm, it);
  Value line;
  while (iterator_next(vm, it, &line)) {
    int64_t count = 0;
    write_data(vm, f, data_to_write(vm, f, line, &count));
  }
  return Value::none();
}

Value m_flush(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "flush");
  if (f->closed) vm.raise(vm.types.ValueError, "I/O operation on closed file.");
  if (f->stream) misc::stream_flush(vm, *f->stream);
  if (f->file) std::fflush(f->file);
  return Value::none();
}

void close_file(FileObject* f) {
  if (f->closed) return;
  f->closed = true;
  if (f->stream) f->stream->flush();
  if (f->file) {
    if (f->owns_file) {
      std::fclose(f->file);
    } else {
      std::fflush(f->file);
    }
    f->file = nullptr;
  }
}

Value m_close(VM& vm, CallArgs args) {
  close_file(self_file(vm, args, "close"));
  return Value::none();
}

Value m_enter(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "__enter__");
  if (f->closed) vm.raise(vm.types.ValueError, "I/O operation on closed file.");
  return args[0];
}

Value m_exit(VM& vm, CallArgs args) {
  close_file(self_file(vm, args, "__exit__"));
  return Value::none();
}

Value m_iter(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "__iter__");
  if (f->closed) vm.raise(vm.types.ValueError, "I/O operation on closed file.");
  return args[0];
}

bool file_next(VM& vm, Value self, Value* item) {
  FileObject* f = as_file(vm, self);
  check_readable(vm, f);
  if (!f->file) return false;
  std::string line = read_line(vm, f, -1);
  if (line.empty()) return false;
  *item = make_result(vm, f, std::move(line));
  return true;
}

Value file_iter(VM& vm, Value self) {
  if (as_file(vm, self)->closed) vm.raise(vm.types.ValueError, "I/O operation on closed file.");
  return self;
}

Value m_next(VM& vm, CallArgs args) {
  Value item;
  if (!file_next(vm, args[0], &item)) {
    vm.raise(obj(vm.new_exception(vm.types.StopIteration, vm.empty_tuple)));
  }
  return item;
}

Value m_tell(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "tell");
  check_open(vm, f);
  if (!f->file) raise_os_error(vm, ESPIPE, Value::undefined());
  long pos = std::ftell(f->file);
  if (pos < 0) raise_os_error(vm, errno, Value::undefined());
  return vm.make_int(pos);
}

Value m_seek(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "seek");
  check_open(vm, f);
  if (args.npos < 2) type_error(vm, "seek expected at least 1 argument, got 0");
  int64_t offset = index_value(vm, args[1]);
  int64_t whence = args.npos > 2 ? index_value(vm, args[2]) : 0;
  if (whence < 0 || whence > 2) {
    vm.raise(vm.types.ValueError,
             "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (!f->binary && whence != 0 && offset != 0) {
    vm.raise(unsupported_operation(vm), whence == 1 ? "can't do nonzero cur-relative seeks"
                                                    : "can't do nonzero end-relative seeks");
  }
  if (!f->file) raise_os_error(vm, ESPIPE, Value::undefined());
  int how = whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END;
  if (std::fseek(f->file, offset, how) != 0) raise_os_error(vm, errno, Value::undefined());
  f->last_was_cr = false;
  return vm.make_int(std::ftell(f->file));
}

Value m_truncate(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "truncate");
  check_writable(vm, f);
  if (!f->file) raise_os_error(vm, ESPIPE, Value::undefined());
  std::fflush(f->file);
  long size = args.npos > 1 && !args[1].is_none() ? static_cast<long>(index_value(vm, args[1]))
                                                  : std::ftell(f->file);
  if (ftruncate(fileno(f->file), size) != 0) raise_os_error(vm, errno, Value::undefined());
  return vm.make_int(size);
}

Value m_readable(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "readable");
  check_open(vm, f);
  return Value::from_bool(f->readable);
}

Value m_writable(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "writable");
  check_open(vm, f);
  return Value::from_bool(f->writable);
}

Value m_seekable(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "seekable");
  check_open(vm, f);
  return Value::from_bool(f->file && std::ftell(f->file) >= 0);
}

int file_descriptor(FileObject* f) {
  if (f->stream) return f->stream->fd();
  return f->file ? fileno(f->file) : -1;
}

Value m_fileno(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "fileno");
  check_open(vm, f);
  return vm.make_int(file_descriptor(f));
}

Value m_isatty(VM& vm, CallArgs args) {
  FileObject* f = self_file(vm, args, "isatty");
  check_open(vm, f);
  return Value::from_bool(isatty(file_descriptor(f)) == 1);
}

// ---- attributes and repr

Type* file_type(VM& vm, std::string_view name) {
  Value m = dict_get_str(vm, vm.modules, vm.name("_io"));
  auto* module = static_cast<ModuleObject*>(m.as_object());
  return static_cast<Type*>(dict_get_str(vm, module->dict, vm.name(name)).as_object());
}

FileObject* new_file(VM& vm, Type* type) {
  auto* f = vm.allocate<FileObject>(type);
  f->name = Value::none();
  f->mode = vm.empty_str;
  f->encoding_name = vm.empty_str;
  return f;
}

Value file_getattr(VM& vm, Value self, StrObject* name) {
  FileObject* f = as_file(vm, self);
  std::string_view n = name->view();
  if (n == "closed") return Value::from_bool(f->closed);
  if (n == "name") return f->name;
  if (n == "mode") return obj(f->mode);
  if (n == "encoding" && !f->binary) return obj(f->encoding_name);
  if (n == "errors" && !f->binary) return obj(vm.name("strict"));
  if (n == "newlines" && !f->binary) return Value::none();
  if (n == "line_buffering" && !f->binary) return Value::from_bool(f->stream == &vm.err());
  if (n == "buffer" && !f->binary) {
    // The binary layer under a text file: the same stream, never closing it.
    Rooted keep(vm, self);
    const char* kind = f->readable && f->writable ? "BufferedRandom"
                       : f->readable              ? "BufferedReader"
                                                  : "BufferedWriter";
    FileObject* b = new_file(vm, file_type(vm, kind));
    b->file = f->file;
    b->stream = f->stream;
    b->owns_file = false;
    b->name = f->name;
    b->mode = vm.intern(std::string(f->mode->view()) + "b");
    b->encoding_name = f->encoding_name;
    b->readable = f->readable;
    b->writable = f->writable;
    b->binary = true;
    b->closed = f->closed;
    return obj(b);
  }
  return misc::generic_or_raise(vm, self, name);
}

Value file_repr(VM& vm, Value self) {
  FileObject* f = as_file(vm, self);
  std::string text = "<" + misc::qualified_type_name(vm, f->type);
  text += " name=" + misc::repr_text(vm, f->name);
  if (!f->binary) {
    text += " mode=" + misc::repr_text(vm, obj(f->mode));
    text += " encoding=" + misc::repr_text(vm, obj(f->encoding_name));
  }
  text += ">";
  return misc::new_str_value(vm, text);
}

// ---- open()

Encoding parse_encoding(VM& vm, Value v, StrObject** name) {
  StrObject* s = v.is_undefined() || v.is_none() ? nullptr : misc::as_str(vm, v);
  if (!s && !v.is_undefined() && !v.is_none()) {
    type_error(
        vm, "open() argument 'encoding' must be str or None, not " + std::string(type_name(vm, v)));
  }
  // No encoding, or "locale" (io.text_encoding's explicit spelling of the same): the
  // locale's encoding, which Ember takes to be UTF-8.
  if (!s || s->view() == "locale") {
    *name = vm.intern("UTF-8");
    return Encoding::Utf8;
  }
  *name = s;
  std::string lower;
  for (char c : s->view()) {
    char l = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    lower.push_back(l == '_' ? '-' : l);
  }
  if (lower == "utf-8" || lower == "utf8" || lower == "u8" || lower == "utf") {
    return Encoding::Utf8;
  }
  if (lower == "latin-1" || lower == "latin1" || lower == "iso-8859-1" || lower == "iso8859-1" ||
      lower == "l1" || lower == "8859" || lower == "cp819" || lower == "latin") {
    return Encoding::Latin1;
  }
  if (lower == "ascii" || lower == "us-ascii" || lower == "646") return Encoding::Ascii;
  vm.raise(vm.types.LookupError, "unknown encoding: " + std::string(s->view()));
}

// io.text_encoding(encoding, stacklevel=2): the encoding a text file opened with `encoding`
// gets, "locale" when None (open() then uses the locale's).
Value io_text_encoding(VM& vm, CallArgs args) {
  misc::expect_range(vm, args, "text_encoding", 1, 2);
  return args[0].is_none() ? obj(vm.intern("locale")) : args[0];
}

Value builtin_open(VM& vm, CallArgs args) {
  Value kw[8];
  misc::keywords(
      vm, args, "open",
      {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, kw);
  if (args.npos > 8) {
    type_error(vm, "open() takes at most 8 arguments (" + std::to_string(args.npos) + " given)");
  }
  for (uint32_t i = 0; i < args.npos; ++i) kw[i] = args[i];
  Value file = kw[0];
  if (file.is_undefined()) type_error(vm, "open() missing required argument 'file' (pos 1)");
  StrObject* mode_s = vm.intern("r");
  if (!kw[1].is_undefined()) {
    mode_s = misc::as_str(vm, kw[1]);
    if (!mode_s) {
      type_error(vm,
                 "open() argument 'mode' must be str, not " + std::string(type_name(vm, kw[1])));
    }
  }
  // Parse the mode like CPython's io.open.
  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
  std::string_view mode = mode_s->view();
  for (size_t i = 0; i < mode.size(); ++i) {
    char c = mode[i];
    if (mode.find(c) != i || std::string_view("xrwabt+").find(c) == std::string_view::npos) {
      vm.raise(vm.types.ValueError, "invalid mode: '" + std::string(mode) + "'");
    }
    creating |= c == 'x';
    reading |= c == 'r';
    writing |= c == 'w';
    appending |= c == 'a';
    updating |= c == '+';
    text |= c == 't';
    binary |= c == 'b';
  }
  if (text && binary) vm.raise(vm.types.ValueError, "can't have text and binary mode at once");
  if (creating + reading + writing + appending != 1) {
    vm.raise(vm.types.ValueError, "must have exactly one of create/read/write/append mode");
  }
  if (binary && !kw[3].is_undefined() && !kw[3].is_none()) {
    vm.raise(vm.types.ValueError, "binary mode doesn't take an encoding argument");
  }
  StrObject* encoding_name = nullptr;
  Encoding encoding = parse_encoding(vm, kw[3], &encoding_name);
  Newline newline = Newline::Universal;
  if (!kw[5].is_undefined() && !kw[5].is_none()) {
    StrObject* n = misc::as_str(vm, kw[5]);
    if (!n) {
      type_error(vm, "open() argument 'newline' must be str or None, not " +
                         std::string(type_name(vm, kw[5])));
    }
    std::string_view nv = n->view();
    if (nv.empty()) {
      newline = Newline::Untranslated;
    } else if (nv == "\n") {
      newline = Newline::Lf;
    } else if (nv == "\r") {
      newline = Newline::Cr;
    } else if (nv == "\r\n") {
      newline = Newline::CrLf;
    } else {
      vm.raise(vm.types.ValueError, "illegal newline value: " + std::string(nv));
    }
    if (binary) vm.raise(vm.types.ValueError, "binary mode doesn't take a newline argument");
  }

  int flags = 0;
  const char* stdio_mode;
  if (reading) {
    flags = updating ? O_RDWR : O_RDONLY;
    stdio_mode = updating ? "r+" : "r";
  } else if (writing) {
    flags = (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    stdio_mode = updating ? "w+" : "w";
  } else if (appending) {
    flags = (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    stdio_mode = updating ? "a+" : "a";
  } else {
    flags = (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    stdio_mode = updating ? "w+" : "w";
  }
  flags |= O_CLOEXEC;

  int fd;
  bool owns = true;
  StrObject* path = misc::as_str(vm, file);
  if (path) {
    if (std::string_view(path->data, path->byte_length).find('\0') != std::string_view::npos) {
      vm.raise(vm.types.ValueError, "embedded null byte");
    }
    do {
      fd = ::open(path->data, flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) raise_os_error(vm, errno, file);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      raise_os_error(vm, EISDIR, file);
    }
  } else if (is_bytes(vm, file)) {
    std::string p(static_cast<BytesObject*>(file.as_object())->view());
    fd = ::open(p.c_str(), flags, 0666);
    if (fd < 0) raise_os_error(vm, errno, file);
  } else if (vm.type_of(file)->has_flag(kTypeIntSubclass) && !file.is_bool()) {
    fd = static_cast<int>(index_value(vm, file));
    owns = kw[6].is_undefined() || truthy(vm, kw[6]);
    if (fcntl(fd, F_GETFD) < 0) raise_os_error(vm, errno, Value::undefined());
  } else {
    type_error(
        vm, "expected str, bytes or os.PathLike object, not " + std::string(type_name(vm, file)));
  }
  FILE* stream = fdopen(fd, stdio_mode);
  if (!stream) {
    int error = errno;
    if (owns) ::close(fd);
    raise_os_error(vm, error, file);
  }
  const char* type_name_text = "TextIOWrapper";
  if (binary) {
    type_name_text = updating ? "BufferedRandom" : reading ? "BufferedReader" : "BufferedWriter";
  }
  FileObject* f = new_file(vm, file_type(vm, type_name_text));
  f->file = stream;
  f->owns_file = owns;
  f->name = file;
  f->mode = binary ? vm.intern(std::string(mode)) : mode_s;
  f->encoding_name = encoding_name;
  f->encoding = encoding;
  f->readable = reading || updating;
  f->writable = !reading || updating;
  f->binary = binary;
  f->newline = newline;
  return obj(f);
}

void add_methods(VM& vm, Type* t) {
  vm.add_method(t, "read", m_read);
  vm.add_method(t, "readline", m_readline);
  vm.add_method(t, "readlines", m_readlines);
  vm.add_method(t, "write", m_write);
  vm.add_method(t, "writelines", m_writelines);
  vm.add_method(t, "flush", m_flush);
  vm.add_method(t, "close", m_close);
  vm.add_method(t, "__enter__", m_enter);
  vm.add_method(t, "__exit__", m_exit);
  vm.add_method(t, "__iter__", m_iter);
  vm.add_method(t, "__next__", m_next);
  vm.add_method(t, "tell", m_tell);
  vm.add_method(t, "seek", m_seek);
  vm.add_method(t, "truncate", m_truncate);
  vm.add_method(t, "readable", m_readable);
  vm.add_method(t, "writable", m_writable);
  vm.add_method(t, "seekable", m_seekable);
  vm.add_method(t, "fileno", m_fileno);
  vm.add_method(t, "isatty", m_isatty);
}

}  // namespace

namespace misc {

OutputStream* native_output(VM& vm, Value file) {
  FileObject* f = as_file(vm, file);
  if (!f || f->closed) return nullptr;
  return f->stream;
}

void stream_write(VM& vm, OutputStream& stream, std::string_view text) {
  stream.write(text);
  if (int error = stream.take_error()) raise_os_error(vm, error, Value::undefined());
}

void stream_flush(VM& vm, OutputStream& stream) {
  stream.flush();
  if (int error = stream.take_error()) raise_os_error(vm, error, Value::undefined());
}

bool stdin_readline(VM& vm, std::string& line) {
  require_capability(vm, Capability::FileSystem, "reading sys.stdin");
  line.clear();
  int c;
  while ((c = read_char(vm, stdin)) != EOF) {
    line.push_back(static_cast<char>(c));
    if (c == '\n') return true;
  }
  std::clearerr(stdin);
  return !line.empty();
}

StrObject* decode_utf8(VM& vm, std::string_view bytes) {
  return vm.new_str(decode_text(vm, bytes, Encoding::Utf8));
}

Value new_std_stream(VM& vm, int which) {
  FileObject* f = new_file(vm, file_type(vm, "TextIOWrapper"));
  f->encoding_name = vm.intern("utf-8");
  f->encoding = Encoding::Utf8;
  if (which == 0) {
    // A sandboxed script reads an empty stdin instead of the host's.
    f->file = vm.has_capability(Capability::FileSystem) ? stdin : nullptr;
    f->owns_file = false;
    f->readable = true;
    f->name = obj(vm.intern("<stdin>"));
    f->mode = vm.intern("r");
  } else {
    f->stream = which == 1 ? &vm.out() : &vm.err();
    f->writable = true;
    f->name = obj(vm.intern(which == 1 ? "<stdout>" : "<stderr>"));
    f->mode = vm.intern("w");
  }
  return obj(f);
}

}  // namespace misc

void install_io(VM& vm) {
  // The file classes live in a module `_io` (their repr says `_io.TextIOWrapper`); `io`
  // re-exports them with open() and UnsupportedOperation.
  auto make_module = [&](std::string_view name) {
    auto* m = vm.allocate<ModuleObject>(vm.types.module);
    m->name = vm.intern(name);
    m->dict = vm.new_dict();
    dict_set_str(vm, m->dict, vm.name("__name__"), obj(m->name));
    dict_set_str(vm, vm.modules, m->name, obj(m));
    return m;
  };
  ModuleObject* io_impl = make_module("_io");
  ModuleObject* io = make_module("io");
  for (const char* name : {"TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom"}) {
    Type* t = vm.new_type(name, vm.types.object, 0);
    t->module = vm.intern("_io");
    t->slots.trace = trace_file;
    t->slots.finalize = finalize_file;
    t->slots.repr = file_repr;
    t->slots.getattr = file_getattr;
    t->slots.iter = file_iter;
    t->slots.next = file_next;
    t->slots.construct = nullptr;
    add_methods(vm, t);
    dict_set_str(vm, io_impl->dict, t->name, obj(t));
    dict_set_str(vm, io->dict, t->name, obj(t));
  }
  Type* unsupported = vm.new_type("UnsupportedOperation", vm.types.OSError);
  unsupported->module = vm.intern("io");
  dict_set_str(vm, io->dict, unsupported->name, obj(unsupported));
  dict_set_str(vm, io_impl->dict, unsupported->name, obj(unsupported));

  NativeFunctionObject* open =
      vm.has_capability(Capability::FileSystem)
          ? vm.new_native_function("open", builtin_open)
          : new_denied_function(vm, "open", "open()", Capability::FileSystem);
  vm.add_builtin("open", obj(open));
  dict_set_str(vm, io->dict, vm.name("open"), obj(open));
  Value text_encoding = obj(vm.new_native_function("text_encoding", io_text_encoding));
  dict_set_str(vm, io->dict, vm.name("text_encoding"), text_encoding);
  dict_set_str(vm, io_impl->dict, vm.name("text_encoding"), text_encoding);
}

}  // namespace ember
