// str.format, str.format_map, str.__format__ and format_value (used by format() and the
// interpreter's f-string formatting).
#include <string>

#include "builtins/misc_support.h"
#include "builtins/str_format_spec.h"
#include "builtins/str_internal.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember {

Value format_value(VM& vm, Value value, StrObject* spec) {
  return format_with_spec(vm, value, spec ? spec : vm.empty_str);
}

Value str_format_slot(VM& vm, Value self, StrObject* spec) {
  StrObject* s = as_str(self);
  if (misc::formats_as_str(vm, self, vm.types.str, spec)) return misc::obj(str(vm, self));
  if (spec->byte_length == 0) return str_exact(vm, s);
  FormatSpec f = parse_format_spec(vm, spec->view(), '<', "str");
  if (f.type != 0 && f.type != 's') {
    std::string message = "Unknown format code '";
    char buffer[4];
    message.append(buffer, utf8_encode(f.type, buffer));
    message += "' for object of type 'str'";
    vm.raise(vm.types.ValueError, message);
  }
  if (f.grouping && f.type == 0) {
    std::string message = "Cannot specify '";
    message += f.grouping;
    message += "' with 's'.";
    vm.raise(vm.types.ValueError, message);
  }
  if (f.sign == ' ') vm.raise(vm.types.ValueError, "Space not allowed in string format specifier");
  if (f.sign) vm.raise(vm.types.ValueError, "Sign not allowed in string format specifier");
  if (f.no_neg_zero) {
    vm.raise(vm.types.ValueError,
             "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (f.alternate) {
    vm.raise(vm.types.ValueError, "Alternate form (#) not allowed in string format specifier");
  }
  if (f.align == '=') {
    vm.raise(vm.types.ValueError, "'=' alignment not allowed in string format specifier");
  }
  std::string_view text = s->view();
  int64_t length = s->length;
  if (f.width > length) check_text_size(vm, (f.width - length) * 4 + s->byte_length);
  if (f.precision >= 0 && f.precision < length) {
    text = text.substr(0, static_cast<size_t>(str_byte_offset(s, f.precision)));
    length = f.precision;
  }
  if (f.width <= length && text.size() == static_cast<size_t>(s->byte_length)) {
    return str_exact(vm, s);
  }
  return str_value(vm, pad_formatted(text, length, f, '<'));
}

namespace {

// The state of one str.format call.
struct Formatter {
  VM& vm;
  const Value* positional;
  int64_t npos;
  TupleObject* kwnames;  // for format(): keyword names, with values in kwvalues
  const Value* kwvalues;
  Value mapping;  // for format_map(): any mapping; undefined otherwise
  int auto_index = 0;
  enum { kUnknown, kAuto, kManual } numbering = kUnknown;

  Value lookup_keyword(StrObject* name) {
    if (!mapping.is_undefined()) return get_item(vm, mapping, Value::from_object(name));
    int64_t n = kwnames ? kwnames->size : 0;
    for (int64_t i = 0; i < n; ++i) {
      if (str_equal(as_str(kwnames->items[i]), name)) return kwvalues[i];
    }
    vm.raise(Value::from_object(
        vm.new_exception(vm.types.KeyError, vm.new_tuple({Value::from_object(name)}))));
  }

  Value positional_arg(int64_t index) {
    if (index >= npos) {
      vm.raise(vm.types.IndexError, "Replacement index " + std::to_string(index) +
                                        " out of range for positional args tuple");
    }
    return positional[index];
  }

  static bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
    }
    return true;
  }

  static int64_t to_index(std::string_view s) {
    int64_t v = 0;
    for (char c : s) {
      if (v > (INT64_MAX - 9) / 10) return INT64_MAX;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  // Resolves a field name (`0`, `name`, `0.attr[key]`, `` for automatic numbering).
  Value resolve(std::string_view field) {
    size_t first_end = 0;
    while (first_end < field.size() && field[first_end] != '.' && field[first_end] != '[') {
      ++first_end;
    }
    std::string_view first = field.substr(0, first_end);
    Value obj;
    if (first.empty()) {
      if (numbering == kManual) {
        vm.raise(vm.types.ValueError,
                 "cannot switch from manual field specification to automatic field numbering");
      }
      numbering = kAuto;
      obj = positional_arg(auto_index++);
    } else if (all_digits(first)) {
      if (numbering == kAuto) {
        vm.raise(vm.types.ValueError,
                 "cannot switch from automatic field numbering to manual field specification");
      }
      numbering = kManual;
      int64_t index = to_index(first);
      if (index == INT64_MAX) {
        vm.raise(vm.types.ValueError, "Too many decimal digits in format string");
      }
      obj = positional_arg(index);
    } else {
      obj = lookup_keyword(vm.intern(first));
    }
    size_t pos = first_end;
    Rooted keep(vm, obj);
    while (pos < field.size()) {
      if (field[pos] == '.') {
        size_t start = ++pos;
        while (pos < field.size() && field[pos] != '.' && field[pos] != '[') ++pos;
        if (pos == start) vm.raise(vm.types.ValueError, "Empty attribute in format string");
        keep.set(get_attribute(vm, keep.get(), vm.intern(field.substr(start, pos - start))));
      } else if (field[pos] == '[') {
        size_t start = ++pos;
        while (pos < field.size() && field[pos] != ']') ++pos;
        if (pos >= field.size()) vm.raise(vm.types.ValueError, "Missing ']' in format string");
        std::string_view key = field.substr(start, pos - start);
        if (key.empty()) vm.raise(vm.types.ValueError, "Empty attribute in format string");
        ++pos;
        Value k = all_digits(key) ? vm.make_int(to_index(key)) : str_value(vm, key);
        keep.set(get_item(vm, keep.get(), k));
        if (pos < field.size() && field[pos] != '.' && field[pos] != '[') {
          vm.raise(vm.types.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
      } else {
        vm.raise(vm.types.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return keep.get();
  }

  void render(std::string_view fmt, int depth, std::string& out) {
    if (depth <= 0) vm.raise(vm.types.ValueError, "Max string recursion exceeded");
    size_t i = 0;
    while (i < fmt.size()) {
      char c = fmt[i];
      if (c == '}') {
        if (i + 1 < fmt.size() && fmt[i + 1] == '}') {
          out += '}';
          i += 2;
          continue;
        }
        vm.raise(vm.types.ValueError, "Single '}' encountered in format string");
      }
      if (c != '{') {
        size_t next = fmt.find_first_of("{}", i);
        if (next == std::string_view::npos) next = fmt.size();
        out.append(fmt.substr(i, next - i));
        i = next;
        continue;
      }
      if (i + 1 < fmt.size() && fmt[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      if (i + 1 >= fmt.size()) {
        vm.raise(vm.types.ValueError, "Single '{' encountered in format string");
      }
      // Find the matching '}' (format specs may nest one level of fields).
      size_t start = i + 1;
      size_t j = start;
      int level = 1;
      while (j < fmt.size()) {
        if (fmt[j] == '[') {
          // An index key may contain anything but ']'.
          size_t k = j;
          bool in_name = true;
          for (size_t m = start; m < j; ++m) {
            if (fmt[m] == ':' || fmt[m] == '!') in_name = false;
          }
          if (in_name) {
            while (k < fmt.size() && fmt[k] != ']') ++k;
            j = k < fmt.size() ? k + 1 : k;
            continue;
          }
        }
        if (fmt[j] == '{') ++level;
        if (fmt[j] == '}' && --level == 0) break;
        ++j;
      }
      if (level != 0) vm.raise(vm.types.ValueError, "expected '}' before end of string");
      std::string_view field = fmt.substr(start, j - start);
      i = j + 1;
      replace_field(field, depth, out);
    }
  }

  void replace_field(std::string_view field, int depth, std::string& out) {
    size_t k = 0;
    while (k < field.size()) {
      char c = field[k];
      if (c == '[') {
        while (k < field.size() && field[k] != ']') ++k;
        if (k < field.size()) ++k;
        continue;
      }
      if (c == '{') vm.raise(vm.types.ValueError, "unexpected '{' in field name");
      if (c == ':' || c == '!') break;
      ++k;
    }
    std::string_view name = field.substr(0, k);
    char conversion = 0;
    std::string_view spec;
    if (k < field.size() && field[k] == '!') {
      if (k + 1 >= field.size()) {
        vm.raise(vm.types.ValueError, "unmatched '{' in format spec");
      }
      conversion = field[k + 1];
      k += 2;
      if (k < field.size() && field[k] != ':') {
        vm.raise(vm.types.ValueError, "expected ':' after conversion specifier");
      }
    }
    if (k < field.size() && field[k] == ':') spec = field.substr(k + 1);
    Value obj = resolve(name);
    Rooted keep(vm, obj);
    switch (conversion) {
      case 0:
        break;
      case 'r':
        keep.set(Value::from_object(repr(vm, obj)));
        break;
      case 's':
        keep.set(Value::from_object(str(vm, obj)));
        break;
      case 'a':
        keep.set(Value::from_object(ascii_repr(vm, obj)));
        break;
      default: {
        std::string message = "Unknown conversion specifier ";
        message += conversion;
        vm.raise(vm.types.ValueError, message);
      }
    }
    StrObject* spec_str = vm.empty_str;
    if (!spec.empty()) {
      if (spec.find('{') != std::string_view::npos || spec.find('}') != std::string_view::npos) {
        std::string expanded;
        render(spec, depth - 1, expanded);
        spec_str = str_make(vm, expanded);
      } else {
        spec_str = str_make(vm, spec);
      }
    }
    Rooted keep_spec(vm, Value::from_object(spec_str));
    Value formatted = format_value(vm, keep.get(), spec_str);
    if (!is_str(formatted)) {
      vm.raise(vm.types.TypeError,
               "__format__ must return a str, not " + std::string(type_name(vm, formatted)));
    }
    out += as_str(formatted)->view();
  }
};

Value m_format(VM& vm, CallArgs args) {
  Rooted self(vm, args[0]);
  Formatter f{vm,           args.values + 1,         static_cast<int64_t>(args.npos) - 1,
              args.kwnames, args.values + args.npos, Value::undefined()};
  std::string out;
  f.render(as_str(args[0])->view(), 2, out);
  return str_value(vm, out);
}

Value m_format_map(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "str.format_map", 1, 1, {}, a);
  Rooted self(vm, args[0]);
  Rooted mapping(vm, a[0]);
  Formatter f{vm, nullptr, 0, nullptr, nullptr, a[0]};
  std::string out;
  f.render(as_str(args[0])->view(), 2, out);
  return str_value(vm, out);
}

Value m_dunder_format(VM& vm, CallArgs args) {
  Value a[1];
  parse_args(vm, args, ArgStyle::One, "str.__format__", 1, 1, {}, a);
  if (!is_str(a[0])) {
    vm.raise(vm.types.TypeError,
             "__format__() argument must be str, not " + std::string(type_name(vm, a[0])));
  }
  return str_format_slot(vm, args[0], as_str(a[0]));
}

}  // namespace

void install_str_format_methods(VM& vm, Type* t) {
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "format", m_format);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "format_map", m_format_map);
  EMBER_ADD_METHOD(vm, t, SelfKind::Str, "__format__", m_dunder_format);
}

}  // namespace ember
