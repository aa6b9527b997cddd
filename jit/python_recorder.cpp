#include "jit/python_recorder.h"

#include <cmath>

#include "jit/trace_recorder.h"
#include "vm/dict_object.h"
#include "vm/execution_stack.h"
#include "vm/frame.h"
#include "vm/function_object.h"
#include "vm/inline_cache.h"
#include "vm/instance.h"
#include "vm/iterator_objects.h"
#include "vm/list_object.h"
#include "vm/object.h"
#include "vm/quicken.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/type.h"
#include "vm/typed_ops.h"
#include "vm/vm.h"

namespace ember::jit {

namespace {

bool is_number(IrType type) {
  return type == IrType::Int || type == IrType::Float || type == IrType::Bool;
}

// A binary instruction: generic or quickened (whose x keeps the BinaryOp).
bool binary_op(Op op) {
  return op == Op::Binary || op == Op::InPlace || is_quickened_binary(op);
}

bool fits_int32(int64_t v) {
  return v >= INT32_MIN && v <= INT32_MAX;
}

// Calls nested deeper than this are not inlined (recursion among them).
constexpr size_t kMaxCallDepth = 4;

class PythonRecorder : public TraceRecorder {
 public:
  PythonRecorder(IrBuffer& ir, const CodeObject& code, Value* registers, const InnerTraces& inner,
                 const TraceContext& context, const Instruction* pc)
      : TraceRecorder(ir, code, registers, inner), context_(context), pc_(pc) {
    ir.boxed = true;
  }

 private:
  const Instruction* step(const Instruction* pc, const Instruction& ins) override;
  const char* before_close() override;

  // Register r's IR value when it holds an int, a float or a bool, else kNoRef: an SLOAD of
  // the type its value has now, which the trace's entry checks, or a Value read from an
  // object (a list item), checked and unboxed here.
  IrRef number(uint16_t r) {
    Value v = R_[r];
    IrType type = v.is_small_int() ? IrType::Int
                  : v.is_double()  ? IrType::Float
                  : v.is_bool()    ? IrType::Bool
                                   : IrType::None;
    if (map_[r] == kNoRef) {
      if (type == IrType::None) return kNoRef;
      IrRef ref = read(r);
      if (!ref) return kNoRef;
      // After an inner trace ran, the read is a Reload of the frame's Value: checked here.
      if (ir_.at(ref).op != IrOp::SLoad) return unbox(ref, type);
      ir_.at(ref).type = type;
      return ref;
    }
    IrRef ref = map_[r];
    if (is_number(ir_.type_of(ref))) return ref;
    if (type == IrType::None) return kNoRef;
    return unbox(ref, type);
  }
  // The boxed Value `ref` as a value of `type`, after a guard that it is one.
  IrRef unbox(IrRef ref, IrType type) {
    switch (type) {
      case IrType::Int:
        guard(ir_.emit(IrOp::Eq, ir_.emit(IrOp::BAnd, ref, constant(Value::kTagMask)),
                       constant(Value::kTagInt)),
              true, pc_);
        return ir_.emit(IrOp::Shr, ir_.emit(IrOp::Shl, ref, ir_.int_const(16)), ir_.int_const(16));
      case IrType::Float:
        guard(ir_.emit(IrOp::ULt, ref, constant(Value::kTagInt)), true, pc_);
        return ir_.emit(IrOp::AsFloat, ref);
      default:
        guard(ir_.emit(IrOp::Eq, ir_.emit(IrOp::BOr, ref, ir_.int_const(1)),
                       constant(Value::kTrueBits)),
              true, pc_);
        return as_bool(ir_.emit(IrOp::BAnd, ref, ir_.int_const(1)));
    }
  }
  // The number `ref` boxed as the interpreter boxes it.
  IrRef box(IrRef ref) {
    switch (ir_.type_of(ref)) {
      case IrType::Int:
        return ir_.emit(IrOp::BOr, ir_.emit(IrOp::BAnd, ref, constant(Value::kPayloadMask)),
                        constant(Value::kTagInt));
      case IrType::Float:
        // A nan leaves the trace, for the interpreter's one nan.
        guard(ir_.emit(IrOp::EqF, ref, ref), true, pc_);
        return ir_.emit(IrOp::AsInt, ref);
      case IrType::Bool:
        return ir_.emit(IrOp::BOr, ref, constant(Value::kFalseBits));
      default:
        return ref;
    }
  }
  IrRef constant(uint64_t bits) { return ir_.int_const(static_cast<int64_t>(bits)); }
  // The object register r holds, after guards that it is one of exactly `type`; kNoRef when
  // it holds something else now.
  IrRef object_of(uint16_t r, const Type* type) {
    Value v = R_[r];
    if (!v.is_object() || v.as_object()->type != type) return kNoRef;
    IrRef boxed = read(r);
    if (ir_.type_of(boxed) != IrType::Raw) return kNoRef;
    guard(ir_.emit(IrOp::Eq, ir_.emit(IrOp::BAnd, boxed, constant(Value::kTagMask)),
                   constant(Value::kTagObject)),
          true, pc_);
    IrRef object = ir_.emit(IrOp::BAnd, boxed, constant(Value::kPayloadMask));
    const Object* o = v.as_object();
    IrRef object_type = ir_.emit(IrOp::FieldPtr, object, ir_.int_const(byte_offset(o, &o->type)));
    guard(ir_.emit(IrOp::Eq, object_type, constant(reinterpret_cast<uint64_t>(type))), true, pc_);
    return object;
  }
  // The address of field `field` of `object` (observed as `o`), for a store.
  IrRef field_address(IrRef object, const void* o, const void* field) {
    return ir_.emit(IrOp::Add, object, ir_.int_const(byte_offset(o, field)));
  }
  // The operands b and c of `ins` as numbers other than bools, in *x and *y; false, with
  // the reason (what `what` is done on) set, for any others.
  bool number_operands(const Instruction& ins, const char* what, IrRef* x, IrRef* y) {
    *x = number(ins.b);
    *y = number(ins.c);
    if (*x && *y && ir_.type_of(*x) != IrType::Bool && ir_.type_of(*y) != IrType::Bool) {
      return true;
    }
    reason_ = std::string(what) + " of other values than ints and floats";
    return false;
  }
  // `ref` (an Int) as a Float: exact, as ints of the small range are.
  IrRef to_float(IrRef ref) {
    return ir_.type_of(ref) == IrType::Float ? ref : ir_.emit(IrOp::IToF, ref);
  }
  // A 0/1 comparison result as a Python bool.
  IrRef as_bool(IrRef ref) {
    if (IrBuffer::is_const(ref)) return ir_.bool_const(ir_.int_value(ref) != 0);
    ir_.at(ref).type = IrType::Bool;
    return ref;
  }
  // Guards that the Int `ref` is within the small int range (a result outside it is a big
  // int, which the interpreter makes when it redoes the instruction at pc).
  void guard_small_int(IrRef ref, const Instruction* pc) {
    IrRef wrapped =
        ir_.emit(IrOp::Shr, ir_.emit(IrOp::Shl, ref, ir_.int_const(16)), ir_.int_const(16));
    guard(ir_.emit(IrOp::Eq, wrapped, ref), true, pc);
  }
  void guard_int32(IrRef ref, const Instruction* pc) {
    IrRef wrapped =
        ir_.emit(IrOp::Shr, ir_.emit(IrOp::Shl, ref, ir_.int_const(32)), ir_.int_const(32));
    guard(ir_.emit(IrOp::Eq, wrapped, ref), true, pc);
  }
  const Instruction* int_binary(const Instruction* pc, const Instruction& ins, BinaryOp op, IrRef x,
                                IrRef y);
  const Instruction* float_binary(const Instruction* pc, const Instruction& ins, BinaryOp op,
                                  IrRef x, IrRef y);
  const Instruction* compare(const Instruction* pc, const Instruction& ins);
  const Instruction* jump_if(const Instruction* pc, const Instruction& ins, bool jump_when);
  const Instruction* for_range(const Instruction* pc, const Instruction& ins);
  const Instruction* for_list(const Instruction* pc, const Instruction& ins);
  const Instruction* for_zip(const Instruction* pc, const Instruction& ins);
  const Instruction* list_item(const Instruction* pc, const Instruction& ins, bool get);
  const Instruction* unpack(const Instruction* pc, const Instruction& ins);
  const Instruction* load_global(const Instruction* pc, const Instruction& ins);
  const Instruction* store_global(const Instruction* pc, const Instruction& ins);
  // Inlines the call at pc of the function in register `callee` with the `nargs` arguments
  // from register `args` on; its result goes to register `result`.
  const Instruction* inline_call(const Instruction* pc, uint16_t callee, uint16_t args,
                                 uint32_t nargs, uint16_t result);
  const Instruction* call_method(const Instruction* pc, const Instruction& ins);
  // Whether `v` is the built-in list.append (types' methods cannot be replaced).
  bool is_list_append(Value v) const {
    if (!v.is_object() || v.as_object()->type != context_.native_function) return false;
    auto* f = static_cast<const NativeFunctionObject*>(v.as_object());
    return f->owner == context_.list && f->name->view() == "append";
  }
  // list.append(x) on the list in register `list_reg` while it has room.
  const Instruction* list_append(const Instruction* pc, uint16_t list_reg, uint16_t item_reg,
                                 uint16_t result);
  // The truth of register r's value (a number, a bool or None) as a Bool, after the guards
  // it needs, with its value now in *value; kNoRef for other values.
  IrRef truth(uint16_t r, bool* value);
  // The entry of the attribute cache of the instruction at pc that holds for the object in
  // register r, behind guards that it keeps holding (the object's exact type, the type's
  // version, for instances their shape and, when `no_dict`, no __dict__); the object's ref
  // and the entry, or kNoRef.
  IrRef attribute_entry(const Instruction* pc, uint16_t r, bool no_dict,
                        const AttributeCacheEntry** found);
  const Instruction* load_attr(const Instruction* pc, const Instruction& ins);
  const Instruction* store_attr(const Instruction* pc, const Instruction& ins);
  const Instruction* load_method(const Instruction* pc, const Instruction& ins);
  // Keeps `object` alive while the trace exists (its guards compare with its address).
  void hold(const void* object) {
    context_.held->push_back(Value::from_object(static_cast<Object*>(const_cast<void*>(object))));
  }
  // Register r's IR value: a number unboxed when it holds one, else the Value as it is;
  // kNoRef for an unbound local of an inlined call.
  IrRef value_of(uint16_t r) {
    IrRef value = map_[r] != kNoRef ? map_[r] : number(r);
    return value ? value : read(r);
  }
  // The IR value of register r to store somewhere (a number is boxed), or kNoRef.
  IrRef stored_value(uint16_t r) {
    IrRef value = value_of(r);
    return value ? box(value) : kNoRef;
  }
  const Instruction* return_value(const Instruction& ins);
  // Guards that the interpreter would find room for the frame of `callee` at the call being
  // inlined (else it raises RecursionError, which the trace leaves it to do).
  void guard_call_room(const CodeObject& callee, const Instruction* pc);
  // Guards that `dict` (a constant of the trace) keeps the key set it has now.
  void guard_keys(const DictObject* dict, const Instruction* pc);
  // The address of the value of entry `index` of `dict`, after guard_keys(dict).
  IrRef value_address(const DictObject* dict, int64_t index);

  const TraceContext& context_;
  const Instruction* pc_;           // the instruction being recorded: where its guards resume
  uint32_t inlined_registers_ = 0;  // the registers of the inlined calls' frames
};

const Instruction* PythonRecorder::int_binary(const Instruction* pc, const Instruction& ins,
                                              BinaryOp op, IrRef x, IrRef y) {
  int64_t a = R_[ins.b].as_small_int();
  int64_t b = R_[ins.c].as_small_int();
  int64_t result;
  IrRef ref;
  switch (op) {
    case BinaryOp::Add:
    case BinaryOp::Sub: {
      bool add = op == BinaryOp::Add;
      result = add ? a + b : a - b;
      if (!Value::fits_small_int(result)) return stop("int result outside the small range");
      ref = ir_.emit(add ? IrOp::Add : IrOp::Sub, x, y);
      guard_small_int(ref, pc);
      break;
    }
    case BinaryOp::Mul:
      if (!fits_int32(a) || !fits_int32(b)) return stop("int multiplication of large operands");
      result = a * b;
      if (!Value::fits_small_int(result)) return stop("int result outside the small range");
      guard_int32(x, pc);
      guard_int32(y, pc);
      ref = ir_.emit(IrOp::Mul, x, y);
      guard_small_int(ref, pc);
      break;
    case BinaryOp::FloorDiv:
    case BinaryOp::Mod: {
      if (b == 0) return stop("division by zero raises");
      guard(ir_.emit(IrOp::Ne, y, ir_.int_const(0)), true, pc);
      bool div = op == BinaryOp::FloorDiv;
      result = div ? typed::floor_div(a, b) : typed::floor_mod(a, b);
      if (!Value::fits_small_int(result)) return stop("int result outside the small range");
      ref = ir_.emit(div ? IrOp::FloorDiv : IrOp::Mod, x, y);
      if (div) guard_small_int(ref, pc);
      break;
    }
    case BinaryOp::TrueDiv: {
      if (b == 0) return stop("division by zero raises");
      guard(ir_.emit(IrOp::Ne, y, ir_.int_const(0)), true, pc);
      double quotient = static_cast<double>(a) / static_cast<double>(b);
      write(ins.a, ir_.emit(IrOp::DivF, to_float(x), to_float(y)), Value::from_double(quotient));
      return pc + 1;
    }
    case BinaryOp::LShift:
      if (b < 0 || b > 63 || (a << b) >> b != a || !Value::fits_small_int(a << b)) {
        return stop("int shift outside the small range");
      }
      result = a << b;
      guard(ir_.emit(IrOp::ULt, y, ir_.int_const(64)), true, pc);
      ref = ir_.emit(IrOp::Shl, x, y);
      guard(ir_.emit(IrOp::Eq, ir_.emit(IrOp::Shr, ref, y), x), true, pc);
      guard_small_int(ref, pc);
      break;
    case BinaryOp::RShift:
      if (b < 0 || b > 63) return stop("int shift count outside 0..63");
      result = a >> b;
      guard(ir_.emit(IrOp::ULt, y, ir_.int_const(64)), true, pc);
      ref = ir_.emit(IrOp::Shr, x, y);
      break;
    case BinaryOp::And:
      result = a & b;
      ref = ir_.emit(IrOp::BAnd, x, y);
      break;
    case BinaryOp::Or:
      result = a | b;
      ref = ir_.emit(IrOp::BOr, x, y);
      break;
    case BinaryOp::Xor:
      result = a ^ b;
      ref = ir_.emit(IrOp::BXor, x, y);
      break;
    default:
      return stop("unsupported int operation");
  }
  write(ins.a, ref, Value::from_small_int(result));
  return pc + 1;
}

const Instruction* PythonRecorder::float_binary(const Instruction* pc, const Instruction& ins,
                                                BinaryOp op, IrRef x, IrRef y) {
  auto value = [&](uint16_t r) {
    Value v = R_[r];
    return v.is_double() ? v.as_double() : static_cast<double>(v.as_small_int());
  };
  double a = value(ins.b);
  double b = value(ins.c);
  x = to_float(x);
  y = to_float(y);
  double result;
  IrOp ir_op;
  switch (op) {
    case BinaryOp::Add:
      result = a + b;
      ir_op = IrOp::AddF;
      break;
    case BinaryOp::Sub:
      result = a - b;
      ir_op = IrOp::SubF;
      break;
    case BinaryOp::Mul:
      result = a * b;
      ir_op = IrOp::MulF;
      break;
    case BinaryOp::TrueDiv:
      if (b == 0.0) return stop("division by zero raises");
      guard(ir_.emit(IrOp::NeF, y, ir_.float_const(0.0)), true, pc);
      result = a / b;
      ir_op = IrOp::DivF;
      break;
    case BinaryOp::Pow: {
      // Python's pow of a positive finite base and a finite exponent is the C library's,
      // unless that overflows (OverflowError); the other cases leave for the interpreter.
      double inf = HUGE_VAL;
      if (!(a > 0.0 && a < inf && std::isfinite(b)) || !std::isfinite(std::pow(a, b))) {
        return stop("a power outside positive finite floats");
      }
      guard(ir_.emit(IrOp::GtF, x, ir_.float_const(0.0)), true, pc);
      guard(ir_.emit(IrOp::LtF, x, ir_.float_const(inf)), true, pc);
      guard(ir_.emit(IrOp::EqF, ir_.emit(IrOp::SubF, y, y), ir_.float_const(0.0)), true, pc);
      IrRef ref = ir_.emit(IrOp::PowF, x, y);
      guard(ir_.emit(IrOp::LtF, ref, ir_.float_const(inf)), true, pc);
      write(ins.a, ref, Value::from_double(std::pow(a, b)));
      return pc + 1;
    }
    default:
      return stop("unsupported float operation");
  }
  write(ins.a, ir_.emit(ir_op, x, y), Value::from_double(result));
  return pc + 1;
}

const Instruction* PythonRecorder::compare(const Instruction* pc, const Instruction& ins) {
  IrRef x, y;
  if (!number_operands(ins, "comparison", &x, &y)) return nullptr;
  IrType tx = ir_.type_of(x);
  IrType ty = ir_.type_of(y);
  auto op = static_cast<CompareOp>(ins.x);
  Value a = R_[ins.b];
  Value b = R_[ins.c];
  bool result;
  IrRef ref;
  if (tx == IrType::Int && ty == IrType::Int) {
    result = typed::compare(op, a.as_small_int(), b.as_small_int());
    ref = ir_.emit(int_compare(op), x, y);
  } else {
    auto value = [](Value v) {
      return v.is_double() ? v.as_double() : static_cast<double>(v.as_small_int());
    };
    result = typed::compare(op, value(a), value(b));
    ref = ir_.emit(float_compare(op), to_float(x), to_float(y));
  }
  write(ins.a, as_bool(ref), Value::from_bool(result));
  return pc + 1;
}

// JumpIfTrue (jump_when true) and JumpIfFalse on a number, a bool or None: Python's truth.
const Instruction* PythonRecorder::jump_if(const Instruction* pc, const Instruction& ins,
                                           bool jump_when) {
  bool truth;
  IrRef cond = this->truth(ins.a, &truth);
  if (!cond) return stop("branch on another value than a number or None");
  bool taken = truth == jump_when;
  const Instruction* target = pc + 1 + ins.sbc();
  if (pc == start_ && !taken) return stop("the loop ended");
  if (inner_loop(pc, target)) return stop_at_inner_loop(pc);
  return branch(cond, truth, taken, target, pc + 1);
}

// ForIter over a range_iterator, stepped in the trace on the iterator's own fields.
const Instruction* PythonRecorder::for_range(const Instruction* pc, const Instruction& ins) {
  IrRef object = object_of(ins.a, context_.range_iterator);
  if (!object) return stop("for loop over another iterator than a range or a list");
  auto* it = static_cast<RangeIterObject*>(R_[ins.a].as_object());
  if (it->remaining <= 0) return stop("the loop ended");
  if (!Value::fits_small_int(it->next)) return stop("range value outside the small int range");
  IrRef remaining = ir_.emit(IrOp::Field, object, ir_.int_const(byte_offset(it, &it->remaining)));
  guard(ir_.emit(IrOp::Gt, remaining, ir_.int_const(0)), true, pc);
  IrRef next = ir_.emit(IrOp::Field, object, ir_.int_const(byte_offset(it, &it->next)));
  guard_small_int(next, pc);
  IrRef step = ir_.emit(IrOp::Field, object, ir_.int_const(byte_offset(it, &it->step)));
  ir_.emit_raw(IrOp::Store, IrType::None, field_address(object, it, &it->next),
               ir_.emit(IrOp::Add, next, step));
  ir_.emit_raw(IrOp::Store, IrType::None, field_address(object, it, &it->remaining),
               ir_.emit(IrOp::Sub, remaining, ir_.int_const(1)));
  int64_t value = 0;
  range_iter_advance(it, &value);
  write(ins.b, next, Value::from_small_int(value));
  return pc + 2;  // past the AUX word
}

// ForIter over a list_iterator: the next item of its list, read in the trace.
const Instruction* PythonRecorder::for_list(const Instruction* pc, const Instruction& ins) {
  Value iterator = R_[ins.a];
  if (iterator.is_object() && iterator.as_object()->type == context_.zip) return for_zip(pc, ins);
  IrRef object = object_of(ins.a, context_.list_iterator);
  if (!object) return for_range(pc, ins);
  auto* it = static_cast<SeqIterObject*>(R_[ins.a].as_object());
  if (it->seq.is_undefined()) return stop("the loop ended");
  auto* list = static_cast<ListObject*>(it->seq.as_object());
  if (it->index >= list->size) return stop("the loop ended");
  IrRef seq = ir_.emit(IrOp::Field, object, ir_.int_const(byte_offset(it, &it->seq)));
  guard(ir_.emit(IrOp::Ne, seq, constant(Value::kUndefinedBits)), true, pc);
  IrRef list_ref = ir_.emit(IrOp::BAnd, seq, constant(Value::kPayloadMask));
  IrRef index = ir_.emit(IrOp::Field, object, ir_.int_const(byte_offset(it, &it->index)));
  IrRef size = ir_.emit(IrOp::Field, list_ref, ir_.int_const(byte_offset(list, &list->size)));
  guard(ir_.emit(IrOp::Lt, index, size), true, pc);
  IrRef items = ir_.emit(IrOp::FieldPtr, list_ref, ir_.int_const(byte_offset(list, &list->items)));
  IrRef item = ir_.emit(IrOp::Load, ir_.emit(IrOp::Index, items, index));
  ir_.emit_raw(IrOp::Store, IrType::None, field_address(object, it, &it->index),
               ir_.emit(IrOp::Add, index, ir_.int_const(1)));
  Value value;
  list_iter_advance(it, &value);
  write(ins.b, item, value);
  return pc + 2;  // past the AUX word
}

// ForIter over a zip of list iterators, right before the Unpack of its tuple: the items go
// straight to the Unpack's registers, and no tuple is made (the interpreter never reads the
// ForIter's register again). Every iterator must have an item before any is stepped (else
// the interpreter takes the step, with zip's own end and errors).
const Instruction* PythonRecorder::for_zip(const Instruction* pc, const Instruction& ins) {
  auto* z = static_cast<ZipObject*>(R_[ins.a].as_object());
  const Instruction* unpack = pc + 2;  // past the AUX word
  int64_t n = z->iterators->size;
  if (z->done || n == 0 || unpack->op != Op::Unpack || unpack->b != ins.b || unpack->c != n) {
    return stop("zip loop that does not unpack its items");
  }
  IrRef object = object_of(ins.a, context_.zip);
  if (!object) return stop("zip of another type");
  IrRef done = ir_.emit(IrOp::Field, object, ir_.int_const(byte_offset(z, &z->done)));
  guard(ir_.emit(IrOp::Eq, ir_.emit(IrOp::BAnd, done, ir_.int_const(0xFF)), ir_.int_const(0)), true,
        pc);
  IrRef tuple = ir_.emit(IrOp::FieldPtr, object, ir_.int_const(byte_offset(z, &z->iterators)));
  guard(ir_.emit(IrOp::Eq,
                 ir_.emit(IrOp::Field, tuple,
                          ir_.int_const(byte_offset(z->iterators, &z->iterators->size))),
                 ir_.int_const(n)),
        true, pc);
  IrRef first =
      ir_.emit(IrOp::Add, tuple, ir_.int_const(byte_offset(z->iterators, z->iterators->items)));
  struct Step {
    SeqIterObject* it;
    IrRef iterator;
    IrRef index;
    IrRef item;
  };
  std::vector<Step> steps;
  for (int64_t i = 0; i < n; ++i) {
    Value v = z->iterators->items[i];
    if (!v.is_object() || v.as_object()->type != context_.list_iterator) {
      return stop("zip of other iterators than list ones");
    }
    auto* it = static_cast<SeqIterObject*>(v.as_object());
    if (it->seq.is_undefined() ||
        it->index >= static_cast<ListObject*>(it->seq.as_object())->size) {
      return stop("the loop ended");
    }
    auto* list = static_cast<ListObject*>(it->seq.as_object());
    IrRef boxed = ir_.emit(IrOp::Load, ir_.emit(IrOp::Index, first, ir_.int_const(i)));
    guard(ir_.emit(IrOp::Eq, ir_.emit(IrOp::BAnd, boxed, constant(Value::kTagMask)),
                   constant(Value::kTagObject)),
          true, pc);
    IrRef iterator = ir_.emit(IrOp::BAnd, boxed, constant(Value::kPayloadMask));
    IrRef type = ir_.emit(IrOp::FieldPtr, iterator, ir_.int_const(byte_offset(it, &it->type)));
    guard(ir_.emit(IrOp::Eq, type, constant(reinterpret_cast<uint64_t>(context_.list_iterator))),
          true, pc);
    IrRef seq = ir_.emit(IrOp::Field, iterator, ir_.int_const(byte_offset(it, &it->seq)));
    guard(ir_.emit(IrOp::Ne, seq, constant(Value::kUndefinedBits)), true, pc);
    IrRef list_ref = ir_.emit(IrOp::BAnd, seq, constant(Value::kPayloadMask));
    IrRef index = ir_.emit(IrOp::Field, iterator, ir_.int_const(byte_offset(it, &it->index)));
    IrRef size = ir_.emit(IrOp::Field, list_ref, ir_.int_const(byte_offset(list, &list->size)));
    guard(ir_.emit(IrOp::Lt, index, size), true, pc);
    IrRef items =
        ir_.emit(IrOp::FieldPtr, list_ref, ir_.int_const(byte_offset(list, &list->items)));
    steps.push_back(
        Step{it, iterator, index, ir_.emit(IrOp::Load, ir_.emit(IrOp::Index, items, index))});
  }
  for (int64_t i = 0; i < n; ++i) {
    Step& s = steps[static_cast<size_t>(i)];
    ir_.emit_raw(IrOp::Store, IrType::None, field_address(s.iterator, s.it, &s.it->index),
                 ir_.emit(IrOp::Add, s.index, ir_.int_const(1)));
    Value value;
    list_iter_advance(s.it, &value);
    write(static_cast<uint16_t>(unpack->a + i), s.item, value);
  }
  return unpack + 1;
}

// GetItem (get) and SetItem on a list with an int index within its size.
const Instruction* PythonRecorder::list_item(const Instruction* pc, const Instruction& ins,
                                             bool get) {
  uint16_t list_reg = get ? ins.b : ins.a;
  uint16_t index_reg = get ? ins.c : ins.b;
  IrRef list_ref = object_of(list_reg, context_.list);
  if (!list_ref) return stop("item of another object than a list");
  Value key = R_[index_reg];
  auto* list = static_cast<ListObject*>(R_[list_reg].as_object());
  if (!key.is_small_int() ||
      static_cast<uint64_t>(key.as_small_int()) >= static_cast<uint64_t>(list->size)) {
    return stop("list index not an int within the list");
  }
  IrRef index = number(index_reg);
  if (!index || ir_.type_of(index) != IrType::Int) return stop("list index not an int");
  IrRef size = ir_.emit(IrOp::Field, list_ref, ir_.int_const(byte_offset(list, &list->size)));
  guard(ir_.emit(IrOp::ULt, index, size), true, pc);
  IrRef items = ir_.emit(IrOp::FieldPtr, list_ref, ir_.int_const(byte_offset(list, &list->items)));
  IrRef address = ir_.emit(IrOp::Index, items, index);
  Value* slot = list->items + key.as_small_int();
  if (get) {
    write(ins.a, ir_.emit(IrOp::Load, address), *slot);
  } else {
    IrRef value = value_of(ins.c);
    if (ir_.type_of(value) == IrType::Float && std::isnan(R_[ins.c].as_double())) {
      return stop("a nan stored into a list");
    }
    ir_.emit_raw(IrOp::Store, IrType::None, address, box(value));
    *slot = R_[ins.c];
  }
  return pc + 1;
}

// Unpack of a tuple or a list of exactly the size wanted into consecutive registers.
const Instruction* PythonRecorder::unpack(const Instruction* pc, const Instruction& ins) {
  Value source = R_[ins.b];
  bool tuple = source.is_object() && source.as_object()->type == context_.tuple;
  IrRef object = object_of(ins.b, tuple ? context_.tuple : context_.list);
  if (!object) return stop("unpacking of another object than a tuple or a list");
  const Value* items;
  IrRef size;
  IrRef base;
  if (tuple) {
    auto* t = static_cast<TupleObject*>(source.as_object());
    items = t->items;
    size = ir_.emit(IrOp::Field, object, ir_.int_const(byte_offset(t, &t->size)));
    base = ir_.emit(IrOp::Add, object, ir_.int_const(byte_offset(t, t->items)));
  } else {
    auto* l = static_cast<ListObject*>(source.as_object());
    items = l->items;
    size = ir_.emit(IrOp::Field, object, ir_.int_const(byte_offset(l, &l->size)));
    base = ir_.emit(IrOp::FieldPtr, object, ir_.int_const(byte_offset(l, &l->items)));
  }
  int64_t n = tuple ? static_cast<TupleObject*>(source.as_object())->size
                    : static_cast<ListObject*>(source.as_object())->size;
  if (n != ins.c) return stop("unpacking of a sequence of another size");
  guard(ir_.emit(IrOp::Eq, size, ir_.int_const(n)), true, pc);
  std::vector<IrRef> refs;
  std::vector<Value> values(items, items + n);
  for (int64_t i = 0; i < n; ++i) {
    refs.push_back(ir_.emit(IrOp::Load, ir_.emit(IrOp::Index, base, ir_.int_const(i))));
  }
  for (int64_t i = 0; i < n; ++i) {
    write(static_cast<uint16_t>(ins.a + i), refs[static_cast<size_t>(i)],
          values[static_cast<size_t>(i)]);
  }
  return pc + 1;
}

void PythonRecorder::guard_keys(const DictObject* dict, const Instruction* pc) {
  IrRef object = constant(reinterpret_cast<uint64_t>(dict));
  IrRef keys = ir_.emit(IrOp::Field, object, ir_.int_const(byte_offset(dict, &dict->keys_version)));
  guard(ir_.emit(IrOp::Eq, keys, constant(dict->keys_version)), true, pc);
}

IrRef PythonRecorder::value_address(const DictObject* dict, int64_t index) {
  IrRef object = constant(reinterpret_cast<uint64_t>(dict));
  IrRef entries =
      ir_.emit(IrOp::FieldPtr, object, ir_.int_const(byte_offset(dict, &dict->entries)));
  const DictEntry& entry = dict->entries[index];
  int64_t offset = byte_offset(dict->entries, &entry.value);
  return ir_.emit(IrOp::Index, entries, ir_.int_const(offset / 8));
}

// LoadGlobal as the interpreter's cache has it: an entry of the globals or the builtins,
// valid while both keep their key sets.
const Instruction* PythonRecorder::load_global(const Instruction* pc, const Instruction& ins) {
  const InlineCache& cache = code_->caches[pc[1].aux_lo()];
  DictObject* globals = context_.globals;
  DictObject* builtins = context_.builtins;
  if (cache.globals != globals || cache.globals_keys != globals->keys_version ||
      cache.builtins_keys != builtins->keys_version) {
    return stop("global not in the load cache");
  }
  guard_keys(globals, pc);
  guard_keys(builtins, pc);
  DictObject* dict = cache.in_builtins ? builtins : globals;
  IrRef address = value_address(dict, cache.index);
  Value value = dict->entries[cache.index].value;
  write(ins.a, ir_.emit(IrOp::Load, address), value);
  return pc + 2;  // past the AUX word
}

// StoreGlobal to a name the globals have: the value of its entry replaced in place.
const Instruction* PythonRecorder::store_global(const Instruction* pc, const Instruction& ins) {
  DictObject* globals = context_.globals;
  Value key = Value::from_object(code_->names[ins.bc()]);
  int64_t index = -1;
  for (int64_t i = 0; i < globals->used; ++i) {
    if (globals->entries[i].key.is(key)) index = i;
  }
  if (index < 0) return stop("store to a new global");
  IrRef value = value_of(ins.a);
  if (ir_.type_of(value) == IrType::Float && std::isnan(R_[ins.a].as_double())) {
    return stop("a nan stored into a global");
  }
  IrRef boxed = box(value);
  guard_keys(globals, pc);
  ir_.emit_raw(IrOp::Store, IrType::None, value_address(globals, index), boxed);
  globals->entries[index].value = R_[ins.a];
  return pc + 1;
}

void PythonRecorder::guard_call_room(const CodeObject& callee, const Instruction* pc) {
  VM& vm = *context_.vm;
  IrRef vm_ref = constant(reinterpret_cast<uint64_t>(&vm));
  auto field = [&](const void* address) {
    return ir_.emit(IrOp::Field, vm_ref, ir_.int_const(byte_offset(&vm, address)));
  };
  auto below = [&](IrRef x, int64_t plus, IrRef limit) {
    guard(ir_.emit(IrOp::Lt, ir_.emit(IrOp::Add, x, ir_.int_const(plus)), limit), true, pc);
  };
  auto depth = static_cast<int64_t>(call_depth());
  below(field(&vm.recursion_depth), depth, field(&vm.recursion_limit));
  below(field(&vm.frame), (depth + 1) * static_cast<int64_t>(sizeof(Frame)),
        constant(reinterpret_cast<uint64_t>(vm.stack().frames_end())));
  // stack_top + registers <= values_end
  below(field(&vm.stack_top),
        static_cast<int64_t>((inlined_registers_ + callee.register_count) * sizeof(Value)) - 1,
        constant(reinterpret_cast<uint64_t>(vm.stack().values_end())));
}

// A call of a Python function with positional arguments that fill its parameters: the trace
// goes on in the function's code (TraceRecorder::enter_call), behind a guard that the
// register holds this very function.
const Instruction* PythonRecorder::inline_call(const Instruction* pc, uint16_t callee_reg,
                                               uint16_t first_arg, uint32_t nargs,
                                               uint16_t result) {
  Value callee = R_[callee_reg];
  if (!callee.is_object() || callee.as_object()->type != context_.function) {
    return stop("call of another object than a Python function");
  }
  auto* f = static_cast<FunctionObject*>(callee.as_object());
  const CodeObject& code = *f->code;
  constexpr uint32_t kNotInlined = kCodeVarArgs | kCodeVarKeywords | kCodeGenerator |
                                   kCodeCoroutine | kCodeAsyncGenerator | kCodeTyped;
  if (nargs != code.arg_count || code.kwonly_count != 0 || (code.flags & kNotInlined) ||
      f->closure) {
    return stop("call of a function with other than positional parameters, or a closure");
  }
  if (f->globals != context_.globals) return stop("call of a function of another module");
  if (call_depth() >= kMaxCallDepth) return stop("calls nested too deep");
  guard(ir_.emit(IrOp::Eq, read(callee_reg), constant(callee.bits())), true, pc);
  hold(f);
  guard_call_room(code, pc);
  std::vector<IrRef> args;
  std::vector<Value> values;
  for (uint16_t r = first_arg; r < first_arg + nargs; ++r) {
    IrRef arg = value_of(r);
    if (!arg) return stop("call with an unbound argument");
    args.push_back(arg);
    values.push_back(R_[r]);
  }
  if (loop_code().register_count + inlined_registers_ + code.register_count > UINT16_MAX) {
    return stop("inlined calls with too many registers");
  }
  inlined_registers_ += code.register_count;
  enter_call(code, callee, pc, result, args, values);
  return code.code.data();
}

// CallMethod after a LoadMethod that found a Python function on the receiver's type, or
// list.append.
const Instruction* PythonRecorder::call_method(const Instruction* pc, const Instruction& ins) {
  if (R_[ins.a + 1].is_undefined()) return stop("call of a method without its receiver");
  if (is_list_append(R_[ins.a])) {
    if (ins.b != 1) return stop("list.append with other than one argument");
    return list_append(pc, ins.a + 1, ins.a + 2, ins.a);
  }
  return inline_call(pc, ins.a, ins.a + 1, ins.b + 1u, ins.a);
}

const Instruction* PythonRecorder::list_append(const Instruction* pc, uint16_t list_reg,
                                               uint16_t item_reg, uint16_t result) {
  if (call_depth() > 0 && !note_call_effect()) return stop("an inlined call changes an object");
  auto* list = static_cast<ListObject*>(R_[list_reg].as_object());
  if (list->size == list->capacity) return stop("list.append that needs a larger buffer");
  if (R_[item_reg].is_double() && std::isnan(R_[item_reg].as_double())) {
    return stop("a nan appended to a list");
  }
  IrRef list_ref = object_of(list_reg, context_.list);
  IrRef value = stored_value(item_reg);
  if (!list_ref || !value) return stop("list.append of an unbound local");
  IrRef size = ir_.emit(IrOp::Field, list_ref, ir_.int_const(byte_offset(list, &list->size)));
  IrRef capacity =
      ir_.emit(IrOp::Field, list_ref, ir_.int_const(byte_offset(list, &list->capacity)));
  // Full: the interpreter makes this append, with a larger buffer.
  guard(ir_.emit(IrOp::Lt, size, capacity), true, pc);
  IrRef items = ir_.emit(IrOp::FieldPtr, list_ref, ir_.int_const(byte_offset(list, &list->items)));
  ir_.emit_raw(IrOp::Store, IrType::None, ir_.emit(IrOp::Index, items, size), value);
  ir_.emit_raw(IrOp::Store, IrType::None, field_address(list_ref, list, &list->size),
               ir_.emit(IrOp::Add, size, ir_.int_const(1)));
  list->items[list->size++] = R_[item_reg];
  write(result, ir_.value_const(Value::none().bits()), Value::none());
  return pc + 1;
}

IrRef PythonRecorder::truth(uint16_t r, bool* value) {
  Value v = R_[r];
  if (v.is_none()) {
    IrRef ref = read(r);
    if (!ref || ir_.type_of(ref) != IrType::Raw) return kNoRef;
    guard(ir_.emit(IrOp::Eq, ref, ir_.value_const(v.bits())), true, pc_);
    *value = false;
    return ir_.bool_const(false);
  }
  IrRef x = number(r);
  if (!x) return kNoRef;
  switch (ir_.type_of(x)) {
    case IrType::Int:
      *value = v.as_small_int() != 0;
      return ir_.emit(IrOp::Ne, x, ir_.int_const(0));
    case IrType::Float:
      *value = v.as_double() != 0.0;  // nan is true
      return ir_.emit(IrOp::NeF, x, ir_.float_const(0.0));
    default:
      *value = v.as_bool();
      return x;
  }
}

IrRef PythonRecorder::attribute_entry(const Instruction* pc, uint16_t r, bool no_dict,
                                      const AttributeCacheEntry** found) {
  Value v = R_[r];
  if (!v.is_object()) return kNoRef;
  Object* o = v.as_object();
  const InlineCache& cache = code_->caches[pc[1].aux_lo()];
  for (const AttributeCacheEntry& e : cache.entries) {
    if (e.type != o->type || e.type->version != e.type_version) continue;
    uint32_t offset = e.type->attrs_offset;
    if (offset == kAttrsAfterData) return kNoRef;
    InstanceAttributes* attrs = instance_attributes(o);
    if (attrs && (attrs->shape != e.shape || (no_dict && attrs->dict))) continue;
    IrRef object = object_of(r, e.type);
    if (!object) return kNoRef;
    IrRef type = constant(reinterpret_cast<uint64_t>(e.type));
    IrRef version =
        ir_.emit(IrOp::Field, type, ir_.int_const(byte_offset(e.type, &e.type->version)));
    guard(ir_.emit(IrOp::Eq, version, constant(e.type_version)), true, pc);
    hold(e.type);
    if (attrs) {
      IrRef shape = ir_.emit(IrOp::FieldPtr, object, ir_.int_const(byte_offset(o, &attrs->shape)));
      guard(ir_.emit(IrOp::Eq, shape, constant(reinterpret_cast<uint64_t>(e.shape))), true, pc);
      if (e.shape) hold(e.shape);
      if (no_dict) {
        IrRef dict = ir_.emit(IrOp::FieldPtr, object, ir_.int_const(byte_offset(o, &attrs->dict)));
        guard(ir_.emit(IrOp::Eq, dict, ir_.int_const(0)), true, pc);
      }
    }
    *found = &e;
    return object;
  }
  return kNoRef;
}

// LoadAttr of an attribute the instance keeps by its shape, as the interpreter's cache has
// it.
const Instruction* PythonRecorder::load_attr(const Instruction* pc, const Instruction& ins) {
  const AttributeCacheEntry* e;
  IrRef object = attribute_entry(pc, ins.b, false, &e);
  if (!object) return stop("attribute not in the load cache");
  Object* o = R_[ins.b].as_object();
  InstanceAttributes* attrs = instance_attributes(o);
  if (!attrs) return stop("attribute of a built-in object");
  IrRef values = ir_.emit(IrOp::FieldPtr, object, ir_.int_const(byte_offset(o, &attrs->values)));
  IrRef item = ir_.emit(IrOp::Load, ir_.emit(IrOp::Index, values, ir_.int_const(e->index)));
  write(ins.a, item, attrs->values[e->index]);
  return pc + 2;  // past the AUX word
}

// StoreAttr that the interpreter's cache makes a store into the instance's values (and a
// new shape when it adds the attribute).
const Instruction* PythonRecorder::store_attr(const Instruction* pc, const Instruction& ins) {
  const AttributeCacheEntry* e;
  IrRef object = attribute_entry(pc, ins.a, true, &e);
  if (!object) return stop("attribute not in the store cache");
  Object* o = R_[ins.a].as_object();
  InstanceAttributes* attrs = instance_attributes(o);
  if (!attrs) return stop("attribute of a built-in object");
  if (e->next_shape && e->index >= attrs->capacity) return stop("attribute that needs room");
  if (R_[ins.c].is_double() && std::isnan(R_[ins.c].as_double())) {
    return stop("a nan stored into an attribute");
  }
  IrRef value = stored_value(ins.c);
  if (!value) return stop("store of an unbound local");
  if (e->next_shape) {
    IrRef capacity = ir_.emit(IrOp::Field, object, ir_.int_const(byte_offset(o, &attrs->capacity)));
    capacity = ir_.emit(IrOp::BAnd, capacity, ir_.int_const(UINT32_MAX));
    guard(ir_.emit(IrOp::Lt, ir_.int_const(e->index), capacity), true, pc);
  }
  IrRef values = ir_.emit(IrOp::FieldPtr, object, ir_.int_const(byte_offset(o, &attrs->values)));
  ir_.emit_raw(IrOp::Store, IrType::None, ir_.emit(IrOp::Index, values, ir_.int_const(e->index)),
               value);
  attrs->values[e->index] = R_[ins.c];
  if (e->next_shape) {
    ir_.emit_raw(IrOp::Store, IrType::None, field_address(object, o, &attrs->shape),
                 constant(reinterpret_cast<uint64_t>(e->next_shape)));
    hold(e->next_shape);
    attrs->shape = e->next_shape;
  }
  return pc + 2;  // past the AUX word
}

// LoadMethod that finds a Python function on the receiver's type: the function, a
// constant of the trace, and the receiver.
const Instruction* PythonRecorder::load_method(const Instruction* pc, const Instruction& ins) {
  const AttributeCacheEntry* e;
  IrRef object = attribute_entry(pc, ins.b, true, &e);
  if (!object) return stop("method not in the load cache");
  Value function = e->value;
  bool python = function.is_object() && function.as_object()->type == context_.function;
  if (!python && !is_list_append(function)) {
    return stop("method of another kind than a Python function");
  }
  hold(function.as_object());
  write(ins.a, ir_.value_const(function.bits()), function);
  write(static_cast<uint16_t>(ins.a + 1), read(ins.b), R_[ins.b]);
  return pc + 2;  // past the AUX word
}

const Instruction* PythonRecorder::return_value(const Instruction& ins) {
  if (call_depth() == 0) return stop("return from the loop's function");
  IrRef ref = map_[ins.a];
  if (!ref) return stop("return of an unbound local");
  inlined_registers_ -= code_->register_count;
  return return_from_call(ref, R_[ins.a]);
}

const Instruction* PythonRecorder::step(const Instruction* pc, const Instruction& ins) {
  pc_ = pc;
  if (binary_op(ins.op)) {
    IrRef x, y;
    if (!number_operands(ins, "arithmetic", &x, &y)) return nullptr;
    auto op = static_cast<BinaryOp>(ins.x & ~kQuickenedInPlace);
    if (ir_.type_of(x) == IrType::Int && ir_.type_of(y) == IrType::Int) {
      return int_binary(pc, ins, op, x, y);
    }
    return float_binary(pc, ins, op, x, y);
  }
  // An inlined call must leave nothing to undo when it exits (see enter_call).
  bool effect = ins.op == Op::SetItem || ins.op == Op::StoreGlobal || ins.op == Op::StoreAttr ||
                ins.op == Op::ForIter || ins.op == Op::ForIterRange || ins.op == Op::ForIterList;
  if (effect && call_depth() > 0 && !note_call_effect()) {
    return stop("an inlined call changes an object");
  }
  switch (ins.op) {
    case Op::Move: {
      write(ins.a, value_of(ins.b), R_[ins.b]);
      return pc + 1;
    }
    case Op::LoadInt:
      write(ins.a, ir_.int_const(ins.sbc()), Value::from_small_int(ins.sbc()));
      return pc + 1;
    case Op::LoadNone:
      write(ins.a, ir_.value_const(Value::none().bits()), Value::none());
      return pc + 1;
    case Op::Is: {
      IrRef x = stored_value(ins.b);
      IrRef y = stored_value(ins.c);
      if (!x || !y) return stop("identity of an unbound local");
      bool same = R_[ins.b].is(R_[ins.c]);
      IrRef ref = as_bool(ir_.emit(ins.x ? IrOp::Ne : IrOp::Eq, x, y));
      write(ins.a, ref, Value::from_bool(same != (ins.x != 0)));
      return pc + 1;
    }
    case Op::Not: {
      bool value;
      IrRef cond = truth(ins.b, &value);
      if (!cond) return stop("not of another value than a number or None");
      write(ins.a, as_bool(ir_.emit(IrOp::Eq, cond, ir_.int_const(0))), Value::from_bool(!value));
      return pc + 1;
    }
    case Op::LoadAttr:
      return load_attr(pc, ins);
    case Op::StoreAttr:
      return store_attr(pc, ins);
    case Op::LoadMethod:
      return load_method(pc, ins);
    case Op::CallMethod:
      return call_method(pc, ins);
    case Op::LoadBool:
      write(ins.a, ir_.bool_const(ins.x != 0), Value::from_bool(ins.x != 0));
      return pc + 1;
    case Op::LoadConst: {
      Value k = code_->constants[ins.bc()];
      IrRef ref = k.is_small_int() ? ir_.int_const(k.as_small_int())
                  : k.is_double()  ? ir_.float_const(k.as_double())
                  : k.is_bool()    ? ir_.bool_const(k.as_bool())
                                   : kNoRef;
      if (!ref) return stop("constant of another type than a number");
      write(ins.a, ref, k);
      return pc + 1;
    }
    case Op::Compare:
    case Op::CompareInt:
    case Op::CompareFloat:
      return compare(pc, ins);
    case Op::Unary: {
      IrRef x = number(ins.b);
      auto op = static_cast<UnaryOp>(ins.x);
      if (!x || ir_.type_of(x) == IrType::Bool || op == UnaryOp::Invert) {
        return stop("unsupported unary operation");
      }
      Value v = R_[ins.b];
      if (op == UnaryOp::Pos) {
        write(ins.a, x, v);
      } else if (ir_.type_of(x) == IrType::Float) {
        write(ins.a, ir_.emit(IrOp::NegF, x), Value::from_double(-v.as_double()));
      } else {
        int64_t result = -v.as_small_int();
        if (!Value::fits_small_int(result)) return stop("int result outside the small range");
        IrRef ref = ir_.emit(IrOp::Neg, x);
        guard_small_int(ref, pc);
        write(ins.a, ref, Value::from_small_int(result));
      }
      return pc + 1;
    }
    case Op::Jump: {
      const Instruction* target = pc + 1 + ins.sbc();
      if (inner_loop(pc, target)) return stop_at_inner_loop(pc);
      return target;
    }
    case Op::JumpIfTrue:
      return jump_if(pc, ins, true);
    case Op::JumpIfFalse:
      return jump_if(pc, ins, false);
    case Op::ForIter:
    case Op::ForIterRange:
    case Op::ForIterList:
      return for_list(pc, ins);
    case Op::LoadGlobal:
      return load_global(pc, ins);
    case Op::StoreGlobal:
      return store_global(pc, ins);
    case Op::Unpack:
      return unpack(pc, ins);
    case Op::GetItem:
      return list_item(pc, ins, true);
    case Op::SetItem:
      return list_item(pc, ins, false);
    case Op::JitLoop:
      return call_inner_trace(pc);
    case Op::Call:
      return inline_call(pc, ins.a, ins.a + 1u, ins.b, ins.a);
    case Op::Return:
      return return_value(ins);
    default:
      reason_ = std::string("unsupported instruction ") + opcode_name(ins.op);
      return nullptr;
  }
}

// A register carried round the loop must come back with the type its entry check wants
// (one an inner trace left in the frame is reloaded, checked and unboxed).
const char* PythonRecorder::before_close() {
  pc_ = start_;
  for (size_t i = 0; i < touched_.size(); ++i) {
    uint16_t r = touched_[i];
    if (sload_[r] == kNoRef) continue;
    if (map_[r] == kNoRef) map_[r] = ir_.emit_raw(IrOp::Reload, IrType::Raw, r);
    IrType want = ir_.at(sload_[r]).type;
    IrType have = ir_.type_of(map_[r]);
    if (map_[r] == sload_[r] || have == want) continue;
    IrRef value = have == IrType::Raw && is_number(want) ? number(r) : kNoRef;
    if (!value || ir_.type_of(value) != want) return "a register changes its type";
    map_[r] = value;
  }
  return nullptr;
}

}  // namespace

Recording record_python(IrBuffer& ir, const CodeObject& code, Value* registers,
                        const Instruction* from, Instruction from_ins, const Instruction* back_edge,
                        const InnerTraces& inner, const TraceContext& context) {
  ir.loop = from == back_edge;
  return PythonRecorder(ir, code, registers, inner, context, from).run(from, from_ins, back_edge);
}

}  // namespace ember::jit
