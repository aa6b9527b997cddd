#include "gc/cell_space.h"

#include <sys/mman.h>

#include <algorithm>
#include <bit>
#include <cstring>

#if EMBER_CELL_POISON_ASAN
#include <sanitizer/asan_interface.h>
#endif

namespace ember {

namespace {
#ifdef NDEBUG
constexpr bool kPoisonFreedCells = EMBER_CELL_POISON_ASAN;
#else
constexpr bool kPoisonFreedCells = true;
#endif

constexpr uint64_t kEvenBits = 0x5555555555555555u;  // the mark bits of a bitmap word

// The mark bits of a bitmap word (bits 0, 2, ... 62) packed into its low 32 bits.
uint64_t pack_even_bits(uint64_t x) {
  x &= kEvenBits;
  x = (x | (x >> 1)) & 0x3333333333333333u;
  x = (x | (x >> 2)) & 0x0F0F0F0F0F0F0F0Fu;
  x = (x | (x >> 4)) & 0x00FF00FF00FF00FFu;
  x = (x | (x >> 8)) & 0x0000FFFF0000FFFFu;
  x = (x | (x >> 16)) & 0x00000000FFFFFFFFu;
  return x;
}
}  // namespace

CellSpace::~CellSpace() {
  for (Page* page : pages_) delete page;
  for (Page* page : free_pages_) delete page;
  for (char* chunk : chunks_) {
    // The sanitizer's record of poisoned cells would outlive the mapping.
    unpoison(chunk, kChunkBytes);
    munmap(chunk, kChunkBytes);
  }
}

void CellSpace::poison([[maybe_unused]] void* cell, [[maybe_unused]] size_t bytes) {
#ifndef NDEBUG
  // A use after free then reads a pattern no pointer or small int has.
  unpoison(cell, bytes);
  std::memset(cell, 0xDB, bytes);
#endif
#if EMBER_CELL_POISON_ASAN
  ASAN_POISON_MEMORY_REGION(cell, bytes);
#endif
}

#if EMBER_CELL_POISON_ASAN
void CellSpace::unpoison(void* cell, size_t bytes) {
  ASAN_UNPOISON_MEMORY_REGION(cell, bytes);
}
#endif

void CellSpace::reserve_chunk() {
  // Map a page more than needed so that the pages can start on a kPageBytes boundary: a page
  // then covers whole bitmap words, shared with no other allocation's bits.
  size_t mapped = kChunkBytes + kPageBytes;
  void* memory = mmap(nullptr, mapped, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (memory == MAP_FAILED) throw OutOfMemory{};
  auto base = reinterpret_cast<uintptr_t>(memory);
  uintptr_t aligned = (base + kPageBytes - 1) & ~(uintptr_t{kPageBytes} - 1);
  if (aligned > base) munmap(memory, aligned - base);
  uintptr_t end = aligned + kChunkBytes;
  if (base + mapped > end) munmap(reinterpret_cast<void*>(end), base + mapped - end);
  chunks_.push_back(reinterpret_cast<char*>(aligned));
  unused_ = reinterpret_cast<char*>(aligned);
  unused_end_ = unused_ + kChunkBytes;
}

CellSpace::Page* CellSpace::take_free_page(uint64_t live_mark) {
  Page* page;
  if (!free_pages_.empty()) {
    page = free_pages_.back();
    free_pages_.pop_back();
    std::fill(std::begin(page->in_use), std::end(page->in_use), 0);
  } else {
    if (unused_ == unused_end_) reserve_chunk();
    page = new Page{};
    page->start = unused_;
    try {
      bits_.covering_word(page->start);
    } catch (const OutOfMemory&) {
      delete page;
      throw;
    }
    unused_ += kPageBytes;
    poison(page->start, kPageBytes);
  }
  page->resident = true;
  page->idle = false;
  // Every mark bit "unreached" for a collection marking with live_mark, no leaf bit.
  uint64_t* words = page_bits(*page);
  std::fill(words, words + kPageGranules / 32, live_mark ? 0 : kEvenBits);
  return page;
}

void* CellSpace::allocate_slow(SizeClass& size_class, size_t bytes, bool finalize, bool leaf,
                               uint64_t live_mark) {
  // The pages left in with_room after the one the fast path gave up on.
  while (size_class.next < size_class.with_room.size()) {
    Page& page = *size_class.with_room[size_class.next];
    size_t offset = find_free(page);
    if (offset < page.end) return claim(page, offset, leaf, live_mark);
    page.cursor = page.end;
    ++size_class.next;
  }
  // Grow the arrays first, so that nothing can throw once the page is taken.
  pages_.reserve(pages_.size() + 1);
  size_class.with_room.reserve(size_class.with_room.size() + 1);
  Page* page = take_free_page(live_mark);
  page->cell_bytes = static_cast<uint32_t>(bytes);
  page->end = static_cast<uint32_t>(kPageBytes / bytes * bytes);
  page->used = 0;
  page->cursor = 0;
  page->finalize = finalize;
  pages_.push_back(page);
  size_class.with_room.push_back(page);
  size_class.next = size_class.with_room.size() - 1;
  return claim(*page, 0, leaf, live_mark);
}

template <class OnDead>
size_t CellSpace::sweep_page(Page& page, uint64_t live_mark, OnDead on_dead) {
  uint64_t* words = page_bits(page);
  uint64_t reached_bits = live_mark ? kEvenBits : 0;
  size_t dead_cells = 0;
  for (size_t i = 0; i < kPageGranules / 64; ++i) {
    uint64_t old = page.in_use[i];
    // Granules with no cell in use: their bits are read and written only when one is claimed.
    if (!old) continue;
    uint64_t& low = words[2 * i];
    uint64_t& high = words[2 * i + 1];
    uint64_t reached =
        pack_even_bits(~(low ^ reached_bits)) | (pack_even_bits(~(high ^ reached_bits)) << 32);
    // The reached value now, "unreached" once the next collection marks with the other one.
    low = (low & ~kEvenBits) | reached_bits;
    high = (high & ~kEvenBits) | reached_bits;
    uint64_t kept = old & reached;
    page.in_use[i] = kept;
    uint64_t dead = old & ~kept;
    if (!dead) continue;
    dead_cells += static_cast<size_t>(std::popcount(dead));
    for (; dead; dead &= dead - 1) {
      on_dead(page.start +
              page.cell_at_granule(i * 64 + static_cast<size_t>(std::countr_zero(dead))));
    }
  }
  page.used -= static_cast<uint32_t>(dead_cells);
  return dead_cells;
}

size_t CellSpace::sweep(uint64_t live_mark) {
  size_t freed = 0;
  size_t kept_pages = 0;
  for (Page* page : pages_) {
    size_t bytes = page->cell_bytes;
    size_t dead;
    if (page->finalize) {
      dead = sweep_page(*page, live_mark, [&](char* cell) {
        dying_.push_back(reinterpret_cast<GcObject*>(cell));
        if (kPoisonFreedCells) to_poison_.emplace_back(cell, bytes);
      });
    } else if (kPoisonFreedCells) {
      dead =
          sweep_page(*page, live_mark, [&](char* cell) { to_poison_.emplace_back(cell, bytes); });
    } else {
      dead = sweep_page(*page, live_mark, [](char*) {});
    }
    freed += dead * bytes;
    cells_in_use_ -= dead;
    page->cursor = 0;
    if (page->used) {
      pages_[kept_pages++] = page;
    } else {
      free_pages_.push_back(page);
    }
  }
  pages_.resize(kept_pages);
  for (auto& by_finalize : classes_) {
    for (SizeClass& size_class : by_finalize) {
      size_class.with_room.clear();
      size_class.next = 0;
    }
  }
  for (Page* page : pages_) {
    if (page->used < page->cells()) {
      classes_[page->finalize][class_index(page->cell_bytes)].with_room.push_back(page);
    }
  }
  return freed;
}

void CellSpace::release_dying() {
  for (auto [cell, bytes] : to_poison_) poison(cell, bytes);
  to_poison_.clear();
  dying_.clear();
  give_back_spare_pages();
}

void CellSpace::give_back_spare_pages() {
  // Pages freed by this collection are what the allocation until the next one will reuse;
  // those that stayed empty through a whole cycle are not needed, and their memory goes back
  // (a phase that built a big structure and dropped it should not keep its peak).
  for (Page* page : free_pages_) {
    if (!page->resident) continue;
    if (page->idle) {
      madvise(page->start, kPageBytes, MADV_DONTNEED);
      page->resident = false;
    }
    page->idle = true;
  }
}

}  // namespace ember
