/* Two VMs run at the same time in two threads, each created, used and destroyed by its own
 * thread; a VM refuses calls from any other thread. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "ember/ember.h"

#define CHECK(condition)                                                      \
  do {                                                                        \
    if (!(condition)) {                                                       \
      fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #condition); \
      return (void*)1;                                                        \
    }                                                                         \
  } while (0)

static pthread_barrier_t computed; /* both VMs have their result */
static pthread_barrier_t probed;   /* the main thread has tried to misuse them */

struct work {
  int seed;
  long long result;
  ember_vm* vm;
};

static const char* const kProgram =
    "def work(seed):\n"
    "    total = 0\n"
    "    d = {}\n"
    "    for i in range(200000):\n"
    "        d[i % 1000] = str(i * seed)\n"
    "        total += len(d[i % 1000])\n"
    "    return total\n";

static void* compute(struct work* w) {
  CHECK(ember_vm_new(NULL, &w->vm) == EMBER_OK);
  CHECK(ember_run_string(w->vm, kProgram, NULL) == EMBER_OK);
  ember_value seed, result;
  CHECK(ember_new_int(w->vm, w->seed, &seed) == EMBER_OK);
  CHECK(ember_call_global(w->vm, "work", &seed, 1, &result) == EMBER_OK);
  int64_t total;
  CHECK(ember_to_int(w->vm, result, &total) == EMBER_OK);
  w->result = total;
  return NULL;
}

static void* worker(void* argument) {
  struct work* w = argument;
  void* failed = compute(w);
  pthread_barrier_wait(&computed);
  pthread_barrier_wait(&probed);
  if (w->vm) CHECK(ember_vm_destroy(w->vm) == EMBER_OK);
  return failed;
}

int main(void) {
  pthread_barrier_init(&computed, NULL, 3);
  pthread_barrier_init(&probed, NULL, 3);
  struct work works[2] = {{3, 0, NULL}, {7, 0, NULL}};
  pthread_t threads[2];
  for (int i = 0; i < 2; ++i) pthread_create(&threads[i], NULL, worker, &works[i]);
  pthread_barrier_wait(&computed);
  int status = 0;
  for (int i = 0; i < 2; ++i) {
    if (works[i].vm && (ember_run_string(works[i].vm, "x = 1", NULL) != EMBER_ERROR_THREAD ||
                        ember_vm_destroy(works[i].vm) != EMBER_ERROR_THREAD)) {
      fprintf(stderr, "VM %d accepted a call from another thread\n", i);
      status = 1;
    }
  }
  if (works[0].vm && strcmp(ember_last_error_message(works[0].vm),
                            "the VM was destroyed from a thread other than its own") != 0) {
    fprintf(stderr, "unexpected message: %s\n", ember_last_error_message(works[0].vm));
    status = 1;
  }
  pthread_barrier_wait(&probed);
  for (int i = 0; i < 2; ++i) {
    void* failed;
    pthread_join(threads[i], &failed);
    if (failed) status = 1;
  }
  /* The same work done alone, one VM at a time, gives the same totals. */
  for (int i = 0; i < 2 && status == 0; ++i) {
    struct work alone = {works[i].seed, 0, NULL};
    if (compute(&alone) || alone.result != works[i].result) {
      fprintf(stderr, "seed %d: %lld in a thread, %lld alone\n", works[i].seed, works[i].result,
              alone.result);
      status = 1;
    }
    ember_vm_destroy(alone.vm);
  }
  if (status == 0) printf("two threads: %lld %lld\n", works[0].result, works[1].result);
  return status;
}
