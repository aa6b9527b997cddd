# The mojo command line: each test runs mojo and matches its output (stdout and stderr).
if(TARGET mojo)
  function(ember_cli_test name regex)
    add_test(NAME cli/${name} COMMAND $<TARGET_FILE:mojo> ${ARGN}
             WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(cli/${name} PROPERTIES PASS_REGULAR_EXPRESSION "${regex}" LABELS cli)
  endfunction()

  ember_cli_test(version "^mojo \\(Ember\\) [0-9]+\\.[0-9]+\\.[0-9]+" --version)
  ember_cli_test(help "Usage: mojo" --help)
  ember_cli_test(command "^42\n$" -c "print(6 * 7)")
  ember_cli_test(command_argv "\\['-c', 'a', '-7', '--flag=1'\\]"
                 -c "import sys\nprint(sys.argv)" a -7 --flag=1)
  ember_cli_test(run_example "1 Hello, Mojo!" run examples/hello.py)
  ember_cli_test(file_shorthand "1 Hello, Mojo!" examples/hello.py)
  ember_cli_test(dump_tokens "NAME +'x'" --dump=tokens -c "x = 1")
  ember_cli_test(dump_ast "Module\\(body=\\[Assign" --dump=ast -c "x = 1")
  ember_cli_test(dump_bytecode "StoreGlobal" --dump=bytecode -c "x = 1")
  ember_cli_test(missing_file "can't open file 'no_such_file.py': \\[Errno 2\\] No such file"
                 run no_such_file.py)
  ember_cli_test(wrong_extension "is not a source file" run README.md)
  ember_cli_test(bad_dump_stage "dump" --dump=everything -c "x = 1")
  ember_cli_test(syntax_error_in_command "SyntaxError: invalid syntax" -c "x = = 1")
  ember_cli_test(uncaught_exception "ZeroDivisionError: division by zero" -c "1 / 0")
  ember_cli_test(max_steps "step budget of 1000 steps exhausted" --max-steps 1000
                 -c "while True: pass")
  # The JIT: its options, and limits that reach into a running trace (it polls the
  # interrupts at its loop's head as the interpreter does at a back edge).
  ember_cli_test(jit_stats "jit: 1 traces, 0 side traces, 0 aborts" --jit-stats --max-steps 100000
                 tests/cli/spin.mojo)
  ember_cli_test(jit_dump "---- trace 1: loop of spin at line 4\n.*GuardTrue.*---- machine code"
                 --jit-dump --max-steps 100000 tests/cli/spin.mojo)
  ember_cli_test(jit_max_steps_in_trace "step budget of 100000 steps exhausted"
                 --max-steps 100000 tests/cli/spin.mojo)
  ember_cli_test(jit_max_time_in_trace "time limit of 0.2 s exceeded" --jit=eager --max-time 0.2
                 tests/cli/spin.mojo)
  ember_cli_test(jit_off_stats "jit: off" --jit=off --jit-stats -c "pass")
  ember_cli_test(jit_bad_mode "--jit: bogus not in" --jit=bogus -c "pass")
  # Displays and f(*args, **kwargs) calls once leaked what they built (computed goto skipped
  # destructors): 300 000 of each must fit in 30 MB.
  ember_cli_test(no_leak_in_displays_and_unpacked_calls "^done\n$" --max-memory 30000000 -c
                 "def f(*a, **k): pass\nfor i in range(300000):\n  d = {'a': i}\n  s = {i}\n  f(*(i,), **d)\nprint('done')")
  # Reporting the MemoryError needs memory too: the limit no longer applies once the program ended.
  ember_cli_test(max_memory_reported "(^|\n)MemoryError\n$" --max-memory 3000000 -c
                 "hoard = []\nwhile True:\n  hoard.append({'key': len(hoard)})")
  ember_cli_test(max_memory "MemoryError" --max-memory 10000000 -c "x = [0] * 10**8")
  # Module search: -I directories and MOJO_PATH come after the script's directory.
  ember_cli_test(include_dir "import tests.\n42" -I tests/lang/modules
                 -c "import _helper as h\nprint(h.VALUE)")
  ember_cli_test(include_dir_missing_module "No module named '_helper'" -c "import _helper")
  add_test(NAME cli/mojo_path COMMAND ${CMAKE_COMMAND} -E env MOJO_PATH=/nonexistent:tests/lang/modules
           $<TARGET_FILE:mojo> -c "from _pkg import thing; print(thing)"
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(cli/mojo_path PROPERTIES PASS_REGULAR_EXPRESSION "core thing" LABELS cli)
  # Limits, signals, closed pipes and flushing, driven by a Python script (see its cases).
  if(EMBER_PYTHON3_11)
    add_test(NAME cli/limits COMMAND ${EMBER_PYTHON3_11} ${CMAKE_CURRENT_LIST_DIR}/limits_test.py
             $<TARGET_FILE:mojo>)
    set_tests_properties(cli/limits PROPERTIES LABELS cli)
    add_test(NAME cli/tracebacks
             COMMAND ${EMBER_PYTHON3_11} ${CMAKE_CURRENT_LIST_DIR}/tracebacks_test.py
                     $<TARGET_FILE:mojo> ${EMBER_PYTHON3_11})
    set_tests_properties(cli/tracebacks PROPERTIES LABELS cli)
    if(EMBER_SANITIZE)
      set_tests_properties(cli/limits PROPERTIES ENVIRONMENT EMBER_SANITIZED=1)
    endif()
  endif()
endif()
