/* Mandelbrot set in C: the algorithm and output of mandelbrot.py / mandelbrot.mojo, as the
   gcc -O2 reference for the typed twin. Usage: mandelbrot [N] (default 1000). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_ITER 50
#define MODULUS 1000000007

int main(int argc, char** argv) {
  int64_t n = argc > 1 ? atoll(argv[1]) : 1000;
  int64_t inside = 0, checksum = 0;
  for (int64_t y = 0; y < n; ++y) {
    double ci = 2.0 * (double)y / (double)n - 1.0;
    int64_t row_bits = 0;
    for (int64_t x = 0; x < n; ++x) {
      double cr = 2.0 * (double)x / (double)n - 1.5;
      double zr = 0.0, zi = 0.0, tr = 0.0, ti = 0.0;
      int i = 0;
      while (i < MAX_ITER && tr + ti <= 4.0) {
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
        ++i;
      }
      int64_t bit = tr + ti <= 4.0 ? 1 : 0;
      inside += bit;
      /* mandelbrot.py keeps the row as one big int; modulo MODULUS it fits 64 bits */
      row_bits = ((row_bits << 1) | bit) % MODULUS;
    }
    checksum = (checksum * 31 + row_bits) % MODULUS;
  }
  printf("size %lld, inside %lld\n", (long long)n, (long long)inside);
  printf("checksum %lld\n", (long long)checksum);
  return 0;
}
