// The built-in codecs: utf-8, ascii and latin-1 with the strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape and surrogatepass error handlers.
#include <cctype>
#include <string>
#include <vector>

#include "builtins/str_internal.h"
#include "vm/bytes_object.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"

namespace ember {

namespace {

enum class Codec {
  Utf8,
  Ascii,
  Latin1,
  Cp1252,
  Utf8Sig,
  Utf16,
  Utf16LE,
  Utf16BE,
  Utf32,
  Utf32LE,
  Utf32BE
};

bool is_wide(Codec c) {
  return c >= Codec::Utf16;
}

// cp1252 (Windows Western European): the code points of bytes 0x80-0x9F (0: undefined);
// 0xA0-0xFF are Latin-1.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0x0,    0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021, 0x2C6,  0x2030, 0x160,
    0x2039, 0x152,  0x0,    0x17D,  0x0,    0x0,    0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x0,    0x17E,  0x178};

int cp1252_byte(uint32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<int>(cp);
  for (int i = 0; i < 32; ++i) {
    if (kCp1252High[i] == cp && cp != 0) return 0x80 + i;
  }
  return -1;
}
bool is_utf32(Codec c) {
  return c >= Codec::Utf32;
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8:
      return "utf-8";
    case Codec::Ascii:
      return "ascii";
    case Codec::Latin1:
      return "latin-1";
    case Codec::Cp1252:
      return "charmap";
    case Codec::Utf8Sig:
      return "utf-8-sig";
    case Codec::Utf16:
      return "utf-16";
    case Codec::Utf16LE:
      return "utf-16-le";
    case Codec::Utf16BE:
      return "utf-16-be";
    case Codec::Utf32:
      return "utf-32";
    case Codec::Utf32LE:
      return "utf-32-le";
    case Codec::Utf32BE:
      return "utf-32-be";
  }
  return "";
}

Codec lookup_codec(VM& vm, StrObject* encoding) {
  if (!encoding) return Codec::Utf8;
  std::string name;
  for (char c : encoding->view()) {
    char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    name += l == '-' || l == ' ' ? '_' : l;
  }
  if (name == "utf_8" || name == "utf8" || name == "u8" || name == "utf" || name == "cp65001" ||
      name == "utf8_ucs2" || name == "utf8_ucs4")
    return Codec::Utf8;
  if (name == "ascii" || name == "us_ascii" || name == "646" || name == "us" ||
      name == "ansi_x3.4_1968" || name == "ansi_x3_4_1968" || name == "iso646_us" ||
      name == "cp367" || name == "csascii" || name == "ibm367" || name == "iso_ir_6")
    return Codec::Ascii;
  if (name == "latin_1" || name == "latin1" || name == "latin" || name == "l1" ||
      name == "iso_8859_1" || name == "iso8859_1" || name == "8859" || name == "cp819" ||
      name == "iso_ir_100" || name == "ibm819" || name == "iso_8859_1:1987" ||
      name == "csisolatin1")
    return Codec::Latin1;
  if (name == "utf_8_sig" || name == "utf8_sig") return Codec::Utf8Sig;
  if (name == "cp1252" || name == "windows_1252") return Codec::Cp1252;
  if (name == "utf_16" || name == "utf16" || name == "u16") return Codec::Utf16;
  if (name == "utf_16_le" || name == "utf_16le" || name == "unicodelittleunmarked")
    return Codec::Utf16LE;
  if (name == "utf_16_be" || name == "utf_16be" || name == "unicodebigunmarked")
    return Codec::Utf16BE;
  if (name == "utf_32" || name == "utf32" || name == "u32") return Codec::Utf32;
  if (name == "utf_32_le" || name == "utf_32le") return Codec::Utf32LE;
  if (name == "utf_32_be" || name == "utf_32be") return Codec::Utf32BE;
  vm.raise(vm.types.LookupError, "unknown encoding: " + std::string(encoding->view()));
}

enum class Handler {
  Strict,
  Ignore,
  Replace,
  BackslashReplace,
  XmlCharRefReplace,
  SurrogateEscape,
  SurrogatePass,
};

Handler lookup_handler(VM& vm, StrObject* errors) {
  if (!errors) return Handler::Strict;
  std::string_view e = errors->view();
  if (e == "strict") return Handler::Strict;
  if (e == "ignore") return Handler::Ignore;
  if (e == "replace") return Handler::Replace;
  if (e == "backslashreplace") return Handler::BackslashReplace;
  if (e == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
  if (e == "surrogateescape") return Handler::SurrogateEscape;
  if (e == "surrogatepass") return Handler::SurrogatePass;
  vm.raise(vm.types.LookupError, "unknown error handler name '" + std::string(e) + "'");
}

const char kHex[] = "0123456789abcdef";

void append_backslash(std::string& out, uint32_t cp) {
  int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
  out += '\\';
  out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
}

void set_attr(VM& vm, ExceptionObject* e, const char* name, Value v) {
  if (!e->dict) e->dict = vm.new_dict();
  dict_set_str(vm, e->dict, vm.intern(name), v);
}

[[noreturn]] void raise_encode_error(VM& vm, Codec codec, StrObject* s, int64_t start, int64_t end,
                                     const char* reason) {
  std::string message = std::string("'") + codec_name(codec) + "' codec can't encode ";
  if (end - start == 1) {
    message += "character '";
    uint32_t cp = str_code_point(s, start);
    if (cp < 0x100) {
      message += "\\x";
      message += kHex[cp >> 4];
      message += kHex[cp & 0xF];
    } else {
      append_backslash(message, cp);
    }
    message += "' in position " + std::to_string(start);
  } else {
    message += "characters in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  }
  message += ": ";
  message += reason;
  ExceptionObject* e = vm.new_exception(vm.types.UnicodeEncodeError, message);
  Rooted keep(vm, Value::from_object(e));
  set_attr(vm, e, "encoding", str_value(vm, codec_name(codec)));
  set_attr(vm, e, "object", Value::from_object(s));
  set_attr(vm, e, "start", vm.make_int(start));
  set_attr(vm, e, "end", vm.make_int(end));
  set_attr(vm, e, "reason", str_value(vm, reason));
  vm.raise(Value::from_object(e));
}

[[noreturn]] void raise_decode_error(VM& vm, Codec codec, std::string_view data, int64_t start,
                                     int64_t end, const char* reason) {
  std::string message = std::string("'") + codec_name(codec) + "' codec can't decode ";
  if (end - start == 1) {
    auto b = static_cast<unsigned char>(data[static_cast<size_t>(start)]);
    message += "byte 0x";
    message += kHex[b >> 4];
    message += kHex[b & 0xF];
    message += " in position " + std::to_string(start);
  } else {
    message += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  }
  message += ": ";
  message += reason;
  ExceptionObject* e = vm.new_exception(vm.types.UnicodeDecodeError, message);
  Rooted keep(vm, Value::from_object(e));
  set_attr(vm, e, "encoding", str_value(vm, codec_name(codec)));
  set_attr(vm, e, "object", Value::from_object(new_bytes(vm, data)));
  set_attr(vm, e, "start", vm.make_int(start));
  set_attr(vm, e, "end", vm.make_int(end));
  set_attr(vm, e, "reason", str_value(vm, reason));
  vm.raise(Value::from_object(e));
}

bool is_surrogate(uint32_t cp) {
  return cp >= 0xD800 && cp <= 0xDFFF;
}

// Length of the valid UTF-8 sequence at data[i], or 0 with the reason and the length of the
// maximal invalid prefix in *bad.
int utf8_sequence(std::string_view data, size_t i, const char** reason, int* bad) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(data[k]); };
  unsigned char b0 = at(i);
  if (b0 < 0x80) return 1;
  int need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    *reason = "invalid start byte";
    *bad = 1;
    return 0;
  }
  for (int k = 1; k <= need; ++k) {
    if (i + static_cast<size_t>(k) >= data.size()) {
      *reason = "unexpected end of data";
      *bad = k;
      return 0;
    }
    unsigned char c = at(i + static_cast<size_t>(k));
    unsigned char l = k == 1 ? lo : 0x80;
    unsigned char h = k == 1 ? hi : 0xBF;
    if (c < l || c > h) {
      *reason = "invalid continuation byte";
      *bad = k;
      return 0;
    }
  }
  return need + 1;
}

void put_unit(std::string& out, uint32_t unit, int size, bool big_endian) {
  for (int i = 0; i < size; ++i) {
    int shift = big_endian ? (size - 1 - i) * 8 : i * 8;
    out += static_cast<char>((unit >> shift) & 0xFF);
  }
}

Value encode_wide(VM& vm, Codec codec, StrObject* s, StrObject* errors) {
  bool utf32 = is_utf32(codec);
  bool big = codec == Codec::Utf16BE || codec == Codec::Utf32BE;
  int size = utf32 ? 4 : 2;
  std::string out;
  if (codec == Codec::Utf16 || codec == Codec::Utf32) put_unit(out, 0xFEFF, size, false);
  const char* p = s->data;
  for (int64_t i = 0; i < s->length; ++i) {
    uint32_t cp = utf8_decode(p);
    if (is_surrogate(cp)) {
      Handler handler = lookup_handler(vm, errors);
      switch (handler) {
        case Handler::Ignore:
          continue;
        case Handler::Replace:
          put_unit(out, '?', size, big);
          continue;
        case Handler::BackslashReplace: {
          std::string esc;
          append_backslash(esc, cp);
          for (char c : esc) put_unit(out, static_cast<unsigned char>(c), size, big);
          continue;
        }
        case Handler::XmlCharRefReplace: {
          std::string ref = "&#" + std::to_string(cp) + ";";
          for (char c : ref) put_unit(out, static_cast<unsigned char>(c), size, big);
          continue;
        }
        case Handler::SurrogatePass:
          put_unit(out, cp, size, big);
          continue;
        default:
          raise_encode_error(vm, codec, s, i, i + 1, "surrogates not allowed");
      }
    }
    if (!utf32 && cp >= 0x10000) {
      cp -= 0x10000;
      put_unit(out, 0xD800 | (cp >> 10), 2, big);
      put_unit(out, 0xDC00 | (cp & 0x3FF), 2, big);
    } else {
      put_unit(out, cp, size, big);
    }
  }
  return Value::from_object(new_bytes(vm, out));
}

Value decode_wide(VM& vm, Codec codec, std::string_view data, StrObject* errors) {
  bool utf32 = is_utf32(codec);
  int size = utf32 ? 4 : 2;
  bool big = codec == Codec::Utf16BE || codec == Codec::Utf32BE;
  size_t i = 0;
  auto unit_at = [&](size_t k) {
    uint32_t u = 0;
    for (int b = 0; b < size; ++b) {
      uint32_t byte = static_cast<unsigned char>(data[k + static_cast<size_t>(b)]);
      u |= byte << (big ? (size - 1 - b) * 8 : b * 8);
    }
    return u;
  };
  if (codec == Codec::Utf16 || codec == Codec::Utf32) {
    // A byte order mark decides the order; little-endian without one.
    codec = utf32 ? Codec::Utf32LE : Codec::Utf16LE;
    if (data.size() >= static_cast<size_t>(size)) {
      uint32_t le = unit_at(0);
      if (le == 0xFEFF) {
        i = static_cast<size_t>(size);
      } else {
        big = true;
        if (unit_at(0) == 0xFEFF) {
          i = static_cast<size_t>(size);
          codec = utf32 ? Codec::Utf32BE : Codec::Utf16BE;
        } else {
          big = false;
        }
      }
    }
  }
  std::string out;
  char buffer[4];
  auto fail = [&](size_t start, size_t stop, const char* reason) {
    Handler handler = lookup_handler(vm, errors);
    switch (handler) {
      case Handler::Ignore:
        break;
      case Handler::Replace:
        out += "\xEF\xBF\xBD";
        break;
      case Handler::BackslashReplace:
        for (size_t k = start; k < stop; ++k) {
          append_backslash(out, static_cast<unsigned char>(data[k]));
        }
        break;
      default:
        raise_decode_error(vm, codec, data, static_cast<int64_t>(start), static_cast<int64_t>(stop),
                           reason);
    }
    i = stop;
  };
  while (i < data.size()) {
    if (data.size() - i < static_cast<size_t>(size)) {
      fail(i, data.size(), "truncated data");
      continue;
    }
    uint32_t u = unit_at(i);
    if (utf32) {
      if (u > 0x10FFFF) {
        fail(i, i + 4, "code point not in range(0x110000)");
        continue;
      }
      if (is_surrogate(u) && lookup_handler(vm, errors) != Handler::SurrogatePass) {
        fail(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
        continue;
      }
      out.append(buffer, static_cast<size_t>(utf8_encode(u, buffer)));
      i += 4;
      continue;
    }
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (data.size() - i < 4) {
        if (errors && lookup_handler(vm, errors) == Handler::SurrogatePass) {
          out.append(buffer, static_cast<size_t>(utf8_encode(u, buffer)));
          i += 2;
          continue;
        }
        fail(i, data.size(), "unexpected end of data");
        continue;
      }
      uint32_t low = unit_at(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) {
        if (errors && lookup_handler(vm, errors) == Handler::SurrogatePass) {
          out.append(buffer, static_cast<size_t>(utf8_encode(u, buffer)));
          i += 2;
          continue;
        }
        fail(i, i + 2, "illegal UTF-16 surrogate");
        continue;
      }
      uint32_t cp = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
      out.append(buffer, static_cast<size_t>(utf8_encode(cp, buffer)));
      i += 4;
      continue;
    }
    if (u >= 0xDC00 && u <= 0xDFFF) {
      if (errors && lookup_handler(vm, errors) == Handler::SurrogatePass) {
        out.append(buffer, static_cast<size_t>(utf8_encode(u, buffer)));
        i += 2;
        continue;
      }
      fail(i, i + 2, "illegal encoding");
      continue;
    }
    out.append(buffer, static_cast<size_t>(utf8_encode(u, buffer)));
    i += 2;
  }
  return str_value(vm, out);
}

}  // namespace

namespace {
Value str_encode_codec(VM& vm, Codec codec, StrObject* s, StrObject* errors);
}  // namespace

Value str_encode(VM& vm, StrObject* s, StrObject* encoding, StrObject* errors) {
  return str_encode_codec(vm, lookup_codec(vm, encoding), s, errors);
}

namespace {

Value str_encode_codec(VM& vm, Codec codec, StrObject* s, StrObject* errors) {
  std::string_view text = s->view();
  if (is_wide(codec)) return encode_wide(vm, codec, s, errors);
  if (codec == Codec::Utf8Sig) {
    // utf-8 with a byte order mark first.
    Value body = str_encode_codec(vm, Codec::Utf8, s, errors);
    std::string out = "\xEF\xBB\xBF";
    out += static_cast<BytesObject*>(body.as_object())->view();
    return Value::from_object(new_bytes(vm, out));
  }
  if (s->ascii) return Value::from_object(new_bytes(vm, text));
  std::string out;
  out.reserve(text.size());
  const char* p = text.data();
  const char* end = p + text.size();
  int64_t index = 0;
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  const char* reason = codec == Codec::Ascii    ? "ordinal not in range(128)"
                       : codec == Codec::Latin1 ? "ordinal not in range(256)"
                       : codec == Codec::Cp1252 ? "character maps to <undefined>"
                                                : "surrogates not allowed";
  auto encodable = [&](uint32_t c) {
    if (codec == Codec::Utf8) return !is_surrogate(c);
    if (codec == Codec::Cp1252) return cp1252_byte(c) >= 0;
    return c < limit;
  };
  while (p < end) {
    const char* start = p;
    uint32_t cp = utf8_decode(p);
    if (encodable(cp)) {
      if (codec == Codec::Utf8) {
        out.append(start, static_cast<size_t>(p - start));
      } else if (codec == Codec::Cp1252) {
        out += static_cast<char>(cp1252_byte(cp));
      } else {
        out += static_cast<char>(cp);
      }
      ++index;
      continue;
    }
    // A run of unencodable characters.
    int64_t run_start = index;
    std::vector<uint32_t> run{cp};
    ++index;
    while (p < end) {
      const char* q = p;
      uint32_t c = utf8_decode(q);
      if (encodable(c)) break;
      run.push_back(c);
      p = q;
      ++index;
    }
    Handler handler = lookup_handler(vm, errors);
    switch (handler) {
      case Handler::Strict:
        raise_encode_error(vm, codec, s, run_start, index, reason);
      case Handler::Ignore:
        break;
      case Handler::Replace:
        out.append(run.size(), '?');
        break;
      case Handler::BackslashReplace:
        for (uint32_t c : run) append_backslash(out, c);
        break;
      case Handler::XmlCharRefReplace:
        for (uint32_t c : run) out += "&#" + std::to_string(c) + ";";
        break;
      case Handler::SurrogateEscape:
        for (size_t k = 0; k < run.size(); ++k) {
          if (run[k] < 0xDC80 || run[k] > 0xDCFF) {
            raise_encode_error(vm, codec, s, run_start + static_cast<int64_t>(k),
                               run_start + static_cast<int64_t>(k) + 1, reason);
          }
          out += static_cast<char>(run[k] - 0xDC00);
        }
        break;
      case Handler::SurrogatePass:
        for (size_t k = 0; k < run.size(); ++k) {
          if (codec != Codec::Utf8) {
            raise_encode_error(vm, codec, s, run_start + static_cast<int64_t>(k),
                               run_start + static_cast<int64_t>(k) + 1, reason);
          }
          char buffer[4];
          out.append(buffer, utf8_encode(run[k], buffer));
        }
        break;
    }
  }
  return Value::from_object(new_bytes(vm, out));
}

}  // namespace

Value bytes_decode(VM& vm, std::string_view data, StrObject* encoding, StrObject* errors) {
  Codec codec = lookup_codec(vm, encoding);
  if (is_wide(codec)) return decode_wide(vm, codec, data, errors);
  if (codec == Codec::Utf8Sig) {
    codec = Codec::Utf8;
    if (data.substr(0, 3) == "\xEF\xBB\xBF") data.remove_prefix(3);
  }
  std::string out;
  out.reserve(data.size());
  char buffer[4];
  size_t i = 0;
  auto handle = [&](size_t start, size_t stop, const char* reason) {
    Handler handler = lookup_handler(vm, errors);
    switch (handler) {
      case Handler::Strict:
      case Handler::XmlCharRefReplace:
        raise_decode_error(vm, codec, data, static_cast<int64_t>(start), static_cast<int64_t>(stop),
                           reason);
      case Handler::Ignore:
        break;
      case Handler::Replace:
        out += "\xEF\xBF\xBD";
        break;
      case Handler::BackslashReplace:
        for (size_t k = start; k < stop; ++k) {
          append_backslash(out, static_cast<unsigned char>(data[k]));
        }
        break;
      case Handler::SurrogateEscape:
        for (size_t k = start; k < stop; ++k) {
          auto b = static_cast<unsigned char>(data[k]);
          if (b < 0x80) {
            raise_decode_error(vm, codec, data, static_cast<int64_t>(k),
                               static_cast<int64_t>(k) + 1, reason);
          }
          out.append(buffer, utf8_encode(0xDC00u + b, buffer));
        }
        break;
      case Handler::SurrogatePass: {
        // Only meaningful for utf-8: an encoded surrogate is accepted as is.
        if (codec == Codec::Utf8 && stop - start >= 1 && start + 3 <= data.size() &&
            static_cast<unsigned char>(data[start]) == 0xED &&
            (static_cast<unsigned char>(data[start + 1]) & 0xE0) == 0xA0 &&
            (static_cast<unsigned char>(data[start + 2]) & 0xC0) == 0x80) {
          out.append(data.substr(start, 3));
          i = start + 3;
          return;
        }
        raise_decode_error(vm, codec, data, static_cast<int64_t>(start), static_cast<int64_t>(stop),
                           reason);
      }
    }
    i = stop;
  };
  while (i < data.size()) {
    auto b = static_cast<unsigned char>(data[i]);
    if (b < 0x80) {
      out += static_cast<char>(b);
      ++i;
      continue;
    }
    if (codec == Codec::Latin1) {
      out.append(buffer, utf8_encode(b, buffer));
      ++i;
    } else if (codec == Codec::Cp1252) {
      uint32_t cp = b < 0xA0 ? kCp1252High[b - 0x80] : b;
      if (cp == 0) {
        handle(i, i + 1, "character maps to <undefined>");
      } else {
        out.append(buffer, static_cast<size_t>(utf8_encode(cp, buffer)));
        ++i;
      }
    } else if (codec == Codec::Ascii) {
      handle(i, i + 1, "ordinal not in range(128)");
    } else {
      const char* reason = nullptr;
      int bad = 0;
      int n = utf8_sequence(data, i, &reason, &bad);
      if (n > 0) {
        out.append(data.substr(i, static_cast<size_t>(n)));
        i += static_cast<size_t>(n);
      } else {
        handle(i, i + static_cast<size_t>(bad), reason);
      }
    }
  }
  return str_value(vm, out);
}

}  // namespace ember
