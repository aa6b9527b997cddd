/* Fannkuch-redux in C: the algorithm and output of fannkuch.py / fannkuch.mojo, as the
   gcc -O2 reference for the typed twin. Usage: fannkuch [N] (default 10). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int64_t* perm = malloc(n * sizeof(int64_t));
  int64_t* count = calloc(n, sizeof(int64_t));
  int64_t* p = malloc(n * sizeof(int64_t));
  for (int i = 0; i < n; ++i) perm[i] = i;
  int64_t max_flips = 0, checksum = 0, sign = 1, index = 0;
  for (;;) {
    int64_t first = perm[0];
    if (first != 0) {
      memcpy(p, perm, n * sizeof(int64_t));
      int64_t flips = 0;
      while (first != 0) {
        for (int64_t lo = 0, hi = first; lo < hi; ++lo, --hi) { /* reverse p[0..first] */
          int64_t t = p[lo];
          p[lo] = p[hi];
          p[hi] = t;
        }
        ++flips;
        first = p[0];
      }
      if (flips > max_flips) max_flips = flips;
      checksum += sign * flips;
    }
    sign = -sign;
    ++index;
    /* next permutation: rotate prefixes, counting (an odometer over count[]) */
    int r = 1;
    for (;;) {
      if (r == n) {
        printf("%lld\n", (long long)checksum);
        printf("Pfannkuchen(%d) = %lld\n", n, (long long)max_flips);
        printf("permutations: %lld\n", (long long)index);
        free(perm);
        free(count);
        free(p);
        return 0;
      }
      int64_t head = perm[0]; /* rotate perm[0..r] left by one */
      for (int k = 0; k < r; ++k) perm[k] = perm[k + 1];
      perm[r] = head;
      if (++count[r] <= r) break;
      count[r] = 0;
      ++r;
    }
  }
}
