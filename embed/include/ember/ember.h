/* Ember's embedding API: run Python/Mojo scripts inside a C or C++ host program.
 *
 * Conventions that hold for every function below:
 * - Every function except ember_status_name, ember_is_null and the error accessors at the end
 *   returns an ember_status: EMBER_OK or an error. Nothing crashes on bad arguments: null pointers,
 * handles of another VM, released handles and values of the wrong kind are reported as errors.
 * - Results come back through `out` parameters, which are set to the null handle (or zero)
 *   when the call fails.
 * - Values are handles (ember_value): small opaque tokens naming a Python value inside one
 *   VM. A handle keeps its value alive across garbage collections until it is released, its
 *   scope ends (ember_scope_end), or the VM is destroyed. Persistent handles (ember_persist)
 *   belong to no scope. Handles are only valid with the VM that made them.
 * - A VM is used by one thread at a time: the thread that created it (its heap is a
 *   thread-local mimalloc heap). A call from another thread returns EMBER_ERROR_THREAD, except
 *   ember_request_interrupt, which any thread or signal handler may call. Destroy a VM on its
 *   thread before the thread ends.
 * - After any error the VM stays usable: the host may go on calling it, or destroy it.
 * - Strings are UTF-8 with an explicit length; NUL-terminated where the parameter says so.
 */
#ifndef EMBER_EMBER_H
#define EMBER_EMBER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define EMBER_API __attribute__((visibility("default")))
#else
#define EMBER_API
#endif

typedef enum ember_status {
  EMBER_OK = 0,
  EMBER_ERROR_SCRIPT = 1,      /* an uncaught Python exception (SyntaxError, RecursionError...) */
  EMBER_ERROR_MEMORY = 2,      /* MemoryError: the VM's memory limit was reached */
  EMBER_ERROR_BUDGET = 3,      /* the step budget ran out (set a new one to continue) */
  EMBER_ERROR_INTERRUPTED = 4, /* the interrupt callback or ember_request_interrupt stopped it */
  EMBER_ERROR_EXIT = 5,        /* SystemExit (only with EMBER_CAP_EXIT): see ember_exit_code */
  EMBER_ERROR_ARGUMENT = 6,    /* a null pointer, a bad or foreign handle, a bad config */
  EMBER_ERROR_TYPE = 7,        /* a value of the wrong kind for the function */
  EMBER_ERROR_RANGE = 8,       /* a number that does not fit the C type asked for */
  EMBER_ERROR_THREAD = 9,      /* the VM was called from a thread other than its own */
  EMBER_ERROR_INTERNAL = 10,   /* a bug in Ember; the message says what */
  EMBER_ERROR_TIME_LIMIT = 11, /* the time limit passed (set a new one to continue) */
  EMBER_ERROR_ABORT = 12       /* a Mojo fn stopped the program (integer division by zero, a
                                  List index out of range); the message says where */
} ember_status;

/* The enumerator's name without the prefix ("OK", "ERROR_SCRIPT", ...); never null. */
EMBER_API const char* ember_status_name(ember_status status);

/* What a script may reach outside the VM. Each is off unless the host grants it. */
typedef enum ember_capability {
  EMBER_CAP_FILESYSTEM = 1u << 0,   /* open(), os file and directory functions, descriptors */
  EMBER_CAP_ENVIRONMENT = 1u << 1,  /* os.environ, os.getenv, os.putenv, os.unsetenv */
  EMBER_CAP_EXIT = 1u << 2,         /* sys.exit()/exit()/quit() end the run (EMBER_ERROR_EXIT) */
  EMBER_CAP_PROCESS = 1u << 3,      /* os.system: running other programs */
  EMBER_CAP_IMPORT_FILES = 1u << 4, /* importing modules from the directories in module_paths */
  EMBER_CAP_ALL = 0x1F
} ember_capability;

/* The tracing JIT of an ember_config: hot loops of typed (fn) code compiled to machine code. */
typedef enum ember_jit_mode {
  EMBER_JIT_ON = 0,   /* trace loops once they are hot (the default) */
  EMBER_JIT_OFF = 1,  /* interpret only */
  EMBER_JIT_EAGER = 2 /* trace every loop at its first back edge (testing) */
} ember_jit_mode;

typedef struct ember_vm ember_vm;

/* A handle. The null handle (all zero bits, EMBER_NULL_INIT) names no value: failed calls
 * leave it in their out parameters; ember_is_null tests for it. */
typedef struct ember_value {
  uint64_t bits;
} ember_value;
#define EMBER_NULL_INIT \
  { 0 }
static inline int ember_is_null(ember_value v) {
  return v.bits == 0;
}

/* Receives script output (print(), sys.stdout/sys.stderr writes, warnings), a line at a time
 * and whenever a call into the VM returns. Uncaught exceptions are not printed: the host
 * gets them from ember_last_error_traceback. `data` is not NUL-terminated and is valid only
 * during the call. */
typedef void (*ember_write_fn)(void* userdata, const char* data, size_t size);
/* Polled every 1024 steps (loop iterations and calls); return nonzero to stop the script with
 * EMBER_ERROR_INTERRUPTED. Must not call back into the VM. */
typedef int (*ember_interrupt_fn)(void* userdata);

typedef struct ember_config {
  size_t max_memory;    /* heap limit in bytes; 0: none. Beyond it scripts get MemoryError */
  uint64_t step_budget; /* steps before EMBER_ERROR_BUDGET (see ember_set_budget); 0: none */
  ember_interrupt_fn interrupt;
  void* interrupt_userdata;
  ember_write_fn write_stdout; /* null: the process's standard output */
  void* stdout_userdata;
  ember_write_fn write_stderr; /* null: the process's standard error */
  void* stderr_userdata;
  const char* const* module_paths; /* searched only with EMBER_CAP_IMPORT_FILES */
  size_t module_path_count;
  uint32_t capabilities; /* a bitwise or of ember_capability; 0: a sandbox */
  int jit;               /* an ember_jit_mode */
} ember_config;

/* Fills `config` with the defaults: no limits, output to the process, no capabilities, the
 * JIT on. */
EMBER_API ember_status ember_config_init(ember_config* config);

/* Creates a VM with the built-ins and the embedded standard library (config may be null for
 * the defaults). The caller owns *out and frees it with ember_vm_destroy. */
EMBER_API ember_status ember_vm_new(const ember_config* config, ember_vm** out);
/* Frees the VM and everything it owns; every handle of it becomes invalid. Null is ignored. */
EMBER_API ember_status ember_vm_destroy(ember_vm* vm);

/* ---- running code. Code runs in the VM's __main__ module, which persists between runs. */

/* Compiles and runs `source` (NUL-terminated); `filename` (may be null: "<string>") names it in
 * tracebacks. */
EMBER_API ember_status ember_run_string(ember_vm* vm, const char* source, const char* filename);
/* Reads the file at `path` (the host reads it: no capability is needed) and runs it. A file
 * that cannot be read is EMBER_ERROR_ARGUMENT. */
EMBER_API ember_status ember_run_file(ember_vm* vm, const char* path);
/* Evaluates one expression in __main__'s namespace; *out is a new handle to its value. */
EMBER_API ember_status ember_eval(ember_vm* vm, const char* expression, ember_value* out);

/* Sets the steps the VM may still take (0: unlimited) before EMBER_ERROR_BUDGET. A step is a loop
 * iteration or a call of a Python function. Runs and calls share the budget: each starts with
 * what the previous ones left over, and once it is spent every later run or call fails at
 * once (an `except` in the script cannot outlast it) until the host sets a new budget. */
EMBER_API ember_status ember_set_budget(ember_vm* vm, uint64_t steps);
/* Stops scripts with EMBER_ERROR_TIME_LIMIT once `seconds` of wall-clock time have passed from
 * now (0: no limit). Like the budget, a passed limit stays until the host sets a new one. */
EMBER_API ember_status ember_set_time_limit(ember_vm* vm, double seconds);
/* The number of traces (loops and side exits) the JIT has compiled to machine code so far:
 * always 0 with EMBER_JIT_OFF, and in libember.so, which has no JIT (only libember.a has). */
EMBER_API ember_status ember_jit_traces(ember_vm* vm, uint64_t* out);
/* Asks the running script to stop at its next step (EMBER_ERROR_INTERRUPTED); when nothing
 * runs, the next run or call stops at once. Safe to call from any thread and from a signal
 * handler, as long as the VM exists. */
EMBER_API ember_status ember_request_interrupt(ember_vm* vm);

/* ---- globals of __main__ (`name` is NUL-terminated UTF-8) */

/* *out is a new handle; a missing global is EMBER_ERROR_SCRIPT with a NameError. */
EMBER_API ember_status ember_get_global(ember_vm* vm, const char* name, ember_value* out);
EMBER_API ember_status ember_set_global(ember_vm* vm, const char* name, ember_value value);

/* ---- calls. `args` holds `nargs` handles (args may be null when nargs is 0); *out (which may
 * be null when the result is not wanted) is a new handle to the result. */
EMBER_API ember_status ember_call(ember_vm* vm, ember_value callee, const ember_value* args,
                                  size_t nargs, ember_value* out);
/* Calls the global `name` of __main__. */
EMBER_API ember_status ember_call_global(ember_vm* vm, const char* name, const ember_value* args,
                                         size_t nargs, ember_value* out);
/* Python's getattr(object, name) and setattr(object, name, value). */
EMBER_API ember_status ember_get_attr(ember_vm* vm, ember_value object, const char* name,
                                      ember_value* out);
EMBER_API ember_status ember_set_attr(ember_vm* vm, ember_value object, const char* name,
                                      ember_value value);

/* ---- making values. Each makes a new handle in *out. */

EMBER_API ember_status ember_new_none(ember_vm* vm, ember_value* out);
EMBER_API ember_status ember_new_bool(ember_vm* vm, int truth, ember_value* out);
EMBER_API ember_status ember_new_int(ember_vm* vm, int64_t value, ember_value* out);
/* An int of any size from its decimal text (an optional sign, then digits; NUL-terminated). */
EMBER_API ember_status ember_new_int_from_string(ember_vm* vm, const char* decimal,
                                                 ember_value* out);
EMBER_API ember_status ember_new_float(ember_vm* vm, double value, ember_value* out);
/* A str from `size` bytes of UTF-8 (invalid UTF-8 is EMBER_ERROR_ARGUMENT). */
EMBER_API ember_status ember_new_str(ember_vm* vm, const char* utf8, size_t size, ember_value* out);
EMBER_API ember_status ember_new_bytes(ember_vm* vm, const void* data, size_t size,
                                       ember_value* out);
/* A list or tuple of `count` items (items may be null when count is 0). */
EMBER_API ember_status ember_new_list(ember_vm* vm, const ember_value* items, size_t count,
                                      ember_value* out);
EMBER_API ember_status ember_new_tuple(ember_vm* vm, const ember_value* items, size_t count,
                                       ember_value* out);
EMBER_API ember_status ember_new_dict(ember_vm* vm, ember_value* out);

/* ---- reading values */

typedef enum ember_kind {
  EMBER_KIND_NONE,
  EMBER_KIND_BOOL,
  EMBER_KIND_INT,
  EMBER_KIND_FLOAT,
  EMBER_KIND_STR,
  EMBER_KIND_BYTES,
  EMBER_KIND_LIST,
  EMBER_KIND_TUPLE,
  EMBER_KIND_DICT,
  EMBER_KIND_CALLABLE, /* functions, classes, bound methods, native functions */
  EMBER_KIND_OTHER
} ember_kind;

/* The kind of a value; an instance of a subclass counts as its built-in base (a bool is
 * EMBER_KIND_BOOL, not EMBER_KIND_INT). */
EMBER_API ember_status ember_kind_of(ember_vm* vm, ember_value value, ember_kind* out);
/* The value must be a bool (EMBER_ERROR_TYPE otherwise); *out is 0 or 1. */
EMBER_API ember_status ember_to_bool(ember_vm* vm, ember_value value, int* out);
/* The value must be an int; EMBER_ERROR_RANGE when it does not fit in 64 bits. */
EMBER_API ember_status ember_to_int(ember_vm* vm, ember_value value, int64_t* out);
/* The value must be a float or an int (converted like Python's float()). */
EMBER_API ember_status ember_to_float(ember_vm* vm, ember_value value, double* out);
/* The value must be a str: *data points to its UTF-8 (NUL-terminated, *size bytes without the
 * NUL). The text belongs to the VM and stays valid while a handle to the value lives. */
EMBER_API ember_status ember_to_str(ember_vm* vm, ember_value value, const char** data,
                                    size_t* size);
/* The value must be bytes; the data stays valid while a handle to the value lives. */
EMBER_API ember_status ember_to_bytes(ember_vm* vm, ember_value value, const void** data,
                                      size_t* size);
/* Python's str(value) as a new handle: a big int's decimal digits, a list's text, ... */
EMBER_API ember_status ember_str_of(ember_vm* vm, ember_value value, ember_value* out);
/* Python's len(value). */
EMBER_API ember_status ember_len(ember_vm* vm, ember_value value, size_t* out);
/* Python's container[key] and container[key] = value (lists, tuples, dicts, any mapping). */
EMBER_API ember_status ember_get_item(ember_vm* vm, ember_value container, ember_value key,
                                      ember_value* out);
EMBER_API ember_status ember_set_item(ember_vm* vm, ember_value container, ember_value key,
                                      ember_value value);
/* Item `index` of a list or tuple (EMBER_ERROR_RANGE past the end). */
EMBER_API ember_status ember_get_index(ember_vm* vm, ember_value sequence, size_t index,
                                       ember_value* out);
/* Walks a dict in insertion order: start with *position = 0; each call returns the next entry
 * as two new handles and EMBER_OK, or EMBER_ERROR_RANGE (null handles) after the last. */
EMBER_API ember_status ember_dict_next(ember_vm* vm, ember_value dict, size_t* position,
                                       ember_value* key, ember_value* value);

/* ---- handles */

/* Opens a scope: handles made after it are released by the matching ember_scope_end. Scopes
 * nest; *depth (may be null) receives the new depth for ember_scope_end to check. */
EMBER_API ember_status ember_scope_begin(ember_vm* vm, size_t* depth);
/* Releases the handles of the innermost scope; `depth` must be that scope's depth. */
EMBER_API ember_status ember_scope_end(ember_vm* vm, size_t depth);
/* A new persistent handle to the same value: it lives until ember_release. */
EMBER_API ember_status ember_persist(ember_vm* vm, ember_value value, ember_value* out);
/* A new handle in the current scope to the same value. */
EMBER_API ember_status ember_dup(ember_vm* vm, ember_value value, ember_value* out);
/* Releases one handle now (scoped or persistent); releasing it again is EMBER_ERROR_ARGUMENT. */
EMBER_API ember_status ember_release(ember_vm* vm, ember_value value);

/* ---- native functions and modules */

/* A host function callable from scripts. `args` are `nargs` handles, valid during the call.
 * Set *result (initially None) to return a value. Return EMBER_OK, or an error: the status of
 * a failed ember_* call (its exception propagates into the script), or the value returned by
 * ember_raise. Keyword arguments are refused with a TypeError before the function runs. */
typedef ember_status (*ember_native_fn)(ember_vm* vm, void* userdata, const ember_value* args,
                                        size_t nargs, ember_value* result);

typedef struct ember_native_def {
  const char* name; /* NUL-terminated; copied */
  ember_native_fn function;
  void* userdata;
} ember_native_def;

/* A callable value wrapping `def` (store it with ember_set_global or ember_set_attr). */
EMBER_API ember_status ember_new_function(ember_vm* vm, const ember_native_def* def,
                                          ember_value* out);
/* Makes module `name` importable by scripts, with the `count` functions of `defs`; *out (may
 * be null) is a handle to the module, e.g. to add constants with ember_set_attr. Registering
 * a name again replaces the module. */
EMBER_API ember_status ember_register_module(ember_vm* vm, const char* name,
                                             const ember_native_def* defs, size_t count,
                                             ember_value* out);
/* For native functions: makes a new exception of the built-in class `type_name` ("ValueError",
 * "KeyError", ...) with `message`, to be raised when the function returns; returns
 * EMBER_ERROR_SCRIPT for the function to return (EMBER_ERROR_ARGUMENT for an unknown class). */
EMBER_API ember_status ember_raise(ember_vm* vm, const char* type_name, const char* message);

/* ---- errors. These accessors never fail; the text they return belongs to the VM and is valid
 * until the next ember_* call on it that fails (a null vm gives ""). */

/* One line: "ValueError: bad value", or what was wrong with an argument. */
EMBER_API const char* ember_last_error_message(ember_vm* vm);
/* The full report CPython would print for the exception ("Traceback (most recent call
 * last):..."); "" when the last error was not a Python exception. */
EMBER_API const char* ember_last_error_traceback(ember_vm* vm);
/* After EMBER_ERROR_EXIT: the exit status sys.exit() asked for (as CPython computes it). */
EMBER_API int ember_exit_code(ember_vm* vm);

#ifdef __cplusplus
}
#endif

#endif /* EMBER_EMBER_H */
