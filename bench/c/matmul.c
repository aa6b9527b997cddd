/* Dense matrix multiplication in C: the algorithm and output of matmul.py / matmul.mojo
   (each matrix stored row after row in one array), as the gcc -O2 reference for the typed
   twin. Usage: matmul [N] (default 350). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MODULUS 1000000007

/* Python's %: the result takes the divisor's sign */
static int64_t floor_mod(int64_t a, int64_t b) {
  int64_t r = a % b;
  return r != 0 && (r < 0) != (b < 0) ? r + b : r;
}

static double* make_matrix(int64_t n, int64_t seed) {
  double* m = malloc(n * n * sizeof(double));
  int64_t s = seed;
  for (int64_t k = 0; k < n * n; ++k) {
    s = (s * 1103515245 + 12345) & 0x7FFFFFFF;
    m[k] = (double)(floor_mod(s, 2001) - 1000) / 1000.0;
  }
  return m;
}

/* C = A x B in the i-k-j order, each row of C accumulated in place */
static double* matmul(const double* a, const double* b, int64_t n) {
  double* c = calloc(n * n, sizeof(double));
  for (int64_t i = 0; i < n; ++i) {
    double* ci = c + i * n;
    for (int64_t k = 0; k < n; ++k) {
      double aik = a[i * n + k];
      const double* bk = b + k * n;
      for (int64_t j = 0; j < n; ++j) ci[j] += aik * bk[j];
    }
  }
  return c;
}

/* Row r of a times row s of bt (a column of the untransposed matrix) */
static int64_t dot(const int64_t* a, int64_t r, const int64_t* bt, int64_t s, int64_t n) {
  int64_t total = 0;
  for (int64_t k = 0; k < n; ++k) total += a[r * n + k] * bt[s * n + k];
  return total;
}

int main(int argc, char** argv) {
  int64_t n = argc > 1 ? atoll(argv[1]) : 350;
  double* a = make_matrix(n, 1);
  double* b = make_matrix(n, 2);
  double* c = matmul(a, b, n);
  double trace = 0.0, total = 0.0;
  for (int64_t i = 0; i < n; ++i) trace += c[i * n + i];
  for (int64_t k = 0; k < n * n; ++k) total += c[k];
  printf("float %lldx%lld: trace %.6f, sum %.6f\n", (long long)n, (long long)n, trace, total);
  printf("c[0][0] %.9f, c[n-1][n-1] %.9f\n", c[0], c[n * n - 1]);

  int64_t m = n / 2;
  int64_t* ia = malloc(m * m * sizeof(int64_t));
  int64_t* ib = malloc(m * m * sizeof(int64_t));
  int64_t* bt = malloc(m * m * sizeof(int64_t));
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < m; ++j) {
      ia[i * m + j] = (i * 7 + j * 3) % 17 - 8;
      ib[i * m + j] = (i * 5 + j * 11) % 13 - 6;
    }
  }
  for (int64_t j = 0; j < m; ++j) {
    for (int64_t i = 0; i < m; ++i) bt[j * m + i] = ib[i * m + j];
  }
  int64_t checksum = 0, itrace = 0;
  for (int64_t i = 0; i < m; ++i) {
    for (int64_t j = 0; j < m; ++j) {
      int64_t x = dot(ia, i, bt, j, m);
      checksum = floor_mod(checksum * 31 + x, MODULUS);
      if (i == j) itrace += x;
    }
  }
  printf("int %lldx%lld: trace %lld, checksum %lld\n", (long long)m, (long long)m,
         (long long)itrace, (long long)checksum);
  free(a);
  free(b);
  free(c);
  free(ia);
  free(ib);
  free(bt);
  return 0;
}
