// A readable listing of compiled bytecode (`mojo --dump=bytecode`).
#pragma once

#include <string>

namespace ember {

class VM;
struct CodeObject;

// Lists `code` and, after it, every code object among its constants (recursively).
std::string dump_bytecode(VM& vm, CodeObject* code);

}  // namespace ember
