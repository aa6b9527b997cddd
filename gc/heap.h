// Per-VM garbage-collected heap: precise, non-moving mark-sweep over a mimalloc heap.
#pragma once
#include <mimalloc.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "gc/gc_object.h"

namespace ember {

class Marker;

// The collector's per-object bits live in a side table indexed by address rather than in the
// objects: marking a str in a big list, or sweeping past a live object, then reads and writes a
// dense bitmap instead of a cache line of each object (text-heavy programs keep millions of
// strs alive, and each collection would otherwise touch every one of them twice).
//
// Every object is at least 16 bytes, so each 16-byte granule of the address space holds at
// most one object's start and owns two bits: kGcMarkBit (reached) and kGcLeafBit (allocated
// as a leaf, see Heap::allocate_object: marking one sets its mark bit and stops there).
constexpr uint64_t kGcMarkBit = 1;
constexpr uint64_t kGcLeafBit = 2;

class GcBits {
 public:
  GcBits();
  ~GcBits();
  GcBits(const GcBits&) = delete;
  GcBits& operator=(const GcBits&) = delete;

  // word(address) for an address whose bits may not exist yet: makes them first, or throws
  // OutOfMemory when that fails.
  uint64_t& covering_word(const void* address) {
    auto a = reinterpret_cast<uintptr_t>(address);
    uint64_t** middle = a >> kAddressBits ? nullptr : top_[a >> kTopShift];
    if (!middle || !middle[(a >> kChunkShift) & (kChunksPerTop - 1)]) cover(a);
    return word(address);
  }
  // The word holding the bits of the object at `address` (covered), and their shift in it.
  uint64_t& word(const void* address) const {
    auto a = reinterpret_cast<uintptr_t>(address);
    return top_[a >> kTopShift][(a >> kChunkShift) & (kChunksPerTop - 1)]
               [(a >> kWordShift) & (kWordsPerChunk - 1)];
  }
  static unsigned shift(const void* address) {
    return static_cast<unsigned>((reinterpret_cast<uintptr_t>(address) >> kGranuleShift) &
                                 (kGranulesPerWord - 1)) *
           2;
  }

 private:
  static constexpr unsigned kGranuleShift = 4;
  static constexpr unsigned kGranulesPerWord = 32;           // two bits each
  static constexpr unsigned kWordShift = kGranuleShift + 5;  // 512 bytes per word
  static constexpr unsigned kChunkShift = 22;                // 4 MiB per bitmap
  static constexpr unsigned kWordsPerChunk = 1u << (kChunkShift - kWordShift);
  static constexpr unsigned kTopShift = 34;  // 16 GiB per middle table
  static constexpr unsigned kChunksPerTop = 1u << (kTopShift - kChunkShift);
  static constexpr unsigned kAddressBits = 47;  // user space on x86-64 and arm64
  static constexpr unsigned kTopEntries = 1u << (kAddressBits - kTopShift);
  void cover(uintptr_t address);
  uint64_t*** top_;  // kTopEntries middle tables of kChunksPerTop bitmaps, made on demand
};

// Raised (as a C++ exception) when an allocation would exceed the heap's limit; the VM turns
// it into Python's MemoryError.
struct OutOfMemory {};

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
  size_t object_count() const { return objects_.size() + finalizable_.size(); }

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
  Hooks hooks_;
  // Every object, as arrays rather than a list threaded through the objects: the sweep can
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
