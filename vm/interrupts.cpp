#include "vm/interrupts.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <string>

#include "vm/exception_object.h"
#include "vm/vm.h"

namespace ember {

void Interrupts::set_time_limit(double seconds) {
  time_limit_ = seconds > 0 ? seconds : 0;
  if (time_limit_ > 0) {
    deadline_ = std::chrono::steady_clock::now() +
                std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                    std::chrono::duration<double>(seconds));
  }
  rearm();
}

bool Interrupts::past_deadline() const {
  return time_limit_ > 0 && std::chrono::steady_clock::now() >= deadline_;
}

double Interrupts::seconds_to_deadline() const {
  if (time_limit_ <= 0) return std::numeric_limits<double>::infinity();
  auto left = std::chrono::duration<double>(deadline_ - std::chrono::steady_clock::now());
  return std::max(left.count(), 0.0);
}

bool Interrupts::charge_steps() {
  int32_t left = countdown_.load(std::memory_order_relaxed);
  uint64_t taken = static_cast<uint64_t>(armed_ - std::max(left, 0));
  if (budget_) steps_left_ -= std::min(taken, steps_left_);
  rearm();
  return budget_ && steps_left_ == 0;
}

void Interrupts::rearm() {
  int32_t next = kPollInterval;
  if (budget_)
    next = static_cast<int32_t>(std::min<uint64_t>(next, std::max<uint64_t>(steps_left_, 1)));
  armed_ = next;
  countdown_.store(next, std::memory_order_relaxed);
}

namespace {

std::string format_seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", seconds);
  return text;
}

}  // namespace

void VM::poll_interrupts() {
  bool budget_spent = interrupts.charge_steps();
  uint32_t pending = interrupts.take_pending();
  if (pending & kInterruptKeyboard)
    raise(Value::from_object(new_exception(types.KeyboardInterrupt, empty_tuple)));
  if ((pending & kInterruptHost) ||
      (interrupts.callback && interrupts.callback(interrupts.callback_data))) {
    raise(types.ResourceLimitError, "interrupted by the host");
  }
  if (budget_spent) {
    raise(types.ResourceLimitError,
          "step budget of " + std::to_string(interrupts.step_budget()) + " steps exhausted");
  }
  if (interrupts.past_deadline()) {
    // Spent for good: poll again at the very next safepoint, so `except` cannot outlast it.
    interrupts.request_repoll();
    raise(types.ResourceLimitError,
          "time limit of " + format_seconds(interrupts.time_limit()) + " s exceeded");
  }
}

}  // namespace ember
