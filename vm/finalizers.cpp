#include "vm/finalizers.h"

#include <utility>

#include "vm/generator_object.h"
#include "vm/ops.h"
#include "vm/traceback.h"
#include "vm/vm.h"

namespace ember {

namespace {
// GcObject::gc_flags bit: the object has been registered (it is finalised at most once).
constexpr uint8_t kFinalizerRegistered = 0x01;

// A generator needs closing only while suspended inside its body.
bool generator_needs_close(const VM& vm, const Object* object) {
  return object->type == vm.types.generator &&
         static_cast<const GeneratorObject*>(object)->state == GeneratorState::Suspended;
}

}  // namespace

void Finalizers::add(Object* object) {
  if (object->gc_flags & kFinalizerRegistered) return;
  object->gc_flags |= kFinalizerRegistered;
  live_.push_back(object);
}

void Finalizers::resurrect_unreached(VM& vm, Heap& heap) {
  size_t first_new = pending_.size();
  std::erase_if(live_, [&](Object* object) {
    if (heap.reached(object)) return false;
    // A generator that never started or has finished just dies.
    if (object->type == vm.types.generator && !generator_needs_close(vm, object)) return true;
    pending_.push_back(object);
    return true;
  });
  for (size_t i = first_new; i < pending_.size(); ++i) heap.mark_from(pending_[i]);
}

void Finalizers::trace_pending(Marker& marker) const {
  for (Object* object : pending_) marker.mark(object);
}

void Finalizers::run_pending(VM& vm) {
  if (running_) return;
  running_ = true;
  // __del__ may collect and queue more; they are taken in turn.
  for (size_t next = 0; next < pending_.size(); ++next) {
    Value object = Value::from_object(pending_[next]);
    bool generator = pending_[next]->type == vm.types.generator;
    if (generator && !generator_needs_close(vm, pending_[next])) continue;
    Value method =
        lookup_in_type(vm, pending_[next]->type, vm.name(generator ? "close" : "__del__"));
    if (method.is_undefined()) continue;
    Rooted keep_object(vm, object);
    Rooted keep_method(vm, method);
    try {
      vm.call(method, {object});
    } catch (const PythonException&) {
      report_unraisable(vm, generator ? object : method);
    }
  }
  pending_.clear();
  running_ = false;
}

void Finalizers::run_all(VM& vm) {
  pending_.insert(pending_.end(), live_.begin(), live_.end());
  live_.clear();
  run_pending(vm);
}

}  // namespace ember
