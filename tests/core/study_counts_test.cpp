#include <catch2/catch.hpp>

#include <map>

#include "genai_quiz/core/study_counts.hpp"

using namespace genai_quiz;
using namespace std::chrono;

TEST_CASE("Cards without progress are new and studied cards are due on their calendar day", "[core]") {
  Section section;
  for (const char* id : {"never", "learning", "due-now", "due-tonight", "due-tomorrow", "skipped", "still-new"}) {
    Card c;
    c.id = id;
    section.cards.push_back(c);
  }
  const FixedOffsetCalendar calendar(minutes(0), 4);
  const TimePoint now = TimePoint(sys_days(2025y / 3 / 1) + 9h);
  auto saved_state = [](Phase phase, TimePoint due) {
    CardProgress p;
    p.state.phase = phase;
    p.state.stability = 10;
    p.state.difficulty = 5;
    p.state.due = due;
    p.state.last_review = due - days(10);
    p.last_review_id = 1;
    return p;
  };
  std::map<std::string, CardProgress> saved;
  saved["learning"] = saved_state(Phase::kLearning, now + 10min);
  saved["due-now"] = saved_state(Phase::kReview, now);
  saved["due-tonight"] = saved_state(Phase::kReview, now + 18h);     // 03:00, before the 04:00 day start
  saved["due-tomorrow"] = saved_state(Phase::kReview, now + 19h);    // 04:00: the next day
  saved["skipped"] = saved_state(Phase::kRelearning, now - 1h);
  saved["skipped"].skipped_until = now + 19h;
  saved["still-new"] = CardProgress{};
  const ProgressLookup lookup = [&](const Card& card) -> const CardProgress* {
    auto it = saved.find(card.id);
    return it == saved.end() ? nullptr : &it->second;
  };
  CHECK(count_study(section, lookup, calendar, now) == StudyCounts{2, 3});
  CHECK(count_study(section, lookup, calendar, now + 19h) == StudyCounts{2, 5});
  CHECK(count_study(section, no_saved_progress, calendar, now) == StudyCounts{7, 0});
}

TEST_CASE("Suspended cards are neither new nor due, and suspended and flagged cards are counted", "[core]") {
  const FixedOffsetCalendar calendar(minutes(0), 4);
  const TimePoint now = TimePoint(sys_days(2025y / 3 / 1) + 9h);
  auto progress = [&](Phase phase, CardMarks marks) {
    CardProgress p;
    p.state.phase = phase;
    p.state.due = now - 1h;
    p.marks = marks;
    return p;
  };
  struct Row {
    const char* what;
    CardProgress progress;
    StudyCounts counts;  // new, due, suspended, flagged
  };
  const Row rows[] = {
      {"new", progress(Phase::kNew, {}), {1, 0, 0, 0}},
      {"due", progress(Phase::kReview, {}), {0, 1, 0, 0}},
      {"suspended new", progress(Phase::kNew, {true, false, false}), {0, 0, 1, 0}},
      {"suspended due", progress(Phase::kReview, {true, false, false}), {0, 0, 1, 0}},
      {"leech", progress(Phase::kRelearning, {true, false, true}), {0, 0, 1, 0}},
      {"flagged due", progress(Phase::kReview, {false, true, false}), {0, 1, 0, 1}},
      {"flagged new", progress(Phase::kNew, {false, true, false}), {1, 0, 0, 1}},
      {"flagged and suspended", progress(Phase::kReview, {true, true, false}), {0, 0, 1, 1}},
  };
  for (const Row& row : rows) {
    Section section;
    section.cards.push_back(Card{});
    const ProgressLookup lookup = [&](const Card&) { return &row.progress; };
    INFO(row.what);
    CHECK(count_study(section, lookup, calendar, now) == row.counts);
  }
}
