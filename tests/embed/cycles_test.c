/* Creates, uses and destroys VMs many times (argv[1], default 2000). Under LeakSanitizer
 * (EMBER_SANITIZE) this shows that destroying a VM frees everything malloc gave it; in a
 * normal build the resident set must stay flat after the first cycles, which also covers
 * the GC heaps (mimalloc memory that LeakSanitizer does not see). */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "ember/ember.h"

static long resident_kib(void) {
  long pages = 0, resident = 0;
  FILE* f = fopen("/proc/self/statm", "r");
  if (!f) return 0;
  if (fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
  fclose(f);
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

static int cycle(int i) {
  ember_vm* vm;
  if (ember_vm_new(NULL, &vm) != EMBER_OK) return 1;
  ember_value n, result;
  int ok = ember_run_string(vm,
                            "def f(n):\n"
                            "    return repr({str(k): [k] * 3 for k in range(n)})\n",
                            NULL) == EMBER_OK &&
           ember_new_int(vm, 20 + i % 7, &n) == EMBER_OK &&
           ember_call_global(vm, "f", &n, 1, &result) == EMBER_OK &&
           ember_run_string(vm, "1 / 0", NULL) == EMBER_ERROR_SCRIPT;
  if (!ok) fprintf(stderr, "cycle %d: %s\n", i, ember_last_error_message(vm));
  ember_vm_destroy(vm);
  return ok ? 0 : 1;
}

int main(int argc, char** argv) {
  int cycles = argc > 1 ? atoi(argv[1]) : 2000;
  int warmup = cycles < 200 ? cycles : 200;
  for (int i = 0; i < warmup; ++i) {
    if (cycle(i)) return 1;
  }
  long before = resident_kib();
  for (int i = warmup; i < cycles; ++i) {
    if (cycle(i)) return 1;
  }
  long after = resident_kib();
  printf("%d cycles; resident set %ld KiB after %d, %ld KiB at the end\n", cycles, before, warmup,
         after);
#ifdef EMBER_SANITIZE
  /* AddressSanitizer keeps freed memory in quarantine: the resident set says nothing. */
  after = before;
#endif
  if (after - before > 8 * 1024) {
    fprintf(stderr, "the resident set grew by %ld KiB\n", after - before);
    return 1;
  }
  return 0;
}
