# UnicodeEncodeError / UnicodeDecodeError details
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, "|", e)
    print(e.encoding, e.start, e.end, e.reason, repr(e.object))
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, "|", e)
    print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
print(issubclass(UnicodeEncodeError, UnicodeError), issubclass(UnicodeError, ValueError))
try:
    b"\xff".decode("ascii")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__)
try:
    "€".encode("latin-1")
except UnicodeError as e:
    print("caught as UnicodeError:", e)
