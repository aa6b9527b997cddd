#include "frontend/source.h"

#include <algorithm>
#include <cstdio>

#include "frontend/lexer.h"

namespace ember {

SourceFile::SourceFile(std::string text, std::string filename)
    : text_(std::move(text)), filename_(std::move(filename)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' && i + 1 < text_.size())
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
  }
}

std::string_view SourceFile::line(int lineno) const {
  if (lineno < 1 || lineno > line_count()) return {};
  uint32_t s = line_starts_[lineno - 1];
  uint32_t e = lineno < line_count() ? line_starts_[lineno] : static_cast<uint32_t>(text_.size());
  return std::string_view(text_).substr(s, e - s);
}

int SourceFile::line_of(uint32_t pos) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), pos);
  return static_cast<int>(it - line_starts_.begin());
}

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\f';
}

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The coding name declared by a PEP 263 comment on `line` ("# -*- coding: latin-1 -*-"), or
// "" when there is none. Only a line holding nothing but the comment counts.
std::string_view coding_spec(std::string_view line) {
  size_t i = 0;
  // CPython stops 6 characters before the end, the length of "coding".
  for (; i + 6 < line.size(); ++i) {
    if (line[i] == '#') break;
    if (!is_blank(line[i])) return {};
  }
  for (; i + 6 < line.size(); ++i) {
    if (line.compare(i, 6, "coding") != 0 || (line[i + 6] != ':' && line[i + 6] != '=')) continue;
    size_t t = i + 7;
    while (t < line.size() && (line[t] == ' ' || line[t] == '\t')) ++t;
    size_t begin = t;
    while (t < line.size() &&
           (is_alnum(line[t]) || line[t] == '-' || line[t] == '_' || line[t] == '.'))
      ++t;
    if (t > begin) return line.substr(begin, t - begin);
  }
  return {};
}

// Whether `line` is blank or a comment: the cookie may still come on the next line.
bool only_comment(std::string_view line) {
  for (char c : line) {
    if (c == '#' || c == '\n' || c == '\r') return true;
    if (!is_blank(c)) return false;
  }
  return true;
}

// CPython's tokenizer folds the UTF-8 and Latin-1 families (judged on the first 12
// characters) to "utf-8" and "iso-8859-1" and keeps any other name as written.
std::string tokenizer_coding_name(std::string_view name) {
  std::string low;
  for (char c : name.substr(0, 12))
    low += c == '_' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  auto family = [&](std::string_view base) {
    return low == base ||
           (low.size() > base.size() && low.starts_with(base) && low[base.size()] == '-');
  };
  if (family("utf-8")) return "utf-8";
  if (family("latin-1") || family("iso-8859-1") || family("iso-latin-1")) return "iso-8859-1";
  return std::string(name);
}

enum class Codec { Utf8, Latin1, AsciiCompatible, Unusable };

// How Ember decodes text in the codec Python's registry finds for `name`. Only UTF-8 and
// Latin-1 are decoded; for other codecs Ember accepts text that is pure ASCII, which every
// ASCII-compatible codec decodes alike (so an unknown name passes where CPython refuses it).
Codec codec_for(const std::string& name) {
  if (name == "utf-8") return Codec::Utf8;
  if (name == "iso-8859-1") return Codec::Latin1;
  // Python's codec lookup: lower case, runs of other characters but '.' become one '_'.
  std::string key;
  for (char c : name) {
    if (is_alnum(c) || c == '.') {
      key += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (!key.empty() && key.back() != '_') {
      key += '_';
    }
  }
  while (!key.empty() && key.back() == '_') key.pop_back();
  static constexpr std::string_view utf8[] = {"utf_8",     "utf8",      "u8",     "utf",
                                              "utf8_ucs2", "utf8_ucs4", "cp65001"};
  static constexpr std::string_view latin1[] = {
      "latin_1", "latin1", "latin",  "l1",         "iso8859_1",   "iso_8859_1",     "iso8859",
      "8859",    "cp819",  "ibm819", "iso_ir_100", "csisolatin1", "iso_8859_1_1987"};
  auto in = [&](const auto& names) {
    for (std::string_view n : names) {
      if (key == n) return true;
    }
    return false;
  };
  if (in(utf8)) return Codec::Utf8;
  if (in(latin1)) return Codec::Latin1;
  // UTF-16, UTF-32 and UTF-7 do not spell ASCII as ASCII.
  if (key.starts_with("utf") || key.starts_with("u16") || key.starts_with("u32") ||
      key.starts_with("u7"))
    return Codec::Unusable;
  return Codec::AsciiCompatible;
}

}  // namespace

// CPython 3.11 reads a script one logical line at a time: a physical line ends at
// "\n", "\r\n" or "\r" (all read as "\n"), and a NUL byte ends the line's text there,
// dropping the rest of it with its newline, so the next physical line continues it.
// Lines 1 and 2 may declare the encoding; without a declaration each line must be UTF-8.
// With a UTF-8 BOM or declaration CPython reports bad bytes only where it decodes them
// (not in comments); Ember still requires the whole text to be UTF-8.
bool read_script(std::string_view bytes, std::string_view filename, std::string& text,
                 SyntaxErrorInfo& error) {
  auto fail = [&](std::string message) {
    error = SyntaxErrorInfo{};
    error.message = std::move(message);
    return false;
  };
  const bool bom = bytes.starts_with(kBom);
  Codec codec = Codec::Utf8;
  std::string coding;  // as declared, for messages
  bool seek_cookie = true;
  text.clear();
  text.reserve(bytes.size());
  std::string line;
  size_t i = 0;
  for (int lineno = 1; i < bytes.size(); ++lineno) {
    line.clear();
    for (bool joined = true; joined && i < bytes.size();) {
      size_t end = bytes.find_first_of("\r\n", i);
      std::string_view piece = bytes.substr(i, end == std::string_view::npos ? end : end - i);
      if (end == std::string_view::npos) {
        i = bytes.size();
      } else {
        i = end + (bytes[end] == '\r' && end + 1 < bytes.size() && bytes[end + 1] == '\n' ? 2 : 1);
      }
      size_t nul = piece.find('\0');
      line.append(piece.substr(0, nul));
      if (nul == std::string_view::npos && end != std::string_view::npos) {
        line += '\n';
        joined = false;
      }
    }
    if (seek_cookie) {
      std::string_view body = line;
      if (lineno == 1 && bom) body.remove_prefix(kBom.size());
      std::string_view spec = lineno <= 2 ? coding_spec(body) : std::string_view{};
      if (!spec.empty()) {
        coding = tokenizer_coding_name(spec);
        if (bom && coding != "utf-8") return fail("encoding problem: " + coding + " with BOM");
        codec = codec_for(coding);
        if (codec == Codec::Unusable) return fail("encoding problem: " + coding);
        // The declaring line itself was read before the codec applied.
        text += line;
        seek_cookie = false;
        continue;
      }
      seek_cookie = lineno < 2 && only_comment(body);
    }
    switch (codec) {
      case Codec::Utf8:
        if (size_t bad = find_invalid_utf8(line); bad != std::string::npos) {
          char hex[8];
          std::snprintf(hex, sizeof hex, "\\x%02x", static_cast<unsigned char>(line[bad]));
          return fail("Non-UTF-8 code starting with '" + std::string(hex) + "' in file " +
                      std::string(filename) + " on line " + std::to_string(lineno) +
                      ", but no encoding declared; see https://peps.python.org/pep-0263/ for "
                      "details");
        }
        text += line;
        break;
      case Codec::Latin1:
        for (char c : line) append_utf8(text, static_cast<unsigned char>(c));
        break;
      case Codec::AsciiCompatible:
      case Codec::Unusable:
        for (char c : line) {
          if (static_cast<unsigned char>(c) >= 0x80) return fail("encoding problem: " + coding);
        }
        text += line;
        break;
    }
  }
  return true;
}

int utf8_length(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace ember
