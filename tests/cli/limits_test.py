#!/usr/bin/env python3
"""Resource limits and signals of the `mojo` command: usage `limits_test.py MOJO`.

Each case runs a small program the way a user would (pipes, signals, files) and checks the
clear error, the exit status and that no output was lost.
"""
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest

MOJO = None


def run(args, program, **kwargs):
    return subprocess.run([MOJO, *args, "-c", program], capture_output=True, text=True,
                          timeout=60, **kwargs)


def last_line(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


class StepBudget(unittest.TestCase):
    def test_infinite_loop_stops_even_when_it_catches_everything(self):
        program = "print('before')\nwhile True:\n    try:\n        pass\n    except BaseException:\n        pass\n"
        result = run(["--max-steps", "100000"], program)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "before\n")
        self.assertEqual(last_line(result.stderr),
                         "ember.ResourceLimitError: step budget of 100000 steps exhausted")

    def test_recursion_counts_calls(self):
        program = "def f(n):\n    return f(n - 1) if n else 0\nfor i in range(100):\n    f(500)\n"
        result = run(["--max-steps", "1000"], program)
        self.assertEqual(result.returncode, 1)
        self.assertIn("step budget of 1000 steps exhausted", result.stderr)

    def test_calls_from_native_code_count(self):
        # list() drives the callable iterator from C++: each call of the lambda is a step.
        result = run(["--max-steps", "100000"], "print(len(list(iter(lambda: 0, 1))))")
        self.assertEqual(result.returncode, 1)
        self.assertEqual(last_line(result.stderr),
                         "ember.ResourceLimitError: step budget of 100000 steps exhausted")

    def test_a_program_within_budget_is_untouched(self):
        result = run(["--max-steps", "100000"], "print(sum(range(1000)))")
        self.assertEqual((result.returncode, result.stdout, result.stderr), (0, "499500\n", ""))


class TimeLimit(unittest.TestCase):
    def test_busy_loop_stops(self):
        start = time.monotonic()
        result = run(["--max-time", "0.3"], "x = 0\nwhile True:\n    x += 1\n")
        self.assertLess(time.monotonic() - start, 10)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(last_line(result.stderr),
                         "ember.ResourceLimitError: time limit of 0.3 s exceeded")

    def test_sleep_is_cut_short_and_except_exception_does_not_swallow_it(self):
        program = ("import time\ntry:\n    time.sleep(30)\nexcept Exception:\n"
                   "    print('swallowed')\n")
        start = time.monotonic()
        result = run(["--max-time", "0.2"], program)
        self.assertLess(time.monotonic() - start, 10)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, "")
        self.assertIn("time limit of 0.2 s exceeded", result.stderr)

    def test_negative_limit_is_refused(self):
        result = run(["--max-time", "-1"], "pass")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("--max-time", result.stderr)


class CtrlC(unittest.TestCase):
    PROGRAM = """
import time
print("ready", flush=True)
try:
    time.sleep(30)
except KeyboardInterrupt:
    print("caught in sleep", flush=True)
print("buffered, not flushed")
n = 0
while True:
    n += 1
"""

    def test_sigint_raises_keyboard_interrupt_then_kills_like_cpython(self):
        # A background job inherits SIGINT ignored, and so would Ember: restore the default.
        process = subprocess.Popen([MOJO, "-c", self.PROGRAM], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True,
                                   preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        killer = threading.Timer(60, process.kill)  # never hang the suite
        killer.start()
        self.addCleanup(killer.cancel)
        self.assertEqual(process.stdout.readline(), "ready\n")
        process.send_signal(signal.SIGINT)
        self.assertEqual(process.stdout.readline(), "caught in sleep\n")
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
        # CPython ends an uncaught KeyboardInterrupt by dying of SIGINT, after flushing.
        self.assertEqual(process.returncode, -signal.SIGINT)
        self.assertEqual(out, "buffered, not flushed\n")
        self.assertEqual(last_line(err), "KeyboardInterrupt")


    def test_sigint_while_reading_stdin_raises_keyboard_interrupt_there(self):
        program = ("import sys\nprint('ready', flush=True)\n"
                   "for read in (input, sys.stdin.readline, sys.stdin.read):\n"
                   "    try:\n        read()\n    except KeyboardInterrupt:\n"
                   "        print('caught in', read.__name__, flush=True)\n"
                   "print(repr(input()))\n")
        process = subprocess.Popen([MOJO, "-c", program], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        killer = threading.Timer(60, process.kill)
        killer.start()
        self.addCleanup(killer.cancel)
        self.assertEqual(process.stdout.readline(), "ready\n")
        for name in ("input", "readline", "read"):
            time.sleep(0.2)  # let the read block
            process.send_signal(signal.SIGINT)
            self.assertEqual(process.stdout.readline(), f"caught in {name}\n")
        # Stdin is still usable after the interrupted reads.
        out, err = process.communicate("typed\n", timeout=30)
        self.assertEqual((process.returncode, out, err), (0, "'typed'\n", ""))


class HugeIntegers(unittest.TestCase):
    def test_results_beyond_max_memory_raise_memory_error_before_computing(self):
        program = ("big = 1 << 200_000_000\n"
                   "for name, make in [('pow', lambda: 7 ** 10**9), ('mul', lambda: big * big),\n"
                   "                   ('shift', lambda: big << 10**9)]:\n"
                   "    try:\n        make()\n    except MemoryError:\n"
                   "        print(name, 'MemoryError')\n"
                   "print((big * 3).bit_length())\n")
        start = time.monotonic()
        result = run(["--max-memory", "60000000"], program)
        self.assertLess(time.monotonic() - start, 20)
        self.assertEqual((result.returncode, result.stderr), (0, ""))
        self.assertEqual(result.stdout.split("\n"), ["pow MemoryError", "mul MemoryError",
                                                      "shift MemoryError", "200000002", ""])

    @unittest.skipIf(os.environ.get("EMBER_SANITIZED") == "1",
                     "the sanitizers reserve more address space than the limit allows")
    def test_allocation_the_os_refuses_raises_memory_error(self):
        import resource
        limit = 1 << 30

        def limit_address_space():
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

        program = ("try:\n    x = 7 ** 10**10\nexcept MemoryError:\n    print('MemoryError')\n"
                   "print('alive')\n")
        result = run([], program, preexec_fn=limit_address_space)
        self.assertEqual((result.returncode, result.stdout, result.stderr),
                         (0, "MemoryError\nalive\n", ""))


class ClosedPipe(unittest.TestCase):
    def test_writer_gets_broken_pipe_error_and_exits(self):
        process = subprocess.Popen([MOJO, "-c", "for i in range(10**7):\n    print(i)\n"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(process.stdout.readline(), b"0\n")
        process.stdout.close()
        err = process.stderr.read().decode()
        process.stderr.close()
        self.assertEqual(process.wait(timeout=30), 1)
        self.assertEqual(last_line(err), "BrokenPipeError: [Errno 32] Broken pipe")

    def test_final_flush_into_a_closed_pipe_exits_120(self):
        read_end, write_end = os.pipe()
        os.close(read_end)
        result = subprocess.run([MOJO, "-c", "print('lost')"], stdout=write_end,
                                stderr=subprocess.PIPE, text=True, timeout=60)
        os.close(write_end)
        self.assertEqual(result.returncode, 120)
        self.assertEqual(last_line(result.stderr), "BrokenPipeError: [Errno 32] Broken pipe")


class NoLostOutput(unittest.TestCase):
    def run_to_file(self, program, args=()):
        with tempfile.TemporaryFile("w+") as out:
            result = subprocess.run([MOJO, *args, "-c", program], stdout=out, stderr=subprocess.PIPE,
                                    text=True, timeout=60)
            out.seek(0)
            return result.returncode, out.read(), result.stderr

    def test_sys_exit_flushes(self):
        status, out, _ = self.run_to_file("import sys\nprint('kept')\nsys.exit(3)")
        self.assertEqual((status, out), (3, "kept\n"))

    def test_uncaught_exception_flushes(self):
        status, out, err = self.run_to_file("print('kept')\n1 / 0")
        self.assertEqual((status, out), (1, "kept\n"))
        self.assertEqual(last_line(err), "ZeroDivisionError: division by zero")

    def test_limit_flushes(self):
        status, out, err = self.run_to_file("print('kept')\nwhile True:\n    pass",
                                            ["--max-steps", "1000"])
        self.assertEqual((status, out), (1, "kept\n"))
        self.assertIn("ResourceLimitError", err)


if __name__ == "__main__":
    MOJO = sys.argv.pop(1)
    unittest.main()
