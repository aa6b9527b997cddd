import _typed_helpers
from _typed_helpers import cube

def main():
    print(_typed_helpers.cube(3), cube(-2))
    try:
        import _broken_helpers
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
