/* A C host that loads a configuration script and calls its functions.
 * Usage: config_host [config.py] */
#include <ember/ember.h>
#include <stdio.h>
#include <stdlib.h>

/* Prints the error of a failed call and exits. */
static void check(ember_vm* vm, ember_status status) {
  if (status == EMBER_OK) return;
  const char* traceback = ember_last_error_traceback(vm);
  fprintf(stderr, "error (%s): %s\n", ember_status_name(status),
          traceback[0] ? traceback : ember_last_error_message(vm));
  ember_vm_destroy(vm);
  exit(1);
}

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : "config.py";
  ember_config config;
  ember_config_init(&config);
  config.max_memory = 32u << 20; /* a config script needs little */
  config.step_budget = 1000000;  /* and must not loop forever */
  ember_vm* vm;
  if (ember_vm_new(&config, &vm) != EMBER_OK) return 1;
  check(vm, ember_run_file(vm, path));

  /* Plain values. */
  ember_value title, window, key, width, levels, level;
  const char* text;
  size_t size, count;
  int64_t number;
  check(vm, ember_get_global(vm, "title", &title));
  check(vm, ember_to_str(vm, title, &text, &size));
  printf("title: %.*s\n", (int)size, text);
  check(vm, ember_get_global(vm, "window", &window));
  check(vm, ember_new_str(vm, "width", 5, &key));
  check(vm, ember_get_item(vm, window, key, &width));
  check(vm, ember_to_int(vm, width, &number));
  printf("width: %lld\n", (long long)number);
  check(vm, ember_get_global(vm, "levels", &levels));
  check(vm, ember_len(vm, levels, &count));
  for (size_t i = 0; i < count; ++i) {
    check(vm, ember_get_index(vm, levels, i, &level));
    check(vm, ember_to_str(vm, level, &text, &size));
    printf("level %zu: %.*s\n", i + 1, (int)size, text);
  }

  /* Functions, called with arguments; a scope releases the handles of each round. */
  for (int64_t l = 1; l <= 3; ++l) {
    size_t scope;
    check(vm, ember_scope_begin(vm, &scope));
    ember_value args[2], result;
    double damage;
    check(vm, ember_new_int(vm, l, &args[0]));
    check(vm, ember_new_float(vm, 10.0, &args[1]));
    check(vm, ember_call_global(vm, "damage", args, 2, &result));
    check(vm, ember_to_float(vm, result, &damage));
    printf("damage on level %lld: %.1f\n", (long long)l, damage);
    check(vm, ember_scope_end(vm, scope));
  }
  ember_value name, greeting;
  check(vm, ember_new_str(vm, "Ada", 3, &name));
  check(vm, ember_call_global(vm, "greeting", &name, 1, &greeting));
  check(vm, ember_to_str(vm, greeting, &text, &size));
  printf("%.*s\n", (int)size, text);

  /* A call that fails leaves the VM usable. */
  ember_status status = ember_call_global(vm, "damage", &name, 1, NULL);
  printf("damage('Ada'): %s: %s\n", ember_status_name(status), ember_last_error_message(vm));
  check(vm, ember_call_global(vm, "greeting", &name, 1, NULL));
  ember_vm_destroy(vm);
  return 0;
}
