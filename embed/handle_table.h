// The values an embedding host holds, named by opaque 64-bit handles. A handle packs the
// table's tag (which VM), a slot index and the slot's generation, so a handle of another VM,
// a released one or a made-up one is recognised without touching freed memory. The table is
// a GC root: the VM marks every live slot at each collection.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

#include "vm/value.h"

namespace ember {

class Marker;

class HandleTable {
 public:
  enum class Lookup { Live, Null, Foreign, Released };

  explicit HandleTable(uint16_t tag) : tag_(tag) {}

  // A new handle to `value`: persistent handles live until released, the others until the
  // innermost open scope ends (or until released).
  uint64_t add(Value value, bool persistent);
  // Inline: every API call looks up its handles.
  Lookup find(uint64_t handle, Value* value) const {
    if (handle == 0) return Lookup::Null;
    if (handle >> kTagShift != tag_) return Lookup::Foreign;
    uint64_t index = handle & 0xFFFFFFFFu;
    if (index >= slots_.size()) return Lookup::Foreign;
    const Slot& slot = slots_[index];
    if (!slot.live || slot.generation != static_cast<uint16_t>(handle >> kGenerationShift)) {
      return Lookup::Released;
    }
    *value = slot.value;
    return Lookup::Live;
  }
  // False when `handle` is not a live handle of this table.
  bool release(uint64_t handle);

  // Scopes nest; scope_begin returns the new depth, which scope_end must be given back.
  size_t scope_begin();
  bool scope_end(size_t depth);
  size_t depth() const { return scope_marks_.size(); }

  void trace(Marker& marker) const;

 private:
  static constexpr int kTagShift = 48;
  static constexpr int kGenerationShift = 32;
  struct Slot {
    Value value;
    uint32_t next_free = 0;  // when free: the next free slot + 1 (0 ends the list)
    uint16_t generation = 1;
    bool live = false;
  };
  uint64_t pack(uint32_t index) const;
  void free_slot(uint32_t index);

  uint16_t tag_;
  std::vector<Slot> slots_;
  uint32_t free_head_ = 0;           // first free slot + 1
  std::vector<uint64_t> scoped_;     // scoped handles in creation order
  std::vector<size_t> scope_marks_;  // scoped_.size() when each open scope began
};

}  // namespace ember
