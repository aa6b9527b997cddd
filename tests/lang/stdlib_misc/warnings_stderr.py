# warnings printed to stderr: "FILE:LINE: Category: message" and the source line.
import sys
import warnings
import _warn_helper

print("start")
sys.stdout.flush()
_warn_helper.deprecated()  # DeprecationWarning is ignored outside __main__
_warn_helper.user()
warnings.warn("main deprecation", DeprecationWarning)
for i in range(3):
    warnings.warn("shown once for this line")
warnings.warn("from a hidden frame", stacklevel=2)
_warn_helper.for_caller("the caller is blamed")
print("end")
