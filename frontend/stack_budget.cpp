#include "frontend/stack_budget.h"

#include <pthread.h>

namespace ember {

size_t stack_budget(uintptr_t here) {
  size_t budget = 1u << 20;  // fallback: 1 MiB
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_attr_getstack(&attr, &addr, &size) == 0 && addr) {
      auto low = reinterpret_cast<uintptr_t>(addr);
      if (here > low && here - low < size + 4096) {
        size_t left = here - low;
        const size_t margin = 256u << 10;
        budget = left > 2 * margin ? left - margin : left / 2;
      }
    }
    pthread_attr_destroy(&attr);
  }
  return budget;
}

}  // namespace ember
