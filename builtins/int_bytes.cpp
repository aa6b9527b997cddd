// int.to_bytes and int.from_bytes.
#include <string>

#include "builtins/int_value.h"
#include "builtins/number_support.h"
#include "builtins/numeric/int_ops.h"
#include "vm/bytes_object.h"
#include "vm/dict_object.h"
#include "vm/function_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

// The values of int.to_bytes/from_bytes's (first, byteorder, *, signed) parameters.
struct BytesArgs {
  Value first = Value::undefined();
  bool little = false;
  bool is_signed = false;
};

BytesArgs parse_bytes_args(VM& vm, CallArgs args, uint32_t first_index, const char* name,
                           const char* first_name) {
  BytesArgs out;
  Value byteorder = Value::undefined();
  if (args.npos > first_index) out.first = args[first_index];
  if (args.npos > first_index + 1) byteorder = args[first_index + 1];
  if (args.npos > first_index + 2) {
    vm.raise(vm.types.TypeError, std::string(name) + "() takes at most 2 positional arguments (" +
                                     std::to_string(args.npos - first_index) + " given)");
  }
  for (uint32_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = static_cast<StrObject*>(args.kwnames->items[k].as_object())->view();
    Value v = args[args.npos + k];
    if (key == first_name) {
      out.first = v;
    } else if (key == "byteorder") {
      byteorder = v;
    } else if (key == "signed") {
      out.is_signed = truthy(vm, v);
    } else {
      vm.raise(vm.types.TypeError,
               "'" + std::string(key) + "' is an invalid keyword argument for " + name + "()");
    }
  }
  if (!byteorder.is_undefined()) {
    if (!is_instance(vm, byteorder, vm.types.str)) {
      vm.raise(vm.types.TypeError, std::string(name) + "() argument 'byteorder' must be str, not " +
                                       std::string(type_name(vm, byteorder)));
    }
    std::string_view order = static_cast<StrObject*>(byteorder.as_object())->view();
    if (order == "little") {
      out.little = true;
    } else if (order != "big") {
      vm.raise(vm.types.ValueError, "byteorder must be either 'little' or 'big'");
    }
  }
  return out;
}

Value int_to_bytes(VM& vm, CallArgs args) {
  BytesArgs a = parse_bytes_args(vm, args, 1, "to_bytes", "length");
  int64_t length = a.first.is_undefined() ? 1 : index_value(vm, a.first);
  if (length < 0) vm.raise(vm.types.ValueError, "length argument must be non-negative");
  IntView z(args[0]);
  std::string data = checked(vm, numeric::int_to_bytes(z.get(), length, a.little, a.is_signed));
  return Value::from_object(new_bytes(vm, data));
}

Value int_from_bytes(VM& vm, CallArgs args) {
  // Called on the class: args[0] is int (or a subclass).
  BytesArgs a = parse_bytes_args(vm, args, 1, "from_bytes", "bytes");
  if (a.first.is_undefined()) {
    vm.raise(vm.types.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  }
  std::string data;
  if (is_bytes(vm, a.first)) {
    data = static_cast<BytesObject*>(a.first.as_object())->view();
  } else if (is_bytearray(vm, a.first)) {
    data = static_cast<ByteArrayObject*>(a.first.as_object())->view();
  } else {
    // Like bytes(x): a str has no bytes without an encoding, and neither has a non-iterable.
    Type* t = vm.type_of(a.first);
    if (t->has_flag(kTypeStrSubclass) || (!t->slots.iter && !t->slots.getitem)) {
      vm.raise(vm.types.TypeError,
               "cannot convert '" + std::string(type_name(vm, a.first)) + "' object to bytes");
    }
    Value it = get_iterator(vm, a.first);
    Rooted keep(vm, it);
    Value item;
    while (iterator_next(vm, it, &item)) {
      int64_t b = index_value(vm, item);
      if (b < 0 || b > 255) vm.raise(vm.types.ValueError, "bytes must be in range(0, 256)");
      data.push_back(static_cast<char>(b));
    }
  }
  return vm.make_int(numeric::int_from_bytes(data, a.little, a.is_signed).get());
}

}  // namespace

void install_int_bytes_methods(VM& vm) {
  vm.add_method(vm.types.int_, "to_bytes", int_to_bytes);
  // from_bytes is a classmethod: bind it to the int type itself.
  NativeFunctionObject* from_bytes =
      vm.new_native_function("from_bytes", int_from_bytes, Value::from_object(vm.types.int_));
  dict_set_str(vm, vm.types.int_->dict, from_bytes->name, Value::from_object(from_bytes));
}

}  // namespace ember
