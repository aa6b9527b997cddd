#include "vm/call.h"

#include <string>
#include <vector>

#include "vm/code_object.h"
#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/interpreter.h"
#include "vm/native_self.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

std::string function_label(FunctionObject* f) {
  std::string s(f->qualname->view());
  s += "()";
  return s;
}

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
std::string name_list(const std::vector<StrObject*>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'";
    s += names[i]->view();
    s += "'";
  }
  return s;
}

[[noreturn]] void raise_missing(VM& vm, FunctionObject* f, const std::vector<StrObject*>& names,
                                const char* kind) {
  std::string message = function_label(f) + " missing " + std::to_string(names.size()) +
                        " required " + kind + " argument" + (names.size() == 1 ? "" : "s") + ": " +
                        name_list(names);
  vm.raise(vm.types.TypeError, message);
}

[[noreturn]] void raise_too_many_positional(VM& vm, FunctionObject* f, uint32_t given,
                                            uint32_t kwonly_given) {
  CodeObject* code = f->code;
  int64_t defaults = f->defaults ? f->defaults->size : 0;
  uint32_t max = code->arg_count;
  uint32_t min = max - static_cast<uint32_t>(defaults);
  std::string message = function_label(f) + " takes ";
  if (min != max) {
    message += "from " + std::to_string(min) + " to " + std::to_string(max);
  } else {
    message += std::to_string(max);
  }
  message += " positional argument";
  if (max != 1 || min != max) message += "s";
  message += " but " + std::to_string(given);
  if (kwonly_given) {
    message += " positional argument";
    if (given != 1) message += "s";
    message += " (and " + std::to_string(kwonly_given) + " keyword-only argument";
    if (kwonly_given != 1) message += "s";
    message += ")";
  }
  message += given == 1 && !kwonly_given ? " was given" : " were given";
  vm.raise(vm.types.TypeError, message);
}

int64_t find_parameter(CodeObject* code, StrObject* name, uint32_t count) {
  for (uint32_t i = 0; i < count; ++i) {
    if (code->local_names[i] == name) return i;
  }
  for (uint32_t i = 0; i < count; ++i) {
    if (str_equal(code->local_names[i], name)) return i;
  }
  return -1;
}

}  // namespace

uint32_t CallArgs::nkw() const {
  return kwnames ? static_cast<uint32_t>(kwnames->size) : 0;
}

void bind_arguments(VM& vm, FunctionObject* f, CallArgs args, Value* registers) {
  CodeObject* code = f->code;
  const uint32_t argc = code->arg_count;
  const uint32_t named = argc + code->kwonly_count;
  const bool has_varargs = code->flags & kCodeVarArgs;
  const bool has_varkw = code->flags & kCodeVarKeywords;
  const uint32_t varargs_index = named;
  const uint32_t varkw_index = named + (has_varargs ? 1 : 0);

  uint32_t npos = args.npos;
  uint32_t copied = npos < argc ? npos : argc;
  for (uint32_t i = 0; i < copied; ++i) registers[i] = args.values[i];
  if (has_varargs) {
    uint32_t extra = npos > argc ? npos - argc : 0;
    TupleObject* rest = vm.new_tuple(extra);
    for (uint32_t i = 0; i < extra; ++i) rest->items[i] = args.values[argc + i];
    registers[varargs_index] = Value::from_object(rest);
  }
  DictObject* varkw = nullptr;
  if (has_varkw) {
    varkw = vm.new_dict();
    registers[varkw_index] = Value::from_object(varkw);
  }

  uint32_t nkw = args.nkw();
  uint32_t kwonly_given = 0;
  std::vector<StrObject*> posonly_as_keyword;
  for (uint32_t k = 0; k < nkw; ++k) {
    auto* name = static_cast<StrObject*>(args.kwnames->items[k].as_object());
    Value value = args.values[npos + k];
    int64_t i = find_parameter(code, name, named);
    if (i >= 0 && static_cast<uint32_t>(i) >= code->posonly_count) {
      if (!registers[i].is_undefined()) {
        vm.raise(vm.types.TypeError, function_label(f) + " got multiple values for argument '" +
                                         std::string(name->view()) + "'");
      }
      registers[i] = value;
      if (static_cast<uint32_t>(i) >= argc) ++kwonly_given;
      continue;
    }
    if (varkw) {
      dict_set(vm, varkw, Value::from_object(name), value);
      continue;
    }
    if (i >= 0) {
      posonly_as_keyword.push_back(name);
      continue;
    }
    vm.raise(vm.types.TypeError, function_label(f) + " got an unexpected keyword argument '" +
                                     std::string(name->view()) + "'");
  }
  if (!posonly_as_keyword.empty()) {
    std::string message =
        function_label(f) + " got some positional-only arguments passed as keyword arguments: '";
    for (size_t i = 0; i < posonly_as_keyword.size(); ++i) {
      if (i) message += ", ";
      message += posonly_as_keyword[i]->view();
    }
    vm.raise(vm.types.TypeError, message + "'");
  }
  if (npos > argc && !has_varargs) raise_too_many_positional(vm, f, npos, kwonly_given);

  // Defaults for the trailing positional parameters, then keyword-only defaults.
  int64_t ndefaults = f->defaults ? f->defaults->size : 0;
  std::vector<StrObject*> missing;
  for (uint32_t i = copied; i < argc; ++i) {
    if (!registers[i].is_undefined()) continue;
    int64_t d = static_cast<int64_t>(i) - (argc - ndefaults);
    if (d >= 0) {
      registers[i] = f->defaults->items[d];
    } else {
      missing.push_back(code->local_names[i]);
    }
  }
  if (!missing.empty()) raise_missing(vm, f, missing, "positional");
  for (uint32_t i = argc; i < named; ++i) {
    if (!registers[i].is_undefined()) continue;
    Value d = f->kw_defaults ? dict_get_str(vm, f->kw_defaults, code->local_names[i])
                             : Value::undefined();
    if (!d.is_undefined()) {
      registers[i] = d;
    } else {
      missing.push_back(code->local_names[i]);
    }
  }
  if (!missing.empty()) raise_missing(vm, f, missing, "keyword-only");

  bind_closure(f, registers);
}

void bind_closure(FunctionObject* f, Value* registers) {
  if (!f->closure) return;
  const std::vector<uint16_t>& cells = f->code->free_registers;
  for (size_t i = 0; i < cells.size(); ++i) registers[cells[i]] = f->closure->items[i];
}

namespace {

// `args` with `self` in front, in a small inline buffer when it fits.
class ArgsWithSelf {
 public:
  ArgsWithSelf(Value self, CallArgs args) {
    uint32_t total = args.npos + args.nkw();
    Value* values = small_;
    if (total + 1 > kInline) {
      large_.resize(total + 1);
      values = large_.data();
    }
    values[0] = self;
    for (uint32_t i = 0; i < total; ++i) values[i + 1] = args.values[i];
    args_ = CallArgs{values, args.npos + 1, args.kwnames};
  }
  CallArgs get() const { return args_; }

 private:
  static constexpr uint32_t kInline = 8;
  Value small_[kInline];
  std::vector<Value> large_;
  CallArgs args_;
};

}  // namespace

Value call_with_self(VM& vm, Value callee, Value self, CallArgs args) {
  ArgsWithSelf bound(self, args);
  return call_value(vm, callee, bound.get());
}

Value call_value(VM& vm, Value callee, CallArgs args) {
  if (callee.is_object()) {
    Object* o = callee.as_object();
    Type* t = o->type;
    if (t == vm.types.function) return call_function(vm, static_cast<FunctionObject*>(o), args);
    if (t == vm.types.native_function) {
      auto* native = static_cast<NativeFunctionObject*>(o);
      if (native->self.is_undefined()) {
        check_native_self(vm, native, args);
        return native->function(vm, args);
      }
      ArgsWithSelf bound(native->self, args);
      return native->function(vm, bound.get());
    }
    if (t == vm.types.bound_method) {
      auto* bound = static_cast<BoundMethodObject*>(o);
      return call_with_self(vm, bound->function, bound->self, args);
    }
    if (t->slots.call) return t->slots.call(vm, callee, args);
  }
  vm.raise(vm.types.TypeError,
           "'" + std::string(type_name(vm, callee)) + "' object is not callable");
}

}  // namespace ember
