// The part of every heap object that the collector owns.
#pragma once
#include <cstddef>
#include <cstdint>

namespace ember {

// Header shared by all collected objects. The collector keeps the object's size here (its mark
// and leaf bits are in a side table, and it finds the objects for sweeping through arrays of
// pointers, see Heap) and knows nothing else about the object: tracing and finalisation go through
// hooks the VM installs (see Heap::Hooks).
struct GcObject {
  uint8_t gc_spare = 0;  // unused
  uint8_t gc_flags = 0;  // free for the object model (e.g. "has __del__")
  // Size charged for the object, in granules of kGcGranule bytes; 0 when too big to record
  // here (the heap then asks the allocator). Saves a size lookup at allocation and sweep.
  uint16_t gc_granules = 0;
  uint32_t gc_aux = 0;  // free for the object model (small per-object data)
};

constexpr size_t kGcGranule = 8;

}  // namespace ember
