// The layouts of the iterators the interpreter steps inline (quickened ForIter forms);
// builtins/ installs their types and methods.
#pragma once
#include <cstdint>

#include "vm/list_object.h"
#include "vm/object.h"

namespace ember {

struct TupleObject;

// zip: the iterators it steps in turn (JIT traces step a zip of list iterators themselves).
struct ZipObject : Object {
  TupleObject* iterators;
  bool strict;
  bool done;
};

// range_iterator: a range whose values all fit int64 (longrange_iterator covers the rest).
struct RangeIterObject : Object {
  int64_t next;
  int64_t step;
  int64_t remaining;
};

// list_iterator, list_reverseiterator, tuple_iterator: `seq` becomes undefined once the
// iterator is exhausted, so it stays exhausted.
struct SeqIterObject : Object {
  Value seq;
  int64_t index;
};

// One step of a range_iterator: the next value, or false when exhausted.
inline bool range_iter_advance(RangeIterObject* it, int64_t* value) {
  if (it->remaining <= 0) return false;
  *value = it->next;
  --it->remaining;
  // The last step may overflow; wrap as unsigned (the value is never used then).
  it->next =
      static_cast<int64_t>(static_cast<uint64_t>(it->next) + static_cast<uint64_t>(it->step));
  return true;
}

// One step of a list_iterator: the next item, or false when exhausted.
inline bool list_iter_advance(SeqIterObject* it, Value* item) {
  if (it->seq.is_undefined()) return false;
  auto* list = static_cast<ListObject*>(it->seq.as_object());
  if (it->index < list->size) {
    *item = list->items[it->index++];
    return true;
  }
  it->seq = Value::undefined();
  return false;
}

}  // namespace ember
