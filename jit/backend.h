// Machine code for traces, behind one interface (the x86-64 backend on asmjit is the one
// there is; an AArch64 one would implement the same).
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "jit/ir.h"
#include "vm/value.h"

namespace ember::jit {

// A compiled trace: runs the loop on the frame's registers until a guard fails, writes the
// failing guard's snapshot back and returns its number, the index of the snapshot in the
// IR; the number one past the last snapshot means an interrupt is due at the loop's head
// (for a side trace: it reached the loop's back edge).
using TraceEntry = uint32_t (*)(Value* registers);
// An exit number with this bit set is exit (number & 0xFFFF) of the inner loop
// ((number >> 16) & 0x7FFF) in the engine's table, whose trace this one called.
constexpr uint32_t kInnerExit = 0x80000000u;
// A trace called from another left where the engine noted (a side trace's exit, or an
// interrupt at some loop's head); it passes through every caller unchanged.
constexpr uint32_t kLeft = 0xFFFFFFFFu;

struct CompiledTrace {
  TraceEntry entry = nullptr;
  std::string listing;  // the assembly, when asked for
};

class Backend {
 public:
  virtual ~Backend() = default;
  // `countdown` is the interpreter's interrupt countdown (vm/interrupts.h), ticked once an
  // iteration. False, with the reason in `error`, when the trace cannot be compiled.
  virtual bool compile(const IrBuffer& ir, std::atomic<int32_t>* countdown, bool listing,
                       CompiledTrace* out, std::string* error) = 0;
  virtual void release(TraceEntry entry) = 0;
};

// The backend for the machine Ember runs on, or null where there is none.
std::unique_ptr<Backend> make_native_backend();

}  // namespace ember::jit
