#include "gc/heap.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

namespace ember {

namespace {
// Allocation between collections: at least kMinThreshold (a fresh VM holds about 300 KiB, so
// small programs collect often enough to stay small and cache-warm), otherwise a quarter of
// what is live. docs/decisions.md has the measurements behind both.
constexpr size_t kMinThreshold = 512u << 10;
constexpr uint64_t kStressWorkBudget = 20'000'000;
constexpr size_t kMaxGranules = UINT16_MAX;
// Requests of at least kLargeRequest bytes leave min(limit / 16, kMaxReserve) unused under a
// memory limit (see check_room).
constexpr size_t kLargeRequest = 16u << 10;
constexpr size_t kMaxReserve = 1u << 20;

// Bytes charged for an object: its recorded size, or for objects too big to record (rare),
// what mimalloc gave it.
size_t charged_size(GcObject* object) {
  return object->gc_granules ? object->gc_granules * kGcGranule : mi_usable_size(object);
}
}  // namespace

Heap::Heap() : heap_(mi_heap_new()), cells_(bits_), next_threshold_(kMinThreshold) {
  if (!heap_) throw std::bad_alloc();
}

Heap::~Heap() {
  // Finalise everything still alive (C++ members such as GMP integers own memory of their
  // own), then drop the whole mimalloc heap at once.
  if (hooks_.finalize_object) {
    for (GcObject* object : finalizable_) hooks_.finalize_object(hooks_.context, object);
    cells_.for_each_finalizable(
        [&](GcObject* object) { hooks_.finalize_object(hooks_.context, object); });
  }
  mi_heap_destroy(heap_);
}

void Heap::check_room(size_t extra) const {
  if (!limit_) return;
  // A large request must leave a reserve below the limit. Collections happen only at
  // safepoints, so after a refusal the garbage stays counted until the next one: the reserve
  // lets the MemoryError's handler, or the embedder's next call (compiling its source, say),
  // run until then. How close to the limit a program gets then depends on its allocation
  // pattern, not on how object sizes happen to divide into the limit.
  size_t reserve = extra >= kLargeRequest ? std::min(limit_ / 16, kMaxReserve) : 0;
  if (extra > limit_ - reserve || live_bytes_ > limit_ - reserve - extra) throw OutOfMemory{};
}

void Heap::account(size_t size) {
  live_bytes_ += size;
  bytes_since_collection_ += size;
}

void* Heap::allocate_object(size_t size, bool finalize, bool leaf) {
  if (size <= CellSpace::kMaxCellBytes) {
    size_t bytes = CellSpace::cell_bytes_for(size);
    check_room(bytes);
    void* cell = cells_.allocate(size, finalize, leaf, live_mark_);
    if (leaf) {
      *static_cast<GcObject*>(cell) = GcObject{};
    } else {
      std::memset(cell, 0, size);
    }
    static_cast<GcObject*>(cell)->gc_granules = static_cast<uint16_t>(bytes / kGcGranule);
    account(bytes);
    return cell;
  }
  check_room(size);
  std::vector<GcObject*>& objects = finalize ? finalizable_ : objects_;
  // Grow the array first, so that nothing can throw once the block is allocated.
  if (objects.size() == objects.capacity()) objects.reserve(objects.size() * 2 + 1024);
  void* block = leaf ? mi_heap_malloc(heap_, size) : mi_heap_zalloc(heap_, size);
  if (!block) throw OutOfMemory{};
  uint64_t* bits;
  try {
    bits = &bits_.covering_word(block);
  } catch (const OutOfMemory&) {
    mi_free(block);
    throw;
  }
  auto* object = static_cast<GcObject*>(block);
  if (leaf) *object = GcObject{};
  size_t granules = (size + kGcGranule - 1) / kGcGranule;
  if (granules <= kMaxGranules) {
    object->gc_granules = static_cast<uint16_t>(granules);
    account(granules * kGcGranule);
  } else {
    account(mi_usable_size(block));
  }
  // Unmarked for the coming collection: the opposite of the bit that survivors carry.
  unsigned shift = GcBits::shift(object);
  *bits = (*bits & ~((kGcMarkBit | kGcLeafBit) << shift)) |
          (((live_mark_ ^ kGcMarkBit) | (leaf ? kGcLeafBit : 0)) << shift);
  objects.push_back(object);
  return block;
}

void* Heap::allocate_buffer(size_t size) {
  check_room(size);
  void* block = mi_heap_malloc(heap_, size ? size : 1);
  if (!block) throw OutOfMemory{};
  account(size);
  return block;
}

void* Heap::reallocate_buffer(void* buffer, size_t old_size, size_t new_size) {
  if (new_size > old_size) check_room(new_size - old_size);
  void* block = mi_heap_realloc(heap_, buffer, new_size ? new_size : 1);
  if (!block) throw OutOfMemory{};
  live_bytes_ -= old_size;
  account(new_size);
  return block;
}

void Heap::free_buffer(void* buffer, size_t size) {
  if (!buffer) return;
  live_bytes_ -= size;
  mi_free(buffer);
}

void Heap::collect() {
  if (collecting_) return;
  collecting_ = true;
  Marker marker(bits_, live_mark_);
  if (hooks_.trace_roots) hooks_.trace_roots(hooks_.context, marker);
  uint64_t marked = drain(marker);
  if (hooks_.after_mark) hooks_.after_mark(hooks_.context);
  sweep();
  live_mark_ ^= kGcMarkBit;
  ++collections_;
  bytes_since_collection_ = 0;
  // Stress mode: each time the collections have marked another kStressWorkBudget objects,
  // the allocation needed for the next collection doubles. Short programs (and the start of
  // long ones) collect at every allocating safepoint; long or heap-heavy runs still collect
  // very often, while the total marking work stays within a few times that budget per
  // doubling instead of growing with (iterations x live heap).
  if (stress_) {
    stress_marked_ += marked;
    if (stress_marked_ >= kStressWorkBudget) {
      stress_marked_ = 0;
      stress_quantum_ *= 2;
    }
  }
  // Grow with the live set so collection work stays proportional to allocation. A quarter of
  // the live set bounds the garbage at a fifth of the heap: with the mark bits in a side table
  // and small objects swept from the bitmap alone, a collection costs little per survivor, so
  // collecting this often is cheap (docs/performance.md, seventh round).
  next_threshold_ = std::max(kMinThreshold, live_bytes_ / 4);
  collecting_ = false;
}

uint64_t Heap::drain(Marker& marker) {
  uint64_t traced = 0;
  while (!marker.work_.empty()) {
    ++traced;
    GcObject* object = marker.work_.back();
    marker.work_.pop_back();
    if (hooks_.trace_object) hooks_.trace_object(hooks_.context, object, marker);
  }
  return traced;
}

void Heap::mark_from(GcObject* object) {
  Marker marker(bits_, live_mark_);
  marker.mark(object);
  drain(marker);
}

void Heap::release(GcObject* object) {
  size_t size = charged_size(object);
#ifndef NDEBUG
  // Poison freed objects so that a use after free fails fast in debug builds.
  std::memset(static_cast<void*>(object), 0xDB, mi_usable_size(object));
#endif
  live_bytes_ -= size;
  mi_free(object);
}

// Keeps the survivors in `objects` (in order) and passes each dead object to `on_dead`. Only
// the dead are touched (to be freed); the survivors' bits are all the sweep reads of them.
template <class OnDead>
void Heap::sweep_array(std::vector<GcObject*>& objects, OnDead on_dead) {
  // How many objects ahead to prefetch the dead: enough to overlap the cache misses.
  constexpr size_t kAhead = 32;
  GcObject** kept = objects.data();
  GcObject** end = objects.data() + objects.size();
  for (GcObject** it = objects.data(); it != end; ++it) {
    if (end - it > static_cast<ptrdiff_t>(kAhead) && !reached(it[kAhead])) {
      __builtin_prefetch(it[kAhead]);
    }
    GcObject* object = *it;
    if (reached(object)) {
      *kept++ = object;
    } else {
      on_dead(object);
    }
  }
  objects.resize(static_cast<size_t>(kept - objects.data()));
  // Give back most of an array that the live set has outgrown by far.
  if (objects.capacity() > 4 * objects.size() + 4096) objects.shrink_to_fit();
}

void Heap::sweep() {
  // Objects with finalisers: gather the dead and finalise them all before freeing any, as a
  // finaliser may still read another dead object (an instance reads its type's slots).
  std::vector<GcObject*> dead;
  sweep_array(finalizable_, [&](GcObject* object) { dead.push_back(object); });
  live_bytes_ -= cells_.sweep(live_mark_);
  if (hooks_.finalize_object) {
    for (GcObject* object : dead) hooks_.finalize_object(hooks_.context, object);
    for (GcObject* object : cells_.dying()) hooks_.finalize_object(hooks_.context, object);
  }
  for (GcObject* object : dead) release(object);
  cells_.release_dying();
  // Every finaliser has run, so the rest can be freed as the sweep meets them.
  sweep_array(objects_, [&](GcObject* object) { release(object); });
}

}  // namespace ember
