#include "gc/heap.h"

#include <cstring>
#include <new>

namespace ember {

namespace {
constexpr size_t kInitialThreshold = 8u << 20;
constexpr uint64_t kStressWorkBudget = 20'000'000;
// mimalloc does not report the block size we asked for, so objects record nothing: the
// heap charges each object its usable size instead.
size_t usable_size(void* block) {
  return mi_usable_size(block);
}
}  // namespace

Heap::Heap() : heap_(mi_heap_new()), next_threshold_(kInitialThreshold) {
  if (!heap_) throw std::bad_alloc();
}

Heap::~Heap() {
  // Finalise everything still alive (C++ members such as GMP integers own memory of their
  // own), then drop the whole mimalloc heap at once.
  for (GcObject* object = objects_; object; object = object->gc_next) {
    if (hooks_.finalize_object) hooks_.finalize_object(hooks_.context, object);
  }
  mi_heap_destroy(heap_);
}

void Heap::check_room(size_t extra) const {
  if (limit_ && (extra > limit_ || live_bytes_ > limit_ - extra)) throw OutOfMemory{};
}

void Heap::account(size_t size) {
  live_bytes_ += size;
  bytes_since_collection_ += size;
}

void* Heap::allocate_object(size_t size) {
  check_room(size);
  void* block = mi_heap_zalloc(heap_, size);
  if (!block) throw OutOfMemory{};
  account(usable_size(block));
  auto* object = static_cast<GcObject*>(block);
  object->gc_next = objects_;
  objects_ = object;
  ++object_count_;
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
  Marker marker;
  if (hooks_.trace_roots) hooks_.trace_roots(hooks_.context, marker);
  uint64_t marked = 0;
  while (!marker.work_.empty()) {
    ++marked;
    GcObject* object = marker.work_.back();
    marker.work_.pop_back();
    if (hooks_.trace_object) hooks_.trace_object(hooks_.context, object, marker);
  }
  sweep();
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
  // Grow with the live set so collection work stays proportional to allocation.
  next_threshold_ = live_bytes_ > kInitialThreshold ? live_bytes_ : kInitialThreshold;
  collecting_ = false;
}

void Heap::sweep() {
  // Unlink the dead first and finalise them all before freeing any: a finaliser may still
  // read another dead object (an instance reads its type's slots).
  GcObject* dead = nullptr;
  GcObject** link = &objects_;
  while (GcObject* object = *link) {
    if (object->gc_marked) {
      object->gc_marked = 0;
      link = &object->gc_next;
      continue;
    }
    *link = object->gc_next;
    object->gc_next = dead;
    dead = object;
  }
  if (hooks_.finalize_object) {
    for (GcObject* object = dead; object; object = object->gc_next) {
      hooks_.finalize_object(hooks_.context, object);
    }
  }
  while (dead) {
    GcObject* next = dead->gc_next;
#ifndef NDEBUG
    // Poison freed objects so that a use after free fails fast in debug builds.
    std::memset(static_cast<void*>(dead), 0xDB, usable_size(dead));
#endif
    live_bytes_ -= usable_size(dead);
    --object_count_;
    mi_free(dead);
    dead = next;
  }
}

}  // namespace ember
