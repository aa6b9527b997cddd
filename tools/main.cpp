// The `mojo` command: runs Mojo and Python programs.
#include <signal.h>
#include <CLI/CLI.hpp>
#include <algorithm>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "builtins/install.h"
#include "frontend/ast_dump.h"
#include "frontend/bytecode_dump.h"
#include "frontend/compiler.h"
#include "frontend/file_module_loader.h"
#include "frontend/lexer.h"
#include "frontend/parser.h"
#include "jit/engine.h"
#include "run_program.h"
#include "vm/vm.h"

namespace {

bool has_source_extension(const std::string& path) {
  auto ends_with = [&](const std::string& suffix) {
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".mojo") || ends_with(".py") || ends_with("\xF0\x9F\x94\xA5");
}

bool read_file(const std::string& path, std::string& text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return true;
}

// --dump=tokens|ast|bytecode: prints the stage's output instead of running the program.
int dump(const std::string& what, const std::string& source, const std::string& filename,
         ember::VM& vm) {
  if (what == "tokens") {
    std::cout << ember::dump_tokens(ember::SourceFile(source, filename));
    return 0;
  }
  if (what == "ast") {
    ember::ParseResult parsed = ember::parse_module(source, filename);
    if (!parsed.ok()) {
      std::cerr << parsed.formatted_error();
      return 1;
    }
    std::cout << ember::dump_ast(parsed.module()) << "\n";
    return 0;
  }
  ember::CompileOutput compiled = ember::compile_source(vm, source, filename);
  if (!compiled.diagnostics.empty()) {
    std::cerr << compiled.diagnostics_text;
    return 1;
  }
  if (compiled.error) {
    std::cerr << ember::format_syntax_error(*compiled.error, filename);
    return 1;
  }
  std::cout << ember::dump_bytecode(vm, compiled.code);
  return 0;
}

// Ctrl-C asks the running program to stop with KeyboardInterrupt at its next safepoint.
ember::VM* running_vm = nullptr;

void on_sigint(int) {
  if (running_vm) running_vm->interrupts.request(ember::kInterruptKeyboard);
}

void catch_sigint() {
  // As CPython: a SIGINT ignored by the parent (a background job) stays ignored.
  struct sigaction current = {};
  sigaction(SIGINT, nullptr, &current);
  if (current.sa_handler == SIG_IGN) return;
  struct sigaction action = {};
  action.sa_handler = on_sigint;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a read blocked on a terminal or pipe (input(), sys.stdin) must return
  // EINTR so that KeyboardInterrupt is raised there; every blocking call retries on EINTR
  // after polling for it, as CPython does since PEP 475.
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
}

}  // namespace

int main(int argc, char** argv) {
  // Like CPython: a closed pipe is an error on write, not a fatal signal.
  std::signal(SIGPIPE, SIG_IGN);

  // Ember's own options come first; everything from the program name on belongs to the
  // program, verbatim (CLI11 would otherwise reorder or interpret "-7" and "--flag").
  int split = 1;
  while (split < argc) {
    std::string arg = argv[split];
    if (arg == "-c") {
      split = std::min(split + 2, argc);
      break;
    }
    if (arg == "--dump" || arg == "--max-memory" || arg == "--max-time" || arg == "--max-steps" ||
        arg == "-I" || arg == "--jit") {
      split += 2;
      continue;
    }
    if (arg.empty() || arg[0] != '-') break;
    ++split;
  }
  split = std::min(split, argc);

  CLI::App app{"Ember: a runtime for the Mojo language"};
  app.set_version_flag("--version", std::string("mojo (Ember) ") + EMBER_VERSION);
  std::string command;
  std::string dump_stage;
  bool gc_stress = false;
  size_t max_memory = 0;
  app.add_option("-c", command, "Program passed in as a string");
  app.add_option("--dump", dump_stage, "Print the tokens, AST or bytecode and stop")
      ->check(CLI::IsMember({"tokens", "ast", "bytecode"}));
  app.add_flag("--gc-stress", gc_stress, "Collect garbage at every safepoint (testing)");
  app.add_option("--max-memory", max_memory, "Heap limit in bytes (MemoryError beyond)");
  double max_time = 0;
  app.add_option("--max-time", max_time, "Stop the program after SECONDS of wall-clock time")
      ->check(CLI::NonNegativeNumber);
  uint64_t max_steps = 0;
  app.add_option("--max-steps", max_steps,
                 "Stop the program after N steps (loop iterations and calls)");
  std::vector<std::string> include_dirs;
  app.add_option("-I", include_dirs, "Also search DIR for imported modules (repeatable)")
      ->allow_extra_args(false);
  std::string jit_mode = "on";
  app.add_option("--jit", jit_mode, "Tracing JIT: off, on (hot loops) or eager (every loop)")
      ->check(CLI::IsMember({"off", "on", "eager"}));
  bool jit_dump = false;
  app.add_flag("--jit-dump", jit_dump, "Print the IR and machine code of every trace to stderr");
  bool jit_stats = false;
  app.add_flag("--jit-stats", jit_stats, "Print the JIT's counts to stderr at exit");
  app.footer("Usage: mojo [OPTIONS] run FILE [ARGS...] | mojo [OPTIONS] FILE [ARGS...]");
  CLI11_PARSE(app, split, argv);
  std::vector<std::string> rest(argv + split, argv + argc);

  std::string filename;
  std::string source;
  std::vector<std::string> program_argv;
  if (app.count("-c")) {
    filename = "<string>";
    source = command;
    program_argv.push_back("-c");
    program_argv.insert(program_argv.end(), rest.begin(), rest.end());
  } else {
    if (!rest.empty() && rest[0] == "run") rest.erase(rest.begin());
    if (rest.empty()) {
      std::cerr << app.help();
      return 2;
    }
    filename = rest[0];
    if (!has_source_extension(filename)) {
      std::cerr << "mojo: '" << filename
                << "' is not a source file (expected .mojo, .\xF0\x9F\x94\xA5 or .py)\n";
      return 2;
    }
    if (!read_file(filename, source)) {
      std::cerr << "mojo: can't open file '" << filename
                << "': [Errno 2] No such file or directory\n";
      return 2;
    }
    program_argv = rest;
    // Like CPython 3.9+, the main module's __file__ and tracebacks use the absolute path.
    filename = std::filesystem::absolute(filename).lexically_normal().string();
  }

  ember::VMOptions options;
  // sys.path: the script's directory ("" for -c), -I directories, then MOJO_PATH.
  options.module_path.push_back(
      app.count("-c") ? "" : std::filesystem::path(filename).parent_path().string());
  options.module_path.insert(options.module_path.end(), include_dirs.begin(), include_dirs.end());
  if (const char* env = std::getenv("MOJO_PATH")) {
    std::stringstream entries(env);
    std::string dir;
    while (std::getline(entries, dir, ':')) {
      if (!dir.empty()) options.module_path.push_back(dir);
    }
  }
  options.gc_stress = gc_stress;
  options.max_memory = max_memory;
  options.time_limit = max_time;
  options.step_budget = max_steps;
  options.argv = program_argv;
  ember::VM vm(options);
  ember::install_builtins(vm);
  ember::jit::EngineOptions jit_options;
  jit_options.mode = jit_mode == "off"  ? ember::JitMode::Off
                     : jit_mode == "on" ? ember::JitMode::On
                                        : ember::JitMode::Eager;
  if (jit_dump) jit_options.dump = &std::cerr;
  ember::jit::Engine* jit = ember::jit::install_jit(vm, jit_options);
  ember::FileModuleLoader loader;
  vm.module_loader = &loader;
  if (!dump_stage.empty()) return dump(dump_stage, source, filename, vm);
  running_vm = &vm;
  catch_sigint();
  int status = ember::run_main_program(vm, source, filename);
  if (jit_stats) {
    vm.out().flush();
    std::cerr << (jit ? jit->stats() : std::string("jit: off\n"));
  }
  // Skip tearing the heap down object by object: the process is about to end.
  std::fflush(nullptr);
  if (status == ember::kExitKeyboardInterrupt) {
    // As CPython: die by SIGINT, so that the shell sees the interrupt.
    std::signal(SIGINT, SIG_DFL);
    std::raise(SIGINT);
  }
  std::_Exit(status);
}
