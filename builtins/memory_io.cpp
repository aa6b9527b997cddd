// io.StringIO and io.BytesIO: in-memory text and binary streams, added to the `io` and `_io`
// modules that io.cpp creates. StringIO keeps code points (positions count characters) and
// applies its `newline` translation on writing, as CPython does.
#include <algorithm>
#include <cstring>
#include <string>

#include "builtins/native_module.h"
#include "builtins/native_stdlib.h"
#include "vm/bytes_object.h"
#include "vm/exception_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

using native::obj;

// ---- shared

enum class Newline : uint8_t { Universal, Any, Lf, Cr, CrLf };  // None, '', \n, \r, \r\n

struct StringIOObject : Object {
  std::u32string* text;
  int64_t position;
  Newline newline;
  uint8_t seen;  // newline kinds met by universal translation: 1 \r, 2 \n, 4 \r\n
  bool closed;
};

struct BytesIOObject : Object {
  std::string* data;
  int64_t position;
  bool closed;
};

void finalize_stringio(VM&, Object* self) {
  auto* s = static_cast<StringIOObject*>(self);
  delete s->text;
  s->text = nullptr;
}

void finalize_bytesio(VM&, Object* self) {
  auto* b = static_cast<BytesIOObject*>(self);
  delete b->data;
  b->data = nullptr;
}

ModuleObject* module_named(VM& vm, const char* name) {
  return static_cast<ModuleObject*>(dict_get_str(vm, vm.modules, vm.name(name)).as_object());
}

[[noreturn]] void unsupported(VM& vm, const char* what) {
  Value t = dict_get_str(vm, module_named(vm, "io")->dict, vm.name("UnsupportedOperation"));
  vm.raise(t.is_undefined() ? vm.types.OSError : static_cast<Type*>(t.as_object()), what);
}

// read()'s size: an int or None (-1: everything).
int64_t size_arg(VM& vm, CallArgs args, uint32_t index) {
  if (args.npos <= index || args[index].is_none()) return -1;
  Value v = args[index];
  if (!vm.type_of(v)->slots.index) {
    vm.raise(vm.types.TypeError,
             "argument should be integer or None, not '" + std::string(type_name(vm, v)) + "'");
  }
  return index_value(vm, v);
}

void arity(VM& vm, CallArgs args, const char* name, uint32_t max) {
  native::no_keywords(vm, args, name);
  if (args.npos - 1 > max) {
    vm.raise(vm.types.TypeError, std::string(name) + " expected at most " + std::to_string(max) +
                                     " argument" + (max == 1 ? "" : "s") + ", got " +
                                     std::to_string(args.npos - 1));
  }
}

// ---- StringIO

StringIOObject* self_text(VM& vm, CallArgs args, const char* method, bool allow_closed = false) {
  if (args.npos == 0 || !args[0].is_object() ||
      args[0].as_object()->type->slots.finalize != finalize_stringio) {
    vm.raise(vm.types.TypeError,
             std::string("descriptor '") + method + "' requires a '_io.StringIO' object");
  }
  auto* s = static_cast<StringIOObject*>(args[0].as_object());
  if (s->closed && !allow_closed) vm.raise(vm.types.ValueError, "I/O operation on closed file");
  return s;
}

std::u32string decode(std::string_view utf8) {
  std::u32string out;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) out.push_back(utf8_decode(p));
  return out;
}

std::string encode(std::u32string_view text) {
  std::string out;
  char buffer[4];
  for (char32_t c : text) out.append(buffer, static_cast<size_t>(utf8_encode(c, buffer)));
  return out;
}

Value text_value(VM& vm, std::u32string_view text) {
  return obj(vm.new_str(encode(text)));
}

// The text as stored after the newline translation of writing.
std::u32string translate(StringIOObject* s, std::u32string text) {
  switch (s->newline) {
    case Newline::Universal: {
      std::u32string out;
      for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == U'\r') {
          bool pair = i + 1 < text.size() && text[i + 1] == U'\n';
          s->seen |= pair ? 4 : 1;
          if (pair) ++i;
          out.push_back(U'\n');
        } else {
          if (text[i] == U'\n') s->seen |= 2;
          out.push_back(text[i]);
        }
      }
      return out;
    }
    case Newline::Cr:
    case Newline::CrLf: {
      std::u32string ending = s->newline == Newline::Cr ? U"\r" : U"\r\n";
      std::u32string out;
      for (char32_t c : text) {
        if (c == U'\n') {
          out += ending;
        } else {
          out.push_back(c);
        }
      }
      return out;
    }
    default:
      return text;
  }
}

int64_t write_text(StringIOObject* s, std::u32string text) {
  auto length = static_cast<int64_t>(text.size());
  std::u32string stored = translate(s, std::move(text));
  std::u32string& buffer = *s->text;
  auto pos = static_cast<size_t>(s->position);
  if (buffer.size() < pos) buffer.resize(pos, U'\0');
  size_t overlap = std::min(stored.size(), buffer.size() - pos);
  buffer.replace(pos, overlap, stored);
  s->position += static_cast<int64_t>(stored.size());
  return length;
}

StrObject* str_arg(VM& vm, Value v, const char* message) {
  StrObject* text = native::as_str(vm, v);
  if (!text) vm.raise(vm.types.TypeError, message + std::string(type_name(vm, v)) + "'");
  return text;
}

Value stringio_write(VM& vm, CallArgs args) {
  StringIOObject* s = self_text(vm, args, "write");
  native::one_argument(vm, CallArgs{args.values + 1, args.npos - 1, args.kwnames},
                       "StringIO.write");
  StrObject* text = str_arg(vm, args[1], "string argument expected, got '");
  return vm.make_int(write_text(s, decode(text->view())));
}

Value stringio_writelines(VM& vm, CallArgs args) {
  StringIOObject* s = self_text(vm, args, "writelines");
  native::one_argument(vm, CallArgs{args.values + 1, args.npos - 1, args.kwnames},
                       "StringIO.writelines");
  Value iterator = get_iterator(vm, args[1]);
  Rooted keep(vm, iterator);
  Value line;
  while (iterator_next(vm, iterator, &line)) {
    StrObject* text = str_arg(vm, line, "string argument expected, got '");
    if (s->closed) vm.raise(vm.types.ValueError, "I/O operation on closed file");
    write_text(s, decode(text->view()));
  }
  return Value::none();
}

Value stringio_read(VM& vm, CallArgs args) {
  StringIOObject* s = self_text(vm, args, "read");
  arity(vm, args, "read", 1);
  int64_t n = size_arg(vm, args, 1);
  auto size = static_cast<int64_t>(s->text->size());
  int64_t start = std::min(s->position, size);
  int64_t stop = n < 0 ? size : std::min(size, start + n);
  s->position = std::max(s->position, stop);
  return text_value(vm, std::u32string_view(*s->text).substr(static_cast<size_t>(start),
                                                             static_cast<size_t>(stop - start)));
}

// The end of the line starting at `start` (after its newline), at most `limit` characters.
size_t line_end(StringIOObject* s, size_t start, int64_t limit) {
  const std::u32string& t = *s->text;
  size_t stop = limit < 0 ? t.size() : std::min(t.size(), start + static_cast<size_t>(limit));
  for (size_t i = start; i < stop; ++i) {
    char32_t c = t[i];
    switch (s->newline) {
      case Newline::Any:
        if (c == U'\n') return i + 1;
        if (c == U'\r') return i + 1 < stop && t[i + 1] == U'\n' ? i + 2 : i + 1;
        break;
      case Newline::Cr:
        if (c == U'\r') return i + 1;
        break;
      case Newline::CrLf:
        if (c == U'\r' && i + 1 < stop && t[i + 1] == U'\n') return i + 2;
        break;
      default:
        if (c == U'\n') return i + 1;
    }
  }
  return stop;
}

Value read_line(VM& vm, StringIOObject* s, int64_t limit) {
  size_t start = std::min(static_cast<size_t>(s->position), s->text->size());
  size_t stop = line_end(s, start, limit);
  s->position = static_cast<int64_t>(std::max(stop, static_cast<size_t>(s->position)));
  return text_value(vm, std::u32string_view(*s->text).substr(start, stop - start));
}

Value stringio_readline(VM& vm, CallArgs args) {
  StringIOObject* s = self_text(vm, args, "readline");
  arity(vm, args, "readline", 1);
  return read_line(vm, s, size_arg(vm, args, 1));
}

Value stringio_readlines(VM& vm, CallArgs args) {
  StringIOObject* s = self_text(vm, args, "readlines");
  arity(vm, args, "readlines", 1);
  int64_t hint = size_arg(vm, args, 1);
  ListObject* lines = vm.new_list();
  Rooted keep(vm, obj(lines));
  int64_t total = 0;
  while (static_cast<size_t>(s->position) < s->text->size()) {
    Value line = read_line(vm, s, -1);
    list_append(vm, lines, line);
    total += static_cast<StrObject*>(line.as_object())->length;
    // IOBase's rule, which StringIO keeps: stop once the lines exceed the hint (BytesIO
    // stops on reaching it).
    if (hint > 0 && total > hint) break;
  }
  return obj(lines);
}

Value stringio_getvalue(VM& vm, CallArgs args) {
  StringIOObject* s = self_text(vm, args, "getvalue");
  arity(vm, args, "getvalue", 0);
  return text_value(vm, *s->text);
}

Value stringio_tell(VM& vm, CallArgs args) {
  StringIOObject* s = self_text(vm, args, "tell");
  arity(vm, args, "tell", 0);
  return vm.make_int(s->position);
}

Value stringio_seek(VM& vm, CallArgs args) {
  StringIOObject* s = self_text(vm, args, "seek");
  arity(vm, args, "seek", 2);
  if (args.npos < 2) {
    vm.raise(vm.types.TypeError, "seek expected at least 1 argument, got 0");
  }
  int64_t offset = index_value(vm, args[1]);
  int64_t whence = args.npos > 2 ? index_value(vm, args[2]) : 0;
  if (whence < 0 || whence > 2) {
    vm.raise(vm.types.ValueError,
             "Invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (whence == 0 && offset < 0) {
    vm.raise(vm.types.ValueError, "Negative seek position " + std::to_string(offset));
  }
  if (whence == 1 && offset != 0) vm.raise(vm.types.OSError, "Can't do nonzero cur-relative seeks");
  // CPython's StringIO says "cur-relative" for end-relative seeks too.
  if (whence == 2 && offset != 0) vm.raise(vm.types.OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 0) s->position = offset;
  if (whence == 2) s->position = static_cast<int64_t>(s->text->size());
  return vm.make_int(s->position);
}

Value stringio_truncate(VM& vm, CallArgs args) {
  StringIOObject* s = self_text(vm, args, "truncate");
  arity(vm, args, "truncate", 1);
  int64_t size = args.npos < 2 || args[1].is_none() ? s->position : index_value(vm, args[1]);
  if (size < 0) vm.raise(vm.types.ValueError, "Negative size value " + std::to_string(size));
  if (static_cast<size_t>(size) < s->text->size()) s->text->resize(static_cast<size_t>(size));
  return vm.make_int(size);
}

Value stringio_close(VM& vm, CallArgs args) {
  StringIOObject* s = self_text(vm, args, "close", true);
  arity(vm, args, "close", 0);
  s->closed = true;
  s->text->clear();
  s->text->shrink_to_fit();
  return Value::none();
}

// iter(StringIO) is IOBase's: it refuses a closed stream, with IOBase's message (next()
// on an iterator taken before the close has StringIO's own, without the period).
Value stringio_iter(VM& vm, Value self) {
  if (static_cast<StringIOObject*>(self.as_object())->closed) {
    vm.raise(vm.types.ValueError, "I/O operation on closed file.");
  }
  return self;
}

bool stringio_next(VM& vm, Value self, Value* item) {
  auto* s = static_cast<StringIOObject*>(self.as_object());
  if (s->closed) vm.raise(vm.types.ValueError, "I/O operation on closed file");
  Value line = read_line(vm, s, -1);
  if (static_cast<StrObject*>(line.as_object())->length == 0) return false;
  *item = line;
  return true;
}

Value stringio_getattr(VM& vm, Value self, StrObject* name) {
  auto* s = static_cast<StringIOObject*>(self.as_object());
  std::string_view n = name->view();
  if (n == "closed") return Value::from_bool(s->closed);
  if (n == "line_buffering") return Value::from_bool(false);
  // In-memory text has no byte encoding: TextIOBase's None.
  if (n == "encoding" || n == "errors") return Value::none();
  if (n == "newlines") {
    if (s->newline != Newline::Universal || s->seen == 0) return Value::none();
    static constexpr const char* kKinds[] = {"\r", "\n", "\r\n"};
    int count = 0;
    Value found[3];
    for (int k = 0; k < 3; ++k) {
      if (s->seen & (1 << k)) found[count++] = obj(vm.intern(kKinds[k]));
    }
    if (count == 1) return found[0];
    TupleObject* kinds = vm.new_tuple(count);
    for (int k = 0; k < count; ++k) kinds->items[k] = found[k];
    return obj(kinds);
  }
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) {
    vm.raise(vm.types.AttributeError,
             "'_io.StringIO' object has no attribute '" + std::string(n) + "'");
  }
  return v;
}

Value construct_stringio(VM& vm, Type* type, CallArgs args) {
  Value a[2];
  native::bind(vm, args, {"StringIO", {"initial_value", "newline"}, 0, 2, 0}, a);
  Newline newline = Newline::Lf;
  if (!a[1].is_undefined()) {
    if (a[1].is_none()) {
      newline = Newline::Universal;
    } else {
      StrObject* text = native::as_str(vm, a[1]);
      if (!text) {
        vm.raise(vm.types.TypeError,
                 "newline must be str or None, not " + std::string(type_name(vm, a[1])));
      }
      std::string_view n = text->view();
      if (n.empty()) {
        newline = Newline::Any;
      } else if (n == "\n") {
        newline = Newline::Lf;
      } else if (n == "\r") {
        newline = Newline::Cr;
      } else if (n == "\r\n") {
        newline = Newline::CrLf;
      } else {
        std::string text = "illegal newline value: ";
        append_repr(vm, text, a[1]);
        vm.raise(vm.types.ValueError, text);
      }
    }
  }
  StrObject* initial = nullptr;
  if (!a[0].is_undefined() && !a[0].is_none()) {
    initial = native::as_str(vm, a[0]);
    if (!initial) {
      vm.raise(vm.types.TypeError,
               "initial_value must be str or None, not " + std::string(type_name(vm, a[0])));
    }
  }
  auto* s = vm.allocate<StringIOObject>(type);
  s->text = new std::u32string();
  s->newline = newline;
  if (initial) {
    write_text(s, decode(initial->view()));
    s->position = 0;
  }
  return obj(s);
}

// ---- BytesIO

BytesIOObject* self_bytes(VM& vm, CallArgs args, const char* method, bool allow_closed = false) {
  if (args.npos == 0 || !args[0].is_object() ||
      args[0].as_object()->type->slots.finalize != finalize_bytesio) {
    vm.raise(vm.types.TypeError,
             std::string("descriptor '") + method + "' requires a '_io.BytesIO' object");
  }
  auto* b = static_cast<BytesIOObject*>(args[0].as_object());
  if (b->closed && !allow_closed) vm.raise(vm.types.ValueError, "I/O operation on closed file.");
  return b;
}

std::string_view bytes_arg(VM& vm, Value v) {
  if (is_bytes(vm, v)) return static_cast<BytesObject*>(v.as_object())->view();
  if (is_bytearray(vm, v)) return static_cast<ByteArrayObject*>(v.as_object())->view();
  vm.raise(vm.types.TypeError,
           "a bytes-like object is required, not '" + std::string(type_name(vm, v)) + "'");
}

int64_t write_bytes(BytesIOObject* b, std::string_view data) {
  std::string& buffer = *b->data;
  auto pos = static_cast<size_t>(b->position);
  if (buffer.size() < pos) buffer.resize(pos, '\0');
  size_t overlap = std::min(data.size(), buffer.size() - pos);
  buffer.replace(pos, overlap, data);
  b->position += static_cast<int64_t>(data.size());
  return static_cast<int64_t>(data.size());
}

Value bytesio_write(VM& vm, CallArgs args) {
  BytesIOObject* b = self_bytes(vm, args, "write");
  native::one_argument(vm, CallArgs{args.values + 1, args.npos - 1, args.kwnames}, "BytesIO.write");
  std::string data(bytes_arg(vm, args[1]));
  return vm.make_int(write_bytes(b, data));
}

Value bytesio_writelines(VM& vm, CallArgs args) {
  BytesIOObject* b = self_bytes(vm, args, "writelines");
  native::one_argument(vm, CallArgs{args.values + 1, args.npos - 1, args.kwnames},
                       "BytesIO.writelines");
  Value iterator = get_iterator(vm, args[1]);
  Rooted keep(vm, iterator);
  Value line;
  while (iterator_next(vm, iterator, &line)) write_bytes(b, std::string(bytes_arg(vm, line)));
  return Value::none();
}

Value bytes_slice(VM& vm, BytesIOObject* b, size_t stop) {
  size_t start = std::min(static_cast<size_t>(b->position), b->data->size());
  stop = std::max(stop, start);
  b->position = static_cast<int64_t>(std::max(stop, static_cast<size_t>(b->position)));
  return obj(new_bytes(vm, std::string_view(*b->data).substr(start, stop - start)));
}

Value bytesio_read(VM& vm, CallArgs args) {
  BytesIOObject* b = self_bytes(vm, args, "read");
  arity(vm, args, "read", 1);
  int64_t n = size_arg(vm, args, 1);
  size_t start = std::min(static_cast<size_t>(b->position), b->data->size());
  size_t stop = n < 0 ? b->data->size() : std::min(b->data->size(), start + static_cast<size_t>(n));
  return bytes_slice(vm, b, stop);
}

size_t bytes_line_end(BytesIOObject* b, int64_t limit) {
  size_t start = std::min(static_cast<size_t>(b->position), b->data->size());
  size_t stop =
      limit < 0 ? b->data->size() : std::min(b->data->size(), start + static_cast<size_t>(limit));
  size_t nl = b->data->find('\n', start);
  return nl == std::string::npos || nl >= stop ? stop : nl + 1;
}

Value bytesio_readline(VM& vm, CallArgs args) {
  BytesIOObject* b = self_bytes(vm, args, "readline");
  arity(vm, args, "readline", 1);
  return bytes_slice(vm, b, bytes_line_end(b, size_arg(vm, args, 1)));
}

Value bytesio_readlines(VM& vm, CallArgs args) {
  BytesIOObject* b = self_bytes(vm, args, "readlines");
  arity(vm, args, "readlines", 1);
  int64_t hint = size_arg(vm, args, 1);
  ListObject* lines = vm.new_list();
  Rooted keep(vm, obj(lines));
  int64_t total = 0;
  while (static_cast<size_t>(b->position) < b->data->size()) {
    Value line = bytes_slice(vm, b, bytes_line_end(b, -1));
    list_append(vm, lines, line);
    total += static_cast<BytesObject*>(line.as_object())->size;
    if (hint > 0 && total >= hint) break;
  }
  return obj(lines);
}

Value bytesio_getvalue(VM& vm, CallArgs args) {
  BytesIOObject* b = self_bytes(vm, args, "getvalue");
  arity(vm, args, "getvalue", 0);
  return obj(new_bytes(vm, *b->data));
}

Value bytesio_tell(VM& vm, CallArgs args) {
  BytesIOObject* b = self_bytes(vm, args, "tell");
  arity(vm, args, "tell", 0);
  return vm.make_int(b->position);
}

Value bytesio_seek(VM& vm, CallArgs args) {
  BytesIOObject* b = self_bytes(vm, args, "seek");
  arity(vm, args, "seek", 2);
  if (args.npos < 2) vm.raise(vm.types.TypeError, "seek expected at least 1 argument, got 0");
  int64_t offset = index_value(vm, args[1]);
  int64_t whence = args.npos > 2 ? index_value(vm, args[2]) : 0;
  if (whence < 0 || whence > 2) {
    vm.raise(vm.types.ValueError,
             "invalid whence (" + std::to_string(whence) + ", should be 0, 1 or 2)");
  }
  if (whence == 0 && offset < 0) {
    vm.raise(vm.types.ValueError, "negative seek value " + std::to_string(offset));
  }
  int64_t base = whence == 0   ? 0
                 : whence == 1 ? b->position
                               : static_cast<int64_t>(b->data->size());
  b->position = std::max<int64_t>(0, base + offset);
  return vm.make_int(b->position);
}

Value bytesio_truncate(VM& vm, CallArgs args) {
  BytesIOObject* b = self_bytes(vm, args, "truncate");
  arity(vm, args, "truncate", 1);
  int64_t size = args.npos < 2 || args[1].is_none() ? b->position : index_value(vm, args[1]);
  if (size < 0) vm.raise(vm.types.ValueError, "negative size value " + std::to_string(size));
  if (static_cast<size_t>(size) < b->data->size()) b->data->resize(static_cast<size_t>(size));
  return vm.make_int(size);
}

Value bytesio_close(VM& vm, CallArgs args) {
  BytesIOObject* b = self_bytes(vm, args, "close", true);
  arity(vm, args, "close", 0);
  b->closed = true;
  b->data->clear();
  b->data->shrink_to_fit();
  return Value::none();
}

bool bytesio_next(VM& vm, Value self, Value* item) {
  auto* b = static_cast<BytesIOObject*>(self.as_object());
  if (b->closed) vm.raise(vm.types.ValueError, "I/O operation on closed file.");
  Value line = bytes_slice(vm, b, bytes_line_end(b, -1));
  if (static_cast<BytesObject*>(line.as_object())->size == 0) return false;
  *item = line;
  return true;
}

Value bytesio_getattr(VM& vm, Value self, StrObject* name) {
  auto* b = static_cast<BytesIOObject*>(self.as_object());
  if (name->view() == "closed") return Value::from_bool(b->closed);
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) {
    vm.raise(vm.types.AttributeError,
             "'_io.BytesIO' object has no attribute '" + std::string(name->view()) + "'");
  }
  return v;
}

Value construct_bytesio(VM& vm, Type* type, CallArgs args) {
  Value a[1];
  native::bind(vm, args, {"BytesIO", {"initial_bytes"}, 0, 1, 0}, a);
  std::string initial;
  if (!a[0].is_undefined() && !a[0].is_none()) initial = std::string(bytes_arg(vm, a[0]));
  auto* b = vm.allocate<BytesIOObject>(type);
  b->data = new std::string(std::move(initial));
  return obj(b);
}

// ---- methods both share

bool is_closed(Value self) {
  Object* o = self.as_object();
  if (o->type->slots.finalize == finalize_stringio) return static_cast<StringIOObject*>(o)->closed;
  return static_cast<BytesIOObject*>(o)->closed;
}

void check_open(VM& vm, CallArgs args, const char* name) {
  arity(vm, args, name, 0);
  if (is_closed(args[0])) vm.raise(vm.types.ValueError, "I/O operation on closed file.");
}

Value stream_true(VM& vm, CallArgs args) {
  check_open(vm, args, "readable");
  return Value::from_bool(true);
}

Value stream_flush(VM& vm, CallArgs args) {
  check_open(vm, args, "flush");
  return Value::none();
}

Value stream_isatty(VM& vm, CallArgs args) {
  check_open(vm, args, "isatty");
  return Value::from_bool(false);
}

Value stream_fileno(VM& vm, CallArgs args) {
  unsupported(vm, "fileno");
}

Value stream_detach(VM& vm, CallArgs args) {
  unsupported(vm, "detach");
}

Value stream_enter(VM& vm, CallArgs args) {
  check_open(vm, args, "__enter__");
  return args[0];
}

Value stream_exit(VM& vm, CallArgs args) {
  Value close = get_attribute(vm, args[0], vm.name("close"));
  Rooted keep(vm, close);
  vm.call(close, {});
  return Value::none();
}

Type* new_stream_type(VM& vm, const char* name) {
  Type* t = vm.new_type(name, vm.types.object, 0);
  t->module = vm.intern("_io");
  t->slots.iter = [](VM&, Value self) { return self; };
  const std::pair<const char*, NativeFunction> shared[] = {
      {"readable", stream_true}, {"writable", stream_true},   {"seekable", stream_true},
      {"flush", stream_flush},   {"isatty", stream_isatty},   {"fileno", stream_fileno},
      {"detach", stream_detach}, {"__enter__", stream_enter}, {"__exit__", stream_exit},
  };
  for (const auto& [method, f] : shared) vm.add_method(t, method, f);
  return t;
}

void add_type(VM& vm, Type* t) {
  for (const char* module : {"io", "_io"}) {
    dict_set_str(vm, module_named(vm, module)->dict, t->name, obj(t));
  }
}

}  // namespace

void install_memory_io(VM& vm) {
  Type* text = new_stream_type(vm, "StringIO");
  text->slots.finalize = finalize_stringio;
  text->slots.construct = construct_stringio;
  text->slots.iter = stringio_iter;
  text->slots.next = stringio_next;
  text->slots.getattr = stringio_getattr;
  const std::pair<const char*, NativeFunction> text_methods[] = {
      {"write", stringio_write},         {"writelines", stringio_writelines},
      {"read", stringio_read},           {"readline", stringio_readline},
      {"readlines", stringio_readlines}, {"getvalue", stringio_getvalue},
      {"tell", stringio_tell},           {"seek", stringio_seek},
      {"truncate", stringio_truncate},   {"close", stringio_close},
  };
  for (const auto& [method, f] : text_methods) vm.add_method(text, method, f);
  add_type(vm, text);

  Type* binary = new_stream_type(vm, "BytesIO");
  binary->slots.finalize = finalize_bytesio;
  binary->slots.construct = construct_bytesio;
  binary->slots.next = bytesio_next;
  binary->slots.getattr = bytesio_getattr;
  const std::pair<const char*, NativeFunction> binary_methods[] = {
      {"write", bytesio_write},       {"writelines", bytesio_writelines},
      {"read", bytesio_read},         {"read1", bytesio_read},
      {"readline", bytesio_readline}, {"readlines", bytesio_readlines},
      {"getvalue", bytesio_getvalue}, {"tell", bytesio_tell},
      {"seek", bytesio_seek},         {"truncate", bytesio_truncate},
      {"close", bytesio_close},
  };
  for (const auto& [method, f] : binary_methods) vm.add_method(binary, method, f);
  add_type(vm, binary);
}

}  // namespace ember
