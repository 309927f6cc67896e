#include "genai_quiz/core/optimizer/review_log.hpp"

#include <map>
#include <string>
#include <utility>

namespace genai_quiz::optimizer {

std::vector<ReviewEvent> review_events(std::span<const ReviewRecord> log) {
  std::map<std::pair<std::string, std::string>, std::int64_t> numbers;
  std::vector<ReviewEvent> events;
  events.reserve(log.size());
  for (const ReviewRecord& r : log) {
    if (r.cram) continue;
    auto [it, added] = numbers.try_emplace({r.deck_id, r.card_id}, std::int64_t(numbers.size()));
    ReviewEvent e{it->second, r.time, static_cast<int>(r.rating)};
    e.restart = !added && r.before.phase == Phase::kNew;
    events.push_back(e);
  }
  return events;
}

}  // namespace genai_quiz::optimizer
