# The "error" action raises the warning; uncaught, it ends the program.
import warnings

warnings.simplefilter("error", UserWarning)
print("before")
warnings.warn("this becomes an exception")
print("not reached")
