// Per-VM garbage-collected heap: precise, non-moving mark-sweep. Objects of up to 512 bytes
// live in CellSpace pages, bigger ones in a mimalloc heap.
#pragma once
#include <mimalloc.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/cell_space.h"
#include "gc/gc_bits.h"
#include "gc/gc_object.h"

namespace ember {

class Marker;

class Heap {
 public:
  // How the collector reaches into the object model without depending on it.
  struct Hooks {
    void* context = nullptr;
    void (*trace_roots)(void* context, Marker& marker) = nullptr;
    void (*trace_object)(void* context, GcObject* object, Marker& marker) = nullptr;
    void (*finalize_object)(void* context, GcObject* object) = nullptr;
    // Called between marking and sweeping, when reached() tells live from dead (weak
    // references are cleared here).
    void (*after_mark)(void* context) = nullptr;
  };

  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  void set_hooks(const Hooks& hooks) { hooks_ = hooks; }

  // Allocates `size` zeroed bytes for a new object and records it for sweeping. Never
  // collects: collections happen only at safepoints (see collect_if_needed). Only objects
  // allocated with `finalize` set get Hooks::finalize_object called when they die; they are
  // kept apart, so sweeping the others costs no call and no second pass. A `leaf` object
  // holds no references the collector must follow (the object model keeps whatever its
  // header points to alive by other means): strings and numbers, which make up most of the
  // live set of text-heavy programs, are then marked without being traced. A leaf's memory
  // after the GcObject header is also left unzeroed: its allocator writes every field
  // (strings are filled right away, so zeroing them first would be wasted work).
  void* allocate_object(size_t size, bool finalize, bool leaf = false);

  // Raw buffers owned by objects (list storage, string data); counted towards the heap size.
  void* allocate_buffer(size_t size);
  void* reallocate_buffer(void* buffer, size_t old_size, size_t new_size);
  void free_buffer(void* buffer, size_t size);

  // Memory an object owns outside the heap (GMP digits): counted like heap bytes so that
  // collections keep pace with it.
  void add_external(size_t bytes) { account(bytes); }
  void remove_external(size_t bytes) { live_bytes_ -= bytes; }

  // Safepoint check: true when enough was allocated since the last collection. In stress
  // mode the bar is `stress_quantum_` bytes: 1 at first, so every object is exposed to a
  // collection at the first safepoint after its birth; see collect() for how it grows.
  bool collection_due() const {
    return bytes_since_collection_ >= (stress_ ? stress_quantum_ : next_threshold_);
  }
  void collect();
  void collect_if_needed() {
    if (collection_due()) collect();
  }

  void set_stress(bool stress) { stress_ = stress; }
  bool stress() const { return stress_; }
  // Upper bound on live bytes; 0 means no limit beyond what the OS gives.
  void set_limit(size_t bytes) { limit_ = bytes; }
  size_t limit() const { return limit_; }
  // Throws OutOfMemory when `extra` more bytes would exceed the limit.
  void check_room(size_t extra) const;

  // Inside Hooks::after_mark: whether the marking reached `object` (it survives the sweep).
  bool reached(const GcObject* object) const {
    return ((bits_.word(object) >> GcBits::shift(object)) & kGcMarkBit) == live_mark_;
  }

  // Inside Hooks::after_mark: marks `object` and everything it reaches, so that the sweep
  // spares them (objects kept for a finaliser to run).
  void mark_from(GcObject* object);

  size_t live_bytes() const { return live_bytes_; }
  uint64_t collections() const { return collections_; }
  size_t object_count() const {
    return objects_.size() + finalizable_.size() + cells_.cells_in_use();
  }

 private:
  friend class Marker;
  uint64_t drain(Marker& marker);  // traces the marker's work list; returns objects traced
  void sweep();
  template <class OnDead>
  void sweep_array(std::vector<GcObject*>& objects, OnDead on_dead);
  void release(GcObject* object);
  void account(size_t size);

  mi_heap_t* heap_;
  GcBits bits_;
  CellSpace cells_;  // objects of up to CellSpace::kMaxCellBytes
  Hooks hooks_;
  // Every bigger object, as arrays rather than a list threaded through the objects: the sweep can
  // then fetch objects ahead of the one it examines instead of chasing one cache miss after
  // another, and the header needs no link.
  std::vector<GcObject*> objects_;      // objects without a finaliser
  std::vector<GcObject*> finalizable_;  // objects allocated with `finalize`
  // Value of the mark bit that means "reached" in the next collection. It flips after each
  // sweep, so survivors need no write to become unmarked again.
  uint64_t live_mark_ = kGcMarkBit;
  size_t live_bytes_ = 0;
  size_t bytes_since_collection_ = 0;
  size_t next_threshold_;
  size_t limit_ = 0;
  uint64_t collections_ = 0;
  bool stress_ = false;
  size_t stress_quantum_ = 1;
  uint64_t stress_marked_ = 0;  // objects marked since the quantum last grew
  bool collecting_ = false;
};

// Marks reachable objects with an explicit work list, so deep structures cannot overflow the
// C++ stack.
class Marker {
 public:
  void mark(GcObject* object) {
    if (!object) return;
    uint64_t& word = bits_.word(object);
    unsigned shift = GcBits::shift(object);
    if (((word >> shift) & kGcMarkBit) == live_mark_) return;
    word ^= kGcMarkBit << shift;
    if (!((word >> shift) & kGcLeafBit)) work_.push_back(object);
  }

 private:
  friend class Heap;
  Marker(const GcBits& bits, uint64_t live_mark) : bits_(bits), live_mark_(live_mark) {}
  const GcBits& bits_;
  uint64_t live_mark_;
  std::vector<GcObject*> work_;
};

}  // namespace ember
