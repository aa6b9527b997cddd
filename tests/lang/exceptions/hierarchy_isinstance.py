# Builtin exception hierarchy checks
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (UnicodeDecodeError, ValueError),
    (UnicodeError, ValueError), (AssertionError, Exception), (TypeError, ValueError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (bool, int),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
def catch(exc, handler_type):
    try:
        raise exc
    except handler_type as e:
        return "caught " + type(e).__name__
    except BaseException as e:
        return "fell to BaseException " + type(e).__name__
print(catch(ZeroDivisionError("z"), ArithmeticError))
print(catch(KeyError("k"), LookupError))
print(catch(IndexError("i"), (KeyError, ValueError)))
print(catch(UnboundLocalError("u"), NameError))
print(catch(SystemExit(3), Exception))
e = KeyError("x")
print(isinstance(e, LookupError), isinstance(e, Exception), isinstance(e, IndexError))
print(isinstance(e, (ValueError, LookupError)))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print(ZeroDivisionError.__bases__[0].__name__, BaseException.__bases__[0].__name__)
try:
    1 / 0
except ArithmeticError as err:
    print("ArithmeticError handler got", repr(err))
