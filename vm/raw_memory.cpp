#include "vm/raw_memory.h"

#include <cstdlib>

namespace ember {

RawMemory::~RawMemory() {
  for (auto& [start, size] : blocks_) std::free(reinterpret_cast<void*>(start));
}

uintptr_t RawMemory::allocate(size_t bytes, size_t limit) {
  if (bytes == 0) bytes = 1;
  if (limit && (bytes > limit || total_ > limit - bytes)) return 0;
  void* block = std::calloc(1, bytes);
  if (!block) return 0;
  auto start = reinterpret_cast<uintptr_t>(block);
  blocks_[start] = bytes;
  total_ += bytes;
  return start;
}

bool RawMemory::free(uintptr_t address) {
  auto it = blocks_.find(address);
  if (it == blocks_.end()) return false;
  total_ -= it->second;
  if (hit_start_ == address) hit_start_ = hit_end_ = 0;
  std::free(reinterpret_cast<void*>(address));
  blocks_.erase(it);
  return true;
}

bool RawMemory::find(uintptr_t address, size_t bytes) {
  auto it = blocks_.upper_bound(address);
  if (it == blocks_.begin()) return false;
  --it;
  uintptr_t end = it->first + it->second;
  if (address >= end || bytes > end - address) return false;
  hit_start_ = it->first;
  hit_end_ = end;
  return true;
}

}  // namespace ember
