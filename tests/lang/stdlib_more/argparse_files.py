import argparse
import os
from _argparse_run import attempt

ARGS = "argparse_files_args.tmp"
NESTED = "argparse_files_nested.tmp"
with open(ARGS, "w") as f:
    f.write("--level\n3\nfirst\n@" + NESTED + "\n")
with open(NESTED, "w") as f:
    f.write("second\n--flag\n")

p = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@")
p.add_argument("--level", type=int)
p.add_argument("--flag", action="store_true")
p.add_argument("names", nargs="*")
attempt(p, ["@" + ARGS, "third"])
attempt(p, ["zero", "@" + NESTED])
attempt(p, ["@missing_args_file.tmp"])


class SplitWords(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


with open(ARGS, "w") as f:
    f.write("--level 5 a b\nc\n")
s = SplitWords(prog="split", fromfile_prefix_chars="@+")
s.add_argument("--level", type=int)
s.add_argument("names", nargs="*")
attempt(s, ["+" + ARGS])

ft = argparse.ArgumentParser(prog="ft")
ft.add_argument("infile", type=argparse.FileType("r"))
ft.add_argument("--out", type=argparse.FileType("w", encoding="utf-8"))
ns = ft.parse_args([ARGS])
print(ns.infile.read().split(), ns.out)
ns.infile.close()
attempt(ft, ["no_such_input.tmp"])
print(ft.parse_args(["-"]).infile is __import__("sys").stdin)
print(argparse.FileType("rb", 0), argparse.FileType(), argparse.FileType("w", encoding="latin-1", errors="strict"))
try:
    ft.add_argument("--bad", type=argparse.FileType)
except ValueError as e:
    print("ValueError", e.args[0].split(" is ")[1])
try:
    argparse.FileType("q")("-")
except ValueError as e:
    print("ValueError", e)
os.remove(ARGS)
os.remove(NESTED)
print(os.path.exists(ARGS), os.path.exists(NESTED))
