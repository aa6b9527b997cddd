// The tracing JIT in an embedded VM: ember_config.jit picks the mode, typed loops give the
// same results with the JIT off, on and eager, and the host's limits and interrupts stop a
// loop that runs as machine code as they stop an interpreted one.
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include "ember/ember.h"

namespace {

struct Vm {
  explicit Vm(int jit, uint64_t budget = 0) {
    ember_config config;
    ember_config_init(&config);
    config.jit = jit;
    config.step_budget = budget;
    EXPECT_EQ(ember_vm_new(&config, &vm), EMBER_OK);
  }
  ~Vm() { ember_vm_destroy(vm); }
  ember_status run(const char* source) { return ember_run_string(vm, source, "jit.mojo"); }
  std::string message() const { return ember_last_error_message(vm); }
  std::string str_of(const char* expression) {
    ember_value value, text;
    const char* data = nullptr;
    size_t size = 0;
    EXPECT_EQ(ember_eval(vm, expression, &value), EMBER_OK) << message();
    EXPECT_EQ(ember_str_of(vm, value, &text), EMBER_OK);
    EXPECT_EQ(ember_to_str(vm, text, &data, &size), EMBER_OK);
    return std::string(data, size);
  }
  ember_vm* vm = nullptr;
};

// Nested loops over a List of Float64 and Int arithmetic: traces with an inner trace, side
// exits and a List that grows.
constexpr const char* kTypedLoops =
    "fn work(n: Int) -> Float64:\n"
    "    var values = List[Float64]()\n"
    "    for i in range(n):\n"
    "        values.append(Float64(i % 7) * 0.5)\n"
    "    var total = 0.0\n"
    "    for i in range(n):\n"
    "        for j in range(i % 13):\n"
    "            if j % 3 == 0:\n"
    "                total += values[(i + j) % n]\n"
    "            else:\n"
    "                total -= 0.25\n"
    "    return total\n"
    "\n"
    "result = work(5000)\n";

TEST(EmbedJit, TypedLoopsGiveTheSameResultInEveryMode) {
  for (int mode : {EMBER_JIT_OFF, EMBER_JIT_ON, EMBER_JIT_EAGER}) {
    Vm v(mode);
    ASSERT_EQ(v.run(kTypedLoops), EMBER_OK) << v.message();
    EXPECT_EQ(v.str_of("result"), "12683.5") << "jit mode " << mode;
    uint64_t traces = 99;
    ASSERT_EQ(ember_jit_traces(v.vm, &traces), EMBER_OK);
    if (mode == EMBER_JIT_OFF) {
      EXPECT_EQ(traces, 0u);
    } else {
      EXPECT_GE(traces, 3u) << "jit mode " << mode;
    }
  }
  EXPECT_EQ(ember_jit_traces(nullptr, nullptr), EMBER_ERROR_ARGUMENT);
}

TEST(EmbedJit, AnUnknownModeIsRejected) {
  ember_config config;
  ember_config_init(&config);
  EXPECT_EQ(config.jit, EMBER_JIT_ON);
  config.jit = 3;
  ember_vm* vm = reinterpret_cast<ember_vm*>(1);
  EXPECT_EQ(ember_vm_new(&config, &vm), EMBER_ERROR_ARGUMENT);
  EXPECT_EQ(vm, nullptr);
  config.jit = -1;
  EXPECT_EQ(ember_vm_new(&config, &vm), EMBER_ERROR_ARGUMENT);
}

// A typed loop that never ends, once it runs as a trace.
constexpr const char* kEndlessTypedLoop =
    "fn spin() -> Int:\n"
    "    var i = 0\n"
    "    while i >= 0:\n"
    "        i = (i + 1) % 1000\n"
    "    return i\n"
    "\n"
    "x = spin()\n";

TEST(EmbedJit, TheStepBudgetStopsATracedLoop) {
  Vm v(EMBER_JIT_EAGER, 1000000);
  EXPECT_EQ(v.run(kEndlessTypedLoop), EMBER_ERROR_BUDGET);
  EXPECT_EQ(v.message(), "ember.ResourceLimitError: step budget of 1000000 steps exhausted");
  ASSERT_EQ(ember_set_budget(v.vm, 0), EMBER_OK);
  ASSERT_EQ(v.run(kTypedLoops), EMBER_OK) << v.message();
  EXPECT_EQ(v.str_of("result"), "12683.5");
}

TEST(EmbedJit, TheTimeLimitAndInterruptsStopATracedLoop) {
  Vm v(EMBER_JIT_ON);
  ASSERT_EQ(ember_set_time_limit(v.vm, 0.1), EMBER_OK);
  EXPECT_EQ(v.run(kEndlessTypedLoop), EMBER_ERROR_TIME_LIMIT);
  ASSERT_EQ(ember_set_time_limit(v.vm, 0), EMBER_OK);
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_EQ(ember_request_interrupt(v.vm), EMBER_OK);
  });
  EXPECT_EQ(v.run(kEndlessTypedLoop), EMBER_ERROR_INTERRUPTED);
  stopper.join();
  ASSERT_EQ(v.run("y = 2"), EMBER_OK) << v.message();
}

}  // namespace
