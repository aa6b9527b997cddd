// printf-style formatting: `str % args` (all conversions s r a c d i u o x X e E f F g G %,
// flags, `*` width and precision, `%(key)s` mapping keys), with CPython's errors.
#include <gmp.h>

#include <cmath>
#include <cstdio>
#include <string>

#include "builtins/str_internal.h"
#include "vm/float_object.h"
#include "vm/int_object.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

struct Conversion {
  bool left = false;   // '-'
  bool plus = false;   // '+'
  bool space = false;  // ' '
  bool alt = false;    // '#'
  bool zero = false;   // '0'
  int64_t width = -1;
  int64_t precision = -1;
};

bool is_int_value(VM& vm, Value v) {
  return v.is_small_int() || v.is_bool() || vm.type_of(v)->has_flag(kTypeIntSubclass);
}

// Digits of |v| in `base` (v a Python int), and its sign.
std::string int_digits(VM& vm, Value v, int base, bool upper, bool* negative) {
  if (v.is_bool()) v = Value::from_small_int(v.as_bool() ? 1 : 0);
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    *negative = i < 0;
    uint64_t u = i < 0 ? static_cast<uint64_t>(-(i + 1)) + 1 : static_cast<uint64_t>(i);
    std::string out;
    const char* digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
      out.insert(out.begin(), digits[u % static_cast<uint64_t>(base)]);
      u /= static_cast<uint64_t>(base);
    } while (u != 0);
    return out;
  }
  auto* big = static_cast<BigIntObject*>(v.as_object());
  *negative = mpz_sgn(big->value) < 0;
  mpz_t a;
  mpz_init(a);
  mpz_abs(a, big->value);
  std::string out(mpz_sizeinbase(a, base) + 2, '\0');
  mpz_get_str(out.data(), upper ? -base : base, a);
  out.resize(std::char_traits<char>::length(out.c_str()));
  mpz_clear(a);
  return out;
}

// Lays out sign + prefix + digits in the conversion's width.
std::string layout_number(const Conversion& c, bool negative, std::string_view prefix,
                          std::string digits, bool pad_zeros_allowed = true) {
  if (c.precision >= 0 && static_cast<int64_t>(digits.size()) < c.precision) {
    digits.insert(0, static_cast<size_t>(c.precision - static_cast<int64_t>(digits.size())), '0');
  }
  std::string sign = negative ? "-" : c.plus ? "+" : c.space ? " " : "";
  int64_t len = static_cast<int64_t>(sign.size() + prefix.size() + digits.size());
  std::string out;
  if (c.width > len) {
    auto pad = static_cast<size_t>(c.width - len);
    if (c.left) {
      out = sign + std::string(prefix) + digits + std::string(pad, ' ');
    } else if (c.zero && pad_zeros_allowed) {
      out = sign + std::string(prefix) + std::string(pad, '0') + digits;
    } else {
      out = std::string(pad, ' ') + sign + std::string(prefix) + digits;
    }
  } else {
    out = sign + std::string(prefix) + digits;
  }
  return out;
}

std::string pad_text(const Conversion& c, std::string_view text, int64_t length) {
  if (c.width <= length) return std::string(text);
  auto pad = static_cast<size_t>(c.width - length);
  if (c.left) return std::string(text) + std::string(pad, ' ');
  return std::string(pad, ' ') + std::string(text);
}

// A Python int for %d: ints as they are, floats truncated, __index__ objects converted.
Value number_as_int(VM& vm, Value v, char type) {
  if (is_int_value(vm, v)) return v;
  if (is_float_value(v)) {
    double d = float_value(v);
    if (std::isinf(d)) vm.raise(vm.types.OverflowError, "cannot convert float infinity to integer");
    if (std::isnan(d)) vm.raise(vm.types.ValueError, "cannot convert float NaN to integer");
    mpz_t z;
    mpz_init_set_d(z, d);
    Value r = vm.make_int(z);
    mpz_clear(z);
    return r;
  }
  Type* t = vm.type_of(v);
  if (t->slots.index) return to_int_index(vm, v);
  if (t->slots.to_float) {
    Value f = Value::from_double(to_double(vm, v));
    return number_as_int(vm, f, type);
  }
  std::string message = "%";
  message += type;
  message += " format: a real number is required, not ";
  message += type_name(vm, v);
  vm.raise(vm.types.TypeError, message);
}

std::string format_float(const Conversion& c, double d, char type) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  bool negative = std::signbit(d) && !std::isnan(d);
  if (!std::isfinite(d)) {
    std::string digits = std::isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return layout_number(c, negative, "", digits, false);
  }
  int precision = c.precision < 0 ? 6 : static_cast<int>(c.precision);
  char fmt[8];
  int k = 0;
  fmt[k++] = '%';
  if (c.alt) fmt[k++] = '#';
  fmt[k++] = '.';
  fmt[k++] = '*';
  fmt[k++] = type;
  fmt[k] = 0;
  double magnitude = std::fabs(d);
  int n = std::snprintf(nullptr, 0, fmt, precision, magnitude);
  std::string digits(static_cast<size_t>(n) + 1, '\0');
  std::snprintf(digits.data(), digits.size(), fmt, precision, magnitude);
  digits.resize(static_cast<size_t>(n));
  Conversion no_precision = c;
  no_precision.precision = -1;
  return layout_number(no_precision, negative, "", digits);
}

}  // namespace

Value str_percent_format(VM& vm, StrObject* fmt_obj, Value args) {
  Rooted keep_fmt(vm, Value::from_object(fmt_obj));
  Rooted keep_args(vm, args);
  const Value* items = &args;
  int64_t count = 1;
  bool is_tuple = args.is_object() && args.as_object()->type->has_flag(kTypeTupleSubclass);
  if (is_tuple) {
    auto* t = static_cast<TupleObject*>(args.as_object());
    items = t->items;
    count = t->size;
  }
  Type* at = vm.type_of(args);
  bool is_mapping = !is_tuple && !is_str(args) && at->slots.getitem != nullptr;
  Value dict = is_mapping ? args : Value::undefined();
  int64_t next = 0;
  auto next_arg = [&]() -> Value {
    if (next >= count) vm.raise(vm.types.TypeError, "not enough arguments for format string");
    return items[next++];
  };
  std::string_view fmt = fmt_obj->view();
  std::string out;
  out.reserve(fmt.size());
  size_t i = 0;
  bool used_key = false;
  while (i < fmt.size()) {
    size_t pct = fmt.find('%', i);
    if (pct == std::string_view::npos) {
      out.append(fmt.substr(i));
      break;
    }
    out.append(fmt.substr(i, pct - i));
    i = pct + 1;
    if (i >= fmt.size()) vm.raise(vm.types.ValueError, "incomplete format");
    Value arg = Value::undefined();
    if (fmt[i] == '(') {
      if (dict.is_undefined()) vm.raise(vm.types.TypeError, "format requires a mapping");
      int depth = 1;
      size_t start = ++i;
      while (i < fmt.size() && depth > 0) {
        if (fmt[i] == '(') ++depth;
        if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth > 0) vm.raise(vm.types.ValueError, "incomplete format key");
      Value key = str_value(vm, fmt.substr(start, i - 1 - start));
      arg = get_item(vm, dict, key);
      used_key = true;
      // A key replaces the positional arguments: the mapping is the only argument.
      count = -1;
    }
    Conversion c;
    for (; i < fmt.size(); ++i) {
      char f = fmt[i];
      if (f == '-') {
        c.left = true;
      } else if (f == '+') {
        c.plus = true;
      } else if (f == ' ') {
        c.space = true;
      } else if (f == '#') {
        c.alt = true;
      } else if (f == '0') {
        c.zero = true;
      } else {
        break;
      }
    }
    auto read_star = [&]() -> int64_t {
      Value v = next_arg();
      if (!is_int_value(vm, v)) vm.raise(vm.types.TypeError, "* wants int");
      return arg_int(vm, v);
    };
    if (i < fmt.size() && fmt[i] == '*') {
      c.width = read_star();
      if (c.width < 0) {
        c.left = true;
        c.width = -c.width;
      }
      ++i;
    } else {
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
        if (c.width < 0) c.width = 0;
        if (c.width > (INT64_MAX - 9) / 10) vm.raise(vm.types.ValueError, "width too big");
        c.width = c.width * 10 + (fmt[i++] - '0');
      }
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      c.precision = 0;
      if (i < fmt.size() && fmt[i] == '*') {
        c.precision = read_star();
        if (c.precision < 0) c.precision = 0;
        ++i;
      } else {
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') {
          if (c.precision > (INT64_MAX - 9) / 10) {
            vm.raise(vm.types.ValueError, "precision too big");
          }
          c.precision = c.precision * 10 + (fmt[i++] - '0');
        }
      }
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= fmt.size()) vm.raise(vm.types.ValueError, "incomplete format");
    if (c.width > 0) check_text_size(vm, c.width);
    if (c.precision > 0) check_text_size(vm, c.precision);
    const char* type_start = fmt.data() + i;
    const char* type_end = type_start;
    uint32_t type_cp = utf8_decode(type_end);
    i += static_cast<size_t>(type_end - type_start);
    if (type_cp == '%' && type_start == fmt.data() + pct + 1) {
      out += '%';
      continue;
    }
    if (arg.is_undefined()) {
      if (count < 0) {
        arg = dict;
      } else {
        arg = next_arg();
      }
    }
    Rooted keep_arg(vm, arg);
    char type = type_cp < 0x80 ? static_cast<char>(type_cp) : '?';
    switch (type_cp) {
      case '%':
        out += '%';
        break;
      case 's':
      case 'r':
      case 'a': {
        StrObject* s = type == 's'   ? str(vm, arg)
                       : type == 'r' ? repr(vm, arg)
                                     : ascii_repr(vm, arg);
        std::string_view text = s->view();
        int64_t length = s->length;
        if (c.precision >= 0 && c.precision < length) {
          text = text.substr(0, static_cast<size_t>(str_byte_offset(s, c.precision)));
          length = c.precision;
        }
        out += pad_text(c, text, length);
        break;
      }
      case 'c': {
        uint32_t cp;
        if (is_str(arg)) {
          if (as_str(arg)->length != 1) vm.raise(vm.types.TypeError, "%c requires int or char");
          cp = str_code_point(as_str(arg), 0);
        } else if (is_int_value(vm, arg) || vm.type_of(arg)->slots.index) {
          Value v = is_int_value(vm, arg) ? arg : to_int_index(vm, arg);
          if (v.is_bool()) v = Value::from_small_int(v.as_bool());
          if (!v.is_small_int() || v.as_small_int() < 0 || v.as_small_int() > 0x10FFFF) {
            vm.raise(vm.types.OverflowError, "%c arg not in range(0x110000)");
          }
          cp = static_cast<uint32_t>(v.as_small_int());
        } else {
          vm.raise(vm.types.TypeError, "%c requires int or char");
        }
        char buffer[4];
        out +=
            pad_text(c, std::string_view(buffer, static_cast<size_t>(utf8_encode(cp, buffer))), 1);
        break;
      }
      case 'd':
      case 'i':
      case 'u': {
        Value v = number_as_int(vm, arg, type);
        bool negative;
        std::string digits = int_digits(vm, v, 10, false, &negative);
        out += layout_number(c, negative, "", digits);
        break;
      }
      case 'o':
      case 'x':
      case 'X': {
        Value v = arg;
        if (!is_int_value(vm, v)) {
          if (!vm.type_of(v)->slots.index) {
            std::string message = "%";
            message += type;
            message += " format: an integer is required, not ";
            message += type_name(vm, v);
            vm.raise(vm.types.TypeError, message);
          }
          v = to_int_index(vm, v);
        }
        bool negative;
        std::string digits = int_digits(vm, v, type == 'o' ? 8 : 16, type == 'X', &negative);
        const char* prefix = !c.alt ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
        out += layout_number(c, negative, prefix, digits);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (is_float_value(arg)) {
          d = float_value(arg);
        } else if (is_int_value(vm, arg) || vm.type_of(arg)->slots.to_float ||
                   vm.type_of(arg)->slots.index) {
          d = to_double(vm, arg);
        } else {
          vm.raise(vm.types.TypeError,
                   "must be real number, not " + std::string(type_name(vm, arg)));
        }
        out += format_float(c, d, type);
        break;
      }
      default: {
        char buffer[64];
        int64_t index = static_cast<int64_t>(
            utf8_count_code_points(fmt.substr(0, static_cast<size_t>(type_start - fmt.data()))));
        std::string shown;
        if (type_cp >= 0x20 && type_cp < 0x7F) {
          shown = std::string(1, static_cast<char>(type_cp));
        } else {
          char cbuf[4];
          shown = std::string(cbuf, static_cast<size_t>(utf8_encode(type_cp, cbuf)));
        }
        std::snprintf(buffer, sizeof buffer, "' (0x%x) at index %lld", type_cp,
                      static_cast<long long>(index));
        vm.raise(vm.types.ValueError, "unsupported format character '" + shown + buffer);
      }
    }
  }
  if (count >= 0 && next < count && dict.is_undefined()) {
    vm.raise(vm.types.TypeError, "not all arguments converted during string formatting");
  }
  (void)used_key;
  return str_value(vm, out);
}

}  // namespace ember
