// complex: a pair of doubles (vm/complex_object.h), with arithmetic against int and float.
#include <cmath>
#include <optional>
#include <string>

#include "builtins/install.h"
#include "builtins/int_value.h"
#include "builtins/misc_support.h"
#include "builtins/number_support.h"
#include "builtins/numeric/complex_format.h"
#include "builtins/numeric/complex_ops.h"
#include "builtins/numeric/int_ops.h"
#include "builtins/numeric/number_parse.h"
#include "builtins/numeric/numeric_hash.h"
#include "builtins/str_unicode.h"
#include "vm/call.h"
#include "vm/complex_object.h"
#include "vm/float_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

using numeric::Complex;

Complex parts(Value v) {
  auto* c = static_cast<ComplexObject*>(v.as_object());
  return {c->real, c->imag};
}

Value make(VM& vm, Complex z) {
  return new_complex(vm, z.re, z.im);
}

// An int, float or complex operand as a complex number; false for anything else.
bool complex_operand(VM& vm, Value v, Complex* out) {
  if (is_complex_value(vm, v)) {
    *out = parts(v);
    return true;
  }
  if (!is_float_value(v) && !is_int_value(vm, v)) return false;
  double d;
  real_operand(vm, v, &d);
  *out = {d, 0.0};
  return true;
}

Value complex_binary(VM& vm, BinaryOp op, Value a, Value b) {
  switch (op) {
    case BinaryOp::Add:
    case BinaryOp::Sub:
    case BinaryOp::Mul:
    case BinaryOp::TrueDiv:
    case BinaryOp::Pow:
      break;
    default:
      return vm.not_implemented;
  }
  // Check both operand types before converting either (an int too large for a float must
  // not hide an unsupported operand).
  if (!(is_complex_value(vm, a) || is_float_value(a) || is_int_value(vm, a)) ||
      !(is_complex_value(vm, b) || is_float_value(b) || is_int_value(vm, b))) {
    return vm.not_implemented;
  }
  Complex x, y;
  complex_operand(vm, a, &x);
  complex_operand(vm, b, &y);
  switch (op) {
    case BinaryOp::Add:
      return make(vm, numeric::complex_add(x, y));
    case BinaryOp::Sub:
      return make(vm, numeric::complex_sub(x, y));
    case BinaryOp::Mul:
      return make(vm, numeric::complex_mul(x, y));
    case BinaryOp::TrueDiv:
      return make(vm, checked(vm, numeric::complex_div(x, y)));
    case BinaryOp::Pow:
      return make(vm, checked(vm, numeric::complex_pow(x, y)));
    default:
      return vm.not_implemented;
  }
}

Value complex_compare(VM& vm, Value a, Value b, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return vm.not_implemented;
  Complex x = parts(a);
  bool equal;
  if (is_complex_value(vm, b)) {
    Complex y = parts(b);
    equal = x.re == y.re && x.im == y.im;
  } else if (is_float_value(b)) {
    equal = x.im == 0.0 && x.re == float_value(b);
  } else if (is_int_value(vm, b)) {
    // Exact: an int too large for a float still compares correctly.
    IntView z(b);
    equal = x.im == 0.0 && !std::isnan(x.re) && numeric::int_compare_double(z.get(), x.re) == 0;
  } else {
    return vm.not_implemented;
  }
  return Value::from_bool(op == CompareOp::Eq ? equal : !equal);
}

Value complex_repr(VM& vm, Value v) {
  return Value::from_object(vm.new_str(numeric::complex_repr(parts(v))));
}

int64_t complex_hash(VM&, Value v) {
  Complex z = parts(v);
  return numeric::hash_complex(z.re, z.im, numeric::hash_pointer(v.as_object()));
}

Value complex_unary(VM& vm, UnaryOp op, Value v) {
  Complex z = parts(v);
  switch (op) {
    case UnaryOp::Neg:
      return make(vm, {-z.re, -z.im});
    case UnaryOp::Pos:
      return make(vm, z);
    case UnaryOp::Invert:
      break;
  }
  return vm.not_implemented;
}

bool complex_truth(VM&, Value v) {
  Complex z = parts(v);
  return z.re != 0.0 || z.im != 0.0;
}

// ---- complex(string)

bool is_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

// The longest prefix of s that is a float ([sign] digits [. digits] [e [sign] digits], or
// [sign] inf / infinity / nan); 0 when there is none. Stores its value.
size_t scan_float(std::string_view s, double* out) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  auto lower_match = [&](size_t at, std::string_view word) {
    if (s.size() - at < word.size()) return false;
    for (size_t k = 0; k < word.size(); ++k) {
      if ((s[at + k] | 0x20) != word[k]) return false;
    }
    return true;
  };
  size_t end = 0;
  if (lower_match(i, "infinity")) {
    end = i + 8;
  } else if (lower_match(i, "inf") || lower_match(i, "nan")) {
    end = i + 3;
  } else {
    size_t digits = 0, k = i;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k, ++digits;
    if (k < s.size() && s[k] == '.') {
      ++k;
      while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k, ++digits;
    }
    if (digits == 0) return 0;
    end = k;
    if (k < s.size() && (s[k] == 'e' || s[k] == 'E')) {
      size_t e = k + 1;
      if (e < s.size() && (s[e] == '+' || s[e] == '-')) ++e;
      size_t exponent_start = e;
      while (e < s.size() && s[e] >= '0' && s[e] <= '9') ++e;
      if (e > exponent_start) end = e;
    }
  }
  auto value = numeric::parse_float(s.substr(0, end));
  if (!value.ok()) return 0;
  *out = value.value();
  return end;
}

// CPython's complex_from_string_inner; nullopt for a malformed string.
std::optional<Complex> parse_complex_text(std::string_view s) {
  size_t p = 0;
  auto at = [&](size_t k) { return k < s.size() ? s[k] : '\0'; };
  while (is_space(at(p))) ++p;
  bool bracket = false;
  if (at(p) == '(') {
    bracket = true;
    ++p;
    while (is_space(at(p))) ++p;
  }
  double x = 0.0, y = 0.0, z;
  size_t n = scan_float(s.substr(p), &z);
  if (n != 0) {
    p += n;
    if (at(p) == '+' || at(p) == '-') {
      x = z;
      size_t m = scan_float(s.substr(p), &y);
      if (m != 0) {
        p += m;
      } else {
        y = at(p) == '+' ? 1.0 : -1.0;
        ++p;
      }
      if (at(p) != 'j' && at(p) != 'J') return std::nullopt;
      ++p;
    } else if (at(p) == 'j' || at(p) == 'J') {
      ++p;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (at(p) == '+' || at(p) == '-') {
      y = at(p) == '+' ? 1.0 : -1.0;
      ++p;
    } else {
      y = 1.0;
    }
    if (at(p) != 'j' && at(p) != 'J') return std::nullopt;
    ++p;
  }
  while (is_space(at(p))) ++p;
  if (bracket) {
    if (at(p) != ')') return std::nullopt;
    ++p;
    while (is_space(at(p))) ++p;
  }
  if (p != s.size()) return std::nullopt;
  return Complex{x, y};
}

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode spaces become ' ', decimal
// digits their ASCII digit, any other non-ASCII character '?'.
std::string transform_to_ascii(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    auto byte = static_cast<unsigned char>(s[i]);
    if (byte < 0x80) {
      out.push_back(s[i++]);
      continue;
    }
    int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
    uint32_t cp = byte & (0x3F >> (length - 1));
    for (int k = 1; k < length && i + k < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    i += length;
    int digit = uni_decimal_value(cp);
    out.push_back(uni_isspace(cp) ? ' ' : digit >= 0 ? static_cast<char>('0' + digit) : '?');
  }
  return out;
}

Value complex_from_text(VM& vm, Value text) {
  std::string_view s = static_cast<StrObject*>(text.as_object())->view();
  std::string ascii;
  for (char ch : s) {
    if (static_cast<unsigned char>(ch) >= 0x80) {
      ascii = transform_to_ascii(s);
      s = ascii;
      break;
    }
  }
  // Underscores are allowed only between digits; they are then dropped.
  std::string cleaned;
  if (s.find('_') != std::string_view::npos) {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] != '_') {
        cleaned.push_back(s[i]);
      } else if (i == 0 || i + 1 == s.size() || !digit(s[i - 1]) || !digit(s[i + 1])) {
        vm.raise(vm.types.ValueError,
                 "could not convert string to complex: " + std::string(repr(vm, text)->view()));
      }
    }
    s = cleaned;
  }
  std::optional<Complex> z = parse_complex_text(s);
  if (!z) vm.raise(vm.types.ValueError, "complex() arg is a malformed string");
  return make(vm, *z);
}

// ---- complex(real, imag)

// x.__complex__() when x's type defines it.
std::optional<Complex> try_dunder_complex(VM& vm, Value x) {
  Value method = lookup_in_type(vm, vm.type_of(x), vm.name("__complex__"));
  if (method.is_undefined()) return std::nullopt;
  Value r = call_with_self(vm, method, x, CallArgs{});
  if (!is_complex_value(vm, r)) {
    vm.raise(vm.types.TypeError,
             "__complex__ returned non-complex (type " + std::string(type_name(vm, r)) + ")");
  }
  return parts(r);
}

Value complex_construct(VM& vm, Type*, CallArgs args) {
  uint32_t total = args.npos + args.nkw();
  if (total > 2) {
    vm.raise(vm.types.TypeError,
             "complex() takes at most 2 arguments (" + std::to_string(total) + " given)");
  }
  Value r = args.npos >= 1 ? args[0] : Value::undefined();
  Value i = args.npos >= 2 ? args[1] : Value::undefined();
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = static_cast<StrObject*>(args.kwnames->items[k].as_object())->view();
    Value v = args[args.npos + k];
    if (key == "real" && args.npos < 1) {
      r = v;
    } else if (key == "imag" && args.npos < 2) {
      i = v;
    } else if (key == "real" || key == "imag") {
      vm.raise(vm.types.TypeError, "argument for complex() given by name ('" + std::string(key) +
                                       "') and position (" + (key == "real" ? "1" : "2") + ")");
    } else {
      vm.raise(vm.types.TypeError,
               "'" + std::string(key) + "' is an invalid keyword argument for complex()");
    }
  }
  if (r.is_undefined()) r = Value::from_small_int(0);
  if (is_instance(vm, r, vm.types.str)) {
    if (!i.is_undefined()) {
      vm.raise(vm.types.TypeError, "complex() can't take second arg if first is a string");
    }
    return complex_from_text(vm, r);
  }
  if (!i.is_undefined() && is_instance(vm, i, vm.types.str)) {
    vm.raise(vm.types.TypeError, "complex() second arg can't be a string");
  }
  // complex(z) for an exact complex z is z itself.
  if (i.is_undefined() && r.is_object() && r.as_object()->type == vm.types.complex) return r;

  Complex cr{0.0, 0.0}, ci{0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false;
  std::optional<Complex> special = try_dunder_complex(vm, r);
  if (special) {
    cr = *special;
    cr_is_complex = true;
  } else if (is_complex_value(vm, r)) {
    cr = parts(r);
    cr_is_complex = true;
  } else if (!number_to_double(vm, r, &cr.re)) {
    vm.raise(vm.types.TypeError, "complex() first argument must be a string or a number, not '" +
                                     std::string(type_name(vm, r)) + "'");
  }
  if (i.is_undefined()) {
    ci.re = cr.im;
  } else if (is_complex_value(vm, i)) {
    ci = parts(i);
    ci_is_complex = true;
  } else if (!number_to_double(vm, i, &ci.re)) {
    vm.raise(vm.types.TypeError, "complex() second argument must be a number, not '" +
                                     std::string(type_name(vm, i)) + "'");
  }
  if (ci_is_complex) cr.re -= ci.im;
  if (cr_is_complex && !i.is_undefined()) ci.re += cr.im;
  return new_complex(vm, cr.re, ci.re);
}

// ---- format

Value complex_format(VM& vm, Value v, StrObject* spec) {
  if (misc::formats_as_str(vm, v, vm.types.complex, spec)) return misc::obj(str(vm, v));
  return Value::from_object(
      vm.new_str(checked(vm, numeric::format_complex(parts(v), spec->view(), "complex"))));
}

// ---- attributes and methods

Value complex_getattr(VM& vm, Value self, StrObject* name) {
  std::string_view n = name->view();
  if (n == "real") return Value::from_double(parts(self).re);
  if (n == "imag") return Value::from_double(parts(self).im);
  return attribute_or_error(vm, self, name);
}

// self of a complex method (a complex: the native call path checked it).
Complex complex_self(VM& vm, CallArgs args, const char* name) {
  if (args.npos != 1 || args.nkw() != 0) {
    vm.raise(vm.types.TypeError, std::string("complex.") + name + "() takes no arguments (" +
                                     std::to_string(args.npos + args.nkw() - 1) + " given)");
  }
  return parts(args[0]);
}

Value complex_conjugate(VM& vm, CallArgs args) {
  Complex z = complex_self(vm, args, "conjugate");
  return make(vm, {z.re, -z.im});
}

Value complex_complex_method(VM& vm, CallArgs args) {
  return make(vm, complex_self(vm, args, "__complex__"));
}

}  // namespace

void install_complex_type(VM& vm) {
  Type* t = vm.types.complex;
  TypeSlots& s = t->slots;
  s.repr = complex_repr;
  s.hash = complex_hash;
  s.compare = complex_compare;
  s.binary = complex_binary;
  s.unary = complex_unary;
  s.truth = complex_truth;
  s.construct = complex_construct;
  s.format = complex_format;
  s.getattr = complex_getattr;
  vm.add_method(t, "conjugate", complex_conjugate);
  vm.add_method(t, "__complex__", complex_complex_method);
}

}  // namespace ember
