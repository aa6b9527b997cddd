#include "frontend/syntax_error.h"

#include "frontend/source.h"

namespace ember {

const char* syntax_error_kind_name(SyntaxErrorKind kind) {
  switch (kind) {
    case SyntaxErrorKind::SyntaxError:
      return "SyntaxError";
    case SyntaxErrorKind::IndentationError:
      return "IndentationError";
    case SyntaxErrorKind::TabError:
      return "TabError";
    case SyntaxErrorKind::MemoryError:
      return "MemoryError";
    case SyntaxErrorKind::RecursionError:
      return "RecursionError";
  }
  return "SyntaxError";
}

// Byte offset within `s` of the code point with index `cp` (clamped).
static size_t cp_to_byte(std::string_view s, long cp) {
  size_t i = 0;
  long n = 0;
  while (i < s.size() && n < cp) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++n;
  }
  return i;
}

std::string format_syntax_error(const SyntaxErrorInfo& err, std::string_view filename) {
  std::string out;
  if (err.kind == SyntaxErrorKind::MemoryError || err.kind == SyntaxErrorKind::RecursionError) {
    out = syntax_error_kind_name(err.kind);
    if (!err.message.empty()) out += ": " + err.message;
    out += "\n";
    return out;
  }
  if (err.lineno > 0) {
    out += "  File \"";
    out += filename;
    out += "\", line ";
    out += std::to_string(err.lineno);
    out += "\n";
    if (!err.text.empty()) {
      std::string_view text = err.text;
      long offset = err.offset;
      long end_offset = err.end_offset;

      // Work in code points, as CPython does on the str object.
      long len_cp = utf8_length(text);
      // Only the first line of a location spanning several is shown, marked to its end.
      if (err.end_lineno > err.lineno) end_offset = len_cp;
      if (end_offset > len_cp + 1) end_offset = len_cp + 1;
      long ws = 0;
      size_t b = 0;
      while (b < text.size() && (text[b] == ' ' || text[b] == '\t' || text[b] == '\f')) {
        ++b;
        ++ws;
      }
      std::string_view t = text.substr(b);
      long tlen = len_cp - ws;
      if (!t.empty() && t.back() == '\n') {
        t.remove_suffix(1);
        --tlen;
      }
      // Strip trailing whitespace like CPython's traceback printing.
      while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) {
        t.remove_suffix(1);
        --tlen;
      }
      out += "    ";
      out += t;
      out += "\n";
      long off = offset - 1 - ws;
      long end_off = end_offset > 0 ? end_offset - 1 - ws : -1;
      if (offset >= 1 && off >= 0) {
        if (off > tlen) off = tlen;
        long carets = 1;
        if (end_off > off) {
          carets = end_off - off;
          if (carets < 1) carets = 1;
        }
        out += "    ";
        // Indent with spaces (tabs kept from the text as in CPython? it uses spaces).
        std::string_view prefix = t.substr(0, cp_to_byte(t, off));
        (void)prefix;
        out.append(static_cast<size_t>(off), ' ');
        out.append(static_cast<size_t>(carets), '^');
        out += "\n";
      }
    }
  }
  out += syntax_error_kind_name(err.kind);
  out += ": ";
  out += err.message;
  out += "\n";
  return out;
}

}  // namespace ember
