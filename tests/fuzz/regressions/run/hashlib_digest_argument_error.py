# fuzz_run found: hexdigest() with a bad argument leaked the OpenSSL context it had copied.
import hashlib
for bad in (lambda: hashlib.md5().hexdigest(1), lambda: hashlib.shake_128().digest(-1)):
    try:
        bad()
    except (TypeError, ValueError):
        pass
