/* The cost of a host calling a trivial script function, f(x) = x, with one int argument and
 * one int result, next to Lua 5.4's lua_call when built with Lua (EMBER_WITH_LUA).
 * Usage: call_overhead [calls] */
#include <ember/ember.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#ifdef EMBER_WITH_LUA
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#endif

static double now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e9 + t.tv_nsec;
}

static int fail(ember_vm* vm) {
  fprintf(stderr, "%s\n", ember_last_error_message(vm));
  return 1;
}

/* Each call makes the argument, calls, reads the result; a scope per 1000 calls releases
 * the handles. */
static int ember_round_trips(long calls, double* ns) {
  ember_vm* vm;
  if (ember_vm_new(NULL, &vm) != EMBER_OK) return 1;
  ember_value f;
  if (ember_run_string(vm, "def f(x):\n    return x\n", NULL) != EMBER_OK ||
      ember_get_global(vm, "f", &f) != EMBER_OK) {
    return fail(vm);
  }
  int64_t sum = 0;
  double start = now_ns();
  for (long i = 0; i < calls; i += 1000) {
    size_t scope;
    ember_scope_begin(vm, &scope);
    for (long j = i; j < i + 1000 && j < calls; ++j) {
      ember_value arg, result;
      int64_t r;
      if (ember_new_int(vm, j, &arg) != EMBER_OK || ember_call(vm, f, &arg, 1, &result) ||
          ember_to_int(vm, result, &r) != EMBER_OK) {
        return fail(vm);
      }
      sum += r;
    }
    ember_scope_end(vm, scope);
  }
  *ns = (now_ns() - start) / calls;
  ember_vm_destroy(vm);
  return sum == (int64_t)calls * (calls - 1) / 2 ? 0 : 1;
}

#ifdef EMBER_WITH_LUA
static int lua_round_trips(long calls, double* ns) {
  lua_State* L = luaL_newstate();
  luaL_openlibs(L);
  if (luaL_dostring(L, "function f(x) return x end") != LUA_OK) return 1;
  lua_getglobal(L, "f");
  int f = luaL_ref(L, LUA_REGISTRYINDEX);
  long long sum = 0;
  double start = now_ns();
  for (long i = 0; i < calls; ++i) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, f);
    lua_pushinteger(L, i);
    lua_call(L, 1, 1);
    sum += lua_tointeger(L, -1);
    lua_pop(L, 1);
  }
  *ns = (now_ns() - start) / calls;
  lua_close(L);
  return sum == (long long)calls * (calls - 1) / 2 ? 0 : 1;
}
#endif

int main(int argc, char** argv) {
  long calls = argc > 1 ? atol(argv[1]) : 2000000;
  double ns;
  if (ember_round_trips(calls, &ns)) return 1;
  printf("ember_call: %.1f ns per call (%ld calls)\n", ns, calls);
#ifdef EMBER_WITH_LUA
  if (lua_round_trips(calls, &ns)) return 1;
  printf("lua_call:   %.1f ns per call (%ld calls, %s)\n", ns, calls, LUA_RELEASE);
#else
  printf("lua_call:   not measured (built without Lua 5.4)\n");
#endif
  return 0;
}
