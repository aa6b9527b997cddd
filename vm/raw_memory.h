// The memory behind Mojo's UnsafePointer in fn code. Every block `alloc` hands out is
// recorded, so that each load, store, copy and `free` through a pointer is checked against
// the live blocks: an access outside every block, or to a freed one, stops the program with
// a runtime error instead of corrupting the VM (Mojo leaves it undefined). Blocks are
// zero-filled, and the VM frees the ones a program leaks when it is destroyed.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>

namespace ember {

class RawMemory {
 public:
  RawMemory() = default;
  ~RawMemory();
  RawMemory(const RawMemory&) = delete;
  RawMemory& operator=(const RawMemory&) = delete;

  // A zeroed block of `bytes` (at least 1) bytes; nullptr when the system has no memory or
  // the total would pass `limit` bytes (0: no limit).
  uintptr_t allocate(size_t bytes, size_t limit);
  // Frees the block starting at `address`; false when no live block starts there.
  bool free(uintptr_t address);
  // Whether [address, address + bytes) lies inside one live block.
  bool contains(uintptr_t address, size_t bytes) {
    if (address >= hit_start_ && address < hit_end_ && bytes <= hit_end_ - address) return true;
    return find(address, bytes);
  }
  size_t allocated_bytes() const { return total_; }

 private:
  bool find(uintptr_t address, size_t bytes);

  std::map<uintptr_t, size_t> blocks_;  // start -> size
  size_t total_ = 0;
  // The block of the last successful check: loops touch one block over and over.
  uintptr_t hit_start_ = 0;
  uintptr_t hit_end_ = 0;
};

}  // namespace ember
