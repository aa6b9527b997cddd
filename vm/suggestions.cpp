#include "vm/suggestions.h"

#include <algorithm>
#include <limits>

namespace ember {

namespace {

char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

size_t substitution_cost(char x, char y) {
  if (x == y) return 0;
  return ascii_lower(x) == ascii_lower(y) ? kSuggestionCaseCost : kSuggestionMoveCost;
}

}  // namespace

size_t suggestion_distance(std::string_view a, std::string_view b, size_t max_cost) {
  // Shared ends cost nothing.
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kSuggestionMoveCost;
  if (a.size() > kSuggestionMaxStringSize || b.size() > kSuggestionMaxStringSize) {
    return max_cost + 1;
  }
  if (a.size() > b.size()) std::swap(a, b);  // a is the shorter one
  // Each extra character of the longer string needs at least one insertion.
  if ((b.size() - a.size()) * kSuggestionMoveCost > max_cost) return max_cost + 1;

  // row[j]: the cost of turning b's first i characters into a's first j+1 characters.
  size_t row[kSuggestionMaxStringSize];
  for (size_t j = 0; j < a.size(); ++j) row[j] = (j + 1) * kSuggestionMoveCost;
  size_t last = 0;
  for (size_t i = 0; i < b.size(); ++i) {
    size_t diagonal = i * kSuggestionMoveCost;    // cost(b[:i], a[:0])
    size_t left = (i + 1) * kSuggestionMoveCost;  // cost(b[:i+1], a[:0])
    size_t row_min = std::numeric_limits<size_t>::max();
    for (size_t j = 0; j < a.size(); ++j) {
      size_t up = row[j];
      size_t best = std::min({diagonal + substitution_cost(b[i], a[j]), up + kSuggestionMoveCost,
                              left + kSuggestionMoveCost});
      row[j] = best;
      diagonal = up;
      left = best;
      row_min = std::min(row_min, best);
    }
    last = left;
    // Costs never decrease from one row to the next: stop once all are too high.
    if (row_min > max_cost) return max_cost + 1;
  }
  return last;
}

std::optional<std::string_view> best_suggestion(std::string_view name,
                                                const std::vector<std::string_view>& candidates) {
  if (candidates.size() >= kSuggestionMaxCandidates) return std::nullopt;
  std::optional<std::string_view> best;
  size_t best_distance = std::numeric_limits<size_t>::max();
  for (std::string_view candidate : candidates) {
    if (candidate == name) continue;
    size_t max_cost = (name.size() + candidate.size() + 3) * kSuggestionMoveCost / 6;
    if (best) max_cost = std::min(max_cost, best_distance - 1);
    size_t distance = suggestion_distance(name, candidate, max_cost);
    if (distance > max_cost) continue;
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace ember
