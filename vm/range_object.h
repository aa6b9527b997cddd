// range objects: start, stop, step and length as Python ints (small or big).
#pragma once
#include "vm/object.h"

namespace ember {

struct RangeObject : Object {
  Value start;
  Value stop;
  Value step;
  Value length;  // computed at construction; never negative
};

}  // namespace ember
