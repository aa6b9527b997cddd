// The `_random` module: the Mersenne Twister (MT19937) behind lib/random.py, seeded as
// CPython seeds it so that equal seeds give equal streams: seed(n) feeds the 32-bit words of
// abs(n), least significant first, to the reference init_by_array; other objects are seeded
// by their hash, and None by 624 words from the operating system.
#include <gmp.h>
#include <sys/random.h>

#include <algorithm>
#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

#include "builtins/int_value.h"
#include "builtins/native_module.h"
#include "builtins/native_stdlib.h"
#include "vm/ops.h"
#include "vm/tuple_object.h"

namespace ember {

namespace {

using native::obj;

constexpr int kN = 624;
constexpr int kM = 397;

struct TwisterObject : Object {
  uint32_t state[kN];
  int index;
};

// Twisters hold no references; the trace function only tells their type apart.
void trace_twister(Object*, Marker&) {}

void init_genrand(TwisterObject* t, uint32_t seed) {
  t->state[0] = seed;
  for (int i = 1; i < kN; ++i) {
    uint32_t prev = t->state[i - 1];
    t->state[i] = 1812433253u * (prev ^ (prev >> 30)) + static_cast<uint32_t>(i);
  }
  t->index = kN;
}

void init_by_array(TwisterObject* t, const std::vector<uint32_t>& key) {
  init_genrand(t, 19650218u);
  uint32_t* mt = t->state;
  size_t i = 1, j = 0;
  for (size_t k = std::max<size_t>(kN, key.size()); k > 0; --k) {
    mt[i] =
        (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
    if (++i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (++j >= key.size()) j = 0;
  }
  for (size_t k = kN - 1; k > 0; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
    if (++i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;
}

uint32_t next_word(TwisterObject* t) {
  uint32_t* mt = t->state;
  if (t->index >= kN) {
    auto mix = [](uint32_t upper, uint32_t lower, uint32_t far) {
      uint32_t y = (upper & 0x80000000u) | (lower & 0x7fffffffu);
      return far ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    };
    int k = 0;
    for (; k < kN - kM; ++k) mt[k] = mix(mt[k], mt[k + 1], mt[k + kM]);
    for (; k < kN - 1; ++k) mt[k] = mix(mt[k], mt[k + 1], mt[k + kM - kN]);
    mt[kN - 1] = mix(mt[kN - 1], mt[0], mt[kM - 1]);
    t->index = 0;
  }
  uint32_t y = mt[t->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

TwisterObject* self_twister(VM& vm, CallArgs args, const char* method) {
  if (args.npos > 0 && args[0].is_object() &&
      args[0].as_object()->type->slots.trace == trace_twister) {
    return static_cast<TwisterObject*>(args[0].as_object());
  }
  vm.raise(vm.types.TypeError,
           std::string("descriptor '") + method + "' requires a '_random.Random' object");
}

void seed_from_os(TwisterObject* t) {
  std::vector<uint32_t> key(kN);
  size_t want = key.size() * sizeof(uint32_t);
  auto* bytes = reinterpret_cast<char*>(key.data());
  size_t got = 0;
  while (got < want) {
    ssize_t n = getrandom(bytes + got, want - got, 0);
    if (n <= 0) break;
    got += static_cast<size_t>(n);
  }
  if (got < want) {
    // No entropy source: the clock is better than a fixed stream.
    key.assign({static_cast<uint32_t>(std::time(nullptr)), static_cast<uint32_t>(clock())});
  }
  init_by_array(t, key);
}

void seed(VM& vm, TwisterObject* t, Value arg) {
  if (arg.is_none() || arg.is_undefined()) {
    seed_from_os(t);
    return;
  }
  MpzTemp n;
  if (is_int_value(vm, arg)) {
    IntView v(arg);
    mpz_abs(n.get(), v.get());
  } else {
    // As an unsigned machine word, like a C size_t.
    mpz_set_ui(n.get(), static_cast<uint64_t>(hash_value(vm, arg)));
  }
  size_t words = (mpz_sizeinbase(n.get(), 2) + 31) / 32;
  std::vector<uint32_t> key(words == 0 ? 1 : words, 0);
  mpz_export(key.data(), nullptr, -1, sizeof(uint32_t), 0, 0, n.get());
  init_by_array(t, key);
}

Value random_seed(VM& vm, CallArgs args) {
  TwisterObject* t = self_twister(vm, args, "seed");
  native::no_keywords(vm, args, "seed");
  if (args.npos > 2) {
    vm.raise(vm.types.TypeError,
             "seed expected at most 1 argument, got " + std::to_string(args.npos - 1));
  }
  seed(vm, t, args.npos == 2 ? args[1] : Value::none());
  return Value::none();
}

Value random_random(VM& vm, CallArgs args) {
  TwisterObject* t = self_twister(vm, args, "random");
  native::no_keywords(vm, args, "random");
  if (args.npos != 1) {
    vm.raise(vm.types.TypeError,
             "Random.random() takes no arguments (" + std::to_string(args.npos - 1) + " given)");
  }
  // 53 random bits: 27 from one word and 26 from the next.
  double a = next_word(t) >> 5;
  double b = next_word(t) >> 6;
  return Value::from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Value random_getrandbits(VM& vm, CallArgs args) {
  TwisterObject* t = self_twister(vm, args, "getrandbits");
  native::no_keywords(vm, args, "getrandbits");
  if (args.npos != 2) {
    vm.raise(vm.types.TypeError, "Random.getrandbits() takes exactly one argument (" +
                                     std::to_string(args.npos - 1) + " given)");
  }
  int64_t k = index_value(vm, args[1]);
  if (k < 0) vm.raise(vm.types.ValueError, "number of bits must be non-negative");
  if (k == 0) return Value::from_small_int(0);
  if (k <= 32) return vm.make_int(static_cast<int64_t>(next_word(t) >> (32 - k)));
  // Whole words, least significant first; the last one keeps only its top bits.
  std::vector<uint32_t> words(static_cast<size_t>((k - 1) / 32 + 1));
  for (uint32_t& w : words) {
    uint32_t r = next_word(t);
    if (k < 32) r >>= (32 - k);
    w = r;
    k -= 32;
  }
  MpzTemp n;
  mpz_import(n.get(), words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
  return vm.make_int(n.get());
}

Value random_getstate(VM& vm, CallArgs args) {
  TwisterObject* t = self_twister(vm, args, "getstate");
  native::no_keywords(vm, args, "getstate");
  TupleObject* state = vm.new_tuple(kN + 1);
  for (int i = 0; i < kN; ++i) state->items[i] = Value::from_small_int(t->state[i]);
  state->items[kN] = Value::from_small_int(t->index);
  return obj(state);
}

Value random_setstate(VM& vm, CallArgs args) {
  TwisterObject* t = self_twister(vm, args, "setstate");
  native::no_keywords(vm, args, "setstate");
  if (args.npos != 2) {
    vm.raise(vm.types.TypeError, "Random.setstate() takes exactly one argument (" +
                                     std::to_string(args.npos - 1) + " given)");
  }
  if (!vm.type_of(args[1])->has_flag(kTypeTupleSubclass)) {
    vm.raise(vm.types.TypeError, "state vector must be a tuple");
  }
  auto* state = static_cast<TupleObject*>(args[1].as_object());
  if (state->size != kN + 1) vm.raise(vm.types.ValueError, "state vector is the wrong size");
  uint32_t words[kN];
  for (int i = 0; i < kN; ++i) {
    Value item = state->items[i];
    if (!is_int_value(vm, item)) {
      vm.raise(vm.types.TypeError, "'" + std::string(type_name(vm, item)) +
                                       "' object cannot be interpreted as an integer");
    }
    IntView v(item);
    if (mpz_sgn(v.get()) < 0) {
      vm.raise(vm.types.OverflowError, "can't convert negative int to unsigned");
    }
    if (!mpz_fits_ulong_p(v.get())) {
      vm.raise(vm.types.OverflowError, "Python int too large to convert to C unsigned long");
    }
    words[i] = static_cast<uint32_t>(mpz_get_ui(v.get()));
  }
  int64_t index = index_value(vm, state->items[kN]);
  if (index < 0 || index > kN) vm.raise(vm.types.ValueError, "invalid state");
  std::copy(words, words + kN, t->state);
  t->index = static_cast<int>(index);
  return Value::none();
}

// _random.Random(seed=None)
Value construct_twister(VM& vm, Type* type, CallArgs args) {
  native::no_keywords(vm, args, "Random");
  if (args.npos > 1) {
    vm.raise(vm.types.TypeError,
             "Random() expected at most 1 argument, got " + std::to_string(args.npos));
  }
  auto* t = vm.allocate<TwisterObject>(type);
  Rooted keep(vm, obj(t));
  seed(vm, t, args.npos == 1 ? args[0] : Value::none());
  return obj(t);
}

void init_random(VM& vm, ModuleObject* m) {
  Type* t = native::new_module_type(vm, m, "Random");
  t->slots.trace = trace_twister;
  t->slots.construct = construct_twister;
  vm.add_method(t, "seed", random_seed);
  vm.add_method(t, "random", random_random);
  vm.add_method(t, "getrandbits", random_getrandbits);
  vm.add_method(t, "getstate", random_getstate);
  vm.add_method(t, "setstate", random_setstate);
  native::add_value(vm, m, "Random", obj(t));
}

}  // namespace

void install_random_module(VM& vm) {
  vm.native_modules["_random"] = init_random;
}

}  // namespace ember
