class A:
    def __str__(self):
        raise ValueError("bad str")
import sys
sys.exit(A())
