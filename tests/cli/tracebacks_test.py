#!/usr/bin/env python3
"""Whole tracebacks, compared line for line with CPython's: usage `tracebacks_test.py MOJO PYTHON`.

tests/lang/ compares only the last line of stderr; the programs in tracebacks/ are about
the layout above it (exception groups' boxes, chains, notes), so each runs under CPython
and under Ember, from that directory, and the whole of stderr and the exit status must match.
"""
import os
import subprocess
import sys
import unittest

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tracebacks")
MOJO = PYTHON = None


def run(command, program):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    result = subprocess.run([*command, program], cwd=HERE, capture_output=True, text=True,
                            timeout=60, env=env)
    return result.returncode, result.stdout, result.stderr


class Tracebacks(unittest.TestCase):
    def test_programs_match_cpython(self):
        programs = sorted(name for name in os.listdir(HERE) if name.endswith(".py"))
        self.assertTrue(programs)
        for program in programs:
            with self.subTest(program=program):
                self.assertEqual(run([MOJO, "run"], program), run([PYTHON], program))


if __name__ == "__main__":
    MOJO, PYTHON = sys.argv.pop(1), sys.argv.pop(1)
    unittest.main()
