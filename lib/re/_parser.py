"""Python's regular-expression syntax: checked with CPython's error messages and positions,
and translated into the PCRE2 syntax that _sre compiles.

The translation spells out everything whose meaning differs between the two: named groups
become plain numbered ones (the names stay here), references become \\g{N}, anchors and
character classes are written for the flags in effect where they occur, and verbose-mode
whitespace and comments are dropped.
"""
from ._constants import (ASCII, DOTALL, GLOBAL_FLAGS, IGNORECASE, LOCALE, MAXGROUPS,
                         MAXREPEAT, MULTILINE, TEMPLATE, TYPE_FLAGS, UNICODE, VERBOSE, error)

DIGITS = frozenset('0123456789')
OCTDIGITS = frozenset('01234567')
HEXDIGITS = frozenset('0123456789abcdefABCDEF')
ASCIILETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
WHITESPACE = frozenset(' \t\n\r\v\f')
SPECIAL_CHARS = frozenset('.\\[{()*+?^$|')
REPEAT_CHARS = frozenset('*+?{')

ESCAPES = {'\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11,
           '\\\\': 92}
CATEGORIES = frozenset(['\\d', '\\D', '\\s', '\\S', '\\w', '\\W'])
FLAGS = {'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL, 'x': VERBOSE,
         'a': ASCII, 't': TEMPLATE, 'u': UNICODE}

# A parsed item is [kind, PCRE2 text, min width, max width]; the kind decides whether it
# may be repeated (AT and REPEAT may not).
LITERAL, ANY, IN, AT, GROUPREF, SUBPATTERN, REPEAT, ASSERT, ATOMIC, CONDITIONAL = range(10)

# Class contents for \d, \w and \s where the flags in effect differ from the pattern's
# global ASCII/Unicode mode (elsewhere PCRE2 reads the escapes the right way itself).
_ASCII_CLASSES = {'d': '0-9', 'w': '0-9A-Za-z_', 's': '\\t-\\r\\x20'}
_UNICODE_CLASSES = {'d': '\\p{Nd}', 'w': '\\p{L}\\p{N}_',
                    's': '\\s\\x1c-\\x1f\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}'
                         '\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}'}


class _Source:
    """The pattern as a stream of tokens: one character, or a backslash and the next."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.istext = isinstance(pattern, str)
        self.string = pattern if self.istext else str(pattern, 'latin1')
        self.index = 0
        self.next = None
        self.advance()

    def advance(self):
        index = self.index
        if index >= len(self.string):
            self.next = None
            return
        char = self.string[index]
        if char == '\\':
            index += 1
            if index >= len(self.string):
                raise error("bad escape (end of pattern)", self.pattern, len(self.string) - 1)
            char += self.string[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self.advance()
            return True
        return False

    def get(self):
        this = self.next
        self.advance()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            result += c
            self.advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self.advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                return result
            result += c

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self.advance()

    def error(self, msg, offset=0):
        return error(msg, self.pattern, self.tell() - offset)


class _Restart(Exception):
    """(?x) at the start: the whole pattern is read again in verbose mode."""


def _cap(lo, hi):
    return min(lo, MAXREPEAT - 1), min(hi, MAXREPEAT)


def _width(items):
    lo = hi = 0
    for item in items:
        lo += item[2]
        hi += item[3]
    return _cap(lo, hi)


class _Translator:
    def __init__(self, pattern, flags, verbose):
        self.source = _Source(pattern)
        self.istext = self.source.istext
        self.flags = flags              # global flags, inline ones included
        self.groupdict = {}
        self.groupwidths = [None]       # per group; None while the group is open
        self.parents = [0]              # the group enclosing each group (0: none)
        self.open_groups = [0]
        self.lookbehindgroups = None
        self.grouprefpos = {}
        self.compile_error = None       # reported once the whole pattern has parsed
        self.start_verbose = verbose

    # ---- flags in effect: global ones, changed by scoped (?a-b:...) groups

    def effective(self, scope):
        add, remove = scope
        return (self.flags | add) & ~remove

    def unicode_classes(self, flags):
        return self.istext and not flags & (ASCII | LOCALE)

    def native_unicode(self):
        return self.istext and not self.flags & (ASCII | LOCALE)

    # ---- output text for single items

    def literal_text(self, c):
        if c < 128:
            ch = chr(c)
            if ch.isalnum() or ch == '_':
                return ch
            if 32 < c < 127:
                return '\\' + ch
            return '\\x{%x}' % c
        if self.istext and not 0xd800 <= c <= 0xdfff:
            return chr(c)
        return '\\x{%x}' % c

    def category_text(self, escape, flags, in_class):
        """\\d, \\D, \\s, \\S, \\w or \\W as PCRE2 text (a class, or class content)."""
        kind = escape[1].lower()
        negated = escape[1].isupper()
        unicode = self.unicode_classes(flags)
        if unicode == self.native_unicode():
            if kind == 's' and unicode:
                # Python's \s also covers the separators \x1c-\x1f.
                if in_class:
                    return '\\S' if negated else '\\s\\x1c-\\x1f'
                return '[^\\s\\x1c-\\x1f]' if negated else '[\\s\\x1c-\\x1f]'
            return escape
        table = _UNICODE_CLASSES if unicode else _ASCII_CLASSES
        if in_class:
            return escape if negated else table[kind]
        return ('[^%s]' if negated else '[%s]') % table[kind]

    def boundary_text(self, escape, flags):
        word = self.category_text('\\w', flags, False)
        if word == '\\w':
            boundary = '\\b' if escape == '\\b' else '\\B'
        elif escape == '\\b':
            boundary = '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (word, word, word, word)
        else:
            boundary = '(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))' % (word, word, word, word)
        if escape == '\\B':
            # CPython's \B never matches in an empty string.
            return '(?!\\A\\z)' + boundary
        return boundary

    def anchor_text(self, this, flags):
        multiline = flags & MULTILINE
        if bool(multiline) == bool(self.flags & MULTILINE):
            return this
        if this == '^':
            return '(?<![^\\n])' if multiline else '\\A'
        return '(?=\\n|\\z)' if multiline else '\\Z'

    def any_text(self, flags):
        if bool(flags & DOTALL) == bool(self.flags & DOTALL):
            return '.'
        return '(?s:.)' if flags & DOTALL else '(?-s:.)'

    # ---- groups

    def checkgroup(self, gid):
        return gid < len(self.groupwidths) and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise self.source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise self.source.error('cannot refer to group defined in the same '
                                        'lookbehind subpattern')

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.source.error("bad character in group name %r" % name,
                                    len(name) + offset)

    def opengroup(self, name):
        gid = len(self.groupwidths)
        if name is not None:
            ogid = self.groupdict.get(name)
            if ogid is not None:
                raise self.source.error("redefinition of group name %r as group %d; "
                                        "was group %d" % (name, gid, ogid), len(name) + 1)
            self.groupdict[name] = gid
        self.groupwidths.append(None)
        self.parents.append(self.open_groups[-1])
        self.open_groups.append(gid)
        return gid

    def closegroup(self, gid, lo, hi):
        self.groupwidths[gid] = (lo, hi)
        self.open_groups.pop()

    def groupref(self, gid):
        lo, hi = self.groupwidths[gid]
        return [GROUPREF, '\\g{%d}' % gid, lo, hi]

    # ---- escapes

    def code_point_escape(self, escape):
        """\\x, \\u, \\U and \\N escapes (shared by classes and patterns); None otherwise."""
        source = self.source
        c = escape[1:2]
        if c == 'x':
            escape += source.getwhile(2, HEXDIGITS)
            if len(escape) != 4:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return int(escape[2:], 16)
        if c == 'u' and self.istext:
            escape += source.getwhile(4, HEXDIGITS)
            if len(escape) != 6:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return int(escape[2:], 16)
        if c == 'U' and self.istext:
            escape += source.getwhile(8, HEXDIGITS)
            if len(escape) != 10:
                raise source.error("incomplete escape %s" % escape, len(escape))
            value = int(escape[2:], 16)
            if value > 0x10ffff:
                raise source.error("bad escape %s" % escape, len(escape))
            return value
        if c == 'N' and self.istext:
            if not source.match('{'):
                raise source.error("missing {")
            name = source.getuntil('}', 'character name')
            try:
                import unicodedata
                return ord(unicodedata.lookup(name))
            except (ImportError, KeyError, TypeError):
                raise source.error("undefined character name %r" % name,
                                   len(name) + len(r'\N{}')) from None
        return None

    def plain_escape(self, escape):
        """A backslash before a character that means itself; letters are errors."""
        c = escape[1:2]
        if len(escape) == 2 and c not in DIGITS:
            if c in ASCIILETTERS:
                raise self.source.error("bad escape %s" % escape, len(escape))
            return ord(escape[1])
        raise self.source.error("bad escape %s" % escape, len(escape))

    def class_escape(self, escape, flags):
        """An escape inside [...]: (LITERAL, code point) or (IN, class content)."""
        if escape in ESCAPES:
            return LITERAL, ESCAPES[escape]
        if escape in CATEGORIES:
            return IN, self.category_text(escape, flags, True)
        value = self.code_point_escape(escape)
        if value is not None:
            return LITERAL, value
        if escape[1:2] in OCTDIGITS:
            escape += self.source.getwhile(2, OCTDIGITS)
            value = int(escape[1:], 8)
            if value > 0o377:
                raise self.source.error('octal escape value %s outside of range 0-0o377'
                                        % escape, len(escape))
            return LITERAL, value
        return LITERAL, self.plain_escape(escape)

    def escape(self, escape, flags):
        """An escape outside [...], as an item."""
        source = self.source
        if escape in CATEGORIES:
            return [IN, self.category_text(escape, flags, False), 1, 1]
        if escape == '\\A':
            return [AT, '\\A', 0, 0]
        if escape == '\\Z':
            return [AT, '\\z', 0, 0]
        if escape in ('\\b', '\\B'):
            return [AT, self.boundary_text(escape, flags), 0, 0]
        if escape in ESCAPES:
            return self.literal(ESCAPES[escape])
        value = self.code_point_escape(escape)
        if value is not None:
            return self.literal(value)
        c = escape[1:2]
        if c == '0':
            escape += source.getwhile(2, OCTDIGITS)
            return self.literal(int(escape[1:], 8))
        if c in DIGITS:
            # An octal escape (three octal digits) or a group reference (one or two digits).
            if source.next in DIGITS:
                escape += source.get()
                if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS
                        and source.next in OCTDIGITS):
                    escape += source.get()
                    value = int(escape[1:], 8)
                    if value > 0o377:
                        raise source.error('octal escape value %s outside of range 0-0o377'
                                           % escape, len(escape))
                    return self.literal(value)
            group = int(escape[1:])
            if group < len(self.groupwidths):
                if not self.checkgroup(group):
                    raise source.error("cannot refer to an open group", len(escape))
                self.checklookbehindgroup(group)
                return self.groupref(group)
            raise source.error("invalid group reference %d" % group, len(escape) - 1)
        return self.literal(self.plain_escape(escape))

    def literal(self, c):
        return [LITERAL, self.literal_text(c), 1, 1]

    # ---- structure

    def parse_sub(self, verbose, nested, scope):
        """Alternatives up to ')' or the end: (text, lo, hi)."""
        branches = []
        lo, hi = MAXREPEAT - 1, 0
        while True:
            items = self.parse_branch(verbose, nested + 1, not nested and not branches, scope)
            branches.append(''.join(item[1] for item in items))
            i, j = _width(items)
            lo = min(lo, i)
            hi = max(hi, j)
            if not self.source.match('|'):
                break
        if len(branches) == 1:
            return branches[0], i, j
        return '|'.join(branches), lo, hi

    def parse_branch(self, verbose, nested, first, scope):
        source = self.source
        items = []
        while True:
            this = source.next
            if this is None or this == '|' or this == ')':
                return items
            source.get()
            if verbose:
                if this in WHITESPACE:
                    continue
                if this == '#':
                    while True:
                        this = source.get()
                        if this is None or this == '\n':
                            break
                    continue
            flags = self.effective(scope)
            if this[0] == '\\':
                items.append(self.escape(this, flags))
            elif this not in SPECIAL_CHARS:
                items.append(self.literal(ord(this)))
            elif this == '[':
                items.append(self.parse_set(flags))
            elif this in REPEAT_CHARS:
                self.parse_repeat(this, items)
            elif this == '.':
                items.append([ANY, self.any_text(flags), 1, 1])
            elif this == '(':
                item = self.parse_group(verbose, nested, scope, first and not items)
                if item is not None:
                    items.append(item)
            else:  # '^' or '$'
                items.append([AT, self.anchor_text(this, flags), 0, 0])

    def parse_set(self, flags):
        source = self.source
        here = source.tell() - 1
        parts = []
        negate = source.match('^')
        while True:
            this = source.get()
            if this is None:
                raise source.error("unterminated character set", source.tell() - here)
            if this == ']' and parts:
                break
            if this[0] == '\\':
                code1 = self.class_escape(this, flags)
            else:
                code1 = LITERAL, ord(this)
            if source.match('-'):
                that = source.get()
                if that is None:
                    raise source.error("unterminated character set", source.tell() - here)
                if that == ']':
                    parts.append(self.set_part(code1))
                    parts.append('\\-')
                    break
                if that[0] == '\\':
                    code2 = self.class_escape(that, flags)
                else:
                    code2 = LITERAL, ord(that)
                if code1[0] != LITERAL or code2[0] != LITERAL or code2[1] < code1[1]:
                    raise source.error("bad character range %s-%s" % (this, that),
                                       len(this) + 1 + len(that))
                parts.append(self.literal_text(code1[1]) + '-' + self.literal_text(code2[1]))
            else:
                parts.append(self.set_part(code1))
        return [IN, '[' + ('^' if negate else '') + ''.join(parts) + ']', 1, 1]

    def set_part(self, code):
        return self.literal_text(code[1]) if code[0] == LITERAL else code[1]

    def parse_repeat(self, this, items):
        source = self.source
        here = source.tell()
        if this == '?':
            lo, hi = 0, 1
        elif this == '*':
            lo, hi = 0, MAXREPEAT
        elif this == '+':
            lo, hi = 1, MAXREPEAT
        else:
            if source.next == '}':
                items.append(self.literal(ord('{')))
                return
            lo, hi = 0, MAXREPEAT
            low = high = ''
            while source.next in DIGITS:
                low += source.get()
            if source.match(','):
                while source.next in DIGITS:
                    high += source.get()
            else:
                high = low
            if not source.match('}'):
                items.append(self.literal(ord('{')))
                source.seek(here)
                return
            if low:
                lo = int(low)
                if lo >= MAXREPEAT:
                    raise OverflowError("the repetition number is too large")
            if high:
                hi = int(high)
                if hi >= MAXREPEAT:
                    raise OverflowError("the repetition number is too large")
                if hi < lo:
                    raise source.error("min repeat greater than max repeat",
                                       source.tell() - here)
        if not items or items[-1][0] == AT:
            raise source.error("nothing to repeat", source.tell() - here + len(this))
        if items[-1][0] == REPEAT:
            raise source.error("multiple repeat", source.tell() - here + len(this))
        if (lo, hi) == (0, 1):
            quantifier = '?'
        elif (lo, hi) == (0, MAXREPEAT):
            quantifier = '*'
        elif (lo, hi) == (1, MAXREPEAT):
            quantifier = '+'
        elif hi == MAXREPEAT:
            quantifier = '{%d,}' % lo
        elif lo == hi:
            quantifier = '{%d}' % lo
        else:
            quantifier = '{%d,%d}' % (lo, hi)
        if source.match('?'):
            quantifier += '?'
        elif source.match('+'):
            quantifier += '+'
        text, i, j = items[-1][1:]
        items[-1] = [REPEAT, text + quantifier] + list(_cap(i * lo, j * hi))

    def parse_group(self, verbose, nested, scope, first):
        """A parenthesised construct after its '(': an item, or None for a comment or
        global flags (a comment is no item: a repeat after it applies to the item before)."""
        source = self.source
        start = source.tell() - 1
        capture = True
        atomic = False
        name = None
        add_flags = del_flags = 0
        if source.match('?'):
            char = source.get()
            if char is None:
                raise source.error("unexpected end of pattern")
            if char == 'P':
                if source.match('<'):
                    name = source.getuntil('>', 'group name')
                    self.checkgroupname(name, 1)
                elif source.match('='):
                    name = source.getuntil(')', 'group name')
                    self.checkgroupname(name, 1)
                    gid = self.groupdict.get(name)
                    if gid is None:
                        raise source.error("unknown group name %r" % name, len(name) + 1)
                    if not self.checkgroup(gid):
                        raise source.error("cannot refer to an open group", len(name) + 1)
                    self.checklookbehindgroup(gid)
                    return self.groupref(gid)
                else:
                    char = source.get()
                    if char is None:
                        raise source.error("unexpected end of pattern")
                    raise source.error("unknown extension ?P" + char, len(char) + 2)
            elif char == ':':
                capture = False
            elif char == '#':
                while True:
                    if source.next is None:
                        raise source.error("missing ), unterminated comment",
                                           source.tell() - start)
                    if source.get() == ')':
                        break
                return None
            elif char in ('=', '!', '<'):
                return self.parse_lookaround(char, verbose, nested, scope, start)
            elif char == '(':
                return self.parse_conditional(verbose, nested, scope, start)
            elif char == '>':
                capture = False
                atomic = True
            elif char in FLAGS or char == '-':
                flags = self.parse_flags(char)
                if flags is None:
                    if not first:
                        raise source.error('global flags not at the start of the expression',
                                           source.tell() - start)
                    if self.flags & VERBOSE and not verbose:
                        raise _Restart
                    return None
                add_flags, del_flags = flags
                capture = False
            else:
                raise source.error("unknown extension ?" + char, len(char) + 1)
        gid = self.opengroup(name) if capture else None
        sub_verbose = ((verbose or add_flags & VERBOSE) and not del_flags & VERBOSE)
        inner = scope
        if add_flags or del_flags:
            inner = ((scope[0] | add_flags) & ~del_flags, (scope[1] | del_flags) & ~add_flags)
        text, lo, hi = self.parse_sub(sub_verbose, nested + 1, inner)
        if not source.match(')'):
            raise source.error("missing ), unterminated subpattern", source.tell() - start)
        if gid is not None:
            self.closegroup(gid, lo, hi)
            return [SUBPATTERN, '(' + text + ')', lo, hi]
        if atomic:
            return [ATOMIC, '(?>' + text + ')', lo, hi]
        return [SUBPATTERN, '(?' + self.case_switch(add_flags, del_flags) + ':' + text + ')',
                lo, hi]

    def case_switch(self, add_flags, del_flags):
        """The PCRE2 option letters for a scoped group (only case needs PCRE2's help)."""
        if add_flags & IGNORECASE:
            return 'i'
        if del_flags & IGNORECASE:
            return '-i'
        return ''

    def parse_lookaround(self, char, verbose, nested, scope, start):
        source = self.source
        behind = False
        if char == '<':
            char = source.get()
            if char is None:
                raise source.error("unexpected end of pattern")
            if char not in ('=', '!'):
                raise source.error("unknown extension ?<" + char, len(char) + 2)
            behind = True
            outer = self.lookbehindgroups
            if outer is None:
                self.lookbehindgroups = len(self.groupwidths)
        text, lo, hi = self.parse_sub(verbose, nested + 1, scope)
        if behind:
            if outer is None:
                self.lookbehindgroups = None
            if lo != hi and self.compile_error is None:
                self.compile_error = error("look-behind requires fixed-width pattern")
        if not source.match(')'):
            raise source.error("missing ), unterminated subpattern", source.tell() - start)
        opener = '(?<' if behind else '(?'
        return [ASSERT, opener + char + text + ')', 0, 0]

    def parse_conditional(self, verbose, nested, scope, start):
        source = self.source
        condname = source.getuntil(')', 'group name')
        if condname.isidentifier():
            condgroup = self.groupdict.get(condname)
            if condgroup is None:
                raise source.error("unknown group name %r" % condname, len(condname) + 1)
        else:
            try:
                condgroup = int(condname)
                if condgroup < 0:
                    raise ValueError
            except ValueError:
                raise source.error("bad character in group name %r" % condname,
                                   len(condname) + 1) from None
            if not condgroup:
                raise source.error("bad group number", len(condname) + 1)
            if condgroup >= MAXGROUPS:
                raise source.error("invalid group reference %d" % condgroup,
                                   len(condname) + 1)
            if condgroup not in self.grouprefpos:
                self.grouprefpos[condgroup] = source.tell() - len(condname) - 1
        self.checklookbehindgroup(condgroup)
        yes = self.parse_branch(verbose, nested + 1, False, scope)
        text = ''.join(item[1] for item in yes)
        lo, hi = _width(yes)
        if source.match('|'):
            no = self.parse_branch(verbose, nested + 1, False, scope)
            if source.next == '|':
                raise source.error("conditional backref with more than two branches")
            text += '|' + ''.join(item[1] for item in no)
            i, j = _width(no)
            lo, hi = min(lo, i), max(hi, j)
        else:
            lo = 0
        if not source.match(')'):
            raise source.error("missing ), unterminated subpattern", source.tell() - start)
        return [CONDITIONAL, '(?(%d)%s)' % (condgroup, text), lo, hi]

    def parse_flags(self, char):
        """Inline flags after '(?': None for global ones (which it applies), else the
        (added, removed) pair of a scoped group."""
        source = self.source
        add_flags = del_flags = 0
        if char != '-':
            while True:
                flag = FLAGS[char]
                if self.istext:
                    if char == 'L':
                        raise source.error("bad inline flags: cannot use 'L' flag with a str "
                                           "pattern")
                elif char == 'u':
                    raise source.error("bad inline flags: cannot use 'u' flag with a bytes "
                                       "pattern")
                add_flags |= flag
                if flag & TYPE_FLAGS and (add_flags & TYPE_FLAGS) != flag:
                    raise source.error("bad inline flags: flags 'a', 'u' and 'L' are "
                                       "incompatible")
                char = source.get()
                if char is None:
                    raise source.error("missing -, : or )")
                if char in (')', '-', ':'):
                    break
                if char not in FLAGS:
                    msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                    raise source.error(msg, len(char))
        if char == ')':
            self.flags |= add_flags
            return None
        if add_flags & GLOBAL_FLAGS:
            raise source.error("bad inline flags: cannot turn on global flag", 1)
        if char == '-':
            char = source.get()
            if char is None:
                raise source.error("missing flag")
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing flag"
                raise source.error(msg, len(char))
            while True:
                flag = FLAGS[char]
                if flag & TYPE_FLAGS:
                    raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and "
                                       "'L'")
                del_flags |= flag
                char = source.get()
                if char is None:
                    raise source.error("missing :")
                if char == ':':
                    break
                if char not in FLAGS:
                    msg = "unknown flag" if char.isalpha() else "missing :"
                    raise source.error(msg, len(char))
        if del_flags & GLOBAL_FLAGS:
            raise source.error("bad inline flags: cannot turn off global flag", 1)
        if add_flags & del_flags:
            raise source.error("bad inline flags: flag turned on and off", 1)
        return add_flags, del_flags

    def translate(self):
        source = self.source
        text, lo, hi = self.parse_sub(self.start_verbose, 0, (0, 0))
        if source.next is not None:
            raise source.error("unbalanced parenthesis")
        for gid in self.grouprefpos:
            if gid >= len(self.groupwidths):
                raise error("invalid group reference %d" % gid, self.source.pattern,
                            self.grouprefpos[gid])
        return text


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


class Translation:
    """A checked pattern: its PCRE2 text and what the Pattern object reports."""

    def __init__(self, code, flags, groups, groupindex, parents):
        self.code = code
        self.flags = flags
        self.groups = groups
        self.groupindex = groupindex
        self.parents = parents


def translate(pattern, flags):
    """Checks `pattern` (str or bytes) under `flags` and translates it to PCRE2 syntax."""
    try:
        translator = _Translator(pattern, flags, flags & VERBOSE)
        text = translator.translate()
    except _Restart:
        translator = _Translator(pattern, flags | VERBOSE, True)
        text = translator.translate()
    flags = _fix_flags(pattern, translator.flags)
    if translator.compile_error is not None:
        raise translator.compile_error
    prefix = '(*UCP)' if translator.native_unicode() else ''
    return Translation(prefix + text, flags, len(translator.groupwidths) - 1,
                       translator.groupdict, tuple(translator.parents))
