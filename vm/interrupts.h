// Interrupts and resource limits checked while Python code runs: Ctrl-C, a host's request to
// stop, a step budget and a deadline. The interpreter counts one step at each safepoint (every
// loop back-edge and every call of a Python function) and looks at the rest only every
// kPollInterval steps, so the common path is one decrement and one branch.
#pragma once
#include <atomic>
#include <chrono>
#include <cstdint>

namespace ember {

// Why the running program is asked to stop; bits of Interrupts::pending.
enum InterruptReason : uint32_t {
  kInterruptKeyboard = 1u << 0,  // SIGINT: raises KeyboardInterrupt
  kInterruptHost = 1u << 1,      // the embedding host: raises ResourceLimitError
};

// A host's poll, called at most once every kPollInterval steps; returning true stops the
// program with ResourceLimitError("interrupted by the host").
using InterruptCallback = bool (*)(void* user_data);

class Interrupts {
 public:
  static constexpr int32_t kPollInterval = 1024;

  // One step; true when VM::poll_interrupts must run.
  bool tick() {
    int32_t left = countdown_.load(std::memory_order_relaxed) - 1;
    countdown_.store(left, std::memory_order_relaxed);
    return left <= 0;
  }

  // Async-signal-safe and callable from any thread: the program stops at its next poll.
  void request(InterruptReason reason) {
    pending_.fetch_or(reason, std::memory_order_relaxed);
    countdown_.store(0, std::memory_order_relaxed);
  }
  // The counter tick() counts down, for compiled code that ticks itself.
  std::atomic<int32_t>* countdown() { return &countdown_; }
  uint32_t take_pending() { return pending_.exchange(0, std::memory_order_relaxed); }
  // Polls at the very next safepoint (a limit that stays exceeded).
  void request_repoll() {
    armed_ = 1;
    countdown_.store(1, std::memory_order_relaxed);
  }

  // Steps the program may still take; 0 budget means unlimited.
  void set_step_budget(uint64_t steps) {
    budget_ = steps;
    steps_left_ = steps;
    rearm();
  }
  uint64_t step_budget() const { return budget_; }
  uint64_t steps_left() const { return steps_left_; }

  // Wall-clock limit measured from now; zero or negative seconds remove it.
  void set_time_limit(double seconds);
  double time_limit() const { return time_limit_; }
  bool past_deadline() const;
  // Seconds until the time limit (never negative); infinity without one.
  double seconds_to_deadline() const;

  InterruptCallback callback = nullptr;
  void* callback_data = nullptr;

  // Accounts for the steps taken since the last poll and rearms the countdown. Returns true
  // when the budget is spent (it stays spent: every later safepoint polls again).
  bool charge_steps();

 private:
  void rearm();

  std::atomic<int32_t> countdown_{kPollInterval};
  std::atomic<uint32_t> pending_{0};
  int32_t armed_ = kPollInterval;  // the countdown's value at the last rearm
  uint64_t budget_ = 0;
  uint64_t steps_left_ = 0;
  double time_limit_ = 0;
  std::chrono::steady_clock::time_point deadline_{};
};

}  // namespace ember
