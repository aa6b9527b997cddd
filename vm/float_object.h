// Instances of float subclasses. A plain float is a NaN-boxed double (vm/value.h) with no
// room for a class or attributes, so `class F(float)` instances are heap objects holding
// the value; float's own operations read either form through these helpers.
#pragma once
#include "vm/object.h"
#include "vm/type.h"

namespace ember {

struct FloatObject : Object {
  double value;
};

// True for floats and instances of float subclasses.
inline bool is_float_value(Value v) {
  return v.is_double() || (v.is_object() && v.as_object()->type->has_flag(kTypeFloatSubclass));
}

// The value of a float or float-subclass instance (precondition: is_float_value(v)).
inline double float_value(Value v) {
  return v.is_double() ? v.as_double() : static_cast<const FloatObject*>(v.as_object())->value;
}

}  // namespace ember
