#include "vm/program_abort.h"

#include <filesystem>
#include <system_error>

namespace ember {

std::string display_path(const std::string& path) {
  std::error_code error;
  std::string cwd = std::filesystem::current_path(error).string();
  if (error || cwd.empty()) return path;
  if (cwd.back() != '/') cwd += '/';
  return path.starts_with(cwd) ? path.substr(cwd.size()) : path;
}

}  // namespace ember
