// Private: the checker and typed-code generator shared by static_*.cpp. Each fn body is
// checked and compiled in one walk: every expression is type-checked and its code emitted
// together, diagnostics are collected as they are found, and a module with any diagnostic
// is never run (its code is dropped).
#pragma once
#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/stack_budget.h"
#include "frontend/static_compiler.h"
#include "frontend/static_types.h"
#include "vm/code_object.h"
#include "vm/object.h"

namespace ember::static_impl {

// A compile-time value: what literals and `alias` names fold to. Integer literals keep
// 128 bits so that `IntLiteral` arithmetic is exact until it meets `Int`.
struct Literal {
  StaticType type = StaticType::Error;  // IntLiteral, FloatLiteral, Bool, String, DType, TypeValue,
                                        // FnValue (s: the fn's name) or a Tuple type
  // The type of a TypeValue; for an IntLiteral, the type it is by default (Int8 for Int8.MAX).
  StaticType named = StaticType::Error;
  __int128 i = 0;
  double f = 0;
  bool b = false;
  std::string s;
  // A Tuple (type: the Tuple type the alias materialises as): the value of each field.
  std::vector<Literal> fields;
};

// The type a literal has once it is a value of its own (`var x = lit`, a Tuple field):
// IntLiteral is Int, FloatLiteral Float64, a string StringLiteral; Error for types and
// DTypes.
StaticType literal_value_type(const Literal& l);
// v as a compile-time value of type t (an Int wrapped to 64 bits, an IntLiteral as a
// Float64...); nullopt when t holds no such value at compile time. Error: v's own type.
std::optional<Literal> comptime_value_of_type(const Literal& v, StaticType t);

// How a method receives `self`.
enum class SelfKind : uint8_t {
  None,   // a free fn or a @staticmethod
  Read,   // `self` / `read self` / `borrowed self`: a copy of the slots
  Mut,    // `inout self` / `mut self`: copied in, and back out after the call
  Out,    // `out self` (or `inout self` in __init__): the constructor builds and returns it
  Owned,  // `owned self` / `var self` / `deinit self`: the method takes the value over
};

// Whether a value of type `from` is one of type `to` as it is: a StringLiteral is a String,
// and so a Tuple of StringLiteral fields is the Tuple of String ones.
bool literal_converts(StaticType from, StaticType to);

// A Set of DTypes or a Dict keyed by them: its Python object holds DType codes, whose
// text is not the DTypes'.
bool holds_dtype_codes(StaticType t);
// The comparison `kind` of two DTypes: ==, != and their spellings `is`, `is not`.
std::optional<CompareOp> dtype_compare_op(ast::CmpOpKind kind);

// count_leading_zeros, count_trailing_zeros, pop_count, bit_width and is_power_of_two (of
// the bit module) of the Int `x`, its 64 bits; nullopt for the bit module's other names.
std::optional<Literal> fold_bit_query(std::string_view name, const Literal& x);

// Decimal text of an integer literal's value.
std::string int128_text(__int128 v);

// The signature of a fn or method. Calling convention: the argument registers hold the
// flattened slots of self (Read, Mut) and then of each parameter; the result registers hold
// the slots of self (Mut, Out), then of each `mut` parameter, then of the result
// (ReturnMulti when more than one).
struct FnSignature {
  const ast::FnDef* def = nullptr;
  std::string_view name;
  std::vector<std::string_view> param_names;
  std::vector<StaticType> params;
  // `mut`/`inout` parameters: copied in, and returned after self so that the caller writes
  // them back (as for `mut self`).
  std::vector<bool> param_mut;
  // `owned`/`var` parameters: the callee owns its argument (a List argument is copied unless
  // transferred with `^`).
  std::vector<bool> param_owned;
  // Each parameter's default value (a literal or None), nullptr when the caller must pass it.
  std::vector<const ast::Expr*> param_defaults;
  // An instance of a generic fn: its value parameters (seen as aliases by the body) and
  // type parameters (seen by annotations).
  std::unordered_map<std::string_view, Literal> param_values;
  std::unordered_map<std::string_view, StaticType> type_args;
  StaticType result = StaticType::NoneType;
  StaticType self_type = StaticType::Error;  // the struct of a method
  SelfKind self_kind = SelfKind::None;
  CodeObject* code = nullptr;
};

// A compile-time parameter of a generic fn: a value (`n: Int`) or a type (`T: Trait`).
struct ParamDecl {
  const ast::Arg* decl = nullptr;
  std::string_view name;
  bool is_type = false;
  StaticType value_type = StaticType::Error;  // value parameters
  std::string_view constraint;                // type parameters: the trait named
  const ast::Expr* default_value = nullptr;
  const ast::FnType* fn_type = nullptr;  // a parameter naming a fn (value_type FnValue)
};

struct GenericFn {
  const ast::FnDef* def = nullptr;
  std::vector<ParamDecl> params;
  StaticType owner = StaticType::Error;  // the struct of a generic method
};

// A struct with its fields laid out inline: each scalar field is one register slot (raw for
// Int/Float64/Bool, a Value for String); a struct field contributes its own slots.
struct StructField {
  std::string_view name;
  StaticType type = StaticType::Error;
  uint32_t offset = 0;  // first slot
};

struct StructInfo {
  const ast::StructDef* def = nullptr;
  std::string_view name;
  std::vector<StructField> fields;
  std::vector<bool> slot_is_value;  // per slot: holds a Value
  bool fieldwise_init = false;      // @value / @fieldwise_init: Name(field values...)
  // An instance of a generic struct: its name ("Name[Int, 4]") and parameters, which its
  // fields and methods see as aliases and types.
  std::string instance_name;
  std::unordered_map<std::string_view, Literal> param_values;
  std::unordered_map<std::string_view, StaticType> type_args;
  bool laid_out = false;
  bool laying_out = false;
  int8_t managed = -1;  // ModuleContext::managed, once known
  std::unordered_map<std::string_view, FnSignature> methods;
  std::unordered_map<std::string_view, GenericFn> generic_methods;  // `fn m[params](self...)`
  std::unordered_set<std::string_view> traits;                      // named in its declaration
  const StructField* field(std::string_view name) const {
    for (const StructField& f : fields) {
      if (f.name == name) return &f;
    }
    return nullptr;
  }
};

class FnCompiler;

struct Local {
  std::string_view name;
  StaticType type = StaticType::Error;
  uint16_t reg = 0;
  uint32_t index = 0;  // in the definite-initialisation state
  // `out self` only: the state entries of its top-level fields, from index + 1 on.
  bool tracks_fields = false;
  bool is_let = false;
  bool read_only = false;  // a read (borrowed) argument
  uint32_t depth = 0;      // the number of scopes open where it was declared
  // It owns a managed value, which it destroys after its last use (static_lifecycle.cpp);
  // a nameless local owns a temporary.
  bool destroys = false;
  bool open = true;  // its scope has not ended
  // A nested fn (a closure): not a value; each call compiles its body in place
  // (static_closure.cpp).
  const ast::FnDef* closure = nullptr;
};

using AliasScopes = std::vector<std::unordered_map<std::string_view, Literal>>;

// `struct Name[params]`: instantiated once per parameter values named in a type.
struct GenericStruct {
  const ast::StructDef* def = nullptr;
  std::vector<ParamDecl> params;
};

class ParameterBinding;

// The indices of `x[i]` or `x[i, j]`.
std::vector<ast::Expr*> item_indices(const ast::Subscript* s);

// What the module offers fn bodies: its fns, its aliases, and the diagnostics sink.
class ModuleContext {
 public:
  ModuleContext(VM& vm, const SourceFile& source)
      : vm(vm),
        source(source),
        stack_base(stack_address()),
        stack_limit(stack_budget(stack_base)) {}
  void error(const ast::Node* at, std::string message);
  // Folds a compile-time expression (literals, operators on them, alias names); nullopt
  // when `e` is not one. Reports overflow and division by zero at `e`.
  // `scopes`: the fn's alias scopes, searched innermost first before the module's.
  // `is_local` says which names are variables (they shadow aliases and never fold). A
  // foldable expression whose computation fails (overflow, division by zero) folds to a
  // Literal of type Error whose `s` is the message, reported where it is materialised.
  std::optional<Literal> fold(const ast::Expr* e, const AliasScopes* scopes,
                              const std::function<bool(std::string_view)>& is_local);
  // `self_type`: what `Self` means (a struct inside its methods; Error elsewhere).
  StaticType annotation_type(const ast::Expr* annotation, StaticType self_type = StaticType::Error);
  // The layout SIMD[dtype, width] or Scalar[dtype] names, its parameters folded with the
  // aliases in scope; nullopt after a diagnostic.
  // `scopes`: the aliases its parameters may name.
  std::optional<SimdType> simd_parameters(const ast::Subscript* s, bool scalar,
                                          const AliasScopes* scopes);
  // The value of `alias name = e`: a compile-time constant (fold), a Tuple of them, or a
  // type (Float32, a struct, SIMD[DType.float32, 4], List[Int]).
  std::optional<Literal> fold_alias(const ast::Expr* e, const AliasScopes* scopes,
                                    const std::function<bool(std::string_view)>& is_local);
  // simdwidthof[T](), sizeof[T](), os_is_linux() ... (static_compiler.cpp); nullopt for
  // other calls.
  // `(a, b, ...)` of compile-time constants (and `String(literal)`) as an alias value.
  std::optional<Literal> fold_tuple(const ast::Sequence* t, const AliasScopes* scopes,
                                    const std::function<bool(std::string_view)>& is_local);
  std::optional<Literal> fold_sys_query(const ast::Call* c, const AliasScopes* scopes,
                                        const std::function<bool(std::string_view)>& is_local);
  // `fn(args)` in an alias value: the fn run at compile time (static_comptime.cpp); a
  // Literal of type Error says why it cannot, nullopt when fn is not a plain module fn.
  std::optional<Literal> comptime_call(const ast::Call* c, const FnSignature& fn,
                                       const AliasScopes* scopes,
                                       const std::function<bool(std::string_view)>& is_local);
  // `StringLiteral.get[v]()`: the text String(v) gives, as a literal; nullopt for other
  // calls. comptime_text: that text, nullopt when v has no compile-time text.
  std::optional<Literal> fold_literal_get(const ast::Call* c, const AliasScopes* scopes,
                                          const std::function<bool(std::string_view)>& is_local);
  std::optional<std::string> comptime_text(const ast::Expr* e, const AliasScopes* scopes,
                                           const std::function<bool(std::string_view)>& is_local);
  // The text of the SIMD vector `SIMD[...](args)` of `layout` built by the call c.
  std::optional<std::string> comptime_simd_text(
      const ast::Call* c, SimdType layout, const AliasScopes* scopes,
      const std::function<bool(std::string_view)>& is_local);
  // Above 0 while an alias value is folded: calls of the module's fns run at compile time.
  int comptime_calls = 0;
  // The compile-time calls nested now, and the statements the outermost one has run.
  int comptime_depth = 0;
  uint64_t comptime_steps = 0;
  // `x op= v` of a compile-time call as the BinOp `x op v`, written once per statement.
  std::unordered_map<const ast::AugAssign*, ast::BinOp*> comptime_updates;
  // Dict[K, V] as a type, K and V checked.
  StaticType dict_annotation(const ast::Subscript* s, StaticType self_type);
  // Set[T] as a type, T checked.
  StaticType set_annotation(const ast::Subscript* s, StaticType self_type);
  // Tuple[fields...] or (fields...) as a type.
  StaticType tuple_annotation(const ast::Node* at, const std::vector<const ast::Expr*>& elements,
                              StaticType self_type = StaticType::Error);
  // The first slot of field `field` of the Tuple type t.
  uint32_t tuple_offset(StaticType t, size_t field);
  // UnsafePointer[pointee], the pointee checked (raw slots only).
  StaticType pointer_type(const ast::Expr* pointee, StaticType self_type = StaticType::Error);
  // The bytes a pointee of type t takes in raw memory (Bool 1, SIMD packed, else 8 per slot).
  uint32_t pointee_bytes(StaticType t);
  // List[element]: the element's type checked as a List element.
  StaticType list_type(const ast::Expr* element, StaticType self_type = StaticType::Error);
  StructInfo* struct_info(StaticType t);
  // The register kinds (true: a Value) of a value of type t: one per slot.
  std::vector<bool> slot_kinds(StaticType t);
  uint32_t slot_count(StaticType t) { return static_cast<uint32_t>(slot_kinds(t).size()); }
  std::string type_name(StaticType t);
  // Lays out a struct's fields (after all struct names are known); false on a cycle.
  bool lay_out(StructInfo& s);
  // ---- lifecycle (static_lifecycle.cpp)
  // A struct with __copyinit__, __moveinit__ or __del__, or with a field of such a type.
  bool managed(StaticType t);
  // Whether a value of type t may be copied (a managed struct needs a __copyinit__, or
  // @value / Copyable for the synthesised field-by-field copy when it has its own
  // __moveinit__ or __del__).
  bool copyable(StaticType t);
  // A diagnostic at `at` when t is managed and `what` (a List element...) cannot hold it yet.
  bool check_not_managed(const ast::Node* at, StaticType t, const char* what);

  VM& vm;
  const SourceFile& source;
  // Expressions the checker writes itself (static_dunder.cpp), alive as long as the module.
  Arena synthesized_nodes;
  std::vector<Diagnostic> diagnostics;
  std::unordered_map<std::string_view, FnSignature> functions;
  std::unordered_map<std::string_view, Literal> aliases;
  std::vector<std::unique_ptr<StructInfo>> structs;
  // Registers a new struct; its type (Error after a diagnostic when there are too many).
  StaticType add_struct(const ast::Node* at, std::unique_ptr<StructInfo> info);
  std::unordered_map<std::string_view, StaticType> struct_types;
  std::unordered_map<std::string_view, const ast::StructDef*> traits;  // kind TraitDef
  std::unordered_map<std::string_view, GenericFn> generics;
  std::unordered_map<std::string_view, GenericStruct> generic_structs;
  std::unordered_map<std::string, StaticType> struct_instances;  // by instance name
  // `Name[params]` (`given`: the bracket's contents, nullptr for `Name` alone) as a type:
  // the instance for those parameter values, declared on first use.
  StaticType struct_instance(const ast::Node* at, const GenericStruct& g, const ast::Expr* given);
  // The instance for the parameters `binding` holds.
  StaticType struct_instance(const ast::Node* at, const GenericStruct& g,
                             ParameterBinding& binding);
  // The fn and method bodies still to compile, with the struct each belongs to; instances
  // of generic structs add theirs while others compile.
  std::vector<std::pair<FnSignature*, StaticType>> pending_bodies;
  // Instances of generic fns by "name[parameters]".
  std::unordered_map<std::string, std::unique_ptr<FnSignature>> instances;
  // The type parameters of the instance being declared or compiled, innermost last.
  std::vector<std::unordered_map<std::string_view, StaticType>> type_params;
  int instantiation_depth = 0;
  std::unordered_set<std::string> reported;
  // The aliases (and parameter values) visible to the annotation being resolved: the
  // fn's alias scopes while a body is compiled, an instance's parameters while its
  // signature is declared.
  const AliasScopes* active_aliases = nullptr;
  // Names the module imports from `math` (`from math import sqrt as root`: root -> sqrt),
  // and the names it binds the math module to (`import math`).
  std::unordered_map<std::string_view, std::string_view> math_functions;
  // Pointer origins: the name of each variable an origin number stands for, and the fn body
  // being compiled, which numbers its variables (`__origin_of(x)`; nullptr outside bodies).
  std::unordered_map<uint16_t, std::string> origin_names;
  FnCompiler* body = nullptr;
  StaticType reference_annotation(const ast::Subscript* s, StaticType self_type);
  std::unordered_set<std::string_view> math_modules;
  // Names the module imports from `bit` (their own names -> the bit function); they fold
  // at compile time.
  std::unordered_map<std::string_view, std::string_view> bit_functions;
  // Names the module imports from `testing` (their own names -> the testing function).
  std::unordered_map<std::string_view, std::string_view> testing_functions;
  // The names the module's Python code binds at its top level (def functions, classes,
  // imports, variables): fn code may call and read them as `object` values.
  std::unordered_set<std::string_view> python_globals;
  void collect_python_globals(const ast::Module* module);
  // Nesting of the expression being folded or compiled; deeper than kMaxNesting is a
  // diagnostic, not a native stack overflow.
  static constexpr int kMaxNesting = 1000;
  int nesting = 0;
  // The stack the checker may use below where it started (expression nesting in sanitized
  // builds uses several times the stack of a release build).
  uintptr_t stack_base;
  size_t stack_limit;
};

// Bytes in one vector register of this CPU (64 with AVX-512, 32 with AVX, else 16).
uint32_t native_vector_bytes();

// Traits that every struct of scalar fields satisfies as it is (register copies are its
// copy and move).
const std::unordered_map<std::string_view, bool>& known_traits();
// Builtin traits that require methods of a struct (EqualityComparable, Stringable, ...).
bool is_operation_trait(std::string_view name);
// Whether Set[t] is supported in fn code (static_set.cpp).
bool set_element_type(StaticType t);
// Checks the signatures of __copyinit__, __moveinit__ and __del__ (static_lifecycle.cpp).
bool check_lifecycle_signature(ModuleContext& m, const ast::FnDef* def, const FnSignature& sig);
// Checks a fn's or method's declaration and records its signature; false after a
// diagnostic that makes its body impossible to check. `owner` is the struct of a method.
bool declare_signature(ModuleContext& m, const ast::FnDef* def, FnSignature& sig, StaticType owner);
// A fresh typed code object for `sig` (its body is compiled later); `owner` names the
// struct of a method.
CodeObject* new_typed_code(ModuleContext& m, const FnSignature& sig, std::string_view owner);
// The bodies still to compile: each signature with the struct it belongs to.
using PendingBodies = std::vector<std::pair<FnSignature*, StaticType>>;

// ---- compile-time parameters (static_params.cpp)
// The parameters `[...]` of the generic fn or struct `name` (declared at `owner`).
std::vector<ParamDecl> declare_parameters(ModuleContext& m, const ast::Node* owner,
                                          std::string_view name, const ast::Arguments* a);
void declare_generic(ModuleContext& m, const ast::FnDef* def);

// The values and types bound to the parameters of one use of a generic fn or struct.
class ParameterBinding {
 public:
  ParameterBinding(ModuleContext& m, std::string owner, const std::vector<ParamDecl>& params,
                   const AliasScopes* scopes, std::function<bool(std::string_view)> is_local)
      : m_(m),
        owner_(std::move(owner)),
        params_(params),
        scopes_(scopes),
        is_local_(std::move(is_local)) {}
  // The parameters in brackets (a tuple of them, one, or nullptr), by position or name.
  bool bind_given(const ast::Node* at, const ast::Expr* given);
  bool bind_type(const ParamDecl& p, StaticType t, const ast::Node* at);
  bool bind_value(const ParamDecl& p, const ast::Expr* e);
  bool bind_function(const ParamDecl& p, const ast::Expr* e, const Literal& fn);
  // Defaults for the parameters still unbound; a diagnostic for one without a default.
  bool bind_defaults(const ast::Node* at);
  bool bound(const ParamDecl& p) const {
    return p.is_type ? types.count(p.name) != 0 : values.count(p.name) != 0;
  }
  // "owner[values...]": the key of the instance.
  std::string instance_name();
  std::unordered_map<std::string_view, Literal> values;
  std::unordered_map<std::string_view, StaticType> types;

 private:
  ModuleContext& m_;
  std::string owner_;
  const std::vector<ParamDecl>& params_;
  const AliasScopes* scopes_;
  std::function<bool(std::string_view)> is_local_;
};

// Declares a struct's fields and methods (its method bodies go to m.pending_bodies).
void declare_members(ModuleContext& m, StructInfo& s, StaticType type);

// ---- traits (static_traits.cpp)
void declare_trait(ModuleContext& m, const ast::StructDef* def);
// Checks that struct `s` implements trait `trait` (and the traits it refines): each required
// method is defined with the trait's signature, or the trait's default body is adopted.
void conform(ModuleContext& m, StructInfo& s, StaticType type, const ast::StructDef* trait,
             PendingBodies& bodies);

// Makes `scopes` the aliases annotations see while it lives.
class ActiveAliases {
 public:
  ActiveAliases(ModuleContext& m, const AliasScopes* scopes) : m_(m), saved_(m.active_aliases) {
    m.active_aliases = scopes;
  }
  ~ActiveAliases() { m_.active_aliases = saved_; }
  ActiveAliases(const ActiveAliases&) = delete;
  ActiveAliases& operator=(const ActiveAliases&) = delete;

 private:
  ModuleContext& m_;
  const AliasScopes* saved_;
};

// Makes `types` the type parameters annotations see while it lives (none when empty).
class TypeParameters {
 public:
  TypeParameters(ModuleContext& m, const std::unordered_map<std::string_view, StaticType>& types)
      : m_(m), pushed_(!types.empty()) {
    if (pushed_) m.type_params.push_back(types);
  }
  ~TypeParameters() {
    if (pushed_) m_.type_params.pop_back();
  }
  TypeParameters(const TypeParameters&) = delete;
  TypeParameters& operator=(const TypeParameters&) = delete;

 private:
  ModuleContext& m_;
  bool pushed_;
};

// Counts one level of expression nesting while it lives.
class NestingGuard {
 public:
  explicit NestingGuard(ModuleContext& m) : m_(m) { ++m_.nesting; }
  ~NestingGuard() { --m_.nesting; }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;
  // Folding may go twice as deep as compiling, so that every operand compile() reaches
  // can still be folded.
  bool too_deep(int limit = ModuleContext::kMaxNesting) const {
    return m_.nesting > limit || m_.stack_base - stack_address() > m_.stack_limit;
  }

 private:
  ModuleContext& m_;
};

struct Operand {
  StaticType type = StaticType::Error;
  uint16_t reg = 0;
};

struct JumpLabel {
  int32_t pos = -1;
  std::vector<uint32_t> refs;
};

struct LoopLabels {
  JumpLabel* brk;
  JumpLabel* cont;
  size_t handlers;  // exit actions (FnCompiler::exit_actions_) active where the loop starts
};

// Makes `body` the fn body whose variables Pointer origins name while it lives (nullptr:
// none, for a signature or struct declared while a body is being compiled).
class BodyScope {
 public:
  BodyScope(ModuleContext& m, FnCompiler* body) : m_(m), saved_(m.body) { m.body = body; }
  ~BodyScope() { m_.body = saved_; }
  BodyScope(const BodyScope&) = delete;
  BodyScope& operator=(const BodyScope&) = delete;

 private:
  ModuleContext& m_;
  FnCompiler* saved_;
};

// Checks and compiles one fn body into its CodeObject.
class FnCompiler {
 public:
  FnCompiler(ModuleContext& m, const FnSignature& sig);
  void compile();
  // The origin number `__origin_of(x)` names in this body (nullopt after a diagnostic).
  std::optional<uint16_t> origin_of(const ast::Expr* e);

 private:
  // ---- registers, emission (static_fn.cpp)
  // A register of the given kind at or above the temporary top. A register keeps one kind
  // for the whole function, so the slot map (value_registers) is exact.
  uint16_t temp(bool value_kind);
  // `count` consecutive registers with the given kinds, for call arguments.
  uint16_t temp_block(const std::vector<bool>& value_kinds);
  uint32_t mark() const { return temp_top_; }
  // Locals live above every temporary that was live when they were declared, and are
  // never freed.
  void free_to(uint32_t m) { temp_top_ = std::max(m, locals_floor_); }
  // Registers for a value of type t (one per slot; Value kind for String slots).
  uint16_t temp_for(StaticType t);
  void move(uint16_t dst, uint16_t src, StaticType t);
  bool retarget_last(uint16_t dst, uint16_t src, uint32_t slots = 1);
  uint32_t emit(Instruction ins);
  void emit_jump(Op op, uint16_t reg, uint8_t x, JumpLabel& l);
  void bind(JumpLabel& l);
  uint32_t raw_constant(uint64_t bits);
  // A register holding the raw constant `bits`, loaded once by the fn's prologue.
  uint16_t constant_register(uint64_t bits);
  uint32_t constant(Value v);
  uint32_t name_index(std::string_view name);
  void error(const ast::Node* at, std::string message) { m_.error(at, std::move(message)); }

  // ---- scopes and definite initialisation
  Local* lookup(std::string_view name);
  Local* declare(const ast::Node* at, std::string_view name, StaticType type, bool is_let);
  // `n` new entries of the definite-initialisation state (never reused); the first's index.
  uint32_t new_init_entries(uint32_t n);
  void set_initialized(const Local* l, bool value);
  bool initialized(const Local* l) const;
  std::string quoted(StaticType t) { return "'" + m_.type_name(t) + "'"; }

  // ---- statements (static_fn.cpp)
  void stmts(const Seq<ast::Stmt*>& body);
  void stmt(const ast::Stmt* s);
  void block(const Seq<ast::Stmt*>& body);
  void var_decl(const ast::VarDecl* v);
  void assign(const ast::Assign* a);
  void aug_assign(const ast::AugAssign* a);
  // `for i in reversed(range(...))`; false when s loops over something else.
  bool reversed_range_for(const ast::For* s, const ast::Name* target);
  // An operand of `and`/`or` as a Bool (an Optional's presence, a struct's __bool__ ...).
  // What a Boolable value says where Mojo wants a Bool (`what` names the place).
  Operand truth_value(const ast::Expr* e, const char* what = "a boolean operation");
  // The `else` of a loop, compiled where the loop ends without `break`; `before` is the
  // initialisation state before the loop.
  void loop_else(const Seq<ast::Stmt*>& orelse, const std::vector<char>& before, bool before_dead);
  void if_stmt(const ast::If* s);
  void while_stmt(const ast::While* s);
  void for_stmt(const ast::For* s);
  // The loop of a `for`: R[counter] runs to R[counter + 1] by `step` (R[counter + 2] is
  // free for it; step 0: the step is already in R[counter + 2], known at run time only); `load`
  // writes the loop variable (of type `var_type`) from the counter before each iteration, or the
  // loop variable is the counter when `load` is empty.
  void counted_loop(const ast::For* s, const ast::Name* target, StaticType var_type,
                    uint16_t counter, int64_t step,
                    const std::function<void(uint16_t var, uint16_t counter)>& load);
  void unrolled_for(const ast::For* s, const ast::Name* target, const ast::Call* range);
  void return_stmt(const ast::Return* s);
  // ---- errors (static_raise.cpp)
  void raise_stmt(const ast::Raise* s);
  void try_stmt(const ast::Try* s);
  // Whether the code here may raise: the fn is `raises`, or a `try` catches it. A diagnostic
  // at `at` naming `what` raises otherwise.
  bool may_raise(const ast::Node* at, const std::string& what);
  // Error(message): a new Error value.
  Operand new_error(Operand message);
  void alias_decl(const ast::AliasDecl* a);
  Local* assignable(const ast::Expr* target, bool augmented);
  // A place: a local or a field path of one (`p.x.y`), with its registers.
  struct Place {
    Local* root = nullptr;
    StaticType type = StaticType::Error;
    uint16_t reg = 0;
    int top_field = -1;  // index of the root's field the path starts with, -1 for the root
  };
  std::optional<Place> place(const ast::Expr* e);
  // Checks that `p` may be written (not a `let`, not a read-only argument).
  bool mutable_place(const ast::Node* at, const Place& p);
  void assign_field(const ast::Assign* a);
  void emit_return(uint16_t reg, StaticType type);
  void check_self_initialized(const ast::Node* at);

  // ---- expressions (static_expr.cpp)
  // Checks and compiles `e`; `expected` (or Error for none) is the type the context wants,
  // which literals adapt to. The result may sit in a local's register: do not write it.
  Operand expr(const ast::Expr* e, StaticType expected);
  // As expr, then checks the result has type `want` (literals adapt) and leaves it in `dst`
  // when dst != kNoRegister.
  Operand expr_as(const ast::Expr* e, StaticType want, const char* what);
  // An index of a List or String: an Int, or a Bool (Mojo's Bool is an Indexer).
  Operand index_operand(const ast::Expr* e, const char* what);
  // The implicit conversion of expr_as, of `v` already evaluated from `e`.
  Operand convert_as(const ast::Expr* e, Operand v, StaticType want, const char* what);
  void expr_to(const ast::Expr* e, StaticType want, uint16_t dst, const char* what);
  Operand materialize(const Literal& lit, StaticType expected, const ast::Expr* at);
  Operand binary(const ast::BinOp* b, StaticType expected);
  Operand binary_on(const ast::Node* at, ast::OperatorKind op, Operand l, Operand r);
  Operand unary(const ast::UnaryOp* u, StaticType expected);
  Operand compare(const ast::Compare* c);
  Operand bool_op(const ast::BoolOp* b);
  Operand if_exp(const ast::IfExp* e, StaticType expected);
  Operand call(const ast::Call* c, StaticType expected);
  Operand call_fn(const ast::Call* c, const FnSignature& callee);
  // ---- inlining (static_inline.cpp)
  // Whether a call of `callee` is compiled in place: a small straight-line fn on Int,
  // Float64 and Bool values, not while another call is being inlined.
  bool inlinable(const FnSignature& callee) const;
  // The arguments of a call in parameter order: positional ones, then keywords by name,
  // then defaults (nullopt after a diagnostic; surplus positional ones are kept for
  // call_signature to report).
  std::optional<std::vector<const ast::Expr*>> bind_arguments(const ast::Call* c,
                                                              const FnSignature& callee);
  Operand inline_call(const ast::Call* c, const FnSignature& callee);
  // A call of a generic fn: its parameters from `explicit_params` (the `[...]` of the call,
  // or nullptr), defaults and the argument types; instantiated once per parameter values.
  // `method`: the callee `value.m` of a generic method's call, `self` that value.
  Operand call_generic(const ast::Call* c, const GenericFn& g, const ast::Expr* explicit_params,
                       std::optional<Operand> self = std::nullopt,
                       const ast::Attribute* method = nullptr);
  // Binds the value parameters an argument declared SIMD[dt, w] or Scalar[dt] determines
  // (`evaluated`: the argument, compiled here when needed); false after a diagnostic.
  bool infer_simd_parameters(const GenericFn& g, const ast::Expr* annotation, const ast::Expr* arg,
                             std::unordered_map<std::string_view, Literal>& values,
                             std::optional<Operand>& evaluated);
  FnSignature* instantiate(const ast::Node* at, const GenericFn& g, const std::string& key,
                           const std::unordered_map<std::string_view, Literal>& values,
                           const std::unordered_map<std::string_view, StaticType>& types);
  // Calls `callee` with `self_operand` (methods) and the given argument expressions;
  // `receiver` is where a Mut self is written back.
  // `evaluated`: arguments already compiled (for parameter inference), by position.
  Operand call_signature(const ast::Node* at, const FnSignature& callee,
                         std::optional<Operand> self_operand, std::optional<Place> receiver,
                         const std::vector<const ast::Expr*>& args,
                         const std::vector<std::optional<Operand>>* evaluated = nullptr);
  // `evaluated`: arguments already compiled (to infer a generic struct's parameters).
  Operand construct(const ast::Call* c, StaticType type,
                    const std::vector<std::optional<Operand>>* evaluated = nullptr);
  // `Name(args)` of a generic struct: its type parameters inferred from the arguments its
  // constructor (or its fields, for @value) declares with them; the others from defaults.
  Operand construct_generic(const ast::Call* c, const GenericStruct& g);
  // A call of a type by name or alias: a constructor or a conversion.
  Operand construct_type(const ast::Call* c, StaticType type);
  // `params`: the compile-time parameters of `v.method[params](...)`, or nullptr.
  Operand method_call(const ast::Call* c, const ast::Attribute* callee,
                      const ast::Expr* params = nullptr);
  // An operator on a struct through its dunder method (nullopt: no such method).
  std::optional<Operand> dunder(const ast::Node* at, const char* method, Operand self,
                                std::optional<Operand> other);
  // Emits the call of `callee` with checked operands of the given types (self first for a
  // method); writes a Mut self and the `mut` arguments back to `writebacks`, in order.
  Operand call_with_operands(const ast::Node* at, const FnSignature& callee,
                             const std::vector<Operand>& args, const std::vector<StaticType>& types,
                             const std::vector<Place>& writebacks);
  Operand attribute(const ast::Attribute* a);
  Operand call_print(const ast::Call* c);
  Operand convert(const ast::Call* c, StaticType to);
  // Calls the Python builtin `builtin` on the boxed `arg`; the result is unboxed to `result`
  // (String stays a Value).
  Operand call_builtin_on_value(std::string_view builtin, Operand arg, StaticType result);
  Operand call_builtin_on_values(std::string_view builtin, const std::vector<Operand>& args,
                                 StaticType result);
  void box_to(Operand v, uint16_t dst);
  // The String of a struct value, from its `__str__` (Stringable).
  Operand struct_text(const ast::Node* at, Operand v);

  // ---- SIMD vectors and numeric builtins (static_simd.cpp)
  // Emits `op` followed by its AUX word: the layout `t` and `hi` (a register or a second
  // layout).
  void emit_simd(Op op, uint16_t a, uint16_t b, uint16_t c, uint8_t x, SimdType t, uint16_t hi = 0);
  // A value of SIMD type `t` with every lane `lit` (a literal adapting to t's dtype).
  Operand simd_literal(const Literal& lit, StaticType t, const ast::Expr* at);
  // `o` (of a type with a vector layout) converted to `to`: lane by lane, a scalar splat
  // across all of to's lanes.
  Operand simd_convert(Operand o, StaticType to);
  // `l op r` on SIMD values of one type; a scalar operand is splat to the other's width.
  Operand simd_binary(const ast::Node* at, ast::OperatorKind op, Operand l, Operand r);
  // `l op r` lane by lane: a Bool vector of their width (Bool for scalars).
  Operand simd_compare(const ast::Node* at, CompareOp op, Operand l, Operand r);
  Operand simd_unary(const ast::Node* at, SimdUnaryOp op, Operand v);
  // The text Mojo prints for a SIMD value, as a String.
  Operand simd_text(Operand v);
  // SIMD[dtype, width](...), Scalar[dtype](x), Float32(x) and the other scalar types.
  Operand simd_construct(const ast::Call* c, StaticType type);
  // `v.method(...)` or `v.method[params](...)` on a SIMD value (Float64 included).
  Operand simd_method(const ast::Call* c, const ast::Attribute* callee, Operand self,
                      const ast::Expr* params);
  Operand simd_subscript(const ast::Subscript* s, Operand v);
  void simd_subscript_assign(const ast::Subscript* target, Operand v, const ast::Expr* value,
                             const ast::AugAssign* augmented);
  // abs, min, max and the math module's functions on numbers and SIMD values; nullopt when
  // `name` is none of them.
  std::optional<Operand> numeric_builtin(const ast::Call* c, std::string_view name);
  // A new vector of type `t` whose lanes are taken from `v` (of layout `from`): lane i of the
  // result is lane lanes[i] of v.
  Operand shuffle(Operand v, const std::vector<uint32_t>& lanes, StaticType t);

  // ---- UnsafePointer (static_pointer.cpp)
  // Emits `op` followed by its AUX word (the element size and a byte count).
  void emit_pointer(Op op, uint16_t a, uint16_t b, uint16_t c, uint32_t stride, uint16_t bytes = 0);
  // UnsafePointer[T].alloc(n).
  Operand pointer_static_method(const ast::Call* c, const ast::Attribute* callee, StaticType type);
  // The element at `index` (offset 0 when null) of `pointer`, or `width` of them as a SIMD
  // vector.
  Operand pointer_access(const ast::Node* at, Operand pointer, const ast::Expr* index,
                         std::optional<uint32_t> width);
  // Stores `value` (an element, or a SIMD vector of the pointee's DType) at `index`.
  void pointer_store(Operand pointer, const ast::Expr* index, const ast::Expr* value);
  Operand pointer_method(const ast::Call* c, const ast::Attribute* callee, Operand self,
                         const ast::Expr* params);
  // `p[i] op= value`.
  void pointer_aug_store(const ast::AugAssign* a, const ast::Subscript* target, Operand pointer);
  // pointer + n (pointer - n when negate), in elements.
  Operand pointer_offset(Operand pointer, Operand n, bool negate);
  // memset_zero(pointer, count) and memcpy(dest, src, count); nullopt for other names.
  std::optional<Operand> memory_builtin(const ast::Call* c, std::string_view name);

  // ---- closures and the algorithm module (static_closure.cpp)
  // Declares a nested fn of the body being compiled.
  void closure_def(const ast::FnDef* def);
  // Compiles the body of closure `def` in place, with its compile-time parameters bound to
  // `params` and its arguments to `args`; the body sees the variables in scope here and
  // changes them (it captures by reference).
  Operand expand_closure(const ast::Node* at, const ast::FnDef* def,
                         const std::vector<Literal>& params, const std::vector<Operand>& args);
  // A call of a closure: `f(args)` or `f[params](args)`.
  Operand call_closure(const ast::Call* c, const ast::FnDef* def, const ast::Expr* params);
  // vectorize, parallelize and tile; nullopt when `name` is none of them.
  std::optional<Operand> algorithm_call(const ast::Call* c, std::string_view name,
                                        const ast::Expr* params);
  // Emits `for counter in range(start, bound, step)` around `body` (step > 0).
  void emit_range_loop(uint16_t start, uint16_t bound, int64_t step,
                       const std::function<void(uint16_t counter)>& body);

  // ---- Python values in fn code (static_python.cpp)
  // Whether this fn may run Python code (it is `raises`); a diagnostic at `at` otherwise.
  bool python_allowed(const ast::Node* at);
  // Emits an instruction with an inline cache (its AUX word).
  void emit_cached(Instruction ins);
  // The module's Python global `name`, as an object.
  Operand python_global(const ast::Node* at, std::string_view name);
  // `v` as a Python value in `dst` (numbers boxed, a List as a Python list); false after a
  // diagnostic for values Python code cannot hold.
  bool to_python(const ast::Node* at, Operand v, uint16_t dst);
  Operand as_object(const ast::Node* at, Operand v);
  Operand python_call(const ast::Call* c, Operand callee);
  // Calls the Python method `name` of the Value in `self` with the Python values in `args`;
  // the result is an object.
  Operand call_python_method(uint16_t self, std::string_view name,
                             const std::vector<uint16_t>& args = {});
  Operand object_binary(const ast::Node* at, ast::OperatorKind op, Operand l, Operand r);
  Operand object_compare(const ast::Node* at, CompareOp op, Operand l, Operand r);
  Operand object_attribute(const ast::Attribute* a, Operand base);
  Operand object_subscript(const ast::Subscript* s, Operand base);
  // `base[i] = value` or `base.attr = value` on an object.
  void object_store(const ast::Expr* target, Operand base, const ast::Expr* value);
  Operand object_truth(Operand v);
  // Int(v), Float64(v), Bool(v), String(v) of an object.
  Operand object_convert(const ast::Call* c, Operand v, StaticType to);

  // ---- Dict[K, V] (static_dict.cpp)
  Operand new_dict(StaticType type);
  // The key expression `e`, checked as the Dict's key type and boxed.
  Operand dict_key(const ast::Expr* e, StaticType dict);
  Operand dict_subscript(const ast::Subscript* s, Operand d);
  void dict_store(const ast::Subscript* target, Operand d, const ast::Expr* value);
  Operand dict_contains(const ast::Node* at, Operand key, Operand d, bool negated);
  // len() of a Python value held by a Dict or Set.
  Operand object_len(Operand d);
  Operand dict_method(const ast::Call* c, const ast::Attribute* callee, Operand d);
  // A loop over the Python iterable in `iterable` (a Dict's keys or values, a Set), whose
  // items are unboxed to `item_type`.
  // The (key, value) tuple `item` of a Python dict unboxed into the slots of the DictEntry
  // type `entry` from dst on.
  void unbox_entry(const ast::Expr* at, uint16_t item, StaticType entry, uint16_t dst);
  void object_loop(const ast::For* s, const ast::Name* target, uint16_t iterable,
                   StaticType item_type);

  // ---- Set[T] (static_set.cpp)
  // Set[T](elements...).
  // Set[T](elements...), Set[T](set) (a copy), Set[T](list); `first`: the first argument,
  // already evaluated.
  Operand set_construct(const ast::Call* c, StaticType type, std::optional<Operand> first = {});
  // `|`, `&`, `-`, `^` of two Sets.
  Operand set_binary(const ast::Node* at, ast::OperatorKind op, Operand l, Operand r);
  Operand set_method(const ast::Call* c, const ast::Attribute* callee, Operand set);

  // ---- Tuple (static_tuple.cpp)
  Operand tuple_literal(const ast::Sequence* e, StaticType expected);
  // The value of a Tuple alias.
  Operand tuple_constant(const Literal& lit, const ast::Expr* at);
  Operand tuple_subscript(const ast::Subscript* s, Operand t);
  // `var a, b = value`: a new variable per field.
  void var_unpack(const ast::VarDecl* v, const ast::Sequence* names);
  // `a, b = value`: each name gets a field (declared on first assignment).
  void unpack_assign(const ast::Assign* a, const ast::Sequence* targets);

  // ---- dunders of built-in values called by name, and of structs through syntax
  // (static_dunder.cpp)
  // receiver.method(args) (the keywords of `keywords_from`, when given): `x[i]` is
  // x.__getitem__(i), `x[i] = v` x.__setitem__(i, v), `x(a)` x.__call__(a).
  Operand struct_dunder_call(const ast::Node* at, ast::Expr* receiver, const char* method,
                             std::vector<ast::Expr*> args,
                             const ast::Call* keywords_from = nullptr);
  // Whether `e` names a struct value (a variable or a field of one), without evaluating it.
  bool names_struct(const ast::Expr* e);
  // Whether `e` is certainly a built-in value (a literal, a scalar local, `Int(...)`...).
  bool builtin_receiver(const ast::Expr* e);
  // `x.__add__(y)`, `x.__int__()`...: the operator or conversion, when the receiver is a
  // built-in value; nullopt otherwise.
  std::optional<Operand> builtin_dunder_call(const ast::Call* c, const ast::Attribute* callee,
                                             StaticType expected);

  // ---- String (static_string.cpp)
  // A Python result `v` (a Value) as a value of `result` (String and object stay Values).
  Operand unbox_python_result(Operand v, StaticType result);
  Operand string_subscript(const ast::Subscript* s, Operand text);
  Operand string_method(const ast::Call* c, const ast::Attribute* callee, Operand self);
  // sep.join(List[String]) and text.split(sep) / text.splitlines() -> List[String].
  Operand string_join(const ast::Call* c, Operand separator);
  Operand string_split(const ast::Call* c, const ast::Attribute* callee, Operand text);
  // `value in tuple`, as a Bool.
  Operand tuple_contains(const ast::Node* at, Operand value, Operand tuple);
  // `part in text` of Strings, as a Bool.
  Operand substring_test(const ast::Node* at, Operand part, Operand text);
  // A String constant.
  Operand string_constant(std::string_view text);
  // repr(v), as Mojo writes it (a diagnostic at `at` for values without one yet).
  Operand repr_of(const ast::Node* at, Operand v);
  // ord, chr and repr; nullopt when `name` is none of them.
  std::optional<Operand> text_builtin(const ast::Call* c, std::string_view name);

  // ---- range values (static_range.cpp)
  // range(end), range(start, end), range(start, end, step) as a value.
  // `evaluated`: the arguments already compiled (nullopt for literals).
  Operand range_value(const ast::Call* c,
                      const std::vector<std::optional<Operand>>* evaluated = nullptr);
  // start, end, step of a range value.
  Operand range_field(Operand r, int field);
  Operand range_len(const ast::Node* at, Operand r);
  Operand range_item(const ast::Node* at, Operand r, const ast::Expr* index);
  // r.__reversed__(): from r's last element back to its first.
  Operand range_reversed(const ast::Node* at, Operand r);
  // `receiver`: where __next__ advances the range.
  Operand range_method(const ast::Call* c, const ast::Attribute* callee, Operand self,
                       std::optional<Place> receiver);
  // `for x in r` over a range value.
  void range_for(const ast::For* s, const ast::Name* target, Operand r);

  // ---- Deque[T] (static_deque.cpp)
  Operand deque_method(const ast::Call* c, const ast::Attribute* callee, Operand self);

  // ---- DType values (static_dtype.cpp)
  // The String of a DType: "float32", or "DType.float32" for its repr.
  Operand dtype_text(Operand v, bool repr);
  // dt.sizeof(), dt.bitwidth(), dt.is_floating_point() ...
  Operand dtype_method(const ast::Call* c, const ast::Attribute* callee, Operand self);
  // What `item` gives for the code of the DType value `dtype` (looked up at run time in a
  // constant table of every code's item), as an object.
  Operand dtype_table_item(const std::function<Value(int64_t code)>& item, Operand dtype);

  // ---- the testing module (static_testing.cpp)
  // The String of a value, as print shows it.
  Operand text_of(const ast::Node* at, Operand v);
  // String(a, b, ..., sep=..., end=...): the text of each value (static_string.cpp).
  Operand string_of_values(const ast::Call* c);
  // atol(text, base) and atof(text) (static_string.cpp).
  Operand mojo_parse(const ast::Call* c, std::string_view name);
  // Whether two values of one type are equal, as a Bool.
  Operand equal_values(const ast::Node* at, Operand l, Operand r);
  // assert_true, assert_false, assert_equal, assert_not_equal, assert_almost_equal;
  // nullopt when `name` is none of them.
  std::optional<Operand> testing_call(const ast::Call* c, std::string_view name);
  // `with assert_raises(contains=...)`: the body must raise (an error containing the text).
  void with_stmt(const ast::With* s);

  // ---- Pointer[T, origin] (static_reference.cpp)
  uint16_t variable_origin(Local* l);
  Operand address_of(const ast::Call* c);
  // The variable a Pointer of type `reference` points to, as an operand.
  Operand dereference(const ast::Node* at, StaticType reference);
  // Optional[Pointer[T, o]].copied(): an Optional[T].
  Operand optional_copied(const ast::Call* c, Operand self, const ast::Expr* params);

  // ---- Optional[T] (static_optional.cpp)
  // `v` (a T, or None) as a value of the Optional type `optional`.
  Operand to_optional(Operand v, StaticType optional);
  Operand optional_method(const ast::Call* c, const ast::Attribute* callee, Operand self);
  // Its __str__ (the value's text, or None) or __repr__ (Optional(...)).
  Operand optional_text(const ast::Node* at, Operand self, bool repr);
  // `Optional(x)` / `OptionalReg(x)`: an Optional of x's type holding x.
  Operand inferred_optional(const ast::Call* c);
  // Whether an Optional equals an Optional, a value of its type or None, as a Bool.
  Operand optional_equal(const ast::Node* at, Operand l, Operand r);

  // ---- lifecycle (static_lifecycle.cpp)
  // What the code after the point being compiled is: the rest of each enclosing block, the
  // loops around it (which run again) and expanded closures (which may run again).
  struct FutureFrame {
    // Try: a try or with statement, whose handlers may run after any point of its body.
    enum class Kind : uint8_t { Block, Loop, Closure, Try } kind = Kind::Block;
    size_t depth = 0;                       // the scopes open in it (outside a loop or closure)
    const Seq<ast::Stmt*>* body = nullptr;  // Block: its statements
    size_t next = 0;                        // Block: the first statement still to come
    const ast::Node* loop = nullptr;        // Loop: the loop statement
  };
  // A copy of the managed value `v` (its __copyinit__, or field by field).
  Operand copy_value(const ast::Node* at, Operand v);
  // `v^`: the value moved to new registers (its __moveinit__, or field by field).
  Operand transfer_value(const ast::Node* at, Operand v);
  // Runs the __del__ of the value in `reg`, then destroys its managed fields.
  void destroy_value(uint16_t reg, StaticType type);
  // A fresh managed value (a call's result) is owned by a nameless local until a receiver
  // takes it (take_temporary); otherwise it is destroyed after the statement.
  Operand adopt_temporary(Operand v);
  bool take_temporary(Operand v);
  // owned() for managed values: a temporary is taken, a local ending in a `return` moves,
  // anything else is copied.
  Operand owned_managed(const ast::Expr* e, Operand o, bool local_ends);
  // Destroys the temporaries adopted since owned_values_ had `first` entries.
  void destroy_temporaries_since(size_t first);
  bool owns_live_value(const Local* l) const;
  // Whether `n` may read `name` (constructs fn code cannot compile count as reading it).
  bool mentions(const ast::Node* n, std::string_view name, int depth = 0) const;
  // Whether code still to come may use l's value.
  bool live_after(const Local* l) const;
  // The live managed values no later code uses, the most recent first.
  std::vector<Local*> dying_values() const;
  void destroy_values(const std::vector<Local*>& values);
  void destroy_dead_values();
  // Destroys the live managed values declared in scopes deeper than `depth`.
  void destroy_values_deeper_than(size_t depth);
  // The depth of the innermost frame of `kind` (0 when there is none).
  size_t innermost_frame_depth(FutureFrame::Kind kind) const;
  void open_scope();
  // Destroys what the innermost scope still owns, then ends it.
  void close_scope();
  std::vector<FutureFrame> future_;
  std::vector<Local*> owned_values_;  // locals that own managed values, in declaration order

  // ---- List[T] (static_list.cpp)
  // `o`, the value of `e`, as a value the receiver owns: a List that another owner still
  // holds (a variable, an argument) is copied. `local_ends`: a variable of `e` ends here (a
  // `return`), so its own List needs no copy.
  Operand owned(const ast::Expr* e, Operand o, bool local_ends = false);
  // A copy of the List or Dict `o` (deep for a List of Lists).
  Operand copy_collection(Operand o);
  Operand new_list(const ast::Node* at, StaticType list_type);
  // List(1, 2) and Set(1, 2), the element type inferred from the first element.
  Operand inferred_collection(const ast::Call* c, std::string_view name);
  // List[T](elements...) of the List type `type` (also through an alias of the type).
  Operand list_of_elements(const ast::Call* c, StaticType type);
  // any(x) and all(x) of a List, Set or SIMD value.
  Operand truth_reduction(const ast::Call* c, std::string_view name);
  Operand list_literal(const ast::Sequence* e, StaticType expected);
  // `List[T](elements...)`.
  Operand list_construct(const ast::Call* c, const ast::Expr* element);
  Operand subscript(const ast::Subscript* s);
  // `l[i] = value` (value already compiled when `computed`), and `l[i] op= value`.
  void subscript_assign(const ast::Subscript* target, const ast::Expr* value);
  void subscript_aug_assign(const ast::AugAssign* a, const ast::Subscript* target);
  Operand list_method(const ast::Call* c, const ast::Attribute* callee, Operand self);
  Operand list_len(Operand list);
  // The text of a List (Mojo's List.__str__: its elements' reprs).
  // List.index(value, start, stop) (static_list.cpp).
  Operand list_index(const ast::Call* c, Operand self);
  // l[a:b:c] of a List: a new List (static_list.cpp).
  Operand list_slice(const ast::Slice* slice, Operand list);
  // The Python slice object of `slice` (its step only when with_step, else a diagnostic);
  // nullopt after a diagnostic.
  std::optional<uint16_t> python_slice(const ast::Slice* slice, bool with_step);
  // l + r and l * n of Lists (static_list.cpp).
  Operand list_binary(const ast::Node* at, ast::OperatorKind op, Operand l, Operand r);
  Operand list_text(const ast::Node* at, Operand list);
  // The text of each element of `list` (its repr when as_repr), with `separator` between.
  Operand list_joined(const ast::Node* at, Operand list, Operand separator, bool as_repr);
  // `l == r` of two Lists of one type, as a Bool.
  Operand list_equal(const ast::Node* at, Operand l, Operand r);
  // `x in l`: nullopt when `right` is not a List.
  std::optional<Operand> list_contains(const ast::Node* at, Operand left, Operand right);
  void list_for(const ast::For* s, const ast::Name* target);
  // Checks that the List `e` may be mutated (not a `let` or a read-only argument).
  bool mutable_list(const ast::Expr* e);
  std::optional<Literal> fold(const ast::Expr* e);
  // Jumps to `target` when `test` is `jump_if`. `operand_of_bool_op`: `test` is an operand
  // of `and`/`or`, which must be a Bool.
  void condition_jump(const ast::Expr* test, bool jump_if, JumpLabel& target,
                      bool operand_of_bool_op = false);
  // Replaces the comparison just emitted into temporary `result` by a fused
  // compare-and-jump; false when the last instruction is not such a comparison.
  bool fuse_compare_jump(uint16_t result, bool jump_if, JumpLabel& target);

  ModuleContext& m_;
  const FnSignature& sig_;
  CodeObject* code_;
  std::vector<bool> register_is_value_;  // kind of each register, in order
  std::vector<bool> register_assigned_;
  std::vector<bool> register_is_local_;
  int32_t last_label_pos_ = -1;  // where the last label was bound
  uint32_t temp_top_ = 0;
  uint32_t locals_floor_ = 0;
  Local* self_ = nullptr;  // a method's self
  std::vector<Local*> mut_params_;
  bool reported_nesting_ = false;
  bool inlining_ = false;  // compiling the body of an inlined call
  std::vector<std::unique_ptr<Local>> locals_;
  std::vector<std::unordered_map<std::string_view, Local*>> scopes_;
  AliasScopes alias_scopes_;
  std::unordered_map<uint16_t, Local*> origins_;  // the variables this body's Pointers name
  std::vector<char> init_;                        // definite initialisation, one entry per Local
  uint32_t init_entries_ = 0;                     // entries handed out
  bool dead_ = false;                             // the current point is unreachable
  std::vector<LoopLabels> loops_;
  // Where a `return` inside an expanded closure goes: its result register and end.
  struct ClosureExit {
    JumpLabel* end;
    StaticType result;
    uint16_t reg;
    size_t handlers;  // exit actions active where the closure is called
  };
  std::vector<ClosureExit> closure_exits_;
  int try_depth_ = 0;  // `try` bodies around the code being compiled
  // What a jump out of the code being compiled must do first, innermost last: leaving an
  // except clause restores the error handled before it (`saved`); leaving a try with a
  // `finally` runs the finally body (compiled in place; `holes` collects the code it
  // takes, which its own handler must not cover).
  struct ExitAction {
    uint16_t saved = 0;
    const Seq<ast::Stmt*>* finally_body = nullptr;
    std::vector<std::pair<uint32_t, uint32_t>>* holes = nullptr;
  };
  std::vector<ExitAction> exit_actions_;
  // Runs the exit actions above `depth`, innermost first.
  void leave_handlers(size_t depth);
  void try_except(const ast::Try* s);
  // Compiles `body` as code whose errors a handler catches; returns where its code starts.
  uint32_t protected_block(const Seq<ast::Stmt*>& body);
  // Starts the handler of the code from `start` to `stop`: the error arrives in R[exc], and
  // the definite-initialisation state is `before` the protected code's.
  void begin_handler(uint32_t start, uint32_t stop, uint16_t exc, const std::vector<char>& before);
  std::unordered_map<uint64_t, uint32_t> raw_constant_index_;
  std::map<uint64_t, uint16_t> constant_registers_;  // ordered: a stable prologue
  std::unordered_map<std::string_view, uint32_t> name_index_;
  SourceLocation loc_;
  friend class LocationScope;
};

// Sets the source location of the instructions emitted while it lives.
class LocationScope {
 public:
  LocationScope(FnCompiler& c, const ast::Node* n) : c_(c), saved_(c.loc_) {
    c.loc_ = SourceLocation{n->lineno, n->end_lineno, n->col_offset, n->end_col_offset};
  }
  ~LocationScope() { c_.loc_ = saved_; }
  LocationScope(const LocationScope&) = delete;
  LocationScope& operator=(const LocationScope&) = delete;

 private:
  FnCompiler& c_;
  SourceLocation saved_;
};

}  // namespace ember::static_impl
