// The built-in exception classes: construction, args, str/repr, chaining attributes and the
// attributes of the specialised classes (SystemExit.code, OSError.errno, SyntaxError.lineno,
// UnicodeDecodeError.start, ...). Extra attributes live in ExceptionObject::dict.
#include <cerrno>
#include <cstdio>
#include <string>

#include "builtins/install.h"
#include "builtins/misc_support.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/list_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

using misc::obj;

ExceptionObject* as_exc(Value v) {
  return static_cast<ExceptionObject*>(v.as_object());
}

bool is_exception(VM& vm, Value v) {
  return vm.type_of(v)->has_flag(kTypeExceptionSubclass);
}

bool sub(VM& vm, Type* t, Type* base) {
  return is_subtype(t, base);
}

DictObject* exc_dict(VM& vm, ExceptionObject* e) {
  if (!e->dict) e->dict = vm.new_dict();
  return e->dict;
}

void put(VM& vm, ExceptionObject* e, std::string_view name, Value v) {
  dict_set_str(vm, exc_dict(vm, e), vm.name(name), v);
}

Value get(VM& vm, ExceptionObject* e, std::string_view name) {
  if (!e->dict) return Value::undefined();
  return dict_get_str(vm, e->dict, vm.name(name));
}

Value get_or_none(VM& vm, ExceptionObject* e, std::string_view name) {
  Value v = get(vm, e, name);
  return v.is_undefined() ? Value::none() : v;
}

TupleObject* tuple_of(VM& vm, const Value* values, int64_t n) {
  TupleObject* t = vm.new_tuple(n);
  for (int64_t i = 0; i < n; ++i) t->items[i] = values[i];
  return t;
}

// Attributes that the specialised classes always have (None until set).
bool has_default_attribute(VM& vm, Type* t, std::string_view n) {
  const auto& T = vm.types;
  if (sub(vm, t, T.SystemExit)) return n == "code";
  if (sub(vm, t, T.StopIteration)) return n == "value";
  if (sub(vm, t, T.OSError)) {
    return n == "errno" || n == "strerror" || n == "filename" || n == "filename2";
  }
  if (sub(vm, t, T.SyntaxError)) {
    return n == "msg" || n == "filename" || n == "lineno" || n == "offset" || n == "text" ||
           n == "end_lineno" || n == "end_offset" || n == "print_file_and_line";
  }
  if (sub(vm, t, T.ImportError)) return n == "msg" || n == "name" || n == "path";
  if (sub(vm, t, T.NameError)) return n == "name";
  if (sub(vm, t, T.AttributeError)) return n == "name" || n == "obj";
  if (sub(vm, t, T.UnicodeError)) {
    return n == "encoding" || n == "object" || n == "start" || n == "end" || n == "reason";
  }
  return false;
}

// ---- initialisation (shared by construction and __init__)

Type* oserror_subclass(VM& vm, Value code) {
  if (!code.is_small_int()) return nullptr;
  const auto& T = vm.types;
  switch (code.as_small_int()) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
      return T.BlockingIOError;
    case ECHILD:
      return T.ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return T.BrokenPipeError;
    case ECONNABORTED:
      return T.ConnectionAbortedError;
    case ECONNREFUSED:
      return T.ConnectionRefusedError;
    case ECONNRESET:
      return T.ConnectionResetError;
    case EEXIST:
      return T.FileExistsError;
    case ENOENT:
      return T.FileNotFoundError;
    case EISDIR:
      return T.IsADirectoryError;
    case ENOTDIR:
      return T.NotADirectoryError;
    case EINTR:
      return T.InterruptedError;
    case EACCES:
    case EPERM:
      return T.PermissionError;
    case ESRCH:
      return T.ProcessLookupError;
    case ETIMEDOUT:
      return T.TimeoutError;
    default:
      return nullptr;
  }
}

void require_str_arg(VM& vm, Value v, int position) {
  if (!misc::as_str(vm, v)) {
    misc::type_error(vm, "argument " + std::to_string(position) + " must be str, not " +
                             std::string(type_name(vm, v)));
  }
}

void require_int_arg(VM& vm, Value v) {
  index_value(vm, v);
}

// Sets args and the class-specific attributes from the call arguments.
void init_exception(VM& vm, ExceptionObject* e, CallArgs args) {
  Type* t = e->type;
  const auto& T = vm.types;
  uint32_t n = args.npos;
  const Value* a = args.values;

  // Keyword arguments accepted by a few classes.
  Value kw_name = Value::undefined(), kw_obj = Value::undefined(), kw_path = Value::undefined();
  if (args.nkw() > 0) {
    bool name_ok =
        sub(vm, t, T.NameError) || sub(vm, t, T.AttributeError) || sub(vm, t, T.ImportError);
    bool obj_ok = sub(vm, t, T.AttributeError);
    bool path_ok = sub(vm, t, T.ImportError);
    if (!name_ok) {
      misc::type_error(vm, std::string(t->name->view()) + "() takes no keyword arguments");
    }
    for (uint32_t k = 0; k < args.nkw(); ++k) {
      auto* key = static_cast<StrObject*>(args.kwnames->items[k].as_object());
      Value v = a[n + k];
      if (key->view() == "name") {
        kw_name = v;
      } else if (obj_ok && key->view() == "obj") {
        kw_obj = v;
      } else if (path_ok && key->view() == "path") {
        kw_path = v;
      } else {
        // The message names the built-in class whose __init__ parses the keywords.
        const char* parser = path_ok ? "ImportError" : obj_ok ? "AttributeError" : "NameError";
        misc::type_error(vm, "'" + std::string(key->view()) +
                                 "' is an invalid keyword argument for " + parser + "()");
      }
    }
  }

  e->args = tuple_of(vm, a, n);

  if (sub(vm, t, T.SystemExit)) {
    put(vm, e, "code", n == 0 ? Value::none() : n == 1 ? a[0] : obj(e->args));
  } else if (sub(vm, t, T.StopIteration)) {
    put(vm, e, "value", n == 0 ? Value::none() : a[0]);
  } else if (sub(vm, t, T.OSError)) {
    Value none = Value::none();
    Value eno = none, strerror = none, filename = none, filename2 = none;
    if (n >= 2 && n <= 5) {
      eno = a[0];
      strerror = a[1];
      if (n >= 3) filename = a[2];
      if (n >= 5) filename2 = a[4];
      if (n >= 3 && !filename.is_none()) {
        e->args = tuple_of(vm, a, 2);
      }
    }
    put(vm, e, "errno", eno);
    put(vm, e, "strerror", strerror);
    put(vm, e, "filename", filename);
    put(vm, e, "filename2", filename2);
  } else if (sub(vm, t, T.SyntaxError)) {
    Value none = Value::none();
    put(vm, e, "msg", n >= 1 ? a[0] : none);
    Value fields[6] = {none, none, none, none, none, none};
    if (n == 2) {
      Value info = a[1];
      if (!vm.type_of(info)->has_flag(kTypeTupleSubclass)) info = vm.call(obj(T.tuple), {info});
      auto* tuple = static_cast<TupleObject*>(info.as_object());
      if (tuple->size < 4) {
        misc::type_error(
            vm, "function takes at least 4 arguments (" + std::to_string(tuple->size) + " given)");
      }
      if (tuple->size > 6) {
        misc::type_error(
            vm, "function takes at most 6 arguments (" + std::to_string(tuple->size) + " given)");
      }
      for (int64_t i = 0; i < tuple->size; ++i) fields[i] = tuple->items[i];
    }
    static const char* const names[6] = {"filename", "lineno",     "offset",
                                         "text",     "end_lineno", "end_offset"};
    for (int i = 0; i < 6; ++i) put(vm, e, names[i], fields[i]);
    put(vm, e, "print_file_and_line", none);
  } else if (sub(vm, t, T.ImportError)) {
    put(vm, e, "msg", n == 1 ? a[0] : Value::none());
    put(vm, e, "name", kw_name.is_undefined() ? Value::none() : kw_name);
    put(vm, e, "path", kw_path.is_undefined() ? Value::none() : kw_path);
  } else if (sub(vm, t, T.NameError)) {
    put(vm, e, "name", kw_name.is_undefined() ? Value::none() : kw_name);
  } else if (sub(vm, t, T.AttributeError)) {
    put(vm, e, "name", kw_name.is_undefined() ? Value::none() : kw_name);
    put(vm, e, "obj", kw_obj.is_undefined() ? Value::none() : kw_obj);
  } else if (sub(vm, t, T.UnicodeDecodeError) || sub(vm, t, T.UnicodeEncodeError)) {
    if (n != 5) {
      misc::type_error(vm, "function takes exactly 5 arguments (" + std::to_string(n) + " given)");
    }
    require_str_arg(vm, a[0], 1);
    if (sub(vm, t, T.UnicodeEncodeError)) require_str_arg(vm, a[1], 2);
    require_int_arg(vm, a[2]);
    require_int_arg(vm, a[3]);
    require_str_arg(vm, a[4], 5);
    put(vm, e, "encoding", a[0]);
    put(vm, e, "object", a[1]);
    put(vm, e, "start", a[2]);
    put(vm, e, "end", a[3]);
    put(vm, e, "reason", a[4]);
  } else if (sub(vm, t, T.UnicodeTranslateError)) {
    if (n != 4) {
      misc::type_error(vm, "function takes exactly 4 arguments (" + std::to_string(n) + " given)");
    }
    require_str_arg(vm, a[0], 1);
    require_int_arg(vm, a[1]);
    require_int_arg(vm, a[2]);
    require_str_arg(vm, a[3], 4);
    put(vm, e, "encoding", Value::none());
    put(vm, e, "object", a[0]);
    put(vm, e, "start", a[1]);
    put(vm, e, "end", a[2]);
    put(vm, e, "reason", a[3]);
  }
}

// True when a class defined in Python overrides __init__ before any built-in class does.
bool has_python_init(VM& vm, Type* type) {
  if (!type->has_flag(kTypeHeapType)) return false;
  StrObject* init = vm.name("__init__");
  for (int64_t i = 0; i < type->mro->size; ++i) {
    auto* t = static_cast<Type*>(type->mro->items[i].as_object());
    if (!dict_get_str(vm, t->dict, init).is_undefined()) return t->has_flag(kTypeHeapType);
  }
  return false;
}

Value exception_construct(VM& vm, Type* type, CallArgs args) {
  Type* t = type;
  if (type == vm.types.OSError && args.npos >= 2 && args.npos <= 5) {
    if (Type* specific = oserror_subclass(vm, args[0])) t = specific;
  }
  ExceptionObject* e = vm.new_exception(t, vm.empty_tuple);
  Rooted keep(vm, obj(e));
  if (has_python_init(vm, t)) {
    // Like BaseException.__new__: keep the positional arguments and leave the rest to the
    // class's own __init__ (which may call BaseException.__init__ through super()).
    e->args = tuple_of(vm, args.values, args.npos);
    return obj(e);
  }
  init_exception(vm, e, args);
  return obj(e);
}

// ---- str and repr

std::string base_str(VM& vm, ExceptionObject* e) {
  if (e->args->size == 0) return "";
  if (e->args->size == 1) return misc::str_text(vm, e->args->items[0]);
  return misc::repr_text(vm, obj(e->args));
}

std::string escape_code_point(uint32_t cp) {
  char buffer[16];
  if (cp <= 0xff) {
    std::snprintf(buffer, sizeof buffer, "\\x%02x", cp);
  } else if (cp <= 0xffff) {
    std::snprintf(buffer, sizeof buffer, "\\u%04x", cp);
  } else {
    std::snprintf(buffer, sizeof buffer, "\\U%08x", cp);
  }
  return buffer;
}

std::string unicode_error_str(VM& vm, ExceptionObject* e) {
  const auto& T = vm.types;
  Value object = get(vm, e, "object");
  Value start_v = get(vm, e, "start");
  Value end_v = get(vm, e, "end");
  Value reason = get(vm, e, "reason");
  if (object.is_undefined() || start_v.is_undefined() || end_v.is_undefined() ||
      reason.is_undefined()) {
    return "";
  }
  int64_t start = index_value(vm, start_v);
  int64_t end = index_value(vm, end_v);
  int64_t len = length(vm, object);
  std::string reason_text = misc::str_text(vm, reason);
  std::string position = std::to_string(start);
  bool single = start >= 0 && start < len && end == start + 1;
  if (sub(vm, e->type, T.UnicodeDecodeError)) {
    std::string enc = misc::str_text(vm, get_or_none(vm, e, "encoding"));
    if (single) {
      int64_t byte = index_value(vm, get_item(vm, object, Value::from_small_int(start)));
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "%02x", static_cast<unsigned>(byte & 0xff));
      return "'" + enc + "' codec can't decode byte 0x" + buffer + " in position " + position +
             ": " + reason_text;
    }
    return "'" + enc + "' codec can't decode bytes in position " + position + "-" +
           std::to_string(end - 1) + ": " + reason_text;
  }
  StrObject* s = misc::as_str(vm, object);
  std::string verb = sub(vm, e->type, T.UnicodeEncodeError) ? "encode" : "translate";
  std::string prefix = verb == "encode" ? "'" + misc::str_text(vm, get_or_none(vm, e, "encoding")) +
                                              "' codec can't encode "
                                        : "can't translate ";
  if (single && s) {
    return prefix + "character '" + escape_code_point(str_code_point(s, start)) + "' in position " +
           position + ": " + reason_text;
  }
  return prefix + "characters in position " + position + "-" + std::to_string(end - 1) + ": " +
         reason_text;
}

std::string basename_text(std::string_view path) {
  size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string exception_str_text(VM& vm, ExceptionObject* e) {
  const auto& T = vm.types;
  Type* t = e->type;
  if (sub(vm, t, T.KeyError)) {
    if (e->args->size == 1) return misc::repr_text(vm, e->args->items[0]);
    return base_str(vm, e);
  }
  if (sub(vm, t, T.OSError)) {
    Value filename = get_or_none(vm, e, "filename");
    Value filename2 = get_or_none(vm, e, "filename2");
    Value eno = get(vm, e, "errno");
    Value strerror = get(vm, e, "strerror");
    bool have_numbers = e->args->size >= 2 && e->args->size <= 5;
    if (!filename.is_none()) {
      std::string text = "[Errno " + misc::str_text(vm, get_or_none(vm, e, "errno")) + "] " +
                         misc::str_text(vm, get_or_none(vm, e, "strerror")) + ": " +
                         misc::repr_text(vm, filename);
      if (!filename2.is_none()) text += " -> " + misc::repr_text(vm, filename2);
      return text;
    }
    if (have_numbers && !eno.is_undefined() && !strerror.is_undefined()) {
      return "[Errno " + misc::str_text(vm, eno) + "] " + misc::str_text(vm, strerror);
    }
    return base_str(vm, e);
  }
  if (sub(vm, t, T.SyntaxError)) {
    std::string msg = misc::str_text(vm, get_or_none(vm, e, "msg"));
    Value filename = get_or_none(vm, e, "filename");
    Value lineno = get_or_none(vm, e, "lineno");
    StrObject* file = misc::as_str(vm, filename);
    bool have_line = vm.type_of(lineno)->has_flag(kTypeIntSubclass) && !lineno.is_bool();
    if (file && have_line) {
      return msg + " (" + basename_text(file->view()) + ", line " + misc::str_text(vm, lineno) +
             ")";
    }
    if (file) return msg + " (" + basename_text(file->view()) + ")";
    if (have_line) return msg + " (line " + misc::str_text(vm, lineno) + ")";
    return msg;
  }
  if (sub(vm, t, T.UnicodeError) && !get(vm, e, "object").is_undefined()) {
    return unicode_error_str(vm, e);
  }
  return base_str(vm, e);
}

Value exception_str(VM& vm, Value self) {
  return misc::new_str_value(vm, exception_str_text(vm, as_exc(self)));
}

Value exception_repr(VM& vm, Value self) {
  ExceptionObject* e = as_exc(self);
  std::string text(e->type->name->view());
  if (e->args->size == 1) {
    text += "(" + misc::repr_text(vm, e->args->items[0]) + ")";
  } else {
    text += misc::repr_text(vm, obj(e->args));
  }
  return misc::new_str_value(vm, text);
}

// ---- attributes

Value exception_getattr(VM& vm, Value self, StrObject* name) {
  ExceptionObject* e = as_exc(self);
  std::string_view n = name->view();
  if (n == "args") return obj(e->args);
  if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
    if (n == "__cause__") return e->cause;
    if (n == "__context__") return e->context;
    if (n == "__suppress_context__") return Value::from_bool(e->suppress_context);
    if (n == "__traceback__") return e->traceback;
    if (n == "__dict__") return obj(exc_dict(vm, e));
  }
  // A data descriptor of the class (a property, say) wins over the instance's __dict__.
  Value v = lookup_in_type(vm, e->type, name);
  bool data_descriptor = !v.is_undefined() && vm.type_of(v)->slots.descr_set;
  if (e->dict && !data_descriptor) {
    Value own = dict_get_str(vm, e->dict, name);
    if (!own.is_undefined()) return own;
  }
  if (!v.is_undefined()) return misc::generic_or_raise(vm, self, name);
  if (has_default_attribute(vm, e->type, n)) return Value::none();
  vm.raise(vm.types.AttributeError, "'" + std::string(e->type->name->view()) +
                                        "' object has no attribute '" + std::string(n) + "'");
}

void check_chain_value(VM& vm, Value v, const char* what) {
  if (!v.is_none() && !is_exception(vm, v)) {
    misc::type_error(
        vm, std::string("exception ") + what + " must be None or derive from BaseException");
  }
}

void exception_setattr(VM& vm, Value self, StrObject* name, Value value) {
  ExceptionObject* e = as_exc(self);
  std::string_view n = name->view();
  bool del = value.is_undefined();
  if (n == "args" || n == "__cause__" || n == "__context__" || n == "__traceback__" ||
      n == "__suppress_context__") {
    if (del) misc::type_error(vm, std::string(n) + " may not be deleted");
  }
  if (n == "args") {
    Value t = vm.type_of(value) == vm.types.tuple ? value : vm.call(obj(vm.types.tuple), {value});
    e->args = static_cast<TupleObject*>(t.as_object());
    return;
  }
  if (n == "__cause__") {
    check_chain_value(vm, value, "cause");
    e->cause = value;
    e->suppress_context = true;
    return;
  }
  if (n == "__context__") {
    check_chain_value(vm, value, "context");
    e->context = value;
    return;
  }
  if (n == "__traceback__") {
    if (!value.is_none() && vm.type_of(value) != vm.types.traceback) {
      misc::type_error(vm, "__traceback__ must be a traceback or None");
    }
    e->traceback = value;
    return;
  }
  if (n == "__suppress_context__") {
    if (!value.is_bool()) misc::type_error(vm, "attribute value type must be bool");
    e->suppress_context = value.as_bool();
    return;
  }
  if (n == "__dict__") {
    if (del || !vm.type_of(value)->has_flag(kTypeDictSubclass)) {
      misc::type_error(vm, "__dict__ must be set to a dictionary, not a '" +
                               std::string(type_name(vm, value)) + "'");
    }
    e->dict = static_cast<DictObject*>(value.as_object());
    return;
  }
  Value found = lookup_in_type(vm, e->type, name);
  if (!found.is_undefined()) {
    if (auto set = vm.type_of(found)->slots.descr_set) return set(vm, found, self, value);
  }
  if (del) {
    if (!e->dict || !dict_delete(vm, e->dict, obj(name))) {
      vm.raise(vm.types.AttributeError, "'" + std::string(e->type->name->view()) +
                                            "' object has no attribute '" + std::string(n) + "'");
    }
    return;
  }
  put(vm, e, n, value);
}

// ---- methods

ExceptionObject* self_exception(VM& vm, CallArgs args, const char* method) {
  if (args.npos == 0 || !is_exception(vm, args[0])) {
    misc::type_error(vm,
                     std::string("descriptor '") + method + "' requires a 'BaseException' object");
  }
  return as_exc(args[0]);
}

Value m_init(VM& vm, CallArgs args) {
  ExceptionObject* e = self_exception(vm, args, "__init__");
  CallArgs rest = args;
  rest.values = args.values + 1;
  rest.npos = args.npos - 1;
  init_exception(vm, e, rest);
  return Value::none();
}

Value m_str(VM& vm, CallArgs args) {
  return exception_str(vm, obj(self_exception(vm, args, "__str__")));
}
Value m_repr(VM& vm, CallArgs args) {
  return exception_repr(vm, obj(self_exception(vm, args, "__repr__")));
}

Value m_with_traceback(VM& vm, CallArgs args) {
  ExceptionObject* e = self_exception(vm, args, "with_traceback");
  if (args.npos != 2) {
    misc::type_error(vm, "BaseException.with_traceback() takes exactly one argument (" +
                             std::to_string(args.npos - 1) + " given)");
  }
  exception_setattr(vm, args[0], vm.name("__traceback__"), args[1]);
  return obj(e);
}

Value m_add_note(VM& vm, CallArgs args) {
  ExceptionObject* e = self_exception(vm, args, "add_note");
  if (args.npos != 2) {
    misc::type_error(vm, "BaseException.add_note() takes exactly one argument (" +
                             std::to_string(args.npos - 1) + " given)");
  }
  if (!misc::as_str(vm, args[1])) {
    misc::type_error(vm, "note must be a str, not '" + std::string(type_name(vm, args[1])) + "'");
  }
  Value notes = get(vm, e, "__notes__");
  if (notes.is_undefined()) {
    notes = obj(vm.new_list());
    put(vm, e, "__notes__", notes);
  } else if (!vm.type_of(notes)->has_flag(kTypeListSubclass)) {
    misc::type_error(vm, "Cannot add note: __notes__ is not a list");
  }
  list_append(vm, static_cast<ListObject*>(notes.as_object()), args[1]);
  return Value::none();
}

}  // namespace

void install_exception_types(VM& vm) {
  auto install = [&](Type* t) {
    t->slots.construct = exception_construct;
    t->slots.repr = exception_repr;
    t->slots.str = exception_str;
    t->slots.getattr = exception_getattr;
    t->slots.setattr = exception_setattr;
    t->slots.hash = misc::identity_hash;
    t->slots.compare = misc::identity_compare;
  };
#define EMBER_INSTALL_EXCEPTION(field, pyname, parent) install(vm.types.field);
  EMBER_EXCEPTION_TYPES(EMBER_INSTALL_EXCEPTION)
#undef EMBER_INSTALL_EXCEPTION
  install(vm.types.ResourceLimitError);
  // Each built-in exception class has an __init__ of its own, as in CPython, so that
  // `ValueError.__init__(5)` names ValueError in its TypeError.
  auto add_init = [&](Type* t) { vm.add_method(t, "__init__", m_init); };
#define EMBER_ADD_EXCEPTION_INIT(field, pyname, parent) add_init(vm.types.field);
  EMBER_EXCEPTION_TYPES(EMBER_ADD_EXCEPTION_INIT)
#undef EMBER_ADD_EXCEPTION_INIT
  Type* base = vm.types.BaseException;
  vm.add_method(base, "__str__", m_str);
  vm.add_method(base, "__repr__", m_repr);
  vm.add_method(base, "with_traceback", m_with_traceback);
  vm.add_method(base, "add_note", m_add_note);
}

}  // namespace ember
