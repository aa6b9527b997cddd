#include "vm/weak_refs.h"

#include <algorithm>
#include <utility>

#include "vm/traceback.h"
#include "vm/vm.h"

namespace ember {

void WeakRefTable::add(WeakRefObject* ref) {
  auto [it, inserted] = by_referent_.try_emplace(ref->referent);
  if (inserted) it->second.serial = next_serial_++;
  it->second.refs.push_back(ref);
}

const std::vector<WeakRefObject*>* WeakRefTable::refs_to(const Object* referent) const {
  auto it = by_referent_.find(referent);
  return it == by_referent_.end() ? nullptr : &it->second.refs;
}

void WeakRefTable::clear_unreached(const Heap& heap) {
  std::vector<std::pair<uint64_t, std::vector<WeakRefObject*>>> dying;
  for (auto it = by_referent_.begin(); it != by_referent_.end();) {
    std::vector<WeakRefObject*>& refs = it->second.refs;
    // References that die now need no clearing and get no callback.
    std::erase_if(refs, [&](WeakRefObject* ref) { return !heap.reached(ref); });
    if (!refs.empty() && !heap.reached(it->first)) {
      for (WeakRefObject* ref : refs) ref->referent = nullptr;
      dying.emplace_back(it->second.serial, std::move(refs));
      refs.clear();
    }
    it = refs.empty() ? by_referent_.erase(it) : std::next(it);
  }
  std::sort(dying.begin(), dying.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (auto& [serial, refs] : dying) {
    for (auto ref = refs.rbegin(); ref != refs.rend(); ++ref) {
      if (!(*ref)->callback.is_none()) pending_.push_back(*ref);
    }
  }
}

void WeakRefTable::trace_pending(Marker& marker) const {
  for (WeakRefObject* ref : pending_) marker.mark(ref);
}

void WeakRefTable::run_pending(VM& vm) {
  if (running_) return;
  running_ = true;
  // Callbacks may collect and queue more; take them one at a time from the front.
  for (size_t next = 0; next < pending_.size(); ++next) {
    WeakRefObject* ref = pending_[next];
    Value callback = ref->callback;
    Rooted keep_ref(vm, Value::from_object(ref));
    Rooted keep_callback(vm, callback);
    try {
      vm.call(callback, {Value::from_object(ref)});
    } catch (const PythonException&) {
      report_unraisable(vm, callback);
    }
  }
  pending_.clear();
  running_ = false;
}

}  // namespace ember
