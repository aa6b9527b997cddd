// unicodedata: character properties and normalization. Names come from the table behind
// "\N{...}" (frontend/unicode_names, Unicode 14.0.0 as in CPython 3.11); categories, bidi
// classes, combining classes, mirroring and normalization from utf8proc; East Asian widths,
// numeric values and one-step decompositions from ICU, which utf8proc does not expose. Both
// libraries carry the Unicode version reported as unidata_version (docs/decisions.md).
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "builtins/bytes_internal.h"
#include "builtins/lazy_library.h"
#include "builtins/native_module.h"
#include "builtins/native_stdlib.h"
#include "builtins/str_internal.h"
#include "frontend/unicode_names.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/type.h"

namespace ember {

namespace {

// How Argument Clinic names an argument's type in its messages ("None" rather than
// "NoneType").
std::string argument_type(VM& vm, Value v) {
  return v.is_none() ? "None" : std::string(type_name(vm, v));
}

// The one code point of a one-character str, or TypeError "category() argument must be a
// unicode character, not int" (`which` is " 1" for functions with further arguments).
uint32_t character_arg(VM& vm, Value v, std::string_view function, std::string_view which) {
  StrObject* s = native::as_str(vm, v);
  if (s == nullptr || s->length != 1) {
    vm.raise(vm.types.TypeError, std::string(function) + "() argument" + std::string(which) +
                                     " must be a unicode character, not " + argument_type(vm, v));
  }
  return str_code_point(s, 0);
}

// A function of one character: checks the call as CPython's argument clinic does.
uint32_t only_character(VM& vm, CallArgs args, std::string_view function) {
  native::one_argument(vm, args, "unicodedata." + std::string(function));
  return character_arg(vm, args[0], function, "");
}

const utf8proc_property_t* properties(uint32_t cp) {
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
}

Value text(VM& vm, std::string_view s) {
  return native::obj(vm.new_str(s));
}

Value unicodedata_category(VM& vm, CallArgs args) {
  uint32_t cp = only_character(vm, args, "category");
  return text(vm, utf8proc_category_string(static_cast<utf8proc_int32_t>(cp)));
}

// Indexed by utf8proc_bidi_class_t (1-based; 0 means unassigned, which CPython reports as "").
constexpr const char* kBidiClasses[] = {"",    "L",  "LRE", "LRO", "R",   "AL",  "RLE", "RLO",
                                        "PDF", "EN", "ES",  "ET",  "AN",  "CS",  "NSM", "BN",
                                        "B",   "S",  "WS",  "ON",  "LRI", "RLI", "FSI", "PDI"};

Value unicodedata_bidirectional(VM& vm, CallArgs args) {
  uint32_t cp = only_character(vm, args, "bidirectional");
  auto bidi = static_cast<size_t>(properties(cp)->bidi_class);
  return text(vm, bidi < std::size(kBidiClasses) ? kBidiClasses[bidi] : "");
}

Value unicodedata_combining(VM& vm, CallArgs args) {
  uint32_t cp = only_character(vm, args, "combining");
  return Value::from_small_int(properties(cp)->combining_class);
}

Value unicodedata_mirrored(VM& vm, CallArgs args) {
  uint32_t cp = only_character(vm, args, "mirrored");
  return Value::from_small_int(properties(cp)->bidi_mirrored ? 1 : 0);
}

// ICU's functions, loaded the first time one is needed. ICU's headers rename each function
// after the library's version (u_getNumericValue_72): EMBER_ICU_NAME spells the renamed one.
struct Icu {
  decltype(&u_getIntPropertyValue) getIntPropertyValue;
  decltype(&u_getNumericValue) getNumericValue;
  decltype(&unorm2_getNFKCInstance) getNFKCInstance;
  decltype(&unorm2_getRawDecomposition) getRawDecomposition;
};

#define EMBER_ICU_SPELL(name) #name
#define EMBER_ICU_NAME(name) EMBER_ICU_SPELL(name)

const Icu& icu(VM& vm) {
  static LazyLibrary library(EMBER_ICU_UC_FILE);
  static Icu loaded;
  if (!loaded.getRawDecomposition) {
    Icu f;
    f.getIntPropertyValue = library.function<decltype(f.getIntPropertyValue)>(
        vm, EMBER_ICU_NAME(u_getIntPropertyValue));
    f.getNumericValue =
        library.function<decltype(f.getNumericValue)>(vm, EMBER_ICU_NAME(u_getNumericValue));
    f.getNFKCInstance =
        library.function<decltype(f.getNFKCInstance)>(vm, EMBER_ICU_NAME(unorm2_getNFKCInstance));
    f.getRawDecomposition = library.function<decltype(f.getRawDecomposition)>(
        vm, EMBER_ICU_NAME(unorm2_getRawDecomposition));
    loaded = f;
  }
  return loaded;
}

Value unicodedata_east_asian_width(VM& vm, CallArgs args) {
  uint32_t cp = only_character(vm, args, "east_asian_width");
  // CPython answers "F" for code points missing from its database (the first entry of its
  // width names), whatever EastAsianWidth.txt's defaults for the block.
  if (properties(cp)->category == UTF8PROC_CATEGORY_CN) return text(vm, "F");
  switch (icu(vm).getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH)) {
    case U_EA_AMBIGUOUS:
      return text(vm, "A");
    case U_EA_HALFWIDTH:
      return text(vm, "H");
    case U_EA_FULLWIDTH:
      return text(vm, "F");
    case U_EA_NARROW:
      return text(vm, "Na");
    case U_EA_WIDE:
      return text(vm, "W");
    default:
      return text(vm, "N");
  }
}

// Indexed by UDecompositionType; canonical mappings have no tag.
constexpr const char* kDecompositionTags[] = {
    "",           "",          "<compat>",   "<circle>", "<final>",    "<font>",
    "<fraction>", "<initial>", "<isolated>", "<medial>", "<narrow>",   "<noBreak>",
    "<small>",    "<square>",  "<sub>",      "<super>",  "<vertical>", "<wide>"};

bool is_hangul_syllable(uint32_t cp) {
  return cp >= 0xAC00 && cp <= 0xD7A3;
}

// decomposition(chr): the character's one-step Decomposition_Mapping as UnicodeData.txt
// writes it ("<compat> 0066 0069"); "" for none and, as in CPython, for Hangul syllables,
// whose decomposition is algorithmic.
Value unicodedata_decomposition(VM& vm, CallArgs args) {
  uint32_t cp = only_character(vm, args, "decomposition");
  const Icu& library = icu(vm);
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* nfkc = library.getNFKCInstance(&status);
  UChar mapping[64];
  int32_t length = -1;
  if (U_SUCCESS(status) && !is_hangul_syllable(cp)) {
    length = library.getRawDecomposition(nfkc, static_cast<UChar32>(cp), mapping,
                                         static_cast<int32_t>(std::size(mapping)), &status);
  }
  if (U_FAILURE(status) || length < 0) return text(vm, "");
  auto type = static_cast<size_t>(
      library.getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_DECOMPOSITION_TYPE));
  std::string result = type < std::size(kDecompositionTags) ? kDecompositionTags[type] : "";
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U16_NEXT(mapping, i, length, c);
    char hex[16];
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
    if (!result.empty()) result += ' ';
    result += hex;
  }
  return text(vm, result);
}

// decimal(), digit() and numeric(): the value when the character's numeric type is one of
// `accepted`, else `default` or ValueError `missing`.
Value numeric_value(VM& vm, CallArgs args, std::string_view function,
                    std::initializer_list<int32_t> accepted, std::string_view missing,
                    bool as_float) {
  native::positional(vm, args, function, "unicodedata." + std::string(function), 1, 2);
  auto cp = static_cast<UChar32>(character_arg(vm, args[0], function, " 1"));
  const Icu& library = icu(vm);
  int32_t type = library.getIntPropertyValue(cp, UCHAR_NUMERIC_TYPE);
  if (std::find(accepted.begin(), accepted.end(), type) == accepted.end()) {
    if (args.npos == 2) return args[1];
    vm.raise(vm.types.ValueError, missing);
  }
  double value = library.getNumericValue(cp);
  if (as_float) return Value::from_double(value);
  return Value::from_small_int(static_cast<int64_t>(value));
}

Value unicodedata_decimal(VM& vm, CallArgs args) {
  return numeric_value(vm, args, "decimal", {U_NT_DECIMAL}, "not a decimal", false);
}

Value unicodedata_digit(VM& vm, CallArgs args) {
  return numeric_value(vm, args, "digit", {U_NT_DECIMAL, U_NT_DIGIT}, "not a digit", false);
}

Value unicodedata_numeric(VM& vm, CallArgs args) {
  return numeric_value(vm, args, "numeric", {U_NT_DECIMAL, U_NT_DIGIT, U_NT_NUMERIC},
                       "not a numeric character", true);
}

Value unicodedata_name(VM& vm, CallArgs args) {
  native::positional(vm, args, "name", "unicodedata.name", 1, 2);
  uint32_t cp = character_arg(vm, args[0], "name", " 1");
  std::string name = unicode_names::name(cp);
  if (!name.empty()) return text(vm, name);
  if (args.npos == 2) return args[1];
  vm.raise(vm.types.ValueError, "no such name");
}

// CPython refuses longer names before looking them up.
constexpr size_t kMaxNameLength = 256;

// lookup(name): name is a str (which must encode to UTF-8) or read-only bytes.
Value unicodedata_lookup(VM& vm, CallArgs args) {
  native::one_argument(vm, args, "unicodedata.lookup");
  Value arg = args[0];
  std::string_view name;
  if (StrObject* s = native::as_str(vm, arg)) {
    // Raises UnicodeEncodeError for lone surrogates, as CPython does.
    if (!s->ascii) str_encode(vm, s, vm.name("utf-8"), vm.name("strict"));
    name = s->view();
  } else if (is_subtype(vm.type_of(arg), vm.types.bytearray)) {
    vm.raise(vm.types.TypeError, "lookup() argument must be read-only bytes-like object, not " +
                                     std::string(type_name(vm, arg)));
  } else {
    name = need_bytes_like(vm, arg);
  }
  if (name.size() > kMaxNameLength) vm.raise(vm.types.KeyError, "name too long");
  std::u32string found = unicode_names::lookup(name);
  if (found.empty()) {
    // Bytes that are not UTF-8 appear in the message with U+FFFD in their place.
    Value shown = bytes_decode(vm, name, vm.name("utf-8"), vm.name("replace"));
    vm.raise(vm.types.KeyError,
             "undefined character name '" + std::string(native::as_str(vm, shown)->view()) + "'");
  }
  std::string utf8;
  for (char32_t cp : found) {
    char buffer[4];
    utf8.append(buffer, static_cast<size_t>(utf8_encode(cp, buffer)));
  }
  return text(vm, utf8);
}

bool is_surrogate(uint32_t cp) {
  return cp >= 0xD800 && cp <= 0xDFFF;
}

// The normalization form named by `form`: whether it composes and whether it applies
// compatibility mappings.
struct Form {
  bool compose;
  bool compatibility;
};

Form form_arg(VM& vm, StrObject* form) {
  std::string_view name = form->view();
  if (name == "NFC") return {true, false};
  if (name == "NFD") return {false, false};
  if (name == "NFKC") return {true, true};
  if (name == "NFKD") return {false, true};
  vm.raise(vm.types.ValueError, "invalid normalization form");
}

// Full decomposition of every code point, then canonical ordering of combining marks (a
// stable sort of each run of non-starters by combining class). Lone surrogates, which str
// may hold, pass through unchanged as in CPython.
std::vector<utf8proc_int32_t> decompose(std::string_view utf8, bool compatibility) {
  auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | (compatibility ? UTF8PROC_COMPAT : 0));
  std::vector<utf8proc_int32_t> out;
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    auto cp = static_cast<utf8proc_int32_t>(utf8_decode(p));
    if (is_surrogate(static_cast<uint32_t>(cp))) {
      out.push_back(cp);
      continue;
    }
    utf8proc_int32_t mapped[32];
    int boundary = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, mapped, std::size(mapped), options, &boundary);
    out.insert(out.end(), mapped, mapped + std::max<utf8proc_ssize_t>(n, 0));
  }
  auto combining = [](utf8proc_int32_t cp) { return utf8proc_get_property(cp)->combining_class; };
  for (auto run = out.begin(); run != out.end();) {
    if (combining(*run) == 0) {
      ++run;
      continue;
    }
    auto run_end =
        std::find_if(run, out.end(), [&](utf8proc_int32_t cp) { return combining(cp) == 0; });
    std::stable_sort(run, run_end, [&](utf8proc_int32_t a, utf8proc_int32_t b) {
      return combining(a) < combining(b);
    });
    run = run_end;
  }
  return out;
}

std::string normalized(std::string_view utf8, Form form) {
  std::vector<utf8proc_int32_t> code_points = decompose(utf8, form.compatibility);
  auto length = static_cast<utf8proc_ssize_t>(code_points.size());
  // UTF8PROC_STABLE makes utf8proc honour the composition exclusions (U+2ADC, ...).
  if (form.compose && length > 0) {
    length = utf8proc_normalize_utf32(
        code_points.data(), length,
        static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
  }
  std::string out;
  for (utf8proc_ssize_t i = 0; i < length; ++i) {
    char buffer[4];
    out.append(buffer,
               static_cast<size_t>(utf8_encode(static_cast<uint32_t>(code_points[i]), buffer)));
  }
  return out;
}

// The (form, unistr) arguments of normalize() and is_normalized().
std::pair<Form, StrObject*> normalization_args(VM& vm, CallArgs args, std::string_view function) {
  native::positional(vm, args, function, "unicodedata." + std::string(function), 2, 2);
  StrObject* strings[2];
  for (int i = 0; i < 2; ++i) {
    strings[i] = native::as_str(vm, args[i]);
    if (strings[i] == nullptr) {
      vm.raise(vm.types.TypeError, std::string(function) + "() argument " + std::to_string(i + 1) +
                                       " must be str, not " + argument_type(vm, args[i]));
    }
  }
  return {form_arg(vm, strings[0]), strings[1]};
}

Value unicodedata_normalize(VM& vm, CallArgs args) {
  auto [form, s] = normalization_args(vm, args, "normalize");
  std::string result = normalized(s->view(), form);
  if (result == s->view()) return args[1];
  return text(vm, result);
}

Value unicodedata_is_normalized(VM& vm, CallArgs args) {
  auto [form, s] = normalization_args(vm, args, "is_normalized");
  return Value::from_bool(normalized(s->view(), form) == s->view());
}

void init_unicodedata(VM& vm, ModuleObject* m) {
  const std::pair<const char*, NativeFunction> functions[] = {
      {"category", unicodedata_category},
      {"bidirectional", unicodedata_bidirectional},
      {"combining", unicodedata_combining},
      {"mirrored", unicodedata_mirrored},
      {"east_asian_width", unicodedata_east_asian_width},
      {"decomposition", unicodedata_decomposition},
      {"decimal", unicodedata_decimal},
      {"digit", unicodedata_digit},
      {"numeric", unicodedata_numeric},
      {"name", unicodedata_name},
      {"lookup", unicodedata_lookup},
      {"normalize", unicodedata_normalize},
      {"is_normalized", unicodedata_is_normalized},
  };
  for (const auto& [name, f] : functions) native::add_function(vm, m, name, f);
  native::add_value(vm, m, "unidata_version", text(vm, utf8proc_unicode_version()));
}

}  // namespace

void install_unicodedata_module(VM& vm) {
  vm.native_modules["unicodedata"] = init_unicodedata;
}

}  // namespace ember
