#include "genai_quiz/core/suggest.hpp"

#include <algorithm>
#include <vector>

#include "genai_quiz/core/ascii.hpp"

namespace genai_quiz {

int edit_distance(std::string_view a, std::string_view b) {
  // Three rows of the dynamic-programming table: two back, one back, and the current one.
  const std::size_t n = b.size();
  std::vector<int> two(n + 1), one(n + 1), cur(n + 1);
  for (std::size_t j = 0; j <= n; ++j) one[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= n; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({one[j] + 1, cur[j - 1] + 1, one[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        cur[j] = std::min(cur[j], two[j - 2] + 1);
      }
    }
    std::swap(two, one);
    std::swap(one, cur);
  }
  return one[n];
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  const std::string lowered = ascii_lower(word);
  const int limit = word.size() <= 5 ? 1 : 2;
  std::string_view best;
  int best_distance = limit + 1;
  for (std::string_view candidate : candidates) {
    if (candidate == word) return "";
    const std::size_t longer = std::max(word.size(), candidate.size());
    if (longer - std::min(word.size(), candidate.size()) > static_cast<std::size_t>(limit)) continue;
    const int d = edit_distance(lowered, ascii_lower(candidate));
    if (d < best_distance) best = candidate, best_distance = d;
  }
  return std::string(best);
}

}  // namespace genai_quiz
