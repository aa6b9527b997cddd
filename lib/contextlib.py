"""Utilities for with-statement context managers."""

import sys
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


class AbstractContextManager:
    """Base class whose __enter__ returns self; subclasses supply __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Mixin that lets a context manager also be used as a function decorator."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """The context manager @contextmanager makes from a generator function."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each decorated call needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppress it, unless
            # the StopIteration is the exception itself.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # PEP 479 turns a StopIteration raised in the body into a RuntimeError
            # whose cause is the original: re-raise the original then.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a context manager factory."""

    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return helper


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; enter returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []  # a stack, so the same object can be re-entered

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Temporarily sends sys.stdout to another file-like object."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Temporarily sends sys.stderr to another file-like object."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the listed exception types (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Changes the working directory for the duration of the block."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os

        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os

        os.chdir(self._old_cwd.pop())


def _describe_type(cls):
    return f"'{cls.__module__}.{cls.__qualname__}'"


class ExitStack(AbstractContextManager):
    """Runs a dynamic list of exit callbacks, last in first out, on exit."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves all callbacks to a new stack, which is returned."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Registers a context manager's __exit__, or a callable with the same signature."""
        exit_method = getattr(type(exit), "__exit__", None)
        if exit_method is None:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters cm and registers its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit = getattr(cls, "__exit__", None)
        if enter is None or exit is None:
            raise TypeError(
                f"{_describe_type(cls)} object does not support the context manager protocol"
            )
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on exit; returns callback."""

        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)

        exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)

        exit_wrapper.__self__ = cm
        self._exit_callbacks.append(exit_wrapper)

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        # The exception being handled around the with statement, if any: an exception
        # from a callback must chain to the one before it, not to this one.
        frame_exc = sys.exc_info()[1]

        def chain_to(new_exc, old_exc):
            while True:
                context = new_exc.__context__
                if context is None or context is old_exc:
                    return
                if context is frame_exc:
                    break
                new_exc = context
            new_exc.__context__ = old_exc

        suppressed = False
        pending = None
        while self._exit_callbacks:
            callback = self._exit_callbacks.pop()
            try:
                if callback(*exc_details):
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as exc:
                chain_to(exc, exc_details[1])
                pending = exc
                exc_details = (type(exc), exc, exc.__traceback__)
        if pending is not None:
            context = pending.__context__
            try:
                raise pending
            except BaseException:
                # Raising here would chain to frame_exc; keep the context set above.
                pending.__context__ = context
                raise
        return received_exc and suppressed
