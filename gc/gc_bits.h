// The collector's mark and leaf bits, in a table on the side of the heap.
#pragma once
#include <cstdint>

namespace ember {

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

}  // namespace ember
