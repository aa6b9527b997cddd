// "Did you mean" suggestions for NameError and AttributeError, as CPython 3.11 computes them
// (Python/suggestions.c): a Levenshtein distance where substituting a character costs 2, or 1
// when only its ASCII case differs, and inserting or deleting one costs 2.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace ember {

inline constexpr size_t kSuggestionMoveCost = 2;
inline constexpr size_t kSuggestionCaseCost = 1;
inline constexpr size_t kSuggestionMaxStringSize = 40;
inline constexpr size_t kSuggestionMaxCandidates = 750;

// The edit distance between `a` and `b` (UTF-8 bytes), or some value above `max_cost` when it
// exceeds `max_cost`. After removing their common prefix and suffix, strings longer than
// kSuggestionMaxStringSize count as too far apart.
size_t suggestion_distance(std::string_view a, std::string_view b, size_t max_cost);

// The candidate closest to `name`, the first one among equals; none when no candidate is close
// enough (at most a third of the characters involved changed), when `candidates` holds
// kSuggestionMaxCandidates or more names, or when only `name` itself matches.
std::optional<std::string_view> best_suggestion(std::string_view name,
                                                const std::vector<std::string_view>& candidates);

}  // namespace ember
