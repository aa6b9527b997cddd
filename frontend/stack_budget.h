// How deep recursive compiler passes may go on the current thread's stack.
#pragma once
#include <cstddef>
#include <cstdint>

namespace ember {

// The bytes of stack that code running at address `here` may still use, keeping a margin
// for the work that follows a limit being hit; 1 MiB when the thread's stack is unknown.
size_t stack_budget(uintptr_t here);

// The current stack address, to measure use against a base taken earlier (the frame
// address, which is on the real stack even where sanitizers move locals elsewhere).
inline uintptr_t stack_address() {
  return reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
}

}  // namespace ember
