"""BaseExceptionGroup and ExceptionGroup (PEP 654), built-in names defined here in Python.

The VM imports this module the first time a program looks either name up (see
vm/lazy_builtins.cpp), so that programs which never use exception groups do not pay for
compiling it at start-up.
"""


def _matcher(condition):
    """The test split() and subgroup() apply: an exception type, a tuple of them, or a
    predicate."""
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(
            isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def _is_sequence(value):
    return hasattr(type(value), "__getitem__") and not isinstance(value, dict)


class BaseExceptionGroup(BaseException):
    __module__ = "builtins"
    # The classmethod the built-in generic classes share: ExceptionGroup[int] is an alias.
    __class_getitem__ = list.__dict__["__class_getitem__"]

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("BaseExceptionGroup.__new__() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError(
                f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({len(args)} given)")
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                            f"{type(message).__name__}")
        if not _is_sequence(exceptions):
            raise TypeError("second argument (exceptions) must be a sequence")
        items = tuple(exceptions)
        if not items:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for index, item in enumerate(items):
            if not isinstance(item, BaseException):
                raise ValueError(
                    f"Item {index} of second argument (exceptions) is not an exception")
        all_exceptions = all(isinstance(item, Exception) for item in items)
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exceptions:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError(f"Cannot nest BaseExceptions in {cls.__name__!r}")
        self = super().__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = items
        return self

    def __init__(self, *args, **kwargs):
        BaseException.__init__(self, *args)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        count = len(self._exceptions)
        return f"{self._message} ({count} sub-exception{'' if count == 1 else 's'})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_with_metadata(self, excs):
        # The new group keeps this one's traceback, chaining and notes.
        group = self.derive(excs)
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        group.__traceback__ = self.__traceback__
        if hasattr(self, "__notes__"):
            group.__notes__ = list(self.__notes__)
        return group

    def _split(self, matches):
        """(matching part, rest) of this group, each a group or None."""
        if matches(self):
            return self, None
        matched, rest = [], []
        for exc in self._exceptions:
            if isinstance(exc, BaseExceptionGroup):
                sub_match, sub_rest = exc._split(matches)
                if sub_match is not None:
                    matched.append(sub_match)
                if sub_rest is not None:
                    rest.append(sub_rest)
            elif matches(exc):
                matched.append(exc)
            else:
                rest.append(exc)
        return (self._derive_with_metadata(matched) if matched else None,
                self._derive_with_metadata(rest) if rest else None)

    def split(self, condition):
        return self._split(_matcher(condition))

    def subgroup(self, condition):
        return self._split(_matcher(condition))[0]


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = "builtins"


# ---- except*: the compiler calls these three (hidden builtins) for a try with except*
# clauses. The state object tracks what of the exception is still unhandled and what the
# clauses raised.


class _ExceptStar:
    def __init__(self, exc):
        self.original = exc
        self.rest = exc  # not yet matched by a clause (None once all is)
        self.raised = []  # what the clauses raised, bare re-raises included


def __except_star_begin__(exc):
    return _ExceptStar(exc)


def _check_star_condition(condition):
    kinds = condition if isinstance(condition, tuple) else (condition,)
    for kind in kinds:
        if not (isinstance(kind, type) and issubclass(kind, BaseException)):
            raise TypeError(
                "catching classes that do not inherit from BaseException is not allowed")
        if issubclass(kind, BaseExceptionGroup):
            raise TypeError(
                "catching ExceptionGroup with except* is not allowed. Use except instead.")


def __except_star_match__(state, condition):
    """The part of what is left that the clause `except* condition` handles, or None."""
    _check_star_condition(condition)
    rest = state.rest
    if rest is None:
        return None
    if isinstance(rest, BaseExceptionGroup):
        match, state.rest = rest.split(condition)
        return match
    if not isinstance(rest, condition):
        return None
    # A bare exception is handled as a group of one, which keeps its traceback.
    state.rest = None
    wrapper = BaseExceptionGroup("", (rest,))
    wrapper.__traceback__ = rest.__traceback__
    return wrapper


def __except_star_raised__(state, exc):
    state.raised.append(exc)


def _same_metadata(exc, original):
    # A split of the original (a bare re-raise, or what no clause matched) shares these.
    return (exc.__traceback__ is original.__traceback__ and exc.__cause__ is original.__cause__
            and exc.__context__ is original.__context__
            and getattr(exc, "__notes__", None) is getattr(original, "__notes__", None))


def _leaves(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            _leaves(sub, into)
    else:
        into.add(id(exc))


def __except_star_end__(state):
    """The exception the try statement raises once every clause ran, or None."""
    excs = state.raised + ([state.rest] if state.rest is not None else [])
    original = state.original
    if not excs:
        return None
    if not isinstance(original, BaseExceptionGroup):
        return excs[0]  # a bare exception: at most one clause ran
    raised = [e for e in excs if not _same_metadata(e, original)]
    kept_leaves = set()
    for exc in excs:
        if _same_metadata(exc, original):
            _leaves(exc, kept_leaves)
    # What is re-raised keeps the original's shape: the original cut down to those leaves.
    kept = None
    if kept_leaves:
        kept = original._split(
            lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in kept_leaves)[0]
    if not raised:
        return kept
    if kept is not None:
        raised.append(kept)
    return BaseExceptionGroup("", raised)
