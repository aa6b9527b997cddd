// The step budget, the time limit and interrupts: a script that runs too long is stopped,
// cannot swallow the stop, and leaves the VM usable.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "ember/ember.h"

namespace {

struct Vm {
  explicit Vm(uint64_t budget, ember_interrupt_fn interrupt = nullptr, void* userdata = nullptr) {
    ember_config config;
    ember_config_init(&config);
    config.step_budget = budget;
    config.interrupt = interrupt;
    config.interrupt_userdata = userdata;
    EXPECT_EQ(ember_vm_new(&config, &vm), EMBER_OK);
  }
  ~Vm() { ember_vm_destroy(vm); }
  ember_status run(const char* source) { return ember_run_string(vm, source, "budget.py"); }
  std::string message() const { return ember_last_error_message(vm); }
  ember_vm* vm = nullptr;
};

TEST(EmbedBudget, StopsAnInfiniteLoop) {
  Vm v(100000);
  EXPECT_EQ(v.run("while True:\n    pass\n"), EMBER_ERROR_BUDGET);
  EXPECT_EQ(v.message(), "ember.ResourceLimitError: step budget of 100000 steps exhausted");
  // The script cannot swallow the stop, not even with a bare except.
  EXPECT_EQ(v.run("try:\n    while True:\n        pass\nexcept BaseException:\n"
                  "    while True:\n        pass\n"),
            EMBER_ERROR_BUDGET);
  // Until the host resets the budget, nothing more runs...
  EXPECT_EQ(v.run("def f():\n    return 1\nf()\n"), EMBER_ERROR_BUDGET);
  // ... and afterwards the VM works.
  ASSERT_EQ(ember_set_budget(v.vm, 1000), EMBER_OK);
  ASSERT_EQ(v.run("x = sum(i for i in range(10))\n"), EMBER_OK) << v.message();
  ASSERT_EQ(ember_set_budget(v.vm, 0), EMBER_OK);
  ASSERT_EQ(v.run("for i in range(1000000):\n    pass\n"), EMBER_OK) << v.message();
}

TEST(EmbedBudget, StopsDeepCallsAndHostCallsToo) {
  Vm v(5000);
  ASSERT_EQ(v.run("def f(n):\n    return n\n"), EMBER_OK);
  ember_value f, arg;
  ASSERT_EQ(ember_get_global(v.vm, "f", &f), EMBER_OK);
  ASSERT_EQ(ember_new_int(v.vm, 1, &arg), EMBER_OK);
  ember_status status = EMBER_OK;
  int calls = 0;
  while (status == EMBER_OK && calls < 100000) {
    status = ember_call(v.vm, f, &arg, 1, nullptr);
    ++calls;
  }
  EXPECT_EQ(status, EMBER_ERROR_BUDGET);
  EXPECT_LT(calls, 100000);
}

TEST(EmbedBudget, TimeLimitStopsTheScript) {
  Vm v(0);
  ASSERT_EQ(ember_set_time_limit(v.vm, 0.05), EMBER_OK);
  EXPECT_EQ(v.run("while True:\n    pass\n"), EMBER_ERROR_TIME_LIMIT);
  EXPECT_EQ(v.message(), "ember.ResourceLimitError: time limit of 0.05 s exceeded");
  EXPECT_EQ(v.run("x = 1\nfor i in range(10):\n    x += i\n"), EMBER_ERROR_TIME_LIMIT);
  EXPECT_EQ(ember_set_time_limit(v.vm, -1), EMBER_ERROR_ARGUMENT);
  ASSERT_EQ(ember_set_time_limit(v.vm, 0), EMBER_OK);
  ASSERT_EQ(v.run("x = 1\nfor i in range(10):\n    x += i\n"), EMBER_OK) << v.message();
}

TEST(EmbedBudget, InterruptCallbackStopsTheScript) {
  std::atomic<int> polls{0};
  auto callback = [](void* userdata) -> int {
    return ++*static_cast<std::atomic<int>*>(userdata) > 1000 ? 1 : 0;
  };
  Vm v(0, callback, &polls);
  EXPECT_EQ(v.run("while True:\n    pass\n"), EMBER_ERROR_INTERRUPTED);
  EXPECT_EQ(v.message(), "ember.ResourceLimitError: interrupted by the host");
  EXPECT_GT(polls.load(), 1000);
  polls = 0;
  ASSERT_EQ(v.run("y = 3"), EMBER_OK) << v.message();
}

TEST(EmbedBudget, AnotherThreadInterruptsARunningScript) {
  Vm v(0);
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(ember_request_interrupt(v.vm), EMBER_OK);
  });
  EXPECT_EQ(v.run("while True:\n    pass\n"), EMBER_ERROR_INTERRUPTED);
  stopper.join();
  EXPECT_EQ(ember_request_interrupt(nullptr), EMBER_ERROR_ARGUMENT);
  // A request while nothing runs stops the next run, and only that one.
  ASSERT_EQ(ember_request_interrupt(v.vm), EMBER_OK);
  EXPECT_EQ(v.run("z = 1"), EMBER_ERROR_INTERRUPTED);
  ASSERT_EQ(ember_request_interrupt(v.vm), EMBER_OK);
  ember_value none;
  ASSERT_EQ(ember_new_none(v.vm, &none), EMBER_OK);
  EXPECT_EQ(ember_call(v.vm, none, nullptr, 0, nullptr), EMBER_ERROR_INTERRUPTED);
  ASSERT_EQ(v.run("y = 2"), EMBER_OK) << v.message();
}

}  // namespace
