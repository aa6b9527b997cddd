#include "vm/traceback.h"

#include <fstream>
#include <optional>
#include <sstream>
#include <unordered_set>
#include <vector>

#include "vm/code_object.h"
#include "vm/dict_object.h"
#include "vm/exception_object.h"
#include "vm/lazy_builtins.h"
#include "vm/list_object.h"
#include "vm/module_object.h"
#include "vm/ops.h"
#include "vm/str_object.h"
#include "vm/suggestions.h"
#include "vm/tuple_object.h"
#include "vm/type.h"
#include "vm/vm.h"

namespace ember {

namespace {

// CPython prints at most sys.tracebacklimit (default 1000) entries, the newest ones, and
// collapses a run of identical consecutive entries after the third one.
constexpr size_t kTracebackLimit = 1000;
constexpr int kRecursiveCutoff = 3;

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\f';
}

size_t char_count(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// ---- source lines

}  // namespace

std::optional<std::string> source_line(VM& vm, const std::string& filename, int line) {
  if (line <= 0) return std::nullopt;
  const std::string* text = vm.source_text(filename);
  std::string loaded;
  if (!text) {
    if (filename.empty() || filename[0] == '<') return std::nullopt;
    std::ifstream in(filename, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream buffer;
    buffer << in.rdbuf();
    loaded = buffer.str();
    text = &loaded;
  }
  size_t start = 0;
  for (int i = 1; i < line; ++i) {
    start = text->find('\n', start);
    if (start == std::string::npos) return std::nullopt;
    ++start;
  }
  size_t end = text->find('\n', start);
  std::string result =
      text->substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (!result.empty() && result.back() == '\r') result.pop_back();
  return result;
}

namespace {

// ---- finding the operator of a binary operation or the brackets of a subscript

struct Token {
  enum Kind { kName, kNumber, kString, kOp } kind;
  size_t start;
  size_t end;
  std::string_view text;
  int match = -1;  // for brackets: the index of the matching bracket
};

bool is_name_char(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Splits one line of Python into tokens; false when it is not one (unterminated string,
// unbalanced brackets, a comment or a line continuation).
bool tokenize(std::string_view s, std::vector<Token>& tokens) {
  static const char* const kOps3[] = {"**=", "//=", ">>=", "<<=", "..."};
  static const char* const kOps2[] = {"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", ":=",
                                      "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^="};
  size_t i = 0, n = s.size();
  while (i < n) {
    char c = s[i];
    if (is_blank(c)) {
      ++i;
      continue;
    }
    size_t start = i;
    Token::Kind kind = Token::kOp;
    bool string = false;
    if (is_name_char(c) && !is_digit(c)) {
      while (i < n && is_name_char(s[i])) ++i;
      kind = Token::kName;
      if (i < n && (s[i] == '\'' || s[i] == '"') && i - start <= 2 &&
          s.substr(start, i - start).find_first_not_of("rRbBuUfF") == std::string_view::npos) {
        string = true;
      }
    } else if (is_digit(c) || (c == '.' && i + 1 < n && is_digit(s[i + 1]))) {
      bool hex = c == '0' && i + 1 < n && (s[i + 1] == 'x' || s[i + 1] == 'X');
      while (i < n && (is_name_char(s[i]) || s[i] == '.')) {
        if (!hex && (s[i] == 'e' || s[i] == 'E') && i + 1 < n &&
            (s[i + 1] == '+' || s[i + 1] == '-')) {
          i += 2;
        } else {
          ++i;
        }
      }
      kind = Token::kNumber;
    } else if (c == '\'' || c == '"') {
      string = true;
    } else if (c == '#' || c == '\\') {
      return false;
    } else {
      size_t len = 0;
      for (const char* op : kOps3) {
        if (s.substr(i, 3) == op) len = 3;
      }
      if (!len) {
        for (const char* op : kOps2) {
          if (s.substr(i, 2) == op) len = 2;
        }
      }
      if (!len) {
        if (std::string_view("+-*/%@&|^~<>()[]{},:;.=").find(c) == std::string_view::npos) {
          return false;
        }
        len = 1;
      }
      i += len;
    }
    if (string) {
      char quote = s[i];
      std::string_view closing =
          s.substr(i, 3) == std::string(3, quote) ? s.substr(i, 3) : s.substr(i, 1);
      i += closing.size();
      for (;;) {
        if (i >= n) return false;
        if (s[i] == '\\') {
          i += 2;
        } else if (s.substr(i, closing.size()) == closing) {
          i += closing.size();
          break;
        } else {
          ++i;
        }
      }
      kind = Token::kString;
    }
    tokens.push_back({kind, start, i, s.substr(start, i - start)});
  }
  std::vector<int> open;
  for (int k = 0; k < static_cast<int>(tokens.size()); ++k) {
    const Token& t = tokens[k];
    if (t.kind != Token::kOp || t.text.size() != 1) continue;
    char c = t.text[0];
    if (c == '(' || c == '[' || c == '{') {
      open.push_back(k);
    } else if (c == ')' || c == ']' || c == '}') {
      if (open.empty()) return false;
      char o = tokens[open.back()].text[0];
      if ((c == ')' && o != '(') || (c == ']' && o != '[') || (c == '}' && o != '{')) return false;
      tokens[k].match = open.back();
      tokens[open.back()].match = k;
      open.pop_back();
    }
  }
  return open.empty();
}

bool is_op(const Token& t, std::string_view text) {
  return t.kind == Token::kOp && t.text == text;
}

bool is_keyword_operator(std::string_view w) {
  static const char* const kWords[] = {"await", "not",    "and",   "or",  "in",    "is",  "if",
                                       "else",  "lambda", "yield", "for", "async", "from"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Can this token end an operand (so that a following '+' or '-' is binary)?
bool ends_operand(const Token& t) {
  switch (t.kind) {
    case Token::kNumber:
    case Token::kString:
      return true;
    case Token::kName:
      return !is_keyword_operator(t.text);
    case Token::kOp:
      return t.text == ")" || t.text == "]" || t.text == "}";
  }
  return false;
}

// Binding strength of a binary operator, 0 when `text` is not one.
int binary_level(std::string_view text) {
  if (text == "|") return 1;
  if (text == "^") return 2;
  if (text == "&") return 3;
  if (text == "<<" || text == ">>") return 4;
  if (text == "+" || text == "-") return 5;
  if (text == "*" || text == "/" || text == "//" || text == "%" || text == "@") return 6;
  if (text == "**") return 8;
  return 0;
}

// Would `(` ... `)` at tokens [open, close] be a parenthesised expression (not a tuple,
// generator expression or yield)?
bool is_plain_group(const std::vector<Token>& tokens, int open, int close) {
  if (close == open + 1) return false;
  for (int k = open + 1; k < close; ++k) {
    const Token& t = tokens[k];
    if (is_op(t, ",") || (t.kind == Token::kName && (t.text == "for" || t.text == "yield"))) {
      return false;
    }
    if (t.match > k) k = t.match;
  }
  return true;
}

struct Anchors {
  size_t left;  // byte offsets in the segment: [left, right) gets the secondary character
  size_t right;
  const char* primary;
  const char* secondary;
};

// CPython 3.11 parses the failing expression's text; when it is one binary operation it marks
// the operator, when it is one subscript the brackets.
std::optional<Anchors> extract_anchors(std::string_view segment) {
  std::vector<Token> tokens;
  if (!tokenize(segment, tokens) || tokens.empty()) return std::nullopt;
  static const char* const kStatementWords[] = {
      "return",   "del",   "raise", "assert", "import", "pass", "break",  "continue", "global",
      "nonlocal", "while", "with",  "def",    "class",  "try",  "except", "finally",  "elif"};
  if (tokens[0].kind == Token::kName) {
    for (const char* w : kStatementWords) {
      if (tokens[0].text == w) return std::nullopt;
    }
  }
  static const char* const kWeakOps[] = {
      ",",  ":=", ":",  "=",   ";",  "<",  ">",  "==", ">=", "<=",  "!=",  "->", "+=",
      "-=", "*=", "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**="};
  int root = -1;
  int root_level = 100;
  int count = static_cast<int>(tokens.size());
  for (int k = 0; k < count; ++k) {
    const Token& t = tokens[k];
    if (t.kind == Token::kName && is_keyword_operator(t.text) && t.text != "await") {
      return std::nullopt;
    }
    if (t.kind == Token::kOp) {
      for (const char* w : kWeakOps) {
        if (t.text == w) return std::nullopt;
      }
      int level = binary_level(t.text);
      bool after_operand = k > 0 && ends_operand(tokens[k - 1]);
      if (level && !after_operand && t.text != "+" && t.text != "-") return std::nullopt;
      if (level && after_operand) {
        if (level < root_level || (level == root_level && level != 8)) {
          root = k;
          root_level = level;
        }
      }
    }
    if (t.match > k) k = t.match;  // skip the bracket's contents
  }
  std::string_view first = tokens[0].text;
  bool unary_start = tokens[0].kind == Token::kOp && (first == "+" || first == "-" || first == "~");
  if (root < 0) {
    const Token& last = tokens.back();
    if (!is_op(last, "]") || last.match <= 0 || unary_start || first == "await") {
      return std::nullopt;
    }
    return Anchors{tokens[last.match].start, segment.size(), "~", "^"};
  }
  if (root_level == 8 && unary_start) return std::nullopt;
  if (root == 0 || root + 1 >= count) return std::nullopt;
  size_t left_end = tokens[root - 1].end;
  int k = root + 1;
  while (is_op(tokens[k], "(") && tokens[k].match == count - 1 &&
         is_plain_group(tokens, k, tokens[k].match)) {
    ++k;
  }
  size_t right_start = tokens[k].start;
  // The operator is the first character after the left operand that is neither blank nor a
  // closing parenthesis; a second character right after it counts as part of it.
  size_t left = left_end, right = left_end + 1;
  for (size_t i = left_end; i < right_start; ++i) {
    if (is_blank(segment[i])) continue;
    left = i;
    right = i + 1;
    if (i + 1 < right_start && !is_blank(segment[i + 1])) ++right;
    if (i + 1 < right_start && segment[i] == ')') continue;
    break;
  }
  return Anchors{left, right, "~", "^"};
}

// ---- traceback entries

struct Entry {
  std::string filename;
  std::string name;
  SourceLocation location;
};

Entry entry_of(TracebackObject* tb) {
  auto* code = static_cast<CodeObject*>(tb->code.as_object());
  Entry entry;
  if (tb->pc < code->locations.size()) entry.location = code->locations[tb->pc];
  entry.filename = code->filename ? code->filename->view() : "<unknown>";
  entry.name = code->name ? code->name->view() : "<module>";
  return entry;
}

void format_entry(VM& vm, const Entry& entry, std::string& out) {
  const SourceLocation& loc = entry.location;
  out += "  File \"" + entry.filename + "\", line " + std::to_string(loc.line) + ", in " +
         entry.name + "\n";
  std::optional<std::string> line = source_line(vm, entry.filename, loc.line);
  if (!line) return;
  size_t first = 0;
  while (first < line->size() && is_blank((*line)[first])) ++first;
  if (first == line->size()) return;
  out += "    ";
  out.append(*line, first);
  out += "\n";
  if (loc.col < 0 || loc.end_line <= 0 || loc.end_line < loc.line) return;
  out += error_location_carets(*line, loc.col, loc.end_col, loc.end_line != loc.line);
}

// The frame lines of a traceback (without the "Traceback ..." header).
void format_stack(VM& vm, Value tb_value, std::string& out) {
  std::vector<TracebackObject*> entries;
  for (Value v = tb_value; v.is_object();) {
    auto* tb = static_cast<TracebackObject*>(v.as_object());
    entries.push_back(tb);
    v = tb->next;
  }
  size_t skip = entries.size() > kTracebackLimit ? entries.size() - kTracebackLimit : 0;
  auto repeated = [&](int count) {
    count -= kRecursiveCutoff;
    out += "  [Previous line repeated " + std::to_string(count) + " more time" +
           (count > 1 ? "s" : "") + "]\n";
  };
  std::optional<Entry> last;
  int count = 0;
  for (size_t i = skip; i < entries.size(); ++i) {
    Entry entry = entry_of(entries[i]);
    if (!last || entry.filename != last->filename || entry.location.line != last->location.line ||
        entry.name != last->name) {
      if (count > kRecursiveCutoff) repeated(count);
      count = 0;
    }
    ++count;
    if (count <= kRecursiveCutoff) format_entry(vm, entry, out);
    last = std::move(entry);
  }
  if (count > kRecursiveCutoff) repeated(count);
}

// ---- suggestions

Value dict_lookup(VM& vm, DictObject* dict, const char* key) {
  if (!dict) return Value::undefined();
  return dict_get_str(vm, dict, vm.intern(key));
}

bool is_str(VM& vm, Value v) {
  return v.is_object() && vm.type_of(v)->has_flag(kTypeStrSubclass);
}

std::string_view str_view(Value v) {
  return static_cast<StrObject*>(v.as_object())->view();
}

// The quoted name after `prefix` in `message` ("name 'x' is not defined" -> x).
std::optional<std::string> quoted_after(std::string_view message, std::string_view prefix) {
  if (message.substr(0, prefix.size()) != prefix) return std::nullopt;
  size_t end = message.find('\'', prefix.size());
  if (end == std::string_view::npos) return std::nullopt;
  return std::string(message.substr(prefix.size(), end - prefix.size()));
}

std::optional<std::string_view> suggest_from_dict(DictObject* dict, std::string_view name) {
  if (!dict) return std::nullopt;
  std::vector<std::string_view> names;
  int64_t pos = 0;
  while (DictEntry* entry = dict_next(dict, &pos)) {
    if (entry->key.is_object() && entry->key.as_object()->type->has_flag(kTypeStrSubclass)) {
      names.push_back(str_view(entry->key));
    }
  }
  return best_suggestion(name, names);
}

// The globals of the module whose code `code` is: the module whose __file__ is its filename,
// else __main__.
DictObject* globals_for(VM& vm, CodeObject* code) {
  DictObject* main = nullptr;
  int64_t pos = 0;
  while (DictEntry* entry = dict_next(vm.modules, &pos)) {
    if (!entry->value.is_object() || entry->value.as_object()->type != vm.types.module) continue;
    auto* module = static_cast<ModuleObject*>(entry->value.as_object());
    if (!module->dict) continue;
    if (module->name && module->name->view() == "__main__") main = module->dict;
    Value file = dict_lookup(vm, module->dict, "__file__");
    if (code->filename && is_str(vm, file) && str_view(file) == code->filename->view()) {
      return module->dict;
    }
  }
  return main;
}

std::optional<std::string> name_error_suggestion(VM& vm, ExceptionObject* e,
                                                 std::string_view message) {
  std::optional<std::string> name;
  if (e->dict) {
    Value v = dict_lookup(vm, e->dict, "name");
    if (is_str(vm, v)) name = std::string(str_view(v));
  } else {
    name = quoted_after(message, "name '");
    if (!name) name = quoted_after(message, "cannot access free variable '");
  }
  if (!name || !e->traceback.is_object()) return std::nullopt;
  auto* tb = static_cast<TracebackObject*>(e->traceback.as_object());
  while (tb->next.is_object()) tb = static_cast<TracebackObject*>(tb->next.as_object());
  auto* code = static_cast<CodeObject*>(tb->code.as_object());
  if (!(code->flags & kCodeModule)) {
    // CPython's co_varnames: parameters and plain locals, not cells (unless parameters) nor
    // free variables.
    std::vector<bool> excluded(code->local_names.size(), false);
    for (uint16_t r : code->free_registers) {
      if (r < excluded.size()) excluded[r] = true;
    }
    for (const Instruction& ins : code->code) {
      if (ins.op == Op::MakeCell && ins.a < excluded.size()) excluded[ins.a] = true;
    }
    size_t params = code->arg_count + code->kwonly_count + ((code->flags & kCodeVarArgs) ? 1 : 0) +
                    ((code->flags & kCodeVarKeywords) ? 1 : 0);
    std::vector<std::string_view> locals;
    for (size_t i = 0; i < code->local_names.size(); ++i) {
      StrObject* s = code->local_names[i];
      if (s && (i < params || !excluded[i])) locals.push_back(s->view());
    }
    if (auto s = best_suggestion(*name, locals)) return std::string(*s);
  }
  if (auto s = suggest_from_dict(globals_for(vm, code), *name)) return std::string(*s);
  if (auto s = suggest_from_dict(vm.builtins, *name)) return std::string(*s);
  return std::nullopt;
}

// Whether the innermost traceback entry's instruction loads an attribute.
bool raised_by_attribute_load(ExceptionObject* e) {
  if (!e->traceback.is_object()) return false;
  auto* tb = static_cast<TracebackObject*>(e->traceback.as_object());
  while (tb->next.is_object()) tb = static_cast<TracebackObject*>(tb->next.as_object());
  auto* code = static_cast<CodeObject*>(tb->code.as_object());
  if (tb->pc >= code->code.size()) return false;
  Op op = code->code[tb->pc].op;
  return op == Op::LoadAttr || op == Op::LoadMethod;
}

// A type called `name` among the builtins.
Value builtin_type_named(VM& vm, std::string_view name) {
  Value v = dict_get_str(vm, vm.builtins, vm.intern(name));
  if (v.is_object() && v.as_object()->type->has_flag(kTypeTypeSubclass)) return v;
  return Value::undefined();
}

std::optional<std::string> attribute_error_suggestion(VM& vm, ExceptionObject* e,
                                                      std::string_view message) {
  std::optional<std::string> name;
  Value obj = Value::undefined();
  if (e->dict) {
    Value v = dict_lookup(vm, e->dict, "name");
    if (is_str(vm, v)) name = std::string(str_view(v));
    obj = dict_lookup(vm, e->dict, "obj");
    if (obj.is_none()) obj = Value::undefined();
  } else if (!raised_by_attribute_load(e)) {
    // CPython suggests only when a lookup failed, not an assignment or a deletion.
    return std::nullopt;
  } else if (auto module = quoted_after(message, "module '")) {
    // Raised by the VM, which records neither name nor obj: recover them from the message.
    name = quoted_after(message, "module '" + *module + "' has no attribute '");
    obj = dict_get_str(vm, vm.modules, vm.intern(*module));
  } else if (auto type = quoted_after(message, "type object '")) {
    name = quoted_after(message, "type object '" + *type + "' has no attribute '");
    obj = builtin_type_named(vm, *type);
  } else if (auto type = quoted_after(message, "'")) {
    name = quoted_after(message, "'" + *type + "' object has no attribute '");
    obj = builtin_type_named(vm, *type);
  }
  if (!name || obj.is_undefined()) return std::nullopt;
  Value dir = dict_get_str(vm, vm.builtins, vm.intern("dir"));
  if (dir.is_undefined()) return std::nullopt;
  try {
    Value names = vm.call(dir, {obj});
    if (!names.is_object() || !vm.type_of(names)->has_flag(kTypeListSubclass)) return std::nullopt;
    auto* list = static_cast<ListObject*>(names.as_object());
    std::vector<std::string_view> candidates;
    for (int64_t i = 0; i < list->size; ++i) {
      if (is_str(vm, list->items[i])) candidates.push_back(str_view(list->items[i]));
    }
    if (auto s = best_suggestion(*name, candidates)) return std::string(*s);
  } catch (const PythonException&) {
    vm.clear_raised();
  }
  return std::nullopt;
}

// ---- the exception line

std::string qualified_type_name(Type* type) {
  std::string name;
  if (type->module && type->module->view() != "builtins" && type->module->view() != "__main__") {
    name = type->module->view();
    name += ".";
  } else if (!type->module && type->has_flag(kTypeHeapType)) {
    name = "<unknown>.";  // a class whose __module__ is not a str
  }
  name += type->qualname ? type->qualname->view() : type->name->view();
  return name;
}

std::optional<int64_t> small_int(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  return std::nullopt;
}

// A SyntaxError with a location prints it as the compiler's errors do ("  File ..., line N",
// the text and a caret line) and then only its msg.
bool format_syntax_error_location(VM& vm, ExceptionObject* e, std::string& out, Value* message) {
  if (!e->dict || dict_lookup(vm, e->dict, "print_file_and_line").is_undefined()) return false;
  Value msg = dict_lookup(vm, e->dict, "msg");
  Value filename = dict_lookup(vm, e->dict, "filename");
  std::optional<int64_t> lineno = small_int(dict_lookup(vm, e->dict, "lineno"));
  Value offset_value = dict_lookup(vm, e->dict, "offset");
  if (msg.is_undefined() || filename.is_undefined() || !lineno) return false;
  int64_t offset = -1;
  if (!offset_value.is_none()) {
    auto o = small_int(offset_value);
    if (!o) return false;
    offset = *o;
  }
  int64_t end_lineno = *lineno;
  int64_t end_offset = -1;
  if (vm.type_of(Value::from_object(e)) == vm.types.SyntaxError) {
    Value v = dict_lookup(vm, e->dict, "end_lineno");
    if (!v.is_none() && !v.is_undefined()) {
      auto o = small_int(v);
      if (!o) return false;
      end_lineno = *o;
    }
    v = dict_lookup(vm, e->dict, "end_offset");
    if (!v.is_none() && !v.is_undefined()) {
      auto o = small_int(v);
      if (!o) return false;
      end_offset = *o;
    }
  }
  std::string file = filename.is_none() ? "<string>" : std::string(str(vm, filename)->view());
  out += "  File \"" + file + "\", line " + std::to_string(*lineno) + "\n";
  Value text_value = dict_lookup(vm, e->dict, "text");
  if (is_str(vm, text_value)) {
    std::string_view text = str_view(text_value);
    if (end_lineno > *lineno) end_offset = static_cast<int64_t>(text.size());
    int64_t col = offset - 1;
    int64_t end_col = end_offset - 1;
    while (!text.empty() && is_blank(text.front())) {
      text.remove_prefix(1);
      --col;
      --end_col;
    }
    auto len = static_cast<int64_t>(text.size());
    if (len > 0 && text[len - 1] == '\n') --len;
    col = std::min(col, len);
    end_col = std::min(end_col, len);
    for (;;) {
      size_t nl = text.find('\n');
      if (nl == std::string_view::npos || static_cast<int64_t>(nl) >= col) break;
      auto skip = static_cast<int64_t>(nl) + 1;
      text.remove_prefix(nl + 1);
      len -= skip;
      col -= skip;
      end_col -= skip;
    }
    out += "    ";
    out += text;
    if (len >= static_cast<int64_t>(text.size()) || text[len] != '\n') out += "\n";
    if (col >= 0) {
      out += "    " + std::string(col, ' ');
      out += std::string(end_col > col ? end_col - col : 1, '^');
      out += "\n";
    }
  }
  *message = msg;
  return true;
}

void format_notes(VM& vm, ExceptionObject* e, std::string& out) {
  if (!e->dict) return;
  Value notes = dict_lookup(vm, e->dict, "__notes__");
  if (notes.is_undefined()) return;
  Type* t = vm.type_of(notes);
  if (t->has_flag(kTypeStrSubclass)) {
    // A str is a sequence too: one note per character.
    std::string_view text = str_view(notes);
    for (size_t i = 0; i < text.size();) {
      size_t next = i + 1;
      while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
      out.append(text.substr(i, next - i));
      out += "\n";
      i = next;
    }
    return;
  }
  if (t->has_flag(kTypeListSubclass) || t->has_flag(kTypeTupleSubclass)) {
    Rooted keep(vm, notes);
    int64_t size = t->has_flag(kTypeListSubclass)
                       ? static_cast<ListObject*>(notes.as_object())->size
                       : static_cast<TupleObject*>(notes.as_object())->size;
    for (int64_t i = 0; i < size; ++i) {
      Value note = t->has_flag(kTypeListSubclass)
                       ? static_cast<ListObject*>(notes.as_object())->items[i]
                       : static_cast<TupleObject*>(notes.as_object())->items[i];
      try {
        out += str(vm, note)->view();
      } catch (const PythonException&) {
        vm.clear_raised();
        out += "<note str() failed>";
      }
      out += "\n";
    }
    return;
  }
  try {
    out += repr(vm, notes)->view();
  } catch (const PythonException&) {
    vm.clear_raised();
    out += "<__notes__ repr() failed>";
  }
  out += "\n";
}

// Prints an exception with its chain of causes and contexts and, for exception groups,
// the tree of sub-exceptions in CPython's boxed layout: every line of a group's part is
// indented two spaces per level and starts with a "| " margin, sub-exceptions are headed
// "+---------------- N ----------------" and the last one is closed by a dashed line.
class ExceptionPrinter {
 public:
  ExceptionPrinter(VM& vm, std::string& out)
      : vm_(vm), out_(out), group_type_(loaded_builtin(vm, "BaseExceptionGroup")) {}

  void print(Value exception) {
    // The chain, oldest first; an exception met before (a cycle) ends it.
    std::vector<std::pair<const char*, Value>> chain;
    for (Value e = exception; e.is_object();) {
      seen_.insert(e.as_object());
      auto* x = static_cast<ExceptionObject*>(e.as_object());
      const char* message = nullptr;
      Value next = Value::undefined();
      if (x->cause.is_object()) {
        message = kCauseMessage;
        next = x->cause;
      } else if (!x->suppress_context && x->context.is_object()) {
        message = kContextMessage;
        next = x->context;
      }
      if (next.is_object() && seen_.count(next.as_object())) next = Value::undefined();
      chain.emplace_back(next.is_object() ? message : nullptr, e);
      e = next;
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      if (it->first) emit(it->first);
      print_one(it->second);
    }
  }

 private:
  static constexpr const char* kCauseMessage =
      "\nThe above exception was the direct cause of the following exception:\n\n";
  static constexpr const char* kContextMessage =
      "\nDuring handling of the above exception, another exception occurred:\n\n";
  static constexpr int kMaxGroupWidth = 15;
  static constexpr int kMaxGroupDepth = 10;

  bool is_group(Value exception) const {
    return group_type_.is_object() &&
           is_subtype(vm_.type_of(exception), static_cast<Type*>(group_type_.as_object()));
  }

  std::string indent() const { return std::string(2 * static_cast<size_t>(depth_), ' '); }

  // Appends `text`, each of its lines prefixed with the indent and margin of the depth.
  void emit(std::string_view text, char margin = '|') {
    std::string prefix = indent();
    if (depth_ > 0) prefix += std::string{margin, ' '};
    for (size_t start = 0; start < text.size();) {
      size_t end = text.find('\n', start);
      end = end == std::string_view::npos ? text.size() : end + 1;
      out_ += prefix;
      out_.append(text.substr(start, end - start));
      start = end;
    }
  }

  void print_exception_only(Value exception) {
    std::string text = format_exception_only(vm_, exception) + "\n";
    format_notes(vm_, static_cast<ExceptionObject*>(exception.as_object()), text);
    emit(text);
  }

  void print_one(Value exception) {
    auto* e = static_cast<ExceptionObject*>(exception.as_object());
    if (!is_group(exception)) {
      if (e->traceback.is_object()) {
        std::string text = "Traceback (most recent call last):\n";
        format_stack(vm_, e->traceback, text);
        emit(text);
      }
      print_exception_only(exception);
      return;
    }
    if (depth_ > kMaxGroupDepth) {
      emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
      return;
    }
    bool top_level = depth_ == 0;
    if (top_level) ++depth_;
    if (e->traceback.is_object()) {
      emit("Exception Group Traceback (most recent call last):\n", top_level ? '+' : '|');
      std::string frames;
      format_stack(vm_, e->traceback, frames);
      emit(frames);
    }
    print_exception_only(exception);
    Value members = get_attribute(vm_, exception, vm_.intern("exceptions"));
    Rooted keep(vm_, members);
    auto* items = static_cast<TupleObject*>(members.as_object());
    int count = static_cast<int>(items->size);
    int shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
    need_close_ = false;
    for (int i = 0; i < shown; ++i) {
      bool last = i == shown - 1;
      if (last) need_close_ = true;  // unless a nested group closes the box first
      bool truncated = i >= kMaxGroupWidth;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      out_ +=
          indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
      ++depth_;
      if (!truncated) {
        print(items->items[i]);
      } else {
        int remaining = count - kMaxGroupWidth;
        emit("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") +
             "\n");
      }
      if (last && need_close_) {
        out_ += indent() + "+------------------------------------\n";
        need_close_ = false;
      }
      --depth_;
    }
    if (top_level) depth_ = 0;
  }

  VM& vm_;
  std::string& out_;
  Value group_type_;  // BaseExceptionGroup once a program has used it, else undefined
  std::unordered_set<Object*> seen_;
  int depth_ = 0;
  bool need_close_ = false;
};

}  // namespace

std::string error_location_carets(std::string_view line, int col, int end_col, bool multiline) {
  if (col < 0 || static_cast<size_t>(col) > line.size()) return {};
  if (!multiline && (end_col < col || static_cast<size_t>(end_col) > line.size())) return {};
  size_t truncation = 0;
  while (truncation < line.size() && is_blank(line[truncation])) ++truncation;
  size_t start = char_count(line.substr(0, col));
  size_t end;
  std::optional<Anchors> anchors;
  size_t left = 0, right = 0;
  if (multiline) {
    // Up to the line's last non-blank character (CPython measures the line in characters but
    // scans its bytes).
    size_t i = char_count(line);
    while (i > 0 && (is_blank(line[i - 1]) || line[i - 1] == '\n')) --i;
    end = i;
  } else {
    end = char_count(line.substr(0, end_col));
    std::string_view segment = line.substr(col, end_col - col);
    anchors = extract_anchors(segment);
    if (anchors) {
      left = start + char_count(segment.substr(0, anchors->left));
      right = start + char_count(segment.substr(0, anchors->right));
    }
  }
  size_t stripped_length = char_count(line) - truncation;
  if (end < start || (end - start == stripped_length && !anchors)) return {};
  const char* primary = anchors ? anchors->primary : "^";
  const char* secondary = anchors ? anchors->secondary : "^";
  std::string out = "    ";
  for (size_t c = truncation; c < end; ++c) {
    if (c < start) {
      out += ' ';
    } else if (anchors && left <= c && c < right) {
      out += secondary;
    } else {
      out += primary;
    }
  }
  out += "\n";
  return out;
}

std::string format_exception_only(VM& vm, Value exception) {
  Type* type = vm.type_of(exception);
  std::string out;
  auto* e = static_cast<ExceptionObject*>(exception.as_object());
  Value message_value = exception;
  std::string location;
  if (is_subtype(type, vm.types.SyntaxError)) {
    try {
      if (!format_syntax_error_location(vm, e, location, &message_value)) location.clear();
    } catch (const PythonException&) {
      vm.clear_raised();
      location.clear();
      message_value = exception;
    }
  }
  out = location + qualified_type_name(type);
  if (message_value.is_none()) return out;
  std::string message;
  try {
    message = str(vm, message_value)->view();
  } catch (const PythonException&) {
    vm.clear_raised();
    return out + ": <exception str() failed>";
  }
  if (!message.empty()) out += ": " + message;
  std::optional<std::string> suggestion;
  if (is_subtype(type, vm.types.NameError)) {
    suggestion = name_error_suggestion(vm, e, message);
  } else if (is_subtype(type, vm.types.AttributeError)) {
    suggestion = attribute_error_suggestion(vm, e, message);
  }
  if (suggestion) out += ". Did you mean: '" + *suggestion + "'?";
  return out;
}

std::string format_exception(VM& vm, Value exception) {
  std::string out;
  ExceptionPrinter(vm, out).print(exception);
  return out;
}

std::vector<TracebackEntry> traceback_entries(VM& vm, Value traceback) {
  std::vector<TracebackEntry> entries;
  for (Value v = traceback; v.is_object();) {
    auto* tb = static_cast<TracebackObject*>(v.as_object());
    Entry entry = entry_of(tb);
    std::string text;
    format_entry(vm, entry, text);
    entries.push_back(
        {std::move(entry.filename), std::move(entry.name), entry.location.line, std::move(text)});
    v = tb->next;
  }
  return entries;
}

int system_exit_status(VM& vm, Value exception) {
  auto* e = static_cast<ExceptionObject*>(exception.as_object());
  Value code = Value::none();
  if (e->args->size == 1) {
    code = e->args->items[0];
  } else if (e->args->size > 1) {
    code = Value::from_object(e->args);
  }
  if (code.is_none()) return 0;
  if (code.is_small_int()) return static_cast<int>(code.as_small_int() & 0xFF);
  if (code.is_bool()) return code.as_bool() ? 1 : 0;
  vm.out().flush();
  try {
    vm.err().write(str(vm, code)->view());
    vm.err().write("\n");
  } catch (const PythonException&) {
    vm.clear_raised();  // as CPython: a code whose str() fails is not printed
  }
  return 1;
}

void report_unraisable(VM& vm, Value culprit) {
  Value error = vm.raised();
  vm.clear_raised();
  Rooted keep(vm, error);
  vm.out().flush();  // what the program printed first comes first, as in CPython
  std::string report = "Exception ignored in: ";
  try {
    append_repr(vm, report, culprit);
  } catch (const PythonException&) {
    vm.clear_raised();
    report += "<object repr() failed>";
  }
  vm.err().write(report + "\n" + format_exception(vm, error));
}

}  // namespace ember
