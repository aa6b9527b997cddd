/* N-body simulation in C: the algorithm and output of nbody.py / nbody.mojo, as the gcc -O2
   reference for the typed twin. Usage: nbody [STEPS] (default 400000). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define BODIES 5

struct body {
  double x, y, z, vx, vy, vz, mass;
};

static struct body make_body(double x, double y, double z, double vx, double vy, double vz,
                             double mass) {
  struct body b = {
      x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR, mass * SOLAR_MASS};
  return b;
}

static void make_system(struct body* bodies) {
  bodies[0] = make_body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0);
  bodies[1] = make_body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                        1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                        9.54791938424326609e-04);
  bodies[2] = make_body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                        -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                        2.85885980666130812e-04);
  bodies[3] = make_body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                        2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                        4.36624404335156298e-05);
  bodies[4] = make_body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                        2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                        5.15138902046611451e-05);
  /* give the sun the momentum that makes the total zero */
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 0; i < BODIES; ++i) {
    px += bodies[i].vx * bodies[i].mass;
    py += bodies[i].vy * bodies[i].mass;
    pz += bodies[i].vz * bodies[i].mass;
  }
  bodies[0].vx = -px / SOLAR_MASS;
  bodies[0].vy = -py / SOLAR_MASS;
  bodies[0].vz = -pz / SOLAR_MASS;
}

static double energy(const struct body* bodies) {
  double e = 0.0;
  for (int i = 0; i < BODIES; ++i) {
    const struct body* b = &bodies[i];
    e += 0.5 * b->mass * (b->vx * b->vx + b->vy * b->vy + b->vz * b->vz);
    for (int j = i + 1; j < BODIES; ++j) {
      const struct body* c = &bodies[j];
      double dx = b->x - c->x, dy = b->y - c->y, dz = b->z - c->z;
      e -= b->mass * c->mass / pow(dx * dx + dy * dy + dz * dz, 0.5);
    }
  }
  return e;
}

static void advance(struct body* bodies, double dt, long steps) {
  for (long s = 0; s < steps; ++s) {
    for (int i = 0; i < BODIES; ++i) {
      struct body* b = &bodies[i];
      for (int j = i + 1; j < BODIES; ++j) {
        struct body* c = &bodies[j];
        double dx = b->x - c->x, dy = b->y - c->y, dz = b->z - c->z;
        double d2 = dx * dx + dy * dy + dz * dz;
        double mag = dt / (d2 * pow(d2, 0.5));
        double bm = b->mass * mag, cm = c->mass * mag;
        b->vx -= dx * cm;
        b->vy -= dy * cm;
        b->vz -= dz * cm;
        c->vx += dx * bm;
        c->vy += dy * bm;
        c->vz += dz * bm;
      }
    }
    for (int i = 0; i < BODIES; ++i) {
      bodies[i].x += dt * bodies[i].vx;
      bodies[i].y += dt * bodies[i].vy;
      bodies[i].z += dt * bodies[i].vz;
    }
  }
}

int main(int argc, char** argv) {
  long steps = argc > 1 ? atol(argv[1]) : 400000;
  struct body bodies[BODIES];
  make_system(bodies);
  printf("%.9f\n", energy(bodies));
  advance(bodies, 0.01, steps);
  printf("%.9f\n", energy(bodies));
  double checksum = 0.0;
  for (int i = 0; i < BODIES; ++i) {
    checksum += bodies[i].x + 2 * bodies[i].y + 3 * bodies[i].z;
  }
  printf("positions checksum %.6f\n", checksum);
  return 0;
}
