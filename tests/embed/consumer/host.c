/* Prints "ember says 42" through the installed library. */
#include <ember/ember.h>
#include <stdio.h>

int main(void) {
  ember_vm* vm;
  if (ember_vm_new(NULL, &vm) != EMBER_OK) return 1;
  ember_value answer;
  ember_status status = ember_eval(vm, "6 * 7", &answer);
  int64_t value = 0;
  if (status == EMBER_OK) status = ember_to_int(vm, answer, &value);
  if (status != EMBER_OK) {
    fprintf(stderr, "%s\n", ember_last_error_message(vm));
    return 1;
  }
  printf("ember says %lld\n", (long long)value);
  return ember_vm_destroy(vm) == EMBER_OK ? 0 : 1;
}
