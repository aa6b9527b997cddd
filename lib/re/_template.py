"""Replacement templates for sub(), subn() and Match.expand(): \\1, \\g<1>, \\g<name>,
octal and character escapes, with CPython's error messages."""
from ._constants import MAXGROUPS, error
from ._parser import ASCIILETTERS, DIGITS, ESCAPES, OCTDIGITS, _Source


def compile_template(pattern, template):
    """The template as a tuple (literal, group, literal, group, ..., literal) for _sre:
    literals are str or bytes like the pattern, groups are numbers."""
    source = _Source(template)
    groups = pattern.groups
    groupindex = pattern.groupindex
    parts = []
    literal = []

    def add_group(index, offset):
        if index > groups:
            raise source.error("invalid group reference %d" % index, offset)
        parts.append(''.join(literal))
        parts.append(index)
        literal.clear()

    while True:
        this = source.get()
        if this is None:
            break
        if this[0] != '\\':
            literal.append(this)
            continue
        c = this[1]
        if c == 'g':
            if not source.match('<'):
                raise source.error("missing <")
            name = source.getuntil('>', 'group name')
            if name.isidentifier():
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = groupindex[name]
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise source.error("bad character in group name %r" % name,
                                       len(name) + 1) from None
                if index >= MAXGROUPS:
                    raise source.error("invalid group reference %d" % index, len(name) + 1)
            add_group(index, len(name) + 1)
        elif c == '0':
            if source.next in OCTDIGITS:
                this += source.get()
                if source.next in OCTDIGITS:
                    this += source.get()
            literal.append(chr(int(this[1:], 8) & 0xff))
        elif c in DIGITS:
            if source.next in DIGITS:
                this += source.get()
                if c in OCTDIGITS and this[2] in OCTDIGITS and source.next in OCTDIGITS:
                    this += source.get()
                    value = int(this[1:], 8)
                    if value > 0o377:
                        raise source.error('octal escape value %s outside of range 0-0o377'
                                           % this, len(this))
                    literal.append(chr(value))
                    continue
            add_group(int(this[1:]), len(this) - 1)
        elif this in ESCAPES:
            literal.append(chr(ESCAPES[this]))
        elif c in ASCIILETTERS:
            raise source.error('bad escape %s' % this, len(this))
        else:
            literal.append(this)
    parts.append(''.join(literal))
    if not source.istext:
        # The source reads bytes as latin-1 text; the literals go back to bytes.
        parts = [part if isinstance(part, int) else part.encode('latin-1') for part in parts]
    return tuple(parts)
