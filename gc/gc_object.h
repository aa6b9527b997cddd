// The part of every heap object that the collector owns.
#pragma once
#include <cstdint>

namespace ember {

// Header shared by all collected objects. The collector threads every object on an intrusive
// list (for sweeping) and keeps the mark bit here; it knows nothing else about the object:
// tracing and finalisation go through hooks the VM installs (see Heap::Hooks).
struct GcObject {
  GcObject* gc_next = nullptr;
  uint8_t gc_marked = 0;
  uint8_t gc_flags = 0;  // free for the object model (e.g. "has __del__")
  uint16_t gc_reserved = 0;
  uint32_t gc_aux = 0;  // free for the object model (small per-object data)
};

}  // namespace ember
