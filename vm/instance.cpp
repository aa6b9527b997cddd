#include "vm/instance.h"

#include "vm/dict_object.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

bool same_name(StrObject* a, StrObject* b) {
  if (a == b) return true;
  if (a->interned && b->interned) return false;
  return str_equal(a, b);
}

// Instances with more attributes than this stay in dictionary mode: shapes pay off for the
// small fixed attribute sets of ordinary classes, not for objects used as dictionaries.
constexpr uint32_t kMaxShapeAttributes = 64;

Shape* shape_child(VM& vm, Shape* shape, StrObject* name) {
  if (!name->interned) name = vm.intern(name->view());
  if (shape->transitions) {
    Value child = dict_get_str(vm, shape->transitions, name);
    if (!child.is_undefined()) return static_cast<Shape*>(child.as_object());
  } else {
    shape->transitions = vm.new_dict();
  }
  auto* child = vm.allocate<Shape>(vm.types.shape);
  child->parent = shape;
  child->key = name;
  child->count = shape->count + 1;
  dict_set_str(vm, shape->transitions, name, Value::from_object(child));
  return child;
}

void to_dictionary_mode(VM& vm, InstanceAttributes* attrs) {
  DictObject* dict = vm.new_dict();
  std::vector<std::pair<StrObject*, Value>> entries(attrs->shape->count);
  for (Shape* s = attrs->shape; s->parent; s = s->parent) {
    entries[s->count - 1] = {s->key, attrs->values[s->count - 1]};
  }
  for (auto& [key, value] : entries) dict_set_str(vm, dict, key, value);
  vm.heap().free_buffer(attrs->values, attrs->capacity * sizeof(Value));
  attrs->values = nullptr;
  attrs->capacity = 0;
  attrs->shape = nullptr;
  attrs->dict = dict;
}

}  // namespace

int32_t shape_find(Shape* shape, StrObject* name) {
  for (Shape* s = shape; s->parent; s = s->parent) {
    if (same_name(s->key, name)) return static_cast<int32_t>(s->count - 1);
  }
  return -1;
}

Value instance_attribute_get(VM& vm, InstanceAttributes* attrs, StrObject* name) {
  if (attrs->shape) {
    int32_t i = shape_find(attrs->shape, name);
    return i < 0 ? Value::undefined() : attrs->values[i];
  }
  return attrs->dict ? dict_get_str(vm, attrs->dict, name) : Value::undefined();
}

void instance_attribute_set(VM& vm, InstanceAttributes* attrs, StrObject* name, Value value) {
  if (!attrs->shape && !attrs->dict) attrs->shape = vm.root_shape;
  if (attrs->shape) {
    int32_t i = shape_find(attrs->shape, name);
    if (i >= 0) {
      attrs->values[i] = value;
      return;
    }
    if (attrs->shape->count < kMaxShapeAttributes) {
      Shape* next = shape_child(vm, attrs->shape, name);
      if (next->count > attrs->capacity) {
        uint32_t capacity = attrs->capacity < 4 ? 4 : attrs->capacity * 2;
        try {
          attrs->values = static_cast<Value*>(vm.heap().reallocate_buffer(
              attrs->values, attrs->capacity * sizeof(Value), capacity * sizeof(Value)));
        } catch (const OutOfMemory&) {
          vm.raise_memory_error();
        }
        attrs->capacity = capacity;
      }
      attrs->values[next->count - 1] = value;
      attrs->shape = next;
      return;
    }
    to_dictionary_mode(vm, attrs);
  }
  dict_set_str(vm, attrs->dict, name, value);
}

bool instance_attribute_delete(VM& vm, InstanceAttributes* attrs, StrObject* name) {
  if (attrs->shape) {
    if (shape_find(attrs->shape, name) < 0) return false;
    to_dictionary_mode(vm, attrs);
  }
  return attrs->dict && dict_delete(vm, attrs->dict, Value::from_object(name));
}

DictObject* instance_attribute_dict(VM& vm, InstanceAttributes* attrs) {
  if (!attrs->shape && !attrs->dict) attrs->shape = vm.root_shape;
  if (attrs->shape) to_dictionary_mode(vm, attrs);
  return attrs->dict;
}

void instance_attribute_replace_dict(VM& vm, InstanceAttributes* attrs, DictObject* dict) {
  instance_attribute_dict(vm, attrs);
  attrs->dict = dict;
}

void trace_instance_attributes(const InstanceAttributes* attrs, Marker& marker) {
  marker.mark(attrs->shape);
  marker.mark(attrs->dict);
  if (attrs->shape) {
    for (uint32_t i = 0; i < attrs->shape->count; ++i) mark_value(marker, attrs->values[i]);
  }
}

void free_instance_attributes(VM& vm, InstanceAttributes* attrs) {
  vm.heap().free_buffer(attrs->values, attrs->capacity * sizeof(Value));
  attrs->values = nullptr;
  attrs->capacity = 0;
}

}  // namespace ember
