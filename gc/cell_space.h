// The heap's space for small objects: 64 KiB pages, each cut into cells of one size, swept
// by reading the mark bitmap alone.
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "gc/gc_bits.h"

#if defined(__SANITIZE_ADDRESS__)
#define EMBER_CELL_POISON_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define EMBER_CELL_POISON_ASAN 1
#endif
#endif
#ifndef EMBER_CELL_POISON_ASAN
#define EMBER_CELL_POISON_ASAN 0
#endif

namespace ember {

struct GcObject;

// Why not mimalloc for these: freeing a dead object through an allocator writes into it (a
// free-list link), so every sweep paid a cache miss per dead object, and the next allocation
// of that block another one. Here a cell is free when its bit in its page's in-use map is
// clear: the sweep derives the maps from the mark bits (a few words per page, no object
// touched unless it has a finaliser), and allocation finds the next free cell by testing
// bits, then writes the object it was going to write anyway. Objects need no entry in the
// heap's pointer arrays either (8 bytes each).
//
// The mark bits of a page's granules all hold the "unreached" value between collections (the
// sweep rewrites them after each), so allocating a cell only sets its leaf bit.
class CellSpace {
 public:
  // Cell sizes step by 8 bytes (as mimalloc's small bins do; a 16-byte step would cost a str
  // of 49 bytes 15 of padding) from 16: every cell is at least one bitmap granule long, so no
  // two cells start in the same granule and the mark bits stay one pair per object.
  static constexpr size_t kCellStep = 8;
  static constexpr size_t kMinCellBytes = 16;
  static constexpr size_t kMaxCellBytes = 512;

  explicit CellSpace(GcBits& bits) : bits_(bits) {}
  ~CellSpace();
  CellSpace(const CellSpace&) = delete;
  CellSpace& operator=(const CellSpace&) = delete;

  static size_t cell_bytes_for(size_t size) {
    size_t bytes = (size + kCellStep - 1) & ~(kCellStep - 1);
    return bytes < kMinCellBytes ? kMinCellBytes : bytes;
  }
  // A cell for an object of at most kMaxCellBytes (cell_bytes_for(size) of memory, not
  // zeroed) whose mark bit reads "unreached" in a collection marking with `live_mark`.
  // Throws OutOfMemory when the OS refuses a page.
  void* allocate(size_t size, bool finalize, bool leaf, uint64_t live_mark);

  // After marking with `live_mark`: the cells whose mark bit reads reached stay in use, the
  // others become free. Returns the bytes freed. Afterwards every cell in use reads
  // "unreached" for the next collection, which marks with the other value. The finalisable
  // objects that died are left in dying() for their finalisers.
  size_t sweep(uint64_t live_mark);
  const std::vector<GcObject*>& dying() const { return dying_; }
  // Once the dying are finalised: debug and sanitizer builds poison the cells freed by the
  // sweep, and the memory of spare empty pages goes back to the OS (only now: a finaliser
  // may read another dead object, an instance its type).
  void release_dying();

  // Every finalisable object still in use (for the heap's destructor).
  template <class Visit>
  void for_each_finalizable(Visit visit) const;

  size_t cells_in_use() const { return cells_in_use_; }

 private:
  static constexpr size_t kPageBytes = 64u << 10;
  static constexpr size_t kGranule = 16;  // of the mark bitmap, and of the in-use maps
  static constexpr size_t kPageGranules = kPageBytes / kGranule;
  static constexpr size_t kChunkBytes = 4u << 20;  // address space reserved at a time
  static constexpr size_t kClasses = (kMaxCellBytes - kMinCellBytes) / kCellStep + 1;

  struct Page {
    char* start;
    uint32_t cell_bytes = 0;
    uint32_t end = 0;  // offset past the last whole cell
    uint32_t used = 0;
    uint32_t cursor = 0;  // offset of the next cell the allocator examines
    bool finalize = false;
    bool resident = true;  // false after its memory was given back to the OS
    bool idle = false;     // empty since the collection before the last one
    // One bit per granule, set at the granule where a cell in use starts.
    uint64_t in_use[kPageGranules / 64] = {};
    bool cell_in_use(size_t offset) const {
      size_t g = offset / kGranule;
      return (in_use[g / 64] >> (g % 64)) & 1;
    }
    size_t cells() const { return end / cell_bytes; }
    // The offset of the cell starting in granule `g`.
    size_t cell_at_granule(size_t g) const {
      return (g * kGranule + cell_bytes - 1) / cell_bytes * cell_bytes;
    }
  };
  struct SizeClass {
    std::vector<Page*> with_room;  // pages the allocator may take cells from, in turn
    size_t next = 0;               // index of the page in use in with_room
  };

  static size_t class_index(size_t bytes) { return (bytes - kMinCellBytes) / kCellStep; }
  // The offset of the first free cell at or after the page's cursor, or its end.
  static size_t find_free(const Page& page) {
    size_t offset = page.cursor;
    while (offset < page.end && page.cell_in_use(offset)) offset += page.cell_bytes;
    return offset;
  }
  void* claim(Page& page, size_t offset, bool leaf, uint64_t live_mark);
  void* allocate_slow(SizeClass& size_class, size_t bytes, bool finalize, bool leaf,
                      uint64_t live_mark);
  Page* take_free_page(uint64_t live_mark);
  void reserve_chunk();
  uint64_t* page_bits(const Page& page) const { return &bits_.word(page.start); }
  template <class OnDead>
  size_t sweep_page(Page& page, uint64_t live_mark, OnDead on_dead);
  void give_back_spare_pages();
  static void poison(void* cell, size_t bytes);
#if EMBER_CELL_POISON_ASAN
  static void unpoison(void* cell, size_t bytes);
#else
  static void unpoison(void*, size_t) {}
#endif

  GcBits& bits_;
  SizeClass classes_[2][kClasses];  // [finalize][class_index(cell bytes)]
  std::vector<Page*> pages_;        // pages holding cells of some size class
  std::vector<Page*> free_pages_;   // pages holding nothing, any class may take them
  std::vector<char*> chunks_;       // mapped memory, kChunkBytes each
  char* unused_ = nullptr;          // the part of the last chunk not cut into pages yet
  char* unused_end_ = nullptr;
  size_t cells_in_use_ = 0;
  std::vector<GcObject*> dying_;
  std::vector<std::pair<void*, size_t>> to_poison_;  // freed cells, when poisoning them
};

inline void* CellSpace::allocate(size_t size, bool finalize, bool leaf, uint64_t live_mark) {
  size_t bytes = cell_bytes_for(size);
  SizeClass& size_class = classes_[finalize][class_index(bytes)];
  if (size_class.next < size_class.with_room.size()) {
    Page& page = *size_class.with_room[size_class.next];
    size_t offset = find_free(page);
    if (offset < page.end) return claim(page, offset, leaf, live_mark);
    page.cursor = page.end;
    ++size_class.next;
  }
  return allocate_slow(size_class, bytes, finalize, leaf, live_mark);
}

inline void* CellSpace::claim(Page& page, size_t offset, bool leaf, uint64_t live_mark) {
  size_t g = offset / kGranule;
  page.in_use[g / 64] |= uint64_t{1} << (g % 64);
  page.cursor = static_cast<uint32_t>(offset + page.cell_bytes);
  ++page.used;
  ++cells_in_use_;
  char* cell = page.start + offset;
  unpoison(cell, page.cell_bytes);
  uint64_t& word = bits_.word(cell);
  unsigned shift = GcBits::shift(cell);
  word = (word & ~((kGcMarkBit | kGcLeafBit) << shift)) |
         (((live_mark ^ kGcMarkBit) | (leaf ? kGcLeafBit : 0)) << shift);
  return cell;
}

template <class Visit>
void CellSpace::for_each_finalizable(Visit visit) const {
  for (const Page* page : pages_) {
    if (!page->finalize) continue;
    for (size_t offset = 0; offset < page->end; offset += page->cell_bytes) {
      if (page->cell_in_use(offset)) visit(reinterpret_cast<GcObject*>(page->start + offset));
    }
  }
}

}  // namespace ember
