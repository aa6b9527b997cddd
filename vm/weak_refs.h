// Weak references: objects that name another object without keeping it alive.
//
// The collector never traces a weak reference's referent. Between marking and sweeping
// (Heap::Hooks::after_mark) the VM's WeakRefTable clears every reference whose referent was
// not reached and queues the callbacks of those references that are themselves still alive;
// VM::collect_garbage runs the queued callbacks once the collection is over, when running
// Python code is safe again.
#pragma once
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "vm/object.h"

namespace ember {

class VM;

struct WeakRefObject : Object {
  Object* referent;  // null once the referent has been collected
  Value callback;    // called with the reference when the referent dies; None for none
  int64_t hash;      // hash(referent), valid when `hashed`: a dead reference keeps it
  bool hashed;
};

class WeakRefTable {
 public:
  // Records `ref` (whose referent is set) as the newest reference to its referent.
  void add(WeakRefObject* ref);
  // The live references to `referent`, oldest first; null when there are none.
  const std::vector<WeakRefObject*>* refs_to(const Object* referent) const;

  // Hooks::after_mark: forgets references that die in this collection and clears those
  // whose referent does, queueing their callbacks.
  void clear_unreached(const Heap& heap);
  // Keeps the references whose callbacks wait to run alive until they have run.
  void trace_pending(Marker& marker) const;
  bool has_pending() const { return !pending_.empty(); }
  // Runs the queued callbacks, oldest referent first and, for one referent, the newest
  // reference first (CPython's order). An exception a callback raises is reported on stderr
  // and otherwise ignored, as CPython does.
  void run_pending(VM& vm);

 private:
  struct Entry {
    uint64_t serial;  // when the first reference to the referent was made
    std::vector<WeakRefObject*> refs;
  };
  std::unordered_map<const Object*, Entry> by_referent_;
  uint64_t next_serial_ = 0;
  std::vector<WeakRefObject*> pending_;
  bool running_ = false;  // a callback's own collection must not start a second run
};

}  // namespace ember
