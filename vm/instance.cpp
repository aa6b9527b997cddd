#include "vm/instance.h"

#include <utility>
#include <vector>

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

std::vector<std::pair<StrObject*, Value>> shape_entries(const InstanceAttributes* attrs) {
  std::vector<std::pair<StrObject*, Value>> entries(attrs->shape ? attrs->shape->count : 0);
  for (Shape* s = attrs->shape; s && s->parent; s = s->parent) {
    entries[s->count - 1] = {s->key, attrs->values[s->count - 1]};
  }
  return entries;
}

void shape_append(VM& vm, InstanceAttributes* attrs, StrObject* name, Value value) {
  if (!attrs->shape) attrs->shape = vm.root_shape;
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
}

// Rebuilds the shape part from `entries` (after removing some).
void reset_shape(VM& vm, InstanceAttributes* attrs,
                 const std::vector<std::pair<StrObject*, Value>>& entries) {
  attrs->shape = vm.root_shape;
  for (auto& [key, value] : entries) shape_append(vm, attrs, key, value);
}

// Moves the ordinary attributes into a dict for good; __slots__ values stay in the shape.
void to_dictionary_mode(VM& vm, InstanceAttributes* attrs) {
  DictObject* dict = vm.new_dict();
  std::vector<std::pair<StrObject*, Value>> slots;
  for (auto& [key, value] : shape_entries(attrs)) {
    if (is_slot_key(key)) {
      slots.emplace_back(key, value);
    } else {
      dict_set_str(vm, dict, key, value);
    }
  }
  attrs->dict = dict;
  reset_shape(vm, attrs, slots);
}

}  // namespace

bool is_slot_key(const StrObject* name) {
  return name->byte_length > 0 && name->data[0] == '\0';
}

int32_t shape_find(Shape* shape, StrObject* name) {
  for (Shape* s = shape; s && s->parent; s = s->parent) {
    if (same_name(s->key, name)) return static_cast<int32_t>(s->count - 1);
  }
  return -1;
}

Value instance_attribute_get(VM& vm, InstanceAttributes* attrs, StrObject* name) {
  if (attrs->dict && !is_slot_key(name)) return dict_get_str(vm, attrs->dict, name);
  int32_t i = shape_find(attrs->shape, name);
  return i < 0 ? Value::undefined() : attrs->values[i];
}

void instance_attribute_set(VM& vm, InstanceAttributes* attrs, StrObject* name, Value value) {
  if (attrs->dict && !is_slot_key(name)) {
    dict_set_str(vm, attrs->dict, name, value);
    return;
  }
  int32_t i = shape_find(attrs->shape, name);
  if (i >= 0) {
    attrs->values[i] = value;
    return;
  }
  if (!is_slot_key(name) && attrs->shape && attrs->shape->count >= kMaxShapeAttributes) {
    to_dictionary_mode(vm, attrs);
    dict_set_str(vm, attrs->dict, name, value);
    return;
  }
  shape_append(vm, attrs, name, value);
}

bool instance_attribute_delete(VM& vm, InstanceAttributes* attrs, StrObject* name) {
  if (is_slot_key(name)) {
    if (shape_find(attrs->shape, name) < 0) return false;
    std::vector<std::pair<StrObject*, Value>> rest;
    for (auto& entry : shape_entries(attrs)) {
      if (entry.first != name) rest.push_back(entry);
    }
    reset_shape(vm, attrs, rest);
    return true;
  }
  if (!attrs->dict) {
    if (shape_find(attrs->shape, name) < 0) return false;
    to_dictionary_mode(vm, attrs);
  }
  return dict_delete(vm, attrs->dict, Value::from_object(name));
}

DictObject* instance_attribute_dict(VM& vm, InstanceAttributes* attrs) {
  if (!attrs->dict) to_dictionary_mode(vm, attrs);
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
