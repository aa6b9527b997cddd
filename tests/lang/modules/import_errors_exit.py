# An uncaught import error ends the program with a traceback through the importing lines.
print("before")
import _raises
print("never")
