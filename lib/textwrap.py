"""Wrapping, filling, shortening, dedenting and indenting text.

The chunking rules (where a line may break) are those of CPython's textwrap,
written here as a hand scanner instead of a regular expression.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    # A word character that is not a decimal digit.
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _dashes_then_word(text, i):
    """True when text[i:] is two or more '-' followed by a word character."""
    j = i
    while j < len(text) and text[j] == "-":
        j += 1
    return j - i >= 2 and j < len(text) and _is_word(text[j])


def _split_with_hyphens(text):
    """Splits text into whitespace runs and words, where a word may also end after a
    hyphen inside a hyphenated word ("goof-" "ball") or before an em-dash ("--")."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WHITESPACE:
            j = i + 1
            while j < n and text[j] in _WHITESPACE:
                j += 1
        elif i > 0 and _is_word_punct(text[i - 1]) and _dashes_then_word(text, i):
            j = i
            while text[j] == "-":
                j += 1
        else:
            j = i + 1  # the word is at least one character; find its shortest end
            while True:
                if (
                    j < n
                    and text[j] == "-"
                    and (
                        (_letter_at(text, j - 2) and _letter_at(text, j - 1))
                        or (_letter_at(text, j - 3) and text[j - 2] == "-" and _letter_at(text, j - 1))
                    )
                    and _letter_at(text, j + 1)
                    and (_letter_at(text, j + 2) or (j + 2 < n and text[j + 2] == "-" and _letter_at(text, j + 3)))
                ):
                    j += 1  # keep the hyphen with the first part
                    break
                if j == n or text[j] in _WHITESPACE:
                    break
                if _is_word_punct(text[j - 1]) and _dashes_then_word(text, j):
                    break
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _WHITESPACE
        j = i + 1
        while j < n and (text[j] in _WHITESPACE) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then . ! or ?, then an optional quote, at the end."""
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Wraps paragraphs to a width; the attributes are the options of wrap() and fill()."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _WHITESPACE), ord(" "))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_with_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deals with a chunk longer than a whole line: split it if allowed."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after a hyphen that has non-hyphens before it.
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # Cannot break it: give it a line of its own.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks.reverse()  # a stack: the next chunk is at the end
        while chunks:
            line = []
            line_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            # Whitespace never starts a line, except the very first one.
            if self.drop_whitespace and lines and chunks[-1].strip() == "":
                del chunks[-1]
            while chunks and line_len + len(chunks[-1]) <= width:
                line_len += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, line_len, width)
                line_len = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == "":
                line_len -= len(line[-1])
                del line[-1]
            if not line:
                continue
            only_space_left = (
                not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()
            )
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or only_space_left and line_len <= width):
                lines.append(indent + "".join(line))
                continue
            # This is the last allowed line and text remains: end it with the placeholder.
            while line:
                if line[-1].strip() and line_len + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + "".join(line))
                    break
                line_len -= len(line[-1])
                del line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return [chunk for chunk in self._split(self._munge_whitespace(text)) if chunk]

    def wrap(self, text):
        """The paragraph as a list of lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph wrapped, as one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace, then truncates to width, ending with the placeholder."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    """Removes the longest run of spaces and tabs that every non-blank line starts with.
    Lines of only spaces and tabs become empty."""
    if not isinstance(text, str):
        # CPython's dedent runs regular expressions over text, hence re's message.
        raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = ""
    margin = None
    for line in lines:
        prefix = _leading_blanks(line)
        if len(prefix) == len(line):
            continue  # empty: no indentation to consider
        if margin is None or margin.startswith(prefix):
            margin = prefix
        elif not prefix.startswith(margin):
            # Keep only what the two have in common.
            common = 0
            while margin[common] == prefix[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate(line) is true (by default, the lines
    that are not only whitespace)."""
    if predicate is None:
        return "".join(prefix + line if line.strip() else line for line in text.splitlines(True))
    return "".join(prefix + line if predicate(line) else line for line in text.splitlines(True))
