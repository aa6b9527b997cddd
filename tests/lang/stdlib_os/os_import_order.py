# posixpath imported before os (the two import each other), then the stat module alone.
import posixpath
print(posixpath.join("a", "b"), posixpath.sep, posixpath.curdir)
import os
import stat
import os.path
print(os.path is posixpath, os.sep == posixpath.sep)
print(stat.filemode(0o100644), stat.filemode(0o040755), stat.filemode(0o120777), stat.filemode(0o104755))
print(stat.S_ISDIR(0o040000), stat.S_ISREG(0o040000), stat.S_IMODE(0o100644), oct(stat.S_IFMT(0o100644)))
print(stat.filemode(0o020620), stat.filemode(0o060660), stat.filemode(0o010600), stat.filemode(0o140777), stat.filemode(0o101777))
