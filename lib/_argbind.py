"""Binding call arguments to a generated signature, with CPython's TypeError messages.

namedtuple's __new__ and the methods dataclasses generates take (*args, **kwargs) because
they are built without exec; this module checks those arguments the way the interpreter
would check a real signature.
"""


def _name_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _missing(qualname, kind, names):
    plural = "s" if len(names) > 1 else ""
    return TypeError(f"{qualname}() missing {len(names)} required {kind} "
                     f"argument{plural}: {_name_list(names)}")


class Signature:
    """positional: names that may be passed by position; keyword_only: the rest;
    defaults: name -> default value; implicit: leading parameters the caller never
    passes here (self, cls), counted in messages as CPython counts them."""

    def __init__(self, qualname, positional, keyword_only=(), defaults=None, implicit=1):
        self.qualname = qualname
        self.positional = tuple(positional)
        self.keyword_only = tuple(keyword_only)
        self.defaults = defaults or {}
        self.implicit = implicit
        self.known = frozenset(self.positional + self.keyword_only)
        # The positional parameters from `required` on all have defaults: a call passing
        # only positional arguments, at least `required` of them, binds without checks.
        self.required = len(self.positional)
        while self.required and self.positional[self.required - 1] in self.defaults:
            self.required -= 1
        self.trailing = [self.defaults[n] for n in self.positional[self.required:]]

    def bind(self, args, kwargs):
        """Returns the values of all parameters, in order (positional, then keyword-only)."""
        npos = len(self.positional)
        if not kwargs and not self.keyword_only and self.required <= len(args) <= npos:
            return list(args) + self.trailing[len(args) - self.required:]
        values = dict(zip(self.positional, args))
        for name, value in kwargs.items():
            if name not in self.known:
                raise TypeError(f"{self.qualname}() got an unexpected keyword argument {name!r}")
            if name in values:
                raise TypeError(f"{self.qualname}() got multiple values for argument {name!r}")
            values[name] = value
        if len(args) > npos:
            raise self._too_many(len(args), sum(1 for n in self.keyword_only if n in values))
        result = []
        for kind, names in (("positional", self.positional), ("keyword-only", self.keyword_only)):
            absent = [n for n in names if n not in values and n not in self.defaults]
            if absent:
                raise _missing(self.qualname, kind, absent)
            for n in names:
                result.append(values[n] if n in values else self.defaults[n])
        return result

    def _too_many(self, given, kwonly_given):
        most = len(self.positional) + self.implicit
        optional = sum(1 for n in self.positional if n in self.defaults)
        if optional:
            takes = f"from {most - optional} to {most} positional arguments"
        else:
            takes = f"{most} positional argument" + ("s" if most != 1 else "")
        given += self.implicit
        extra = ""
        if kwonly_given:
            extra = (" positional argument" + ("s" if given != 1 else "") +
                     f" (and {kwonly_given} keyword-only argument" +
                     ("s" if kwonly_given != 1 else "") + ")")
        verb = "was" if given == 1 and not kwonly_given else "were"
        return TypeError(f"{self.qualname}() takes {takes} but {given}{extra} {verb} given")
