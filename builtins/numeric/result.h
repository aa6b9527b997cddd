// Error and result types shared by the numeric core.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace ember::numeric {

// A Python exception to be raised by the caller; message is word for word CPython's.
struct NumError {
  enum Kind { ValueError, OverflowError, ZeroDivisionError, TypeError, MemoryError } kind;
  std::string message;
};

inline NumError value_error(std::string m) {
  return {NumError::ValueError, std::move(m)};
}
inline NumError overflow_error(std::string m) {
  return {NumError::OverflowError, std::move(m)};
}
inline NumError zero_division_error(std::string m) {
  return {NumError::ZeroDivisionError, std::move(m)};
}
inline NumError type_error(std::string m) {
  return {NumError::TypeError, std::move(m)};
}
inline NumError memory_error() {
  return {NumError::MemoryError, std::string()};
}

// Either a value or a NumError.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}         // NOLINT implicit
  Result(NumError error) : v_(std::in_place_index<1>, std::move(error)) {}  // NOLINT implicit

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const NumError& error() const { return std::get<1>(v_); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, NumError> v_;
};

}  // namespace ember::numeric
