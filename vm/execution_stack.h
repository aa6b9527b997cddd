// The memory frames run in: one contiguous array of register windows and one of frame
// records, reserved up front and committed by the OS as they are touched.
#pragma once
#include <cstddef>

#include "vm/frame.h"

namespace ember {

class ExecutionStack {
 public:
  ExecutionStack(size_t value_capacity, size_t frame_capacity);
  ~ExecutionStack();
  ExecutionStack(const ExecutionStack&) = delete;
  ExecutionStack& operator=(const ExecutionStack&) = delete;

  Value* values_begin() const { return values_; }
  Value* values_end() const { return values_ + value_capacity_; }
  Frame* frames_begin() const { return frames_; }
  Frame* frames_end() const { return frames_ + frame_capacity_; }

 private:
  Value* values_;
  size_t value_capacity_;
  Frame* frames_;
  size_t frame_capacity_;
};

}  // namespace ember
