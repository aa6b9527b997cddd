#include "gc/gc_bits.h"

#include <cstdlib>
#include <new>

namespace ember {

GcBits::GcBits() : top_(static_cast<uint64_t***>(std::calloc(kTopEntries, sizeof(uint64_t**)))) {
  if (!top_) throw std::bad_alloc();
}

GcBits::~GcBits() {
  for (unsigned t = 0; t < kTopEntries; ++t) {
    if (!top_[t]) continue;
    for (unsigned c = 0; c < kChunksPerTop; ++c) std::free(top_[t][c]);
    std::free(top_[t]);
  }
  std::free(top_);
}

void GcBits::cover(uintptr_t a) {
  if (a >> kAddressBits) throw OutOfMemory{};
  uint64_t**& middle = top_[a >> kTopShift];
  if (!middle) {
    middle = static_cast<uint64_t**>(std::calloc(kChunksPerTop, sizeof(uint64_t*)));
    if (!middle) throw OutOfMemory{};
  }
  // calloc of a bitmap this size maps fresh zero pages: only the parts covering objects are
  // ever made resident.
  uint64_t*& bitmap = middle[(a >> kChunkShift) & (kChunksPerTop - 1)];
  if (!bitmap) {
    bitmap = static_cast<uint64_t*>(std::calloc(kWordsPerChunk, sizeof(uint64_t)));
    if (!bitmap) throw OutOfMemory{};
  }
}

}  // namespace ember
