// The embedding API: making and reading values.
#include <cmath>
#include <utility>

#include "embed/vm_state.h"
#include "frontend/lexer.h"
#include "vm/bytes_object.h"
#include "vm/dict_object.h"
#include "vm/int_object.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"

using namespace ember;

namespace {

Value obj(const Object* o) {
  return Value::from_object(o);
}

bool has_type(VM& vm, Value v, Type* type) {
  return is_subtype(vm.type_of(v), type);
}

[[noreturn]] void wrong_kind(VM& vm, Value v, const char* expected) {
  throw ApiError{EMBER_ERROR_TYPE,
                 std::string("expected ") + expected + ", got " + std::string(type_name(vm, v))};
}

// The values of `count` handles, checked; items may be null only when count is 0.
std::vector<Value> values_of(ember_vm* vm, const ember_value* items, size_t count) {
  if (count) require(items, "items");
  std::vector<Value> values(count);
  for (size_t i = 0; i < count; ++i) values[i] = vm->value(items[i], "an item");
  return values;
}

void clear(ember_value* out) {
  if (out) *out = ember_value{0};
}

}  // namespace

namespace {

// ember_new_list and ember_new_tuple: a new sequence (made by `make`) holding the items.
template <class Make>
ember_status new_sequence(ember_vm* vm, const ember_value* items, size_t count, ember_value* out,
                          Make make) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    std::vector<Value> values = values_of(vm, items, count);
    auto* sequence = make(static_cast<int64_t>(count));
    for (size_t i = 0; i < count; ++i) sequence->items[i] = values[i];
    *out = vm->handle(obj(sequence));
    return EMBER_OK;
  });
}

// The text of a str or the contents of a bytes object: `view` checks the kind (raising the
// kind error) and returns the object's data and size, which stay valid while it lives.
template <class Data, class View>
ember_status read_data(ember_vm* vm, ember_value value, Data** data, size_t* size, View view) {
  if (data) *data = nullptr;
  if (size) *size = 0;
  return guarded(vm, [&] {
    require(data, "data");
    require(size, "size");
    std::pair<Data*, size_t> contents = view(vm->value(value, "value"));
    *data = contents.first;
    *size = contents.second;
    return EMBER_OK;
  });
}

}  // namespace

extern "C" {

ember_status ember_new_none(ember_vm* vm, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    *out = vm->handle(Value::none());
    return EMBER_OK;
  });
}

ember_status ember_new_bool(ember_vm* vm, int truth, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    *out = vm->handle(Value::from_bool(truth != 0));
    return EMBER_OK;
  });
}

ember_status ember_new_int(ember_vm* vm, int64_t value, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    *out = vm->handle(vm->vm.make_int(value));
    return EMBER_OK;
  });
}

ember_status ember_new_int_from_string(ember_vm* vm, const char* decimal, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(decimal, "decimal");
    require(out, "out");
    std::string_view text(decimal);
    size_t digits = text.find_first_not_of("+-") == 1 ? 1 : 0;
    if (text.empty() || digits >= text.size() ||
        text.find_first_not_of("0123456789", digits) != std::string_view::npos) {
      throw ApiError{EMBER_ERROR_ARGUMENT, "'" + std::string(text) + "' is not a decimal integer"};
    }
    Value s = obj(vm->vm.new_str(text));
    Rooted keep(vm->vm, s);
    *out = vm->handle(vm->vm.call(obj(vm->vm.types.int_), {s}));
    return EMBER_OK;
  });
}

ember_status ember_new_float(ember_vm* vm, double value, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    *out = vm->handle(std::isnan(value) ? vm->vm.fresh_nan() : Value::from_double(value));
    return EMBER_OK;
  });
}

ember_status ember_new_str(ember_vm* vm, const char* utf8, size_t size, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    if (size) require(utf8, "utf8");
    require(out, "out");
    std::string_view text(size ? utf8 : "", size);
    if (find_invalid_utf8(text) != std::string_view::npos) {
      throw ApiError{EMBER_ERROR_ARGUMENT, "the text is not valid UTF-8"};
    }
    *out = vm->handle(obj(vm->vm.new_str(text)));
    return EMBER_OK;
  });
}

ember_status ember_new_bytes(ember_vm* vm, const void* data, size_t size, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    if (size) require(data, "data");
    require(out, "out");
    std::string_view bytes(size ? static_cast<const char*>(data) : "", size);
    *out = vm->handle(obj(new_bytes(vm->vm, bytes)));
    return EMBER_OK;
  });
}

ember_status ember_new_list(ember_vm* vm, const ember_value* items, size_t count,
                            ember_value* out) {
  return new_sequence(vm, items, count, out, [&](int64_t n) { return vm->vm.new_list(n); });
}

ember_status ember_new_tuple(ember_vm* vm, const ember_value* items, size_t count,
                             ember_value* out) {
  return new_sequence(vm, items, count, out, [&](int64_t n) { return vm->vm.new_tuple(n); });
}

ember_status ember_new_dict(ember_vm* vm, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    *out = vm->handle(obj(vm->vm.new_dict()));
    return EMBER_OK;
  });
}

ember_status ember_kind_of(ember_vm* vm, ember_value value, ember_kind* out) {
  if (out) *out = EMBER_KIND_OTHER;
  return guarded(vm, [&] {
    require(out, "out");
    Value v = vm->value(value, "value");
    VM& m = vm->vm;
    const std::pair<Type*, ember_kind> kinds[] = {
        {m.types.none, EMBER_KIND_NONE}, {m.types.bool_, EMBER_KIND_BOOL},
        {m.types.int_, EMBER_KIND_INT},  {m.types.float_, EMBER_KIND_FLOAT},
        {m.types.str, EMBER_KIND_STR},   {m.types.bytes, EMBER_KIND_BYTES},
        {m.types.list, EMBER_KIND_LIST}, {m.types.tuple, EMBER_KIND_TUPLE},
        {m.types.dict, EMBER_KIND_DICT},
    };
    for (const auto& [type, kind] : kinds) {
      if (has_type(m, v, type)) {
        *out = kind;
        return EMBER_OK;
      }
    }
    Type* t = m.type_of(v);
    bool callable = t->slots.call || t == m.types.function || t == m.types.native_function ||
                    t == m.types.bound_method;
    *out = callable ? EMBER_KIND_CALLABLE : EMBER_KIND_OTHER;
    return EMBER_OK;
  });
}

ember_status ember_to_bool(ember_vm* vm, ember_value value, int* out) {
  if (out) *out = 0;
  return guarded(vm, [&] {
    require(out, "out");
    Value v = vm->value(value, "value");
    if (!v.is_bool()) wrong_kind(vm->vm, v, "a bool");
    *out = v.as_bool() ? 1 : 0;
    return EMBER_OK;
  });
}

ember_status ember_to_int(ember_vm* vm, ember_value value, int64_t* out) {
  if (out) *out = 0;
  return guarded(vm, [&] {
    require(out, "out");
    Value v = vm->value(value, "value");
    if (v.is_bool() || !has_type(vm->vm, v, vm->vm.types.int_)) wrong_kind(vm->vm, v, "an int");
    if (v.is_small_int()) {
      *out = v.as_small_int();
      return EMBER_OK;
    }
    auto* big = static_cast<BigIntObject*>(v.as_object());
    if (!mpz_fits_slong_p(big->value)) {
      throw ApiError{EMBER_ERROR_RANGE, "the int does not fit in 64 bits"};
    }
    *out = mpz_get_si(big->value);
    return EMBER_OK;
  });
}

ember_status ember_to_float(ember_vm* vm, ember_value value, double* out) {
  if (out) *out = 0;
  return guarded(vm, [&] {
    require(out, "out");
    Value v = vm->value(value, "value");
    if (v.is_double()) {
      *out = v.as_double();
      return EMBER_OK;
    }
    bool number = has_type(vm->vm, v, vm->vm.types.float_) ||
                  (has_type(vm->vm, v, vm->vm.types.int_) && !v.is_bool());
    if (!number) wrong_kind(vm->vm, v, "a float or an int");
    *out = to_double(vm->vm, v);
    return EMBER_OK;
  });
}

ember_status ember_to_str(ember_vm* vm, ember_value value, const char** data, size_t* size) {
  return read_data(vm, value, data, size, [&](Value v) {
    if (!has_type(vm->vm, v, vm->vm.types.str)) wrong_kind(vm->vm, v, "a str");
    auto* s = static_cast<StrObject*>(v.as_object());
    return std::pair<const char*, size_t>(s->data, static_cast<size_t>(s->byte_length));
  });
}

ember_status ember_to_bytes(ember_vm* vm, ember_value value, const void** data, size_t* size) {
  return read_data(vm, value, data, size, [&](Value v) {
    if (!is_bytes(vm->vm, v)) wrong_kind(vm->vm, v, "bytes");
    auto* b = static_cast<BytesObject*>(v.as_object());
    return std::pair<const void*, size_t>(b->data, static_cast<size_t>(b->size));
  });
}

ember_status ember_str_of(ember_vm* vm, ember_value value, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    *out = vm->handle(obj(str(vm->vm, vm->value(value, "value"))));
    vm->flush_output();
    return EMBER_OK;
  });
}

ember_status ember_len(ember_vm* vm, ember_value value, size_t* out) {
  if (out) *out = 0;
  return guarded(vm, [&] {
    require(out, "out");
    *out = static_cast<size_t>(length(vm->vm, vm->value(value, "value")));
    return EMBER_OK;
  });
}

ember_status ember_get_item(ember_vm* vm, ember_value container, ember_value key,
                            ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    Value c = vm->value(container, "container");
    *out = vm->handle(get_item(vm->vm, c, vm->value(key, "key")));
    return EMBER_OK;
  });
}

ember_status ember_set_item(ember_vm* vm, ember_value container, ember_value key,
                            ember_value value) {
  return guarded(vm, [&] {
    Value c = vm->value(container, "container");
    Value k = vm->value(key, "key");
    set_item(vm->vm, c, k, vm->value(value, "value"));
    return EMBER_OK;
  });
}

ember_status ember_get_index(ember_vm* vm, ember_value sequence, size_t index, ember_value* out) {
  clear(out);
  return guarded(vm, [&] {
    require(out, "out");
    Value v = vm->value(sequence, "sequence");
    const Value* items;
    int64_t size;
    if (has_type(vm->vm, v, vm->vm.types.list)) {
      auto* list = static_cast<ListObject*>(v.as_object());
      items = list->items;
      size = list->size;
    } else if (has_type(vm->vm, v, vm->vm.types.tuple)) {
      auto* tuple = static_cast<TupleObject*>(v.as_object());
      items = tuple->items;
      size = tuple->size;
    } else {
      wrong_kind(vm->vm, v, "a list or a tuple");
    }
    if (index >= static_cast<size_t>(size)) {
      throw ApiError{EMBER_ERROR_RANGE, "index " + std::to_string(index) +
                                            " is out of range for a sequence of " +
                                            std::to_string(size) + " items"};
    }
    *out = vm->handle(items[index]);
    return EMBER_OK;
  });
}

ember_status ember_dict_next(ember_vm* vm, ember_value dict, size_t* position, ember_value* key,
                             ember_value* value) {
  clear(key);
  clear(value);
  return guarded(vm, [&] {
    require(position, "position");
    require(key, "key");
    require(value, "value");
    Value d = vm->value(dict, "dict");
    if (!has_type(vm->vm, d, vm->vm.types.dict)) wrong_kind(vm->vm, d, "a dict");
    auto pos = static_cast<int64_t>(*position);
    DictEntry* entry = pos < 0 ? nullptr : dict_next(static_cast<DictObject*>(d.as_object()), &pos);
    if (!entry) throw ApiError{EMBER_ERROR_RANGE, "no more entries in the dict"};
    *position = static_cast<size_t>(pos);
    *key = vm->handle(entry->key);
    *value = vm->handle(entry->value);
    return EMBER_OK;
  });
}

}  // extern "C"
