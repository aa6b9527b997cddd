# A syntax error in an imported module is reported with its location.
import _broken
