// __del__: instances whose class defines it are registered when created. When a collection
// finds one unreachable, the object (and all it reaches) is kept for one more cycle and its
// __del__ runs after the sweep, once per object as in CPython (PEP 442); the objects still
// alive when the program ends are finalised then, oldest first.
//
// Generators whose code has exception handlers (try/finally, with) are registered the same
// way: one found unreachable while suspended is closed, so its finally blocks and __exit__
// methods run, as CPython does when it frees a suspended generator.
#pragma once
#include <vector>

#include "vm/object.h"

namespace ember {

class VM;

class Finalizers {
 public:
  // Registers `object`, an instance of a class with __del__ or a generator (again: no effect).
  void add(Object* object);
  // Hooks::after_mark: queues the registered objects that were not reached and marks them,
  // with everything they reach, so that the sweep spares them.
  void resurrect_unreached(VM& vm, Heap& heap);
  // Keeps the queued objects alive until their __del__ has run.
  void trace_pending(Marker& marker) const;
  bool has_pending() const { return !pending_.empty(); }
  // Calls the queued __del__ methods, oldest object first; exceptions are reported on stderr
  // and otherwise ignored.
  void run_pending(VM& vm);
  // At exit: finalises every object still registered.
  void run_all(VM& vm);

 private:
  std::vector<Object*> live_;  // registered and not yet finalised, oldest first
  std::vector<Object*> pending_;
  bool running_ = false;
};

}  // namespace ember
