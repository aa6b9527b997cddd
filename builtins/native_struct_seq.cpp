// Layout: a TupleObject whose `size` counts the visible fields; after them one small int
// H, then the H fields that have only a name. The trace function reads H, so instances
// describe themselves and need nothing from their type while being collected.
#include "builtins/native_struct_seq.h"

#include <string>
#include <vector>

#include "builtins/native_module.h"
#include "vm/dict_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"
#include "vm/type.h"

namespace ember::native {

namespace {

void trace_struct_seq(Object* self, Marker& m) {
  auto* t = static_cast<TupleObject*>(self);
  int64_t hidden = t->items[t->size].as_small_int();
  for (int64_t i = 0; i < t->size + 1 + hidden; ++i) mark_value(m, t->items[i]);
}

TupleObject* field_names(VM& vm, Type* type) {
  return static_cast<TupleObject*>(dict_get_str(vm, type->dict, vm.name("__fields__")).as_object());
}

int64_t type_count(VM& vm, Type* type, const char* what) {
  return dict_get_str(vm, type->dict, vm.name(what)).as_small_int();
}

std::string full_name(Type* type) {
  return std::string(type->module->view()) + "." + std::string(type->name->view());
}

Value struct_seq_getattr(VM& vm, Value self, StrObject* name) {
  auto* t = static_cast<TupleObject*>(self.as_object());
  TupleObject* names = field_names(vm, t->type);
  // From the end, so that a named field wins over an unnamed one shown under its name.
  for (int64_t i = names->size - 1; i >= 0; --i) {
    if (static_cast<StrObject*>(names->items[i].as_object())->view() == name->view()) {
      return struct_seq_field(self, static_cast<int>(i));
    }
  }
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) {
    vm.raise(vm.types.AttributeError, "'" + full_name(t->type) + "' object has no attribute '" +
                                          std::string(name->view()) + "'");
  }
  return v;
}

Value struct_seq_repr(VM& vm, Value self) {
  auto* t = static_cast<TupleObject*>(self.as_object());
  TupleObject* names = field_names(vm, t->type);
  std::string text = full_name(t->type) + "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i > 0) text += ", ";
    text += static_cast<StrObject*>(names->items[i].as_object())->view();
    text += "=";
    append_repr(vm, text, t->items[i]);
  }
  return obj(vm.new_str(text + ")"));
}

// struct_time(sequence, dict=None): the hidden fields come from the sequence's tail or the
// dict.
Value construct_struct_seq(VM& vm, Type* type, CallArgs args) {
  Value a[2];
  std::string name = full_name(type);
  bind(vm, args, {name, {"sequence", "dict"}, 0, 2, 1}, a);
  Value items;
  try {
    items = vm.call(obj(vm.types.tuple), {a[0]});
  } catch (const PythonException&) {
    if (!is_instance(vm, vm.raised(), vm.types.TypeError)) throw;
    vm.clear_raised();
    vm.raise(vm.types.TypeError, "constructor requires a sequence");
  }
  Rooted keep(vm, items);
  auto* seq = static_cast<TupleObject*>(items.as_object());
  int64_t visible = type_count(vm, type, "n_sequence_fields");
  int64_t total = type_count(vm, type, "n_fields");
  if (seq->size < visible || seq->size > total) {
    std::string how = visible == total      ? "a "
                      : seq->size < visible ? "an at least "
                                            : "an at most ";
    int64_t n = seq->size < visible ? visible : total;
    vm.raise(vm.types.TypeError, name + "() takes " + how + std::to_string(n) + "-sequence (" +
                                     std::to_string(seq->size) + "-sequence given)");
  }
  std::vector<Value> values(seq->items, seq->items + seq->size);
  TupleObject* names = field_names(vm, type);
  Value dict = a[1];
  bool has_dict = dict.is_object() && dict.as_object()->type->has_flag(kTypeDictSubclass);
  for (int64_t i = seq->size; i < total; ++i) {
    Value v = Value::none();
    if (has_dict) {
      Value found = dict_get_str(vm, static_cast<DictObject*>(dict.as_object()),
                                 static_cast<StrObject*>(names->items[i].as_object()));
      if (!found.is_undefined()) v = found;
    }
    values.push_back(v);
  }
  return new_struct_seq(vm, type, values.data(), static_cast<int>(values.size()));
}

}  // namespace

Type* new_struct_seq_type(VM& vm, ModuleObject* module, std::string_view name,
                          std::initializer_list<const char*> fields, int visible, int unnamed) {
  Type* t = vm.new_type(name, vm.types.tuple, 0);
  t->module = module->name;
  t->slots.trace = trace_struct_seq;
  t->slots.getattr = struct_seq_getattr;
  t->slots.repr = struct_seq_repr;
  t->slots.construct = construct_struct_seq;
  TupleObject* names = vm.new_tuple(static_cast<int64_t>(fields.size()));
  int64_t i = 0;
  for (const char* f : fields) names->items[i++] = obj(vm.intern(f));
  dict_set_str(vm, t->dict, vm.name("__fields__"), obj(names));
  TupleObject* match_args = vm.new_tuple(visible - unnamed);
  for (int k = 0; k < visible - unnamed; ++k) match_args->items[k] = names->items[k];
  dict_set_str(vm, t->dict, vm.name("__match_args__"), obj(match_args));
  dict_set_str(vm, t->dict, vm.name("n_sequence_fields"), Value::from_small_int(visible));
  dict_set_str(vm, t->dict, vm.name("n_fields"),
               Value::from_small_int(static_cast<int64_t>(fields.size())));
  dict_set_str(vm, t->dict, vm.name("n_unnamed_fields"), Value::from_small_int(unnamed));
  return t;
}

Value new_struct_seq(VM& vm, Type* type, const Value* values, int count) {
  int64_t visible = type_count(vm, type, "n_sequence_fields");
  int64_t total = type_count(vm, type, "n_fields");
  int64_t hidden = total - visible;
  // The visible values, the count of hidden ones, then the hidden values.
  auto* t = vm.allocate<TupleObject>(type, static_cast<size_t>(total + 1) * sizeof(Value));
  t->size = visible;
  t->hash = -1;
  for (int64_t i = 0; i < visible; ++i) t->items[i] = i < count ? values[i] : Value::none();
  t->items[visible] = Value::from_small_int(hidden);
  for (int64_t i = visible; i < total; ++i) {
    t->items[i + 1] = i < count ? values[i] : Value::none();
  }
  return obj(t);
}

Value struct_seq_field(Value seq, int index) {
  auto* t = static_cast<TupleObject*>(seq.as_object());
  return index < t->size ? t->items[index] : t->items[index + 1];
}

}  // namespace ember::native
