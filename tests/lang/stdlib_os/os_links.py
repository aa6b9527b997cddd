# Symbolic links: symlink, readlink, islink, lexists, realpath, lstat, walk with followlinks.
import os
import stat

base = "_os_links_tmp"
os.makedirs(os.path.join(base, "real", "sub"))
with open(os.path.join(base, "real", "file.txt"), "w") as f:
    f.write("data")
os.symlink("real", os.path.join(base, "dirlink"))
os.symlink(os.path.join("real", "file.txt"), os.path.join(base, "filelink"))
os.symlink("missing", os.path.join(base, "broken"))
os.symlink("loop2", os.path.join(base, "loop1"))
os.symlink("loop1", os.path.join(base, "loop2"))
try:
    for name in sorted(os.listdir(base)):
        p = os.path.join(base, name)
        print(name, os.path.islink(p), os.path.exists(p), os.path.lexists(p), os.path.isdir(p),
              os.path.isfile(p), os.readlink(p) if os.path.islink(p) else None)
        print("  ", os.path.relpath(os.path.realpath(p)))
    st = os.lstat(os.path.join(base, "filelink"))
    print(stat.S_ISLNK(st.st_mode), stat.S_ISREG(os.stat(os.path.join(base, "filelink")).st_mode))
    print(os.stat(os.path.join(base, "filelink"), follow_symlinks=False).st_mode == st.st_mode)
    for followlinks in (False, True):
        seen = []
        for root, dirs, files in os.walk(base, followlinks=followlinks):
            dirs.sort()
            seen.append((root, dirs, sorted(files)))
        print(followlinks, seen)
    entries = sorted(os.scandir(base), key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
    try:
        os.readlink(os.path.join(base, "real"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.symlink("x", os.path.join(base, "broken"))
    except FileExistsError as e:
        print("FileExistsError", e)
    print(os.path.samefile(os.path.join(base, "dirlink"), os.path.join(base, "real")))
finally:
    for name in ("dirlink", "filelink", "broken", "loop1", "loop2"):
        os.remove(os.path.join(base, name))
    os.remove(os.path.join(base, "real", "file.txt"))
    os.removedirs(os.path.join(base, "real", "sub"))
print(os.path.exists(base))
