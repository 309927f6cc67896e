#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

#include "genai_quiz/core/review_merge.hpp"
#include "support/anki_log.hpp"

using namespace genai_quiz;

namespace {

using CardKey = std::pair<std::string, std::string>;

std::map<CardKey, std::vector<ReviewRecord>> by_card(const std::vector<ReviewRecord>& log) {
  std::map<CardKey, std::vector<ReviewRecord>> out;
  for (const ReviewRecord& r : log) out[{r.deck_id, r.card_id}].push_back(r);
  return out;
}

std::map<CardKey, CardState> states(const std::vector<ReviewRecord>& log, const Scheduler& scheduler) {
  std::map<CardKey, CardState> out;
  for (const auto& [key, history] : by_card(log)) out[key] = replay_card(history, scheduler).back().after;
  return out;
}

}  // namespace

TEST_CASE("Merging two machines' halves of a real review log gives the states of one machine", "[core]") {
  std::optional<std::vector<ReviewRecord>> log = testing::load_anki_log();
  if (!log) {
    WARN("skipped: " << testing::anki_log_path() << " is not there");
    return;
  }
  REQUIRE(log->size() == 12580);
  SchedulerSettings settings;  // fuzz on: the seeds depend on exact times and the order of answers
  Scheduler scheduler(settings);

  // Each answer was given on machine A or B, at random.
  std::mt19937 rng(2025);
  std::vector<ReviewRecord> a, b;
  for (const ReviewRecord& r : *log) ((rng() & 1) ? a : b).push_back(r);
  REQUIRE(!a.empty());
  REQUIRE(!b.empty());

  // Machine A imports B's export.
  MergePlan plan = plan_merge(a, b);
  CHECK(plan.already_present == 0);
  CHECK(plan.added.size() == b.size());
  std::vector<ReviewRecord> merged = a;
  merged.insert(merged.end(), plan.added.begin(), plan.added.end());
  std::map<CardKey, CardState> expected = states(*log, scheduler);
  std::map<CardKey, CardState> local = states(a, scheduler);  // A's states before the import
  std::set<CardKey> affected(plan.affected.begin(), plan.affected.end());
  std::map<CardKey, std::vector<ReviewRecord>> merged_by_card = by_card(merged);
  int differing = 0;
  for (const auto& [key, want] : expected) {
    // Affected cards are rebuilt from their merged history; the others keep A's state.
    CardState got = affected.contains(key) ? replay_card(merged_by_card[key], scheduler).back().after : local[key];
    differing += got == want ? 0 : 1;
  }
  CHECK(differing == 0);
  CHECK(expected.size() == 1205);

  // Importing the same export again changes nothing.
  MergePlan again = plan_merge(merged, b);
  CHECK(again.added.empty());
  CHECK(again.already_present == static_cast<int>(b.size()));
}
