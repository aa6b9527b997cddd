// list.sort: a stable merge sort (binary insertion sort on short runs, then bottom-up
// merging). Items are compared with `<` only, as CPython does.
#include <algorithm>
#include <cstring>
#include <vector>

#include "builtins/container_util.h"
#include "vm/list_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/vm.h"

namespace ember {

namespace {

constexpr int64_t kRun = 32;

template <class Less>
void merge_sort(std::vector<int64_t>& perm, Less less) {
  int64_t n = static_cast<int64_t>(perm.size());
  // Binary insertion sort on runs of kRun.
  for (int64_t lo = 0; lo < n; lo += kRun) {
    int64_t hi = std::min(lo + kRun, n);
    for (int64_t i = lo + 1; i < hi; ++i) {
      int64_t pivot = perm[i];
      int64_t left = lo, right = i;
      while (left < right) {
        int64_t mid = left + (right - left) / 2;
        if (less(pivot, perm[mid])) {
          right = mid;
        } else {
          left = mid + 1;
        }
      }
      for (int64_t k = i; k > left; --k) perm[k] = perm[k - 1];
      perm[left] = pivot;
    }
  }
  std::vector<int64_t> buffer(n);
  for (int64_t width = kRun; width < n; width *= 2) {
    for (int64_t lo = 0; lo < n; lo += 2 * width) {
      int64_t mid = std::min(lo + width, n);
      int64_t hi = std::min(lo + 2 * width, n);
      if (mid >= hi) {
        std::copy(perm.begin() + lo, perm.begin() + hi, buffer.begin() + lo);
        continue;
      }
      // Already ordered: the last of the left run is not greater than the first of the right.
      if (!less(perm[mid], perm[mid - 1])) {
        std::copy(perm.begin() + lo, perm.begin() + hi, buffer.begin() + lo);
        continue;
      }
      int64_t i = lo, j = mid, out = lo;
      while (i < mid && j < hi) {
        if (less(perm[j], perm[i])) {
          buffer[out++] = perm[j++];
        } else {
          buffer[out++] = perm[i++];
        }
      }
      while (i < mid) buffer[out++] = perm[i++];
      while (j < hi) buffer[out++] = perm[j++];
    }
    perm.swap(buffer);
  }
}

enum class Kind { Generic, SmallInt, Number, Str };

Kind classify(VM& vm, const Value* keys, int64_t n) {
  bool ints = true, numbers = true, strs = true;
  for (int64_t i = 0; i < n; ++i) {
    Value v = keys[i];
    if (!v.is_small_int()) ints = false;
    if (!(v.is_small_int() || (v.is_double() && v.as_double() == v.as_double()))) numbers = false;
    if (!(v.is_object() && v.as_object()->type == vm.types.str)) strs = false;
    if (!ints && !numbers && !strs) return Kind::Generic;
  }
  if (ints) return Kind::SmallInt;
  if (numbers) return Kind::Number;
  return Kind::Str;
}

double number_of(Value v) {
  return v.is_small_int() ? static_cast<double>(v.as_small_int()) : v.as_double();
}

bool number_less(Value a, Value b) {
  if (a.is_small_int() && b.is_small_int()) return a.as_small_int() < b.as_small_int();
  // Small ints are below 2**47, exactly representable as doubles.
  return number_of(a) < number_of(b);
}

}  // namespace

void list_sort(VM& vm, ListObject* list, Value key, bool reverse) {
  Rooted keep_key(vm, key);
  Rooted keep_list(vm, Value::from_object(list));
  // Detach the items while sorting: changes made by key functions or comparisons go to an
  // empty list and are detected afterwards.
  ListObject* saved = vm.new_list(0);
  Rooted keep_saved(vm, Value::from_object(saved));
  saved->items = list->items;
  saved->size = list->size;
  saved->capacity = list->capacity;
  list->items = nullptr;
  list->size = 0;
  list->capacity = 0;
  int64_t n = saved->size;

  auto restore = [&](Value* items) {
    // Drop whatever the list gained meanwhile, give back the original buffer.
    vm.heap().free_buffer(list->items, list->capacity * sizeof(Value));
    list->items = items;
    list->size = saved->size;
    list->capacity = saved->capacity;
    saved->items = nullptr;
    saved->size = saved->capacity = 0;
  };

  bool reversed_items = false;
  try {
    ListObject* keys = saved;
    Rooted keep_keys(vm, Value::from_object(saved));
    if (!key.is_none()) {
      keys = vm.new_list(0);
      keep_keys.set(Value::from_object(keys));
      list_reserve(vm, keys, n);
      for (int64_t i = 0; i < n; ++i) {
        Value k = vm.call(key, {saved->items[i]});
        keys->items[i] = k;
        keys->size = i + 1;
      }
    }
    if (reverse) {
      std::reverse(saved->items, saved->items + n);
      if (keys != saved) std::reverse(keys->items, keys->items + n);
      reversed_items = true;
    }
    std::vector<int64_t> perm(n);
    for (int64_t i = 0; i < n; ++i) perm[i] = i;
    Kind kind = classify(vm, keys->items, n);
    if (kind == Kind::SmallInt || kind == Kind::Number) {
      const Value* k = keys->items;
      std::stable_sort(perm.begin(), perm.end(),
                       [k](int64_t a, int64_t b) { return number_less(k[a], k[b]); });
    } else if (kind == Kind::Str) {
      const Value* k = keys->items;
      std::stable_sort(perm.begin(), perm.end(), [k](int64_t a, int64_t b) {
        return static_cast<StrObject*>(k[a].as_object())->view() <
               static_cast<StrObject*>(k[b].as_object())->view();
      });
    } else if (n > 1) {
      merge_sort(perm, [&](int64_t a, int64_t b) {
        return compare_bool(vm, CompareOp::Lt, keys->items[a], keys->items[b]);
      });
    }
    std::vector<Value> sorted(n);
    for (int64_t i = 0; i < n; ++i) sorted[i] = saved->items[perm[i]];
    if (n) std::memcpy(saved->items, sorted.data(), n * sizeof(Value));
    if (reverse) std::reverse(saved->items, saved->items + n);
    reversed_items = false;
  } catch (const PythonException&) {
    if (reversed_items) std::reverse(saved->items, saved->items + n);
    restore(saved->items);
    throw;
  }
  bool modified = list->items != nullptr || list->size != 0;
  restore(saved->items);
  if (modified) vm.raise(vm.types.ValueError, "list modified during sort");
}

}  // namespace ember
