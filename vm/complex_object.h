// complex numbers: a pair of doubles.
#pragma once
#include "vm/object.h"

namespace ember {

struct ComplexObject : Object {
  double real;
  double imag;
};

}  // namespace ember
