#include <catch2/catch.hpp>

#include <map>

#include "genai_quiz/core/study_counts.hpp"

using namespace genai_quiz;
using std::chrono::hours;

TEST_CASE("Cards without progress are new and studied cards are due once their time comes", "[core]") {
  Section section;
  for (const char* id : {"never", "learning", "due-now", "due-later", "still-new"}) {
    Card c;
    c.id = id;
    section.cards.push_back(c);
  }
  const TimePoint now = TimePoint{} + hours(1000);
  std::map<std::string, CardState> saved;
  saved["learning"] = {Phase::kLearning, 1, 5, now - hours(1), now - hours(2)};
  saved["due-now"] = {Phase::kReview, 10, 5, now, now - hours(240)};
  saved["due-later"] = {Phase::kReview, 10, 5, now + hours(1), now - hours(240)};
  saved["still-new"] = {};
  const CardStateLookup lookup = [&](const Card& card) -> const CardState* {
    auto it = saved.find(card.id);
    return it == saved.end() ? nullptr : &it->second;
  };
  CHECK(count_study(section, lookup, now) == StudyCounts{2, 2});
  CHECK(count_study(section, no_saved_state, now) == StudyCounts{5, 0});
}
