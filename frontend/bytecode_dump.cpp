#include "frontend/bytecode_dump.h"

#include <gmp.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "vm/bytes_object.h"
#include "vm/code_object.h"
#include "vm/complex_object.h"
#include "vm/int_object.h"
#include "vm/str_object.h"
#include "vm/tuple_object.h"
#include "vm/typed_function.h"
#include "vm/vm.h"

namespace ember {

namespace {

const char* op_name(Op op) {
  static const char* const kNames[] = {
#define EMBER_OPCODE_NAME(name) #name,
      EMBER_OPCODES(EMBER_OPCODE_NAME)
#undef EMBER_OPCODE_NAME
  };
  size_t i = static_cast<size_t>(op);
  return i < sizeof(kNames) / sizeof(kNames[0]) ? kNames[i] : "?";
}

const char* const kBinaryNames[] = {"+",  "-",  "*",  "@", "/", "//", "%",
                                    "**", "<<", ">>", "&", "|", "^"};
const char* const kCompareNames[] = {"<", "<=", "==", "!=", ">", ">="};
const char* const kUnaryNames[] = {"-", "+", "~"};

std::string double_text(double d) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, res.ptr);
  if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
  return s;
}

void append_value(VM& vm, std::string& out, Value v) {
  if (v.is_none()) {
    out += "None";
  } else if (v.is_bool()) {
    out += v.as_bool() ? "True" : "False";
  } else if (v.is_small_int()) {
    out += std::to_string(v.as_small_int());
  } else if (v.is_double()) {
    out += double_text(v.as_double());
  } else if (v.is_undefined()) {
    out += "<undefined>";
  } else if (v.is_object()) {
    Object* o = v.as_object();
    if (v.is(vm.ellipsis)) {
      out += "Ellipsis";
    } else if (o->type == vm.types.str) {
      auto* s = static_cast<StrObject*>(o);
      out += '\'';
      for (char ch : s->view()) {
        if (ch == '\'' || ch == '\\') {
          out += '\\';
          out += ch;
        } else if (ch == '\n') {
          out += "\\n";
        } else if (ch == '\t') {
          out += "\\t";
        } else if (static_cast<unsigned char>(ch) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(ch));
          out += buf;
        } else {
          out += ch;
        }
      }
      out += '\'';
    } else if (o->type == vm.types.bytes) {
      out += "b'";
      for (char ch : static_cast<BytesObject*>(o)->view()) {
        unsigned char u = static_cast<unsigned char>(ch);
        if (ch == '\'' || ch == '\\') {
          out += '\\';
          out += ch;
        } else if (u < 0x20 || u >= 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", u);
          out += buf;
        } else {
          out += ch;
        }
      }
      out += '\'';
    } else if (o->type == vm.types.int_) {
      char* s = mpz_get_str(nullptr, 10, static_cast<BigIntObject*>(o)->value);
      out += s;
      free_gmp_string(s);
    } else if (o->type == vm.types.tuple) {
      auto* t = static_cast<TupleObject*>(o);
      out += '(';
      for (int64_t i = 0; i < t->size; ++i) {
        if (i) out += ", ";
        append_value(vm, out, t->items[i]);
      }
      if (t->size == 1) out += ',';
      out += ')';
    } else if (o->type == vm.types.complex) {
      auto* z = static_cast<ComplexObject*>(o);
      if (z->real != 0.0) out += "(" + double_text(z->real) + "+";
      std::string im = double_text(z->imag);
      if (im.size() > 2 && im.compare(im.size() - 2, 2, ".0") == 0) im.resize(im.size() - 2);
      out += im + "j";
      if (z->real != 0.0) out += ")";
    } else if (o->type == vm.types.code) {
      auto* c = static_cast<CodeObject*>(o);
      out += "<code ";
      out += c->qualname ? std::string(c->qualname->view()) : "?";
      out += ">";
    } else if (o->type == vm.types.typed_function) {
      CodeObject* c = static_cast<TypedFunctionObject*>(o)->code;
      out += "<fn " + std::string(c->qualname->view()) + ">";
    } else {
      out += "<object>";
    }
  }
}

std::string name_at(CodeObject* c, uint32_t i) {
  if (i < c->names.size()) return std::string(c->names[i]->view());
  return "?";
}

std::string reg(uint32_t r) {
  if (r == kNoRegister) return "-";
  return std::string("r") + std::to_string(r);
}

void dump_one(VM& vm, CodeObject* c, std::string& out) {
  out += "code ";
  out += c->qualname ? std::string(c->qualname->view()) : "?";
  out += " (name " + std::string(c->name ? c->name->view() : "?") + ", line " +
         std::to_string(c->first_line) + ")\n";
  out += std::string("  args ") + std::to_string(c->arg_count) + ", posonly " +
         std::to_string(c->posonly_count) + std::string(", kwonly ") +
         std::to_string(c->kwonly_count) + std::string(", locals ") +
         std::to_string(c->local_count) + ", registers " + std::to_string(c->register_count);
  std::string flags;
  if (c->flags & kCodeVarArgs) flags += " varargs";
  if (c->flags & kCodeVarKeywords) flags += " varkeywords";
  if (c->flags & kCodeGenerator) flags += " generator";
  if (c->flags & kCodeCoroutine) flags += " coroutine";
  if (c->flags & kCodeModule) flags += " module";
  if (c->flags & kCodeLambda) flags += " lambda";
  if (c->flags & kCodeTyped) flags += " typed";
  if (!flags.empty()) out += ", flags" + flags;
  out += "\n";
  if (!c->local_names.empty()) {
    out += "  locals:";
    for (size_t i = 0; i < c->local_names.size(); ++i) {
      out += std::string(" r") + std::to_string(i) + "=" + std::string(c->local_names[i]->view());
    }
    out += "\n";
  }
  if (c->flags & kCodeTyped) {
    // The slot map: every other register holds raw bits.
    out += "  value registers:";
    for (uint16_t r : c->value_registers) out += std::string(" r") + std::to_string(r);
    out += "\n";
  }
  if (!c->raw_constants.empty()) {
    out += "  raw constants:";
    for (size_t i = 0; i < c->raw_constants.size(); ++i) {
      out += " RK" + std::to_string(i) + "=" +
             std::to_string(static_cast<int64_t>(c->raw_constants[i]));
    }
    out += "\n";
  }
  if (!c->free_registers.empty()) {
    out += "  free:";
    for (uint16_t r : c->free_registers) out += std::string(" r") + std::to_string(r);
    out += "\n";
  }
  if (!c->constants.empty()) {
    out += "  constants:\n";
    for (size_t i = 0; i < c->constants.size(); ++i) {
      out += std::string("    ") + std::to_string(i) + ": ";
      append_value(vm, out, c->constants[i]);
      out += "\n";
    }
  }
  if (!c->handlers.empty()) {
    out += "  handlers:\n";
    for (auto& h : c->handlers) {
      out += std::string("    [") + std::to_string(h.start) + std::string(", ") +
             std::to_string(h.end) + ") -> " + std::to_string(h.target) + std::string(" exc in r") +
             std::to_string(h.reg) + "\n";
    }
  }
  out += "  code:\n";
  int32_t last_line = -1;
  for (size_t pc = 0; pc < c->code.size(); ++pc) {
    const Instruction& ins = c->code[pc];
    if (ins.op == Op::Aux) continue;
    char head[48];
    int32_t line = pc < c->locations.size() ? c->locations[pc].line : 0;
    if (line != last_line) {
      std::snprintf(head, sizeof head, "  %4d %5zu  ", line, pc);
      last_line = line;
    } else {
      std::snprintf(head, sizeof head, "       %5zu  ", pc);
    }
    out += head;
    std::string name = op_name(ins.op);
    out += name;
    out += std::string(name.size() < 16 ? 16 - name.size() : 1, ' ');
    std::string args;
    std::string note;
    auto target = [&](int32_t offset, size_t after) {
      return std::to_string(static_cast<int64_t>(after) + offset);
    };
    switch (ins.op) {
      case Op::LoadConst:
        args = reg(ins.a) + std::string(", K") + std::to_string(ins.bc());
        if (ins.bc() < c->constants.size()) append_value(vm, note, c->constants[ins.bc()]);
        break;
      case Op::LoadInt:
        args = reg(ins.a) + std::string(", ") + std::to_string(ins.sbc());
        break;
      case Op::LoadRaw:
        args = reg(ins.a) + std::string(", RK") + std::to_string(ins.bc());
        break;
      case Op::JumpIfRaw:
        args = reg(ins.a) + (ins.x ? " != 0 -> " : " == 0 -> ") + target(ins.sbc(), pc + 1);
        break;
      case Op::LoopI64:
        args = reg(ins.b) + " = " + reg(ins.a) + " += " + reg(ins.a + 2u) +
               (ins.x ? " > " : " < ") + reg(ins.a + 1u) + " -> " +
               (pc + 1 < c->code.size() ? target(c->code[pc + 1].sbc(), pc + 2) : "?");
        break;
      case Op::JumpLtI64:
      case Op::JumpLeI64:
      case Op::JumpEqI64:
      case Op::JumpNeI64:
      case Op::JumpGtI64:
      case Op::JumpGeI64:
      case Op::JumpLtF64:
      case Op::JumpLeF64:
      case Op::JumpEqF64:
      case Op::JumpNeF64:
      case Op::JumpGtF64:
      case Op::JumpGeF64:
        args = reg(ins.a) + ", " + reg(ins.b) + (ins.x ? " holds" : " fails") + " -> " +
               (pc + 1 < c->code.size() ? target(c->code[pc + 1].sbc(), pc + 2) : "?");
        break;
      case Op::CallTyped:
        args = reg(ins.b) + " = K" + std::to_string(ins.c) + "(" + reg(ins.a) + ", " +
               std::to_string(ins.x) + " slots)";
        if (ins.c < c->constants.size()) append_value(vm, note, c->constants[ins.c]);
        break;
      case Op::ReturnMulti:
        args = reg(ins.a) + ", " + std::to_string(ins.x) + " slots";
        break;
      case Op::LoadBool:
        args = reg(ins.a) + ", " + (ins.x ? "True" : "False");
        break;
      case Op::LoadNone:
      case Op::MakeCell:
      case Op::Return:
      case Op::PopExcInfo:
      case Op::Reraise:
      case Op::EndAsyncFor:
      case Op::ImportStar:
        args = reg(ins.a);
        break;
      case Op::LoadGlobal:
      case Op::StoreGlobal:
      case Op::LoadName:
      case Op::StoreName:
      case Op::LoadBuiltin:
      case Op::CheckBound:
      case Op::DeleteLocal:
        args = reg(ins.a) + std::string(", N") + std::to_string(ins.bc());
        note = name_at(c, ins.bc());
        break;
      case Op::DeleteGlobal:
      case Op::DeleteName:
        args = std::string("N") + std::to_string(ins.bc());
        note = name_at(c, ins.bc());
        break;
      case Op::LoadCell:
        args = reg(ins.a) + ", " + reg(ins.b) + std::string(", N") + std::to_string(ins.c);
        note = name_at(c, ins.c) + (ins.x ? " (free)" : " (cell)");
        break;
      case Op::DeleteCell:
        args = reg(ins.a) + std::string(", N") + std::to_string(ins.b);
        note = name_at(c, ins.b) + (ins.x ? " (free)" : " (cell)");
        break;
      case Op::LoadAttr:
      case Op::LoadMethod:
      case Op::LoadClassCell:
      case Op::ImportFrom:
        args = reg(ins.a) + ", " + reg(ins.b) + std::string(", N") + std::to_string(ins.c);
        note = name_at(c, ins.c);
        break;
      case Op::StoreAttr:
        args = reg(ins.a) + std::string(", N") + std::to_string(ins.b) + ", " + reg(ins.c);
        note = name_at(c, ins.b);
        break;
      case Op::DeleteAttr:
        args = reg(ins.a) + std::string(", N") + std::to_string(ins.b);
        note = name_at(c, ins.b);
        break;
      case Op::ImportName:
        args = reg(ins.a) + std::string(", N") + std::to_string(ins.b) + std::string(", level ") +
               std::to_string(ins.x);
        note = name_at(c, ins.b);
        break;
      case Op::Call:
      case Op::CallMethod:
        args = reg(ins.a) + std::string(", ") + std::to_string(ins.b);
        break;
      case Op::CallKw:
        args = reg(ins.a) + std::string(", ") + std::to_string(ins.b) + std::string(", K") +
               std::to_string(ins.c);
        if (ins.c < c->constants.size()) append_value(vm, note, c->constants[ins.c]);
        break;
      case Op::Binary:
      case Op::InPlace:
        args = reg(ins.a) + ", " + reg(ins.b) + ", " + reg(ins.c);
        if (ins.x < 13)
          note = std::string(kBinaryNames[ins.x]) + (ins.op == Op::InPlace ? "=" : "");
        break;
      case Op::Compare:
        args = reg(ins.a) + ", " + reg(ins.b) + ", " + reg(ins.c);
        if (ins.x < 6) note = kCompareNames[ins.x];
        break;
      case Op::Is:
        args = reg(ins.a) + ", " + reg(ins.b) + ", " + reg(ins.c);
        note = ins.x ? "is not" : "is";
        break;
      case Op::Contains:
        args = reg(ins.a) + ", " + reg(ins.b) + ", " + reg(ins.c);
        note = ins.x ? "not in" : "in";
        break;
      case Op::Unary:
        args = reg(ins.a) + ", " + reg(ins.b);
        if (ins.x < 3) note = kUnaryNames[ins.x];
        break;
      case Op::Jump:
        args = "-> " + target(ins.sbc(), pc + 1);
        break;
      case Op::JumpIfTrue:
      case Op::JumpIfFalse:
        args = reg(ins.a) + " -> " + target(ins.sbc(), pc + 1);
        break;
      case Op::ForIter: {
        int32_t offset = pc + 1 < c->code.size() ? c->code[pc + 1].sbc() : 0;
        args = reg(ins.a) + ", " + reg(ins.b) + " exhausted -> " + target(offset, pc + 2);
        break;
      }
      case Op::BuildTuple:
      case Op::BuildList:
      case Op::BuildSet:
      case Op::BuildDict:
      case Op::BuildString:
      case Op::BuildSlice:
      case Op::Unpack:
        args = reg(ins.a) + ", " + reg(ins.b) + std::string(", ") + std::to_string(ins.c);
        break;
      case Op::UnpackEx:
        args = reg(ins.a) + ", " + reg(ins.b) + std::string(", ") + std::to_string(ins.c) +
               ", *, " + std::to_string(ins.x);
        break;
      case Op::MakeFunction:
        args = reg(ins.a) + std::string(", K") + std::to_string(ins.bc()) +
               std::string(", flags ") + std::to_string(ins.x);
        if (ins.bc() < c->constants.size()) append_value(vm, note, c->constants[ins.bc()]);
        break;
      case Op::Format:
        args = reg(ins.a) + ", " + reg(ins.b) + ", " + reg(ins.c);
        note = ins.x == 1 ? "!s" : ins.x == 2 ? "!r" : ins.x == 3 ? "!a" : "";
        break;
      case Op::CallEx:
        args = reg(ins.a) + ", " + reg(ins.b) + ", " + reg(ins.c);
        break;
      case Op::Raise:
        args = ins.x == 0   ? "(re-raise)"
               : ins.x == 1 ? reg(ins.a)
                            : reg(ins.a) + " from " + reg(ins.b);
        break;
      case Op::MatchClass:
        args = reg(ins.a) + ", " + reg(ins.b) + ", " + reg(ins.c) + std::string(", ") +
               std::to_string(ins.x);
        break;
      case Op::Move:
      case Op::Not:
      case Op::GetIter:
      case Op::GetAIter:
      case Op::GetANext:
      case Op::ListAppend:
      case Op::ListExtend:
      case Op::ListToTuple:
      case Op::SetAdd:
      case Op::SetUpdate:
      case Op::DictUpdate:
      case Op::PushExcInfo:
      case Op::BeforeWith:
      case Op::GetLen:
      case Op::MatchSequence:
      case Op::MatchMapping:
      case Op::StoreCell:
      case Op::DeleteItem:
        args = reg(ins.a) + ", " + reg(ins.b);
        break;
      default:
        args = reg(ins.a) + ", " + reg(ins.b) + ", " + reg(ins.c);
        if (ins.x) args += std::string(", x=") + std::to_string(ins.x);
        break;
    }
    out += args;
    if (!note.empty()) {
      out += "  ; ";
      out += note;
    }
    out += "\n";
  }
}

void dump_rec(VM& vm, CodeObject* c, std::string& out) {
  dump_one(vm, c, out);
  for (Value v : c->constants) {
    // A module's fn objects lead to their typed code; typed code refers to its callees'
    // code objects directly, which are listed where their fn is bound.
    if (v.is_object() && v.as_object()->type == vm.types.typed_function) {
      out += "\n";
      dump_rec(vm, static_cast<TypedFunctionObject*>(v.as_object())->code, out);
    } else if (v.is_object() && v.as_object()->type == vm.types.code && !(c->flags & kCodeTyped)) {
      out += "\n";
      dump_rec(vm, static_cast<CodeObject*>(v.as_object()), out);
    }
  }
}

}  // namespace

std::string dump_bytecode(VM& vm, CodeObject* code) {
  std::string out;
  if (code) dump_rec(vm, code, out);
  return out;
}

}  // namespace ember
