// What a script may reach outside its VM. The `mojo` CLI grants everything; an embedding
// host grants only what it chooses (see docs/embedding.md). Functions that need a capability
// the VM lacks raise PermissionError naming it.
#pragma once
#include <cstdint>
#include <string_view>

namespace ember {

class VM;
struct NativeFunctionObject;

enum class Capability : uint32_t {
  FileSystem = 1u << 0,   // open(), os file and directory functions, file descriptors
  Environment = 1u << 1,  // os.environ, getenv, putenv, unsetenv
  Exit = 1u << 2,         // sys.exit(), exit(), quit()
  Process = 1u << 3,      // os.system
  ImportFiles = 1u << 4,  // source modules found in the directories of sys.path
};
constexpr uint32_t kAllCapabilities = 0x1F;

// The capability's name in PermissionError messages ("filesystem", ...).
std::string_view capability_name(Capability capability);

// Raises PermissionError("`what` needs the '<name>' capability, which the host has not
// granted") unless the VM has the capability.
void require_capability(VM& vm, Capability capability, std::string_view what);

}  // namespace ember

namespace ember {

// A stand-in, installed at start-up in place of a function the VM may not use: calling it
// raises require_capability's PermissionError for `what` ("open()", "os.listdir()").
NativeFunctionObject* new_denied_function(VM& vm, std::string_view name, std::string_view what,
                                          Capability capability);

}  // namespace ember
