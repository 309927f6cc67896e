#include "genai_quiz/core/typo.hpp"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "genai_quiz/core/utf8.hpp"

namespace genai_quiz {

std::u32string to_code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) out.push_back(utf8::decode(text, i));
  return out;
}

int bounded_edit_distance(std::u32string_view a, std::u32string_view b, int limit) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  // Rows two back, one back and current of the dynamic-programming table.
  std::vector<int> two(m + 1), one(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) one[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({one[j] + 1, cur[j - 1] + 1, one[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) cur[j] = std::min(cur[j], two[j - 2] + 1);
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(two, one);
    std::swap(one, cur);
  }
  return std::min(one[m], limit + 1);
}

int typo_allowance(std::size_t length) {
  if (length < 6) return 0;
  return length < 10 ? 1 : 2;
}

std::optional<std::string> closest_name(std::string_view word, std::span<const std::string> candidates) {
  const std::u32string typed = to_code_points(word);
  std::optional<std::string> best;
  int best_distance = 0;
  bool tie = false;
  for (const std::string& candidate : candidates) {
    const std::u32string name = to_code_points(candidate);
    const int limit = std::clamp(static_cast<int>(std::max(typed.size(), name.size()) / 3), 1, 3);
    const int d = bounded_edit_distance(typed, name, limit);
    if (d > limit || d == 0) continue;
    if (!best || d < best_distance) {
      best = candidate;
      best_distance = d;
      tie = false;
    } else if (d == best_distance) {
      tie = true;
    }
  }
  if (best && !tie) return best;
  // "stat" for "stats", "conv" for "convert": a unique prefix is as good as a near miss.
  std::optional<std::string> prefixed;
  for (const std::string& candidate : candidates) {
    if (!word.empty() && candidate.size() > word.size() && candidate.starts_with(word)) {
      if (prefixed) return std::nullopt;
      prefixed = candidate;
    }
  }
  return prefixed;
}

}  // namespace genai_quiz
