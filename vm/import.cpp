#include "vm/import.h"

#include <algorithm>
#include <string>
#include <vector>

#include "vm/code_object.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/interpreter.h"
#include "vm/list_object.h"
#include "vm/module_loader.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

// Where built-in library modules appear to live (their __file__ and __path__).
constexpr const char* kEmbeddedPrefix = "<ember>/lib/";

Value obj(const Object* o) {
  return Value::from_object(o);
}

ModuleObject* as_module(VM& vm, Value v) {
  if (v.is_object() && is_subtype(v.as_object()->type, vm.types.module)) {
    return static_cast<ModuleObject*>(v.as_object());
  }
  return nullptr;
}

// A str entry of a namespace, or "" when absent or not a str.
std::string text_entry(VM& vm, DictObject* dict, const char* key) {
  Value v = dict_get_str(vm, dict, vm.name(key));
  if (v.is_object() && is_subtype(v.as_object()->type, vm.types.str)) {
    return std::string(static_cast<StrObject*>(v.as_object())->view());
  }
  return "";
}

// Raises ImportError or ModuleNotFoundError with its `name` (and `path`) attributes.
[[noreturn]] void raise_import_error(VM& vm, Type* type, const std::string& message,
                                     const std::string& name, const std::string& path = "") {
  Value e = vm.call(obj(type), {obj(vm.new_str(message))});
  Rooted keep(vm, e);
  set_attribute(vm, e, vm.name("name"), obj(vm.new_str(name)));
  if (!path.empty()) set_attribute(vm, e, vm.name("path"), obj(vm.new_str(path)));
  vm.raise(e);
}

// The absolute name of `name` imported with `level` dots from the module owning `globals`.
std::string resolve_name(VM& vm, std::string_view name, uint32_t level, DictObject* globals) {
  if (level == 0) {
    if (name.empty()) vm.raise(vm.types.ValueError, "Empty module name");
    return std::string(name);
  }
  std::string package;
  Value declared = dict_get_str(vm, globals, vm.name("__package__"));
  if (!declared.is_undefined() && !declared.is_none()) {
    package = text_entry(vm, globals, "__package__");
  } else {
    package = text_entry(vm, globals, "__name__");
    if (dict_get_str(vm, globals, vm.name("__path__")).is_undefined()) {
      size_t dot = package.rfind('.');
      package = dot == std::string::npos ? "" : package.substr(0, dot);
    }
  }
  if (package.empty()) {
    vm.raise(vm.types.ImportError, "attempted relative import with no known parent package");
  }
  std::string base = package;
  for (uint32_t i = 1; i < level; ++i) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos) {
      vm.raise(vm.types.ImportError, "attempted relative import beyond top-level package");
    }
    base.resize(dot);
  }
  return name.empty() ? base : base + "." + std::string(name);
}

// Directories for top-level modules: the str entries of sys.path ("" is the current
// directory).
std::vector<std::string> search_path(VM& vm) {
  std::vector<std::string> dirs;
  Value sys = dict_get_str(vm, vm.modules, vm.name("sys"));
  if (sys.is_undefined()) return dirs;
  Value path = get_attribute_or_undefined(vm, sys, vm.name("path"));
  if (!path.is_object() || !is_subtype(path.as_object()->type, vm.types.list)) return dirs;
  auto* list = static_cast<ListObject*>(path.as_object());
  for (int64_t i = 0; i < list->size; ++i) {
    Value entry = list->items[i];
    if (!entry.is_object() || !is_subtype(entry.as_object()->type, vm.types.str)) continue;
    std::string dir(static_cast<StrObject*>(entry.as_object())->view());
    dirs.push_back(dir.empty() ? "." : dir);
  }
  return dirs;
}

Value load(VM& vm, const std::string& fullname);

// Runs a found source module's body in a new module registered under `fullname`.
Value execute_source_module(VM& vm, const std::string& fullname, const ModuleSource& source) {
  ModuleObject* m = new_module(vm, fullname);
  Rooted keep(vm, obj(m));
  dict_set_str(vm, m->dict, vm.name("__file__"), obj(vm.new_str(source.filename)));
  size_t dot = fullname.rfind('.');
  std::string package = source.package_directory.empty()
                            ? (dot == std::string::npos ? "" : fullname.substr(0, dot))
                            : fullname;
  dict_set_str(vm, m->dict, vm.name("__package__"), obj(vm.new_str(package)));
  if (!source.package_directory.empty()) {
    ListObject* path = vm.new_list();
    dict_set_str(vm, m->dict, vm.name("__path__"), obj(path));
    list_append(vm, path, obj(vm.new_str(source.package_directory)));
  }
  StrObject* key = vm.intern(fullname);
  dict_set_str(vm, vm.modules, key, obj(m));
  m->initializing = true;
  try {
    CodeObject* code = vm.module_loader->compile(vm, source);
    Rooted keep_code(vm, obj(code));
    run_code(vm, code, m->dict);
  } catch (const PythonException&) {
    m->initializing = false;
    dict_delete(vm, vm.modules, obj(key));
    throw;
  }
  m->initializing = false;
  Value result = dict_get_str(vm, vm.modules, key);
  if (result.is_undefined()) {
    raise_import_error(vm, vm.types.ImportError,
                       "Loaded module " + fullname + " not found in sys.modules", fullname);
  }
  return result;
}

Value load(VM& vm, const std::string& fullname) {
  StrObject* key = vm.intern(fullname);
  Value cached = dict_get_str(vm, vm.modules, key);
  if (!cached.is_undefined()) {
    if (cached.is_none()) {
      raise_import_error(vm, vm.types.ModuleNotFoundError,
                         "import of " + fullname + " halted; None in sys.modules", fullname);
    }
    return cached;
  }
  size_t dot = fullname.rfind('.');
  std::string last = dot == std::string::npos ? fullname : fullname.substr(dot + 1);
  Value parent = Value::undefined();
  std::vector<std::string> dirs;
  if (dot != std::string::npos) {
    std::string parent_name = fullname.substr(0, dot);
    parent = load(vm, parent_name);
    // Importing the parent may have imported this module too.
    cached = dict_get_str(vm, vm.modules, key);
    if (!cached.is_undefined()) return cached;
    Value path = get_attribute_or_undefined(vm, parent, vm.name("__path__"));
    if (!path.is_object() || !is_subtype(path.as_object()->type, vm.types.list)) {
      raise_import_error(
          vm, vm.types.ModuleNotFoundError,
          "No module named '" + fullname + "'; '" + parent_name + "' is not a package", fullname);
    }
    auto* list = static_cast<ListObject*>(path.as_object());
    for (int64_t i = 0; i < list->size; ++i) {
      if (list->items[i].is_object() &&
          is_subtype(list->items[i].as_object()->type, vm.types.str)) {
        dirs.emplace_back(static_cast<StrObject*>(list->items[i].as_object())->view());
      }
    }
  } else {
    auto native = vm.native_modules.find(fullname);
    if (native != vm.native_modules.end()) {
      ModuleObject* m = new_module(vm, fullname);
      Rooted keep(vm, obj(m));
      native->second(vm, m);
      dict_set_str(vm, vm.modules, key, obj(m));
      return obj(m);
    }
    dirs = search_path(vm);
  }
  Rooted keep_parent(vm, parent);
  ModuleSource source;
  if (!vm.module_loader || !vm.module_loader->find(vm, last, dirs, &source)) {
    auto embedded = vm.embedded_modules.find(fullname);
    if (!vm.module_loader || embedded == vm.embedded_modules.end()) {
      raise_import_error(vm, vm.types.ModuleNotFoundError, "No module named '" + fullname + "'",
                         fullname);
    }
    const EmbeddedSource& e = embedded->second;
    source.filename = std::string(kEmbeddedPrefix) + e.path;
    if (e.package) {
      source.package_directory = std::string(kEmbeddedPrefix) + fullname;
      std::replace(source.package_directory.begin(), source.package_directory.end(), '.', '/');
    }
    source.text = e.text;
  }
  Value module = execute_source_module(vm, fullname, source);
  if (!parent.is_undefined()) {
    Rooted keep(vm, module);
    set_attribute(vm, parent, vm.intern(last), module);
  }
  return module;
}

}  // namespace

ModuleObject* new_module(VM& vm, const std::string& fullname) {
  auto* m = vm.allocate<ModuleObject>(vm.types.module);
  Rooted keep(vm, obj(m));
  m->name = vm.intern(fullname);
  m->dict = vm.new_dict();
  dict_set_str(vm, m->dict, vm.name("__name__"), obj(m->name));
  dict_set_str(vm, m->dict, vm.name("__doc__"), Value::none());
  dict_set_str(vm, m->dict, vm.name("__spec__"), Value::none());
  return m;
}

Value import_module(VM& vm, StrObject* name, uint32_t level, DictObject* globals) {
  return load(vm, resolve_name(vm, name->view(), level, globals));
}

Value import_from(VM& vm, Value module, StrObject* name) {
  Value v = get_attribute_or_undefined(vm, module, name);
  if (!v.is_undefined()) return v;
  ModuleObject* m = as_module(vm, module);
  std::string module_name = m ? std::string(m->name->view()) : "?";
  if (m) {
    // A submodule not imported yet, or one being imported in a cycle.
    std::string fullname = module_name + "." + std::string(name->view());
    Value loaded = dict_get_str(vm, vm.modules, vm.intern(fullname));
    if (!loaded.is_undefined()) return loaded;
    if (!dict_get_str(vm, m->dict, vm.name("__path__")).is_undefined()) {
      try {
        return load(vm, fullname);
      } catch (const PythonException&) {
        Value e = vm.raised();
        if (!is_instance(vm, e, vm.types.ModuleNotFoundError)) throw;
        Value missing = get_attribute_or_undefined(vm, e, vm.name("name"));
        if (!missing.is_object() ||
            static_cast<StrObject*>(missing.as_object())->view() != fullname) {
          throw;
        }
        vm.clear_raised();
      }
    }
  }
  std::string file = m ? text_entry(vm, m->dict, "__file__") : "";
  std::string message = "cannot import name '" + std::string(name->view()) + "' from ";
  if (m && m->initializing) {
    message +=
        "partially initialized module '" + module_name + "' (most likely due to a circular import)";
  } else {
    message += "'" + module_name + "'";
  }
  message += " (" + (file.empty() ? std::string("unknown location") : file) + ")";
  raise_import_error(vm, vm.types.ImportError, message, module_name, file);
}

void import_star(VM& vm, Value module, DictObject* globals) {
  ModuleObject* m = as_module(vm, module);
  if (!m) return;
  Value all = dict_get_str(vm, m->dict, vm.name("__all__"));
  if (!all.is_undefined()) {
    Value it = get_iterator(vm, all);
    Rooted keep(vm, it);
    Value name;
    while (iterator_next(vm, it, &name)) {
      if (!name.is_object() || !is_subtype(name.as_object()->type, vm.types.str)) {
        vm.raise(vm.types.TypeError, "Item in " + std::string(m->name->view()) +
                                         ".__all__ must be str, not " +
                                         std::string(type_name(vm, name)));
      }
      Rooted keep_name(vm, name);
      Value v = import_from(vm, module, static_cast<StrObject*>(name.as_object()));
      dict_set(vm, globals, name, v);
    }
    return;
  }
  DictObject* source = m->dict;
  for (int64_t i = 0; i < source->used; ++i) {
    Value key = source->entries[i].key;
    if (key.is_undefined()) continue;
    auto* name = static_cast<StrObject*>(key.as_object());
    if (name->byte_length > 0 && name->data[0] == '_') continue;
    dict_set(vm, globals, key, source->entries[i].value);
  }
}

}  // namespace ember
