/* Spectral norm in C: the algorithm and output of spectral_norm.py / spectral_norm.mojo, as
   the gcc -O2 reference for the typed twin. Usage: spectral_norm [N] (default 700). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static double a(int64_t i, int64_t j) {
  int64_t s = i + j;
  return 1.0 / (double)(s * (s + 1) / 2 + i + 1);
}

static void mul_av(const double* v, double* out, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    double total = 0.0;
    for (int64_t j = 0; j < n; ++j) total += a(i, j) * v[j];
    out[i] = total;
  }
}

static void mul_atv(const double* v, double* out, int64_t n) {
  for (int64_t i = 0; i < n; ++i) {
    double total = 0.0;
    for (int64_t j = 0; j < n; ++j) total += a(j, i) * v[j];
    out[i] = total;
  }
}

static void mul_atav(const double* v, double* out, double* tmp, int64_t n) {
  mul_av(v, tmp, n);
  mul_atv(tmp, out, n);
}

int main(int argc, char** argv) {
  int64_t n = argc > 1 ? atoll(argv[1]) : 700;
  double* u = malloc(n * sizeof(double));
  double* v = malloc(n * sizeof(double));
  double* tmp = malloc(n * sizeof(double));
  for (int64_t i = 0; i < n; ++i) u[i] = 1.0;
  for (int k = 0; k < 10; ++k) {
    mul_atav(u, v, tmp, n);
    mul_atav(v, u, tmp, n);
  }
  double vbv = 0.0, vv = 0.0, total = 0.0;
  for (int64_t i = 0; i < n; ++i) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  for (int64_t i = 0; i < n; ++i) total += u[i];
  printf("%0.9f\n", pow(vbv / vv, 0.5));
  printf("sum(u) = %.6f\n", total);
  free(u);
  free(v);
  free(tmp);
  return 0;
}
