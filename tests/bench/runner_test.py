#!/usr/bin/env python3.11
"""Smoke test of bench/run (ctest bench/runner); not a timing test.

Usage: runner_test.py PYTHON MOJO WORKDIR

1. bench/run --quick -n 1 fib richards under MOJO and PYTHON must exit 0, print a row
   per program and the geometric mean, and write JSON with one warm-up and one
   timed sample per implementation, all matching CPython.
2. The same against a fake mojo that prints wrong output for fib and fails on
   richards must mark both clearly, still time CPython on both, and exit 1.
3. mandelbrot, which has a typed twin bench/mandelbrot.mojo, must get a second row
   "mandelbrot (fn)" where Ember runs the .mojo, with a mean of its own, and where
   bench/c/mandelbrot.c (built with gcc -O2) runs too, with the ratio Ember/C.
"""

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RUNNER = os.path.join(ROOT, "bench", "run")
PROGRAMS = ["fib", "richards"]


def fail(msg, output=""):
    print("FAIL:", msg)
    if output:
        print("--- runner output ---")
        print(output)
    sys.exit(1)


def run_runner(python, mojo, json_path, programs=PROGRAMS):
    cmd = [python, RUNNER, "--quick", "-n", "1", "--no-pypy", "--python", python,
           "--mojo", mojo, "--json", json_path] + programs
    print("$", " ".join(cmd))
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=240)
    out = r.stdout.decode("utf-8", "replace")
    print(out)
    if not os.path.exists(json_path):
        fail("no JSON written", out)
    with open(json_path) as f:
        return r.returncode, out, json.load(f)


def rows(out):
    return {line.split()[0]: line for line in out.splitlines()
            if line.split() and line.split()[0] in PROGRAMS}


def main(argv):
    python, mojo, work = argv[1:4]
    os.makedirs(work, exist_ok=True)

    # 1. a good run
    path = os.path.join(work, "good.json")
    if os.path.exists(path):
        os.unlink(path)
    rc, out, doc = run_runner(python, mojo, path)
    if rc != 0:
        fail("exit status %d, expected 0" % rc, out)
    table = rows(out)
    for name in PROGRAMS:
        if name not in table or not table[name].rstrip().endswith("ok"):
            fail("no 'ok' row for %s" % name, out)
    if "geometric mean of Ember/CPython over 2 of 2 programs" not in out:
        fail("no geometric mean over 2 programs", out)
    progs = {p["name"]: p for p in doc["programs"]}
    if sorted(progs) != sorted(PROGRAMS):
        fail("JSON programs %s" % sorted(progs))
    for name in PROGRAMS:
        p = progs[name]
        if p["status"] != "ok" or not p["args"]:
            fail("JSON %s: status %r, args %r" % (name, p["status"], p["args"]))
        for key in ("ember", "cpython"):
            t = p["impls"][key]
            if t["status"] != "ok" or len(t["warmup"]) != 1 or len(t["samples"]) != 1:
                fail("JSON %s/%s: %r" % (name, key, t))
            s = t["samples"][0]
            if s["exit"] != 0 or not s["wall_s"] > 0 or not t["median_wall_s"] > 0:
                fail("JSON %s/%s sample %r" % (name, key, s))
            if not (t["peak_rss_kib"] or 0) > 0:
                fail("JSON %s/%s: no peak RSS" % (name, key))
        for r in ("ratio_wall", "ratio_cpu", "ratio_rss"):
            if not (p[r] or 0) > 0:
                fail("JSON %s: %s = %r" % (name, r, p[r]))
    if doc["geomean"]["programs"] != PROGRAMS or not doc["geomean"]["wall"] > 0:
        fail("JSON geomean %r" % doc["geomean"])

    # 2. a broken mojo: wrong output on fib, a crash on richards (called as
    # `mojo --jit=MODE run PROGRAM`)
    fake = os.path.join(work, "fake-mojo")
    with open(fake, "w") as f:
        f.write('#!/bin/sh\n'
                'case "$3" in\n'
                '  fib.py) echo "fib(20) = 0" ;;\n'
                '  *) echo "RuntimeError: deliberately broken" >&2; exit 3 ;;\n'
                'esac\n')
    os.chmod(fake, 0o755)
    path = os.path.join(work, "broken.json")
    if os.path.exists(path):
        os.unlink(path)
    rc, out, doc = run_runner(python, fake, path)
    if rc != 1:
        fail("broken mojo: exit status %d, expected 1" % rc, out)
    table = rows(out)
    if "WRONG OUTPUT" not in table.get("fib", ""):
        fail("fib's row does not say WRONG OUTPUT", out)
    if "failed (exit 3: RuntimeError: deliberately broken)" not in table.get("richards", ""):
        fail("richards's row does not show the failure", out)
    if "over 0 of 2 programs" not in out:
        fail("broken programs must be left out of the mean", out)
    for p in doc["programs"]:
        if p["impls"]["ember"]["status"] == "ok" or p["impls"]["ember"]["samples"]:
            fail("JSON %s: broken Ember counted as ok or timed" % p["name"])
        if p["impls"]["cpython"]["status"] != "ok" or len(p["impls"]["cpython"]["samples"]) != 1:
            fail("JSON %s: CPython was not timed after Ember failed" % p["name"])

    # 3. a program with a typed twin
    path = os.path.join(work, "typed.json")
    if os.path.exists(path):
        os.unlink(path)
    rc, out, doc = run_runner(python, mojo, path, ["mandelbrot"])
    if rc != 0:
        fail("typed twin: exit status %d, expected 0" % rc, out)
    progs = {p["name"]: p for p in doc["programs"]}
    fn = progs.get("mandelbrot (fn)")
    if not fn or fn["status"] != "ok" or not fn["typed"] or fn["ember_program"] != "mandelbrot.mojo":
        fail("JSON has no good 'mandelbrot (fn)' entry: %r" % sorted(progs), out)
    if progs.get("mandelbrot", {}).get("typed") is not False:
        fail("JSON 'mandelbrot' must be the untyped row", out)
    if doc["geomean"]["programs"] != ["mandelbrot"] or doc["geomean"]["fn_programs"] != [
            "mandelbrot (fn)"]:
        fail("JSON geomean %r" % doc["geomean"], out)
    if "mandelbrot (fn)" not in out or "geometric mean of Ember (fn, .mojo)/CPython (.py) over 1 " \
            "programs" not in out:
        fail("no (fn) row or no mean of the (fn) rows", out)
    c = fn["impls"].get("c")
    if not c or c["status"] != "ok" or len(c["samples"]) != 1 or not (fn.get("ratio_wall_c") or 0) > 0:
        fail("JSON 'mandelbrot (fn)' has no good gcc -O2 run: %r" % c, out)
    if "c" in progs["mandelbrot"]["impls"]:
        fail("the untyped row must not run the C version", out)
    if doc["geomean"].get("fn_c_programs") != ["mandelbrot (fn)"] or \
            "/C (gcc -O2) over 1 programs" not in out:
        fail("no mean of Ember/C over the (fn) rows", out)
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
