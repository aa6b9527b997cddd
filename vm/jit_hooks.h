// The interpreter's side of the tracing JIT (jit/). Both interpreter loops count their
// taken backward jumps here; a loop that gets hot is handed to the JitHooks the host
// installed (the mojo CLI and libember.a install jit/'s engine), which may patch its back
// edge into a JitLoop instruction. vm/ knows nothing more of jit/.
#pragma once
#include <array>
#include <cstdint>

namespace ember {

class Marker;
class VM;
struct Frame;
struct Instruction;

enum class JitMode : uint8_t {
  Off,    // interpret only
  On,     // trace loops once they are hot
  Eager,  // trace every loop at its first back edge (testing)
};

class JitHooks {
 public:
  virtual ~JitHooks() = default;
  // The backward jump at `pc` was taken often: the JIT may take it over.
  virtual void hot_loop(VM& vm, Frame* frame, Instruction* pc) = 0;
  // The interpreter reached the JitLoop at `pc`: the JIT records the loop or runs its
  // trace, and returns the instruction the interpreter goes on with; when the trace left
  // inside calls it had inlined, it pushes their frames (vm.frame is then another, with its
  // pc set) and the interpreter goes on in the innermost.
  virtual const Instruction* run_loop(VM& vm, Frame* frame, const Instruction* pc) = 0;
  // Loop traces and side traces compiled so far.
  virtual uint64_t traces_compiled() const = 0;
  // Marks the objects the compiled traces depend on, for the collector.
  virtual void trace_roots(Marker& marker) = 0;
};

// Counters of taken backward jumps, hashed by instruction address (collisions only make a
// loop hot a little early).
class HotLoopCounters {
 public:
  static constexpr uint16_t kOff = 0xFFFF;  // not counting (no JIT)

  HotLoopCounters() { counts_.fill(kOff); }

  // True when the loop at `pc` just got hot.
  bool tick(const void* pc) {
    uint16_t& count = counts_[(reinterpret_cast<uintptr_t>(pc) >> 3) % kSize];
    if (count == kOff) return false;
    return --count == 0;
  }
  void set(const void* pc, uint16_t value) {
    counts_[(reinterpret_cast<uintptr_t>(pc) >> 3) % kSize] = value;
  }
  void fill(uint16_t value) { counts_.fill(value); }

 private:
  static constexpr size_t kSize = 64;
  std::array<uint16_t, kSize> counts_;
};

}  // namespace ember
