// The `hashlib` module on OpenSSL's libcrypto (EVP digests): md5, sha1, the sha2 and sha3
// families, blake2b/blake2s (default parameters) and shake_128/shake_256, as hash objects
// with update, digest, hexdigest and copy.
#include <openssl/evp.h>

#include <cctype>
#include <memory>
#include <string>

#include "builtins/lazy_library.h"
#include "builtins/native_module.h"
#include "builtins/native_stdlib.h"
#include "vm/bytes_object.h"
#include "vm/ops.h"
#include "vm/set_object.h"

namespace ember {

namespace {

using native::obj;

struct Algorithm {
  const char* name;                // the Python name
  const char* openssl;             // OpenSSL's name
  const char* constructor_prefix;  // for argument errors: openssl_md5()
  int kind;                        // 0: HASH, 1: blake2, 2: HASHXOF (shake)
};

constexpr Algorithm kAlgorithms[] = {
    {"md5", "MD5", "openssl_", 0},       {"sha1", "SHA1", "openssl_", 0},
    {"sha224", "SHA224", "openssl_", 0}, {"sha256", "SHA256", "openssl_", 0},
    {"sha384", "SHA384", "openssl_", 0}, {"sha512", "SHA512", "openssl_", 0},
    {"sha3_224", "SHA3-224", "", 0},     {"sha3_256", "SHA3-256", "", 0},
    {"sha3_384", "SHA3-384", "", 0},     {"sha3_512", "SHA3-512", "", 0},
    {"blake2b", "BLAKE2B-512", "", 1},   {"blake2s", "BLAKE2S-256", "", 1},
    {"shake_128", "SHAKE128", "", 2},    {"shake_256", "SHAKE256", "", 2},
};

// libcrypto's functions, loaded the first time a hash is made.
struct Crypto {
  decltype(&EVP_MD_CTX_new) MD_CTX_new;
  decltype(&EVP_MD_CTX_free) MD_CTX_free;
  decltype(&EVP_MD_CTX_copy_ex) MD_CTX_copy_ex;
  decltype(&EVP_MD_CTX_get0_md) MD_CTX_get0_md;
  decltype(&EVP_get_digestbyname) get_digestbyname;
  decltype(&EVP_DigestInit_ex) DigestInit_ex;
  decltype(&EVP_DigestUpdate) DigestUpdate;
  decltype(&EVP_DigestFinal_ex) DigestFinal_ex;
  decltype(&EVP_DigestFinalXOF) DigestFinalXOF;
  decltype(&EVP_MD_get_size) MD_get_size;
  decltype(&EVP_MD_get_block_size) MD_get_block_size;
};
// Complete once crypto() has returned; a hash object's context can only exist after that.
Crypto loaded_crypto;

const Crypto& crypto(VM& vm) {
  static LazyLibrary library(EMBER_LIBCRYPTO_FILE);
  if (!loaded_crypto.MD_get_block_size) {
    Crypto c;
#define EMBER_LOAD(field) c.field = library.function<decltype(c.field)>(vm, "EVP_" #field)
    EMBER_LOAD(MD_CTX_new);
    EMBER_LOAD(MD_CTX_free);
    EMBER_LOAD(MD_CTX_copy_ex);
    EMBER_LOAD(MD_CTX_get0_md);
    EMBER_LOAD(get_digestbyname);
    EMBER_LOAD(DigestInit_ex);
    EMBER_LOAD(DigestUpdate);
    EMBER_LOAD(DigestFinal_ex);
    EMBER_LOAD(DigestFinalXOF);
    EMBER_LOAD(MD_get_size);
    EMBER_LOAD(MD_get_block_size);
#undef EMBER_LOAD
    loaded_crypto = c;
  }
  return loaded_crypto;
}

struct HashObject : Object {
  EVP_MD_CTX* context;
  const Algorithm* algorithm;
};

void finalize_hash(VM&, Object* self) {
  auto* h = static_cast<HashObject*>(self);
  if (h->context) loaded_crypto.MD_CTX_free(h->context);
  h->context = nullptr;
}

HashObject* self_hash(VM& vm, CallArgs args, const char* method) {
  if (args.npos > 0 && args[0].is_object() &&
      args[0].as_object()->type->slots.finalize == finalize_hash) {
    return static_cast<HashObject*>(args[0].as_object());
  }
  vm.raise(vm.types.TypeError, std::string("descriptor '") + method + "' requires a hash object");
}

std::string type_text(HashObject* h) {
  return std::string(h->type->name->view());
}

[[noreturn]] void openssl_failure(VM& vm) {
  vm.raise(vm.types.ValueError, "OpenSSL digest operation failed");
}

// The bytes of a bytes-like argument.
std::string_view buffer_of(VM& vm, Value data) {
  if (is_bytes(vm, data)) return static_cast<BytesObject*>(data.as_object())->view();
  if (is_bytearray(vm, data)) return static_cast<ByteArrayObject*>(data.as_object())->view();
  if (native::as_str(vm, data)) {
    vm.raise(vm.types.TypeError, "Strings must be encoded before hashing");
  }
  vm.raise(vm.types.TypeError, "object supporting the buffer API required");
}

void feed(VM& vm, HashObject* h, Value data) {
  std::string_view bytes = buffer_of(vm, data);
  if (crypto(vm).DigestUpdate(h->context, bytes.data(), bytes.size()) != 1) openssl_failure(vm);
}

HashObject* new_hash(VM& vm, Type* type, const Algorithm* algorithm) {
  const Crypto& c = crypto(vm);
  auto* h = vm.allocate<HashObject>(type);
  h->algorithm = algorithm;
  h->context = c.MD_CTX_new();
  const EVP_MD* md = c.get_digestbyname(algorithm->openssl);
  if (!h->context || !md || c.DigestInit_ex(h->context, md, nullptr) != 1) {
    openssl_failure(vm);
  }
  return h;
}

// ---- hash object methods

void no_arguments(VM& vm, CallArgs args, HashObject* h, const char* method) {
  native::no_keywords(vm, args, type_text(h) + "." + method);
  if (args.npos != 1) {
    vm.raise(vm.types.TypeError, type_text(h) + "." + method + "() takes no arguments (" +
                                     std::to_string(args.npos - 1) + " given)");
  }
}

Value hash_update(VM& vm, CallArgs args) {
  HashObject* h = self_hash(vm, args, "update");
  native::no_keywords(vm, args, type_text(h) + ".update");
  if (args.npos != 2) {
    vm.raise(vm.types.TypeError, type_text(h) + ".update() takes exactly one argument (" +
                                     std::to_string(args.npos - 1) + " given)");
  }
  feed(vm, h, args[1]);
  return Value::none();
}

// The digest of everything fed so far; the object itself can go on being updated. The
// arguments are checked before the context is copied: a raise must not leak the copy.
std::string final_digest(VM& vm, CallArgs args, const char* method) {
  HashObject* h = self_hash(vm, args, method);
  int64_t length = 0;
  if (h->algorithm->kind == 2) {
    Value length_arg[1];
    native::bind(vm, CallArgs{args.values + 1, args.npos - 1, args.kwnames},
                 {method, {"length"}, 0, 1, 1}, length_arg);
    length = index_value(vm, length_arg[0]);
    if (length < 0) vm.raise(vm.types.ValueError, "length must be non-negative");
  } else {
    no_arguments(vm, args, h, method);
  }
  const Crypto& c = crypto(vm);
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> copy(c.MD_CTX_new(), c.MD_CTX_free);
  if (!copy || c.MD_CTX_copy_ex(copy.get(), h->context) != 1) openssl_failure(vm);
  std::string out;
  bool ok;
  if (h->algorithm->kind == 2) {
    out.resize(static_cast<size_t>(length));
    ok = length == 0 || c.DigestFinalXOF(copy.get(), reinterpret_cast<unsigned char*>(out.data()),
                                         out.size()) == 1;
  } else {
    unsigned char buffer[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    ok = c.DigestFinal_ex(copy.get(), buffer, &size) == 1;
    out.assign(reinterpret_cast<char*>(buffer), size);
  }
  if (!ok) openssl_failure(vm);
  return out;
}

Value hash_digest(VM& vm, CallArgs args) {
  return obj(new_bytes(vm, final_digest(vm, args, "digest")));
}

Value hash_hexdigest(VM& vm, CallArgs args) {
  std::string digest = final_digest(vm, args, "hexdigest");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  for (unsigned char c : digest) {
    text += kHex[c >> 4];
    text += kHex[c & 15];
  }
  return obj(vm.new_str(text));
}

Value hash_copy(VM& vm, CallArgs args) {
  HashObject* h = self_hash(vm, args, "copy");
  no_arguments(vm, args, h, "copy");
  HashObject* c = new_hash(vm, h->type, h->algorithm);
  if (crypto(vm).MD_CTX_copy_ex(c->context, h->context) != 1) openssl_failure(vm);
  return obj(c);
}

Value hash_getattr(VM& vm, Value self, StrObject* name) {
  auto* h = static_cast<HashObject*>(self.as_object());
  std::string_view n = name->view();
  const Crypto& c = crypto(vm);
  const EVP_MD* md = c.MD_CTX_get0_md(h->context);
  if (n == "name") return obj(vm.new_str(h->algorithm->name));
  if (n == "digest_size") return vm.make_int(h->algorithm->kind == 2 ? 0 : c.MD_get_size(md));
  if (n == "block_size") return vm.make_int(c.MD_get_block_size(md));
  Value v = generic_get_attribute(vm, self, name);
  if (v.is_undefined()) {
    vm.raise(vm.types.AttributeError, "'" + std::string(h->type->name->view()) +
                                          "' object has no attribute '" + std::string(n) + "'");
  }
  return v;
}

Value hash_repr(VM& vm, Value self) {
  auto* h = static_cast<HashObject*>(self.as_object());
  char address[32];
  std::snprintf(address, sizeof address, "%p", static_cast<void*>(h));
  return obj(vm.new_str("<" + std::string(h->algorithm->name) + " " +
                        std::string(h->type->module->view()) + "." + type_text(h) + " object @ " +
                        address + ">"));
}

// ---- constructors

const Algorithm* find_algorithm(std::string_view name) {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const Algorithm& a : kAlgorithms) {
    if (lower == a.name) return &a;
  }
  return nullptr;
}

Value make(VM& vm, const Algorithm* a, Value data) {
  Value module = dict_get_str(vm, vm.modules, vm.name("hashlib"));
  auto* m = static_cast<ModuleObject*>(module.as_object());
  static constexpr const char* kTypeNames[] = {"HASH", "blake2b", "HASHXOF"};
  std::string type_name = a->kind == 1 ? a->name : kTypeNames[a->kind];
  Value type = dict_get_str(vm, m->dict, vm.intern("_type_" + type_name));
  HashObject* h = new_hash(vm, static_cast<Type*>(type.as_object()), a);
  if (!data.is_undefined()) {
    Rooted keep(vm, obj(h));
    feed(vm, h, data);
  }
  return obj(h);
}

template <size_t I>
Value construct(VM& vm, CallArgs args) {
  const Algorithm* a = &kAlgorithms[I];
  std::string function = std::string(a->constructor_prefix) + a->name;
  const char* data_name = a->kind == 0 && a->constructor_prefix[0] ? "string" : "data";
  Value v[2];
  native::bind(vm, args, {function, {data_name, "usedforsecurity"}, 0, 1, 0}, v);
  return make(vm, a, v[0]);
}

template <size_t... I>
void add_constructors(VM& vm, ModuleObject* m, std::index_sequence<I...>) {
  (native::add_function(vm, m, kAlgorithms[I].name, construct<I>), ...);
}

Value hashlib_new(VM& vm, CallArgs args) {
  Value v[3];
  native::bind(vm, args, {"__hash_new", {"name", "data", "usedforsecurity"}, 0, 2, 1}, v);
  StrObject* name = native::as_str(vm, v[0]);
  if (!name) vm.raise(vm.types.TypeError, "name must be a string");
  const Algorithm* a = find_algorithm(name->view());
  if (!a) vm.raise(vm.types.ValueError, "unsupported hash type " + std::string(name->view()));
  return make(vm, a, v[1]);
}

void init_hashlib(VM& vm, ModuleObject* m) {
  for (const char* type_name : {"HASH", "HASHXOF", "blake2b", "blake2s"}) {
    Type* t = vm.new_type(type_name, vm.types.object, 0);
    t->module = vm.intern(type_name[0] == 'b' ? "_blake2" : "_hashlib");
    t->slots.construct = nullptr;
    t->slots.finalize = finalize_hash;
    t->slots.getattr = hash_getattr;
    t->slots.repr = hash_repr;
    vm.add_method(t, "update", hash_update);
    vm.add_method(t, "digest", hash_digest);
    vm.add_method(t, "hexdigest", hash_hexdigest);
    vm.add_method(t, "copy", hash_copy);
    native::add_value(vm, m, std::string("_type_") + type_name, obj(t));
  }
  add_constructors(vm, m, std::make_index_sequence<std::size(kAlgorithms)>());
  native::add_function(vm, m, "new", hashlib_new);
  for (const char* set_name : {"algorithms_guaranteed", "algorithms_available"}) {
    SetObject* names = new_set_object(vm, vm.types.set);
    native::add_value(vm, m, set_name, obj(names));
    for (const Algorithm& a : kAlgorithms) set_add(vm, names, obj(vm.intern(a.name)));
  }
}

}  // namespace

void install_hashlib_module(VM& vm) {
  vm.native_modules["hashlib"] = init_hashlib;
}

}  // namespace ember
