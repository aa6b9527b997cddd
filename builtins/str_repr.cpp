// repr() and ascii() of str, repr() of bytes: CPython's quote choice and escapes.
#include <string>

#include "builtins/str_internal.h"
#include "builtins/str_unicode.h"

namespace ember {

namespace {

const char kHex[] = "0123456789abcdef";

void append_hex(std::string& out, uint32_t value, int digits) {
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
}

void append_escaped(std::string& out, uint32_t cp) {
  if (cp < 0x100) {
    out += "\\x";
    append_hex(out, cp, 2);
  } else if (cp < 0x10000) {
    out += "\\u";
    append_hex(out, cp, 4);
  } else {
    out += "\\U";
    append_hex(out, cp, 8);
  }
}

// Single quotes unless the text has a single quote and no double quote.
char choose_quote(std::string_view text) {
  bool single = text.find('\'') != std::string_view::npos;
  bool dbl = text.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}

void append_text_repr(std::string& out, std::string_view utf8, bool ascii_only) {
  char quote = choose_quote(utf8);
  out.reserve(out.size() + utf8.size() + 2);
  out += quote;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    const char* start = p;
    uint32_t cp = utf8_decode(p);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (!ascii_only && uni_isprintable(cp)) {
      out.append(start, static_cast<size_t>(p - start));
    } else {
      append_escaped(out, cp);
    }
  }
  out += quote;
}

}  // namespace

void append_str_repr(std::string& out, std::string_view utf8) {
  append_text_repr(out, utf8, false);
}

void append_str_ascii(std::string& out, std::string_view utf8) {
  append_text_repr(out, utf8, true);
}

void append_bytes_repr(std::string& out, std::string_view data, bool bytearray) {
  char quote = choose_quote(data);
  out += 'b';
  out += quote;
  for (char ch : data) {
    auto c = static_cast<unsigned char>(ch);
    bool escape_quote = bytearray ? c == '\'' : c == static_cast<unsigned char>(quote);
    if (escape_quote || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      append_hex(out, c, 2);
    } else {
      out += ch;
    }
  }
  out += quote;
}

}  // namespace ember
