# Files and directories: mkdir, makedirs, listdir, walk, stat, rename, remove, rmdir, removedirs.
import os, os.path, stat
import os.path as osp
from os import path
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull, os.altsep)
print(path is osp, osp is os.path, type(os.getpid()).__name__)
base = "_os_files_tmp"
os.mkdir(base)
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
with open(os.path.join(base, "a", "f.txt"), "w") as f:
    f.write("hello")
with open(os.path.join(base, "top.py"), "w") as f:
    f.write("x")
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(root, sorted(dirs), sorted(files))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.isfile(os.path.join(base, "top.py")))
print(os.path.getsize(os.path.join(base, "a", "f.txt")), os.path.exists("nope"), os.path.islink(base))
st = os.stat(os.path.join(base, "a", "f.txt"))
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), type(st.st_mtime).__name__, type(st[8]).__name__, len(st), stat.filemode(st.st_mode)[0])
print(type(st).__name__, type(st).__module__, os.stat_result.n_sequence_fields, os.stat_result.__match_args__)
os.rename(os.path.join(base, "top.py"), os.path.join(base, "renamed.py"))
print(sorted(os.listdir(base)))
try:
    os.rename("nope1", "nope2")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename, e.filename2)
for bad in [lambda: os.mkdir(base), lambda: os.listdir(os.path.join(base, "renamed.py")), lambda: os.rmdir(base), lambda: os.remove(base), lambda: os.stat(1.5), lambda: os.remove(None),
            lambda: os.listdir(5.5), lambda: os.getcwd(1), lambda: os.chdir("nope"), lambda: os.unlink("nope"), lambda: os.makedirs(base), lambda: os.environ["NOPE_X"], lambda: os.getenv("NOPE", 5),
            lambda: os.putenv("A", 1), lambda: os.fspath(1), lambda: os.rmdir("nope"), lambda: os.stat(""), lambda: os.mkdir(""), lambda: os.strerror(2), lambda: os.path.join("a", 1),
            lambda: os.path.join(1), lambda: os.path.exists(1.5), lambda: os.path.isfile(None), lambda: os.path.basename(None), lambda: os.mkdir("a", "b"), lambda: os.mkdir(), lambda: os.listdir("a", "b"),
            lambda: os.urandom(-1), lambda: os.putenv("a=b", "c"), lambda: os.rename("a"), lambda: os.environ.__class__.__name__, lambda: os.path.join("a", b"b"), lambda: os.path.relpath(""),
            lambda: os.path.commonpath([]), lambda: os.path.commonpath(["/a", "b"])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
os.remove(os.path.join(base, "a", "f.txt"))
os.removedirs(os.path.join(base, "a", "b", "c"))
print(sorted(os.listdir(base)))
os.remove(os.path.join(base, "renamed.py"))
os.rmdir(base)
print(os.path.exists(base))
