#include "builtins/numeric/float_repr.h"

#include <double-conversion/double-to-string.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "builtins/numeric/float_digits.h"

namespace ember::numeric {

DecimalDigits decimal_digits(double v, int mode, int ndigits) {
  DecimalDigits r;
  r.negative = std::signbit(v);
  double a = std::fabs(v);
  if (mode == 0) {
    if (a == 0.0) {
      r.digits = "0";
      r.decpt = 1;
      return r;
    }
    char buf[double_conversion::DoubleToStringConverter::kBase10MaximalLength + 1];
    bool sign = false;
    int length = 0, point = 0;
    double_conversion::DoubleToStringConverter::DoubleToAscii(
        a, double_conversion::DoubleToStringConverter::SHORTEST, 0, buf, sizeof buf, &sign, &length,
        &point);
    r.digits.assign(buf, static_cast<size_t>(length));
    r.decpt = point;
  } else if (mode == 2) {
    if (ndigits < 1) ndigits = 1;
    std::vector<char> buf(static_cast<size_t>(ndigits) + 32);
    std::snprintf(buf.data(), buf.size(), "%.*e", ndigits - 1, a);
    const char* p = buf.data();
    for (; *p && *p != 'e'; ++p) {
      if (*p >= '0' && *p <= '9') r.digits.push_back(*p);
    }
    int exp = (*p == 'e') ? std::atoi(p + 1) : 0;
    r.decpt = exp + 1;
    if (a == 0.0) {
      r.digits = "0";
      r.decpt = 1;
      return r;
    }
  } else {  // mode 3: ndigits after the decimal point
    std::vector<char> buf(static_cast<size_t>(ndigits) + 330);
    std::snprintf(buf.data(), buf.size(), "%.*f", ndigits, a);
    // Parse digits, whatever the locale's decimal point is.
    const char* p = buf.data();
    int int_len = 0;
    for (; *p >= '0' && *p <= '9'; ++p, ++int_len) r.digits.push_back(*p);
    for (; *p; ++p) {
      if (*p >= '0' && *p <= '9') r.digits.push_back(*p);
    }
    r.decpt = int_len;
    size_t lead = 0;
    while (lead < r.digits.size() && r.digits[lead] == '0') ++lead;
    r.digits.erase(0, lead);
    r.decpt -= static_cast<int>(lead);
    if (r.digits.empty()) {
      if (a == 0.0) {
        r.digits = "0";
        r.decpt = 1;
      } else {
        r.decpt = -ndigits;
      }
      return r;
    }
  }
  while (r.digits.size() > 1 && r.digits.back() == '0') r.digits.pop_back();
  return r;
}

std::string double_to_string(double v, char format_code, int precision, unsigned flags) {
  bool upper = false;
  int mode = 0;
  switch (format_code) {
    case 'E':
      upper = true;
      format_code = 'e';
      [[fallthrough]];
    case 'e':
      mode = 2;
      precision++;
      break;
    case 'F':
      upper = true;
      format_code = 'f';
      [[fallthrough]];
    case 'f':
      mode = 3;
      break;
    case 'G':
      upper = true;
      format_code = 'g';
      [[fallthrough]];
    case 'g':
      mode = 2;
      if (precision == 0) precision = 1;
      break;
    default:  // 'r'
      format_code = 'r';
      mode = 0;
      precision = 0;
      break;
  }
  const bool always_sign = flags & kDtsfSign;
  const bool add_dot_0 = flags & kDtsfAddDot0;
  const bool alt = flags & kDtsfAlt;
  const bool no_neg_0 = flags & kDtsfNoNeg0;

  std::string out;
  if (std::isnan(v) || std::isinf(v)) {
    if (std::isinf(v) && v < 0) {
      out.push_back('-');
    } else if (always_sign) {
      out.push_back('+');
    }
    out += std::isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }

  DecimalDigits dd = decimal_digits(v, mode, precision);
  const std::string& digits = dd.digits;
  bool sign = dd.negative;
  long decpt = dd.decpt;
  long digits_len = static_cast<long>(digits.size());
  const std::string_view dv(digits);
  if (no_neg_0 && sign && (digits_len == 0 || digits == "0")) sign = false;

  bool use_exp = false;
  long vdigits_end = digits_len;
  switch (format_code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  long exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  long vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  } else {
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  }

  if (sign) {
    out.push_back('-');
  } else if (always_sign) {
    out.push_back('+');
  }
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(dv.substr(0, static_cast<size_t>(decpt)));
    out.push_back('.');
    out.append(dv.substr(static_cast<size_t>(decpt)));
  } else {
    out.append(dv);
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else if (vdigits_end > digits_len) {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%+.02ld", upper ? 'E' : 'e', exp);
    out += buf;
  }
  return out;
}

std::string float_repr(double x) {
  return double_to_string(x, 'r', 0, kDtsfAddDot0);
}

}  // namespace ember::numeric
