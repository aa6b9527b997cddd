#include "embed/handle_table.h"

#include "gc/heap.h"
#include "vm/vm.h"

namespace ember {

uint64_t HandleTable::pack(uint32_t index) const {
  return static_cast<uint64_t>(tag_) << kTagShift |
         static_cast<uint64_t>(slots_[index].generation) << kGenerationShift | index;
}

uint64_t HandleTable::add(Value value, bool persistent) {
  uint32_t index;
  if (free_head_) {
    index = free_head_ - 1;
    free_head_ = slots_[index].next_free;
  } else {
    index = static_cast<uint32_t>(slots_.size());
    slots_.emplace_back();
  }
  Slot& slot = slots_[index];
  slot.value = value;
  slot.live = true;
  uint64_t handle = pack(index);
  if (!persistent) scoped_.push_back(handle);
  return handle;
}

void HandleTable::free_slot(uint32_t index) {
  Slot& slot = slots_[index];
  slot.live = false;
  slot.value = Value::none();
  // Generation 0 never appears in a handle, so a handle is never all zero bits.
  if (++slot.generation == 0) slot.generation = 1;
  slot.next_free = free_head_;
  free_head_ = index + 1;
}

bool HandleTable::release(uint64_t handle) {
  Value ignored;
  if (find(handle, &ignored) != Lookup::Live) return false;
  free_slot(static_cast<uint32_t>(handle & 0xFFFFFFFFu));
  // Handles released one by one (as C++ destructors do) leave their entries at the end of
  // scoped_; drop those so that a long-lived outermost scope does not grow.
  size_t floor = scope_marks_.empty() ? 0 : scope_marks_.back();
  while (scoped_.size() > floor && find(scoped_.back(), &ignored) != Lookup::Live) {
    scoped_.pop_back();
  }
  return true;
}

size_t HandleTable::scope_begin() {
  scope_marks_.push_back(scoped_.size());
  return scope_marks_.size();
}

bool HandleTable::scope_end(size_t depth) {
  if (depth == 0 || depth != scope_marks_.size()) return false;
  size_t mark = scope_marks_.back();
  scope_marks_.pop_back();
  Value ignored;
  for (size_t i = mark; i < scoped_.size(); ++i) {
    if (find(scoped_[i], &ignored) == Lookup::Live) {
      free_slot(static_cast<uint32_t>(scoped_[i] & 0xFFFFFFFFu));
    }
  }
  scoped_.resize(mark);
  return true;
}

void HandleTable::trace(Marker& marker) const {
  for (const Slot& slot : slots_) {
    if (slot.live) mark_value(marker, slot.value);
  }
}

}  // namespace ember
