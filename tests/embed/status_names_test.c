/* ember_status_name from C, where any int may travel in an ember_status (C++ code may not
 * form such a value, so this check lives in a C host). */
#include <ember/ember.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  if (strcmp(ember_status_name(EMBER_OK), "OK") != 0 ||
      strcmp(ember_status_name(EMBER_ERROR_ARGUMENT), "ERROR_ARGUMENT") != 0 ||
      strcmp(ember_status_name((ember_status)99), "UNKNOWN") != 0 ||
      strcmp(ember_status_name((ember_status)-1), "UNKNOWN") != 0) {
    fprintf(stderr, "wrong status names\n");
    return 1;
  }
  puts("status names ok");
  return 0;
}
