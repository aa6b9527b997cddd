#include "vm/execution_stack.h"

#include <sys/mman.h>

#include <new>

namespace ember {

namespace {
void* reserve(size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) throw std::bad_alloc();
  return p;
}
}  // namespace

ExecutionStack::ExecutionStack(size_t value_capacity, size_t frame_capacity)
    : values_(static_cast<Value*>(reserve(value_capacity * sizeof(Value)))),
      value_capacity_(value_capacity),
      frames_(static_cast<Frame*>(reserve(frame_capacity * sizeof(Frame)))),
      frame_capacity_(frame_capacity) {}

ExecutionStack::~ExecutionStack() {
  munmap(values_, value_capacity_ * sizeof(Value));
  munmap(frames_, frame_capacity_ * sizeof(Frame));
}

}  // namespace ember
