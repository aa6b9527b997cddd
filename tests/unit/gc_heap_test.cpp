// The collector on its own, with a tiny object model of nodes that point at other nodes.
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "gc/heap.h"

namespace ember {
namespace {

struct Node : GcObject {
  Node* left;
  Node* right;
  int* finalized;  // counter bumped by the finaliser
};

struct World {
  Heap heap;
  std::vector<Node*> roots;
  int finalized = 0;

  World() {
    Heap::Hooks hooks;
    hooks.context = this;
    hooks.trace_roots = [](void* context, Marker& m) {
      for (Node* n : static_cast<World*>(context)->roots) m.mark(n);
    };
    hooks.trace_object = [](void*, GcObject* o, Marker& m) {
      auto* n = static_cast<Node*>(o);
      m.mark(n->left);
      m.mark(n->right);
    };
    hooks.finalize_object = [](void*, GcObject* o) { ++*static_cast<Node*>(o)->finalized; };
    heap.set_hooks(hooks);
  }

  Node* node(Node* left = nullptr, Node* right = nullptr, bool finalize = true) {
    auto* n = static_cast<Node*>(heap.allocate_object(sizeof(Node), finalize));
    n->left = left;
    n->right = right;
    n->finalized = &finalized;
    return n;
  }
};

TEST(GcHeap, UnreachableObjectsAreFreedAndFinalized) {
  World w;
  Node* kept = w.node(w.node(), w.node());
  w.roots.push_back(kept);
  for (int i = 0; i < 100; ++i) w.node();
  EXPECT_EQ(w.heap.object_count(), 103u);
  w.heap.collect();
  EXPECT_EQ(w.heap.object_count(), 3u);
  EXPECT_EQ(w.finalized, 100);
}

TEST(GcHeap, CyclesAreCollected) {
  World w;
  Node* a = w.node();
  Node* b = w.node(a);
  a->left = b;
  a->right = a;
  w.heap.collect();
  EXPECT_EQ(w.heap.object_count(), 0u);
  EXPECT_EQ(w.finalized, 2);
}

TEST(GcHeap, DeepChainsDoNotOverflowTheStack) {
  World w;
  Node* head = nullptr;
  for (int i = 0; i < 1000000; ++i) head = w.node(head);
  w.roots.push_back(head);
  w.heap.collect();
  EXPECT_EQ(w.heap.object_count(), 1000000u);
  w.roots.clear();
  w.heap.collect();
  EXPECT_EQ(w.heap.object_count(), 0u);
}

TEST(GcHeap, SurvivorsAreUnmarkedForTheNextCycle) {
  World w;
  Node* kept = w.node();
  w.roots.push_back(kept);
  w.heap.collect();
  w.heap.collect();
  EXPECT_EQ(w.heap.object_count(), 1u);
  EXPECT_EQ(w.heap.collections(), 2u);
}

TEST(GcHeap, OnlyObjectsAllocatedWithFinalizeAreFinalized) {
  World w;
  Node* kept = w.node(w.node(nullptr, nullptr, false), w.node());
  w.roots.push_back(kept);
  for (int i = 0; i < 50; ++i) w.node(nullptr, nullptr, false);
  for (int i = 0; i < 30; ++i) w.node();
  w.heap.collect();
  EXPECT_EQ(w.heap.object_count(), 3u);
  EXPECT_EQ(w.finalized, 30);
  w.roots.clear();
  w.heap.collect();
  EXPECT_EQ(w.heap.object_count(), 0u);
  EXPECT_EQ(w.finalized, 32);
}

TEST(GcHeap, SurvivorsAndNewObjectsAcrossManyCycles) {
  // Survivors keep their mark bit between collections; objects born in between must still
  // count as unreached in the next one.
  World w;
  Node* chain = nullptr;
  for (int cycle = 0; cycle < 5; ++cycle) {
    chain = w.node(chain, nullptr, cycle % 2 == 0);
    w.roots.assign(1, chain);
    for (int i = 0; i < 10; ++i) w.node(nullptr, nullptr, i % 2 == 0);
    w.heap.collect();
    EXPECT_EQ(w.heap.object_count(), static_cast<size_t>(cycle + 1));
  }
  EXPECT_EQ(w.finalized, 25);
}

TEST(GcHeap, ObjectSizesAreChargedAndReturnedExactly) {
  // Small objects record their size in the header; big ones are measured by the allocator.
  World w;
  size_t sizes[] = {sizeof(Node), 100, 4096, 600000, 3u << 20};
  for (size_t size : sizes) {
    w.heap.allocate_object(size, false);
    static_cast<Node*>(w.heap.allocate_object(size, true))->finalized = &w.finalized;
  }
  EXPECT_GE(w.heap.live_bytes(), 2 * (sizeof(Node) + 100 + 4096 + 600000 + (3u << 20)));
  w.heap.collect();
  EXPECT_EQ(w.heap.live_bytes(), 0u);
  EXPECT_EQ(w.heap.object_count(), 0u);
  EXPECT_EQ(w.finalized, 5);
}

TEST(GcHeap, CollectionBecomesDueAfterEnoughAllocation) {
  World w;
  EXPECT_FALSE(w.heap.collection_due());
  for (int i = 0; i < 400000; ++i) w.node();
  EXPECT_TRUE(w.heap.collection_due());
  w.heap.collect_if_needed();
  EXPECT_FALSE(w.heap.collection_due());
  EXPECT_EQ(w.heap.object_count(), 0u);
}

TEST(GcHeap, StressModeCollectsAfterAnyAllocation) {
  World w;
  w.heap.set_stress(true);
  EXPECT_FALSE(w.heap.collection_due());
  w.node();
  EXPECT_TRUE(w.heap.collection_due());
  w.heap.collect_if_needed();
  EXPECT_FALSE(w.heap.collection_due());
}

TEST(GcHeap, LimitTurnsIntoOutOfMemory) {
  World w;
  w.heap.set_limit(1 << 20);
  EXPECT_THROW(w.heap.allocate_buffer(2 << 20), OutOfMemory);
  void* small = w.heap.allocate_buffer(1024);
  EXPECT_NE(small, nullptr);
  w.heap.free_buffer(small, 1024);
}

TEST(GcHeap, ManyShortLivedObjectsStayBounded) {
  World w;
  for (int i = 0; i < 2000000; ++i) {
    w.node();
    w.heap.collect_if_needed();
  }
  EXPECT_LT(w.heap.live_bytes(), size_t{64} << 20);
}

TEST(GcHeap, FreedCellsAreReusedWithoutOverlappingSurvivors) {
  // Objects of every small size, with and without finaliser or references, die and are
  // replaced over several cycles; each survivor must keep the stamp it was given, which an
  // allocation handing out its memory again would overwrite.
  struct Stamped : Node {
    uint64_t stamp;
  };
  World w;
  std::vector<Stamped*> kept;
  uint64_t next_stamp = 1;
  for (int cycle = 0; cycle < 6; ++cycle) {
    for (size_t size = sizeof(Stamped); size <= 600; size += 8) {
      for (int i = 0; i < 40; ++i) {
        bool finalize = i % 3 == 0;
        bool leaf = !finalize && i % 3 == 1;
        auto* s = static_cast<Stamped*>(w.heap.allocate_object(size, finalize, leaf));
        if (leaf) s->left = s->right = nullptr;
        s->finalized = &w.finalized;
        s->stamp = next_stamp++;
        std::memset(reinterpret_cast<char*>(s) + sizeof(Stamped), 0x5A, size - sizeof(Stamped));
        if ((i + cycle) % 7 == 0) kept.push_back(s);
      }
    }
    // Keep a rotating part of the survivors, dropping the oldest.
    if (kept.size() > 200) kept.erase(kept.begin(), kept.begin() + 100);
    w.roots.assign(kept.begin(), kept.end());
    std::vector<uint64_t> stamps;
    for (Stamped* s : kept) stamps.push_back(s->stamp);
    w.heap.collect();
    EXPECT_EQ(w.heap.object_count(), kept.size());
    for (size_t i = 0; i < kept.size(); ++i) ASSERT_EQ(kept[i]->stamp, stamps[i]);
  }
  w.roots.clear();
  kept.clear();
  w.heap.collect();
  EXPECT_EQ(w.heap.object_count(), 0u);
  EXPECT_EQ(w.heap.live_bytes(), 0u);
}

TEST(GcHeap, TheSmallestCellsKeepTheirOwnMarkBits) {
  // 16- and 24-byte cells: several start in one 32-byte stretch, each in its own granule.
  struct Tiny : GcObject {
    uint64_t stamp;
  };
  World w;
  std::vector<Tiny*> all;
  for (uint64_t i = 0; i < 3000; ++i) {
    auto* t = static_cast<Tiny*>(w.heap.allocate_object(i % 2 ? 16 : 24, false, true));
    t->stamp = i;
    all.push_back(t);
  }
  // Keep every third one: the sweep must free its neighbours and nothing else.
  for (size_t i = 0; i < all.size(); i += 3) w.roots.push_back(reinterpret_cast<Node*>(all[i]));
  w.heap.collect();
  EXPECT_EQ(w.heap.object_count(), 1000u);
  for (uint64_t i = 0; i < 3000; ++i) {
    auto* t = static_cast<Tiny*>(w.heap.allocate_object(i % 2 ? 16 : 24, false, true));
    t->stamp = ~i;
  }
  for (size_t i = 0; i < all.size(); i += 3) ASSERT_EQ(all[i]->stamp, i);
}

TEST(GcHeap, ObjectsReachedOnlyThroughSmallObjectsSurvive) {
  // A chain through cells of alternating sizes, rebuilt after each collection: the sweep
  // must leave every cell a collection reached unreached for the next one.
  World w;
  Node* head = nullptr;
  for (int cycle = 0; cycle < 4; ++cycle) {
    for (int i = 0; i < 5000; ++i) {
      auto* n = static_cast<Node*>(w.heap.allocate_object(i % 2 ? 48 : 208, i % 5 == 0));
      n->left = head;
      n->finalized = &w.finalized;
      head = n;
      w.node();  // garbage between them
    }
    w.roots.assign(1, head);
    w.heap.collect();
    EXPECT_EQ(w.heap.object_count(), static_cast<size_t>(5000 * (cycle + 1)));
  }
  size_t length = 0;
  for (Node* n = head; n; n = n->left) ++length;
  EXPECT_EQ(length, 20000u);
}

}  // namespace
}  // namespace ember
