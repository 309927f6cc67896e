#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "genai_quiz/core/progress_import.hpp"
#include "support/memory_store.hpp"
#include "support/time_points.hpp"

using namespace genai_quiz;
using genai_quiz::test::utc;
using testing::MemoryStore;

namespace {

struct Answer {
  std::string card;
  TimePoint time;
  Rating rating;
  bool cram = false;
};

// Records `answers` in order as study sessions do: each from the card's saved state.
void study(MemoryStore& store, const std::vector<Answer>& answers, const Scheduler& scheduler) {
  for (const Answer& a : answers) {
    CardProgress p = store.load_card("deck", a.card).value_or(CardProgress{});
    ReviewRecord r;
    r.deck_id = "deck";
    r.card_id = a.card;
    r.time = a.time;
    r.rating = a.rating;
    r.duration_ms = 2000;
    r.before = p.state;
    r.elapsed_days = scheduler.elapsed_days(p.state, a.time);
    r.after = a.cram ? p.state : scheduler.review(p.state, a.rating, a.time);
    r.fingerprint = "fp-" + a.card;
    r.cram = a.cram;
    REQUIRE(store.record(r, p.last_review_id));
  }
}

std::vector<ExchangeReview> exported(MemoryStore& store) {
  std::vector<ExchangeReview> out;
  for (const ReviewRecord& r : store.review_log("")) out.push_back(to_exchange(r));
  return out;
}

// The log without ids, each card's answers in time order.
std::vector<ReviewRecord> canonical_log(MemoryStore& store) {
  std::vector<ReviewRecord> log = store.review_log("");
  for (ReviewRecord& r : log) r.id = 0;
  std::stable_sort(log.begin(), log.end(), [](const ReviewRecord& a, const ReviewRecord& b) {
    return std::tie(a.deck_id, a.card_id, a.time) < std::tie(b.deck_id, b.card_id, b.time);
  });
  return log;
}

std::map<std::pair<std::string, std::string>, CardState> states(MemoryStore& store) {
  std::map<std::pair<std::string, std::string>, CardState> out;
  for (auto& [key, progress] : store.cards()) out[key] = progress.state;
  return out;
}

const FingerprintLookup kNoDecks = [](const std::string&, const std::string&) { return std::nullopt; };

// Three weeks of answers to five cards, a few of them cram.
std::vector<Answer> three_weeks() {
  std::vector<Answer> out;
  std::mt19937 rng(11);
  for (int day = 0; day < 21; ++day) {
    for (int c = 0; c < 5; ++c) {
      if ((rng() % 3) == 0) continue;
      Rating rating = static_cast<Rating>(1 + rng() % 4);
      std::string card = std::to_string(c);
      card.insert(0, 1, 'c');
      out.push_back({card, utc(2025, 3, 1 + day, 8 + c, static_cast<int>(rng() % 60)), rating, rng() % 10 == 0});
    }
  }
  return out;
}

}  // namespace

TEST_CASE("Importing an export into an empty store reproduces the card states", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  MemoryStore original;
  study(original, three_weeks(), scheduler);

  MemoryStore fresh;
  ImportSummary summary = import_reviews(fresh, exported(original), scheduler, kNoDecks, false);
  CHECK(summary.added == static_cast<int>(original.reviews().size()));
  CHECK(summary.already_present == 0);
  CHECK(summary.cards == 5);
  CHECK(fresh.commits() == 1);  // one transaction
  CHECK(states(fresh) == states(original));
  CHECK(canonical_log(fresh) == canonical_log(original));
  for (auto& [key, progress] : fresh.cards()) CHECK(progress.fingerprint == original.cards()[key].fingerprint);
}

TEST_CASE("Importing the same log twice changes nothing the second time", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  MemoryStore original;
  study(original, three_weeks(), scheduler);
  std::vector<ExchangeReview> file = exported(original);

  ImportSummary again = import_reviews(original, file, scheduler, kNoDecks, false);  // its own export
  CHECK(again.added == 0);
  CHECK(again.already_present == static_cast<int>(file.size()));
  CHECK(again.cards == 0);

  MemoryStore other;
  import_reviews(other, file, scheduler, kNoDecks, false);
  auto log = canonical_log(other);
  auto before = states(other);
  int commits = other.commits();
  ImportSummary twice = import_reviews(other, file, scheduler, kNoDecks, false);
  CHECK(twice == ImportSummary{static_cast<int>(file.size()), 0, static_cast<int>(file.size()), 0, 0});
  CHECK(other.commits() == commits);
  CHECK(canonical_log(other) == log);
  CHECK(states(other) == before);
}

TEST_CASE("Merging two machines' logs gives the states of one machine that did every review", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  std::vector<Answer> all = three_weeks();
  std::vector<Answer> at_home, at_work;
  for (std::size_t i = 0; i < all.size(); ++i) (i % 3 == 0 ? at_work : at_home).push_back(all[i]);

  MemoryStore one, home, work;
  study(one, all, scheduler);
  study(home, at_home, scheduler);
  study(work, at_work, scheduler);
  REQUIRE(states(home) != states(one));

  MemoryStore home_copy = home;
  ImportSummary summary = import_reviews(home, exported(work), scheduler, kNoDecks, false);
  CHECK(summary.added == static_cast<int>(at_work.size()));
  CHECK(states(home) == states(one));
  CHECK(canonical_log(home) == canonical_log(one));

  // The other way round, and then each machine taking the other's merged log, agree too.
  import_reviews(work, exported(home_copy), scheduler, kNoDecks, false);
  CHECK(states(work) == states(one));
  CHECK(import_reviews(work, exported(home), scheduler, kNoDecks, false).added == 0);
}

TEST_CASE("An import keeps answers to cards in no deck and fills missing fingerprints", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  std::vector<ExchangeReview> file = {
      {"deck", "known", utc(2025, 3, 1, 9), Rating::kGood, 0, false, ""},
      {"deck", "gone", utc(2025, 3, 1, 9), Rating::kGood, 0, false, ""},
      {"deck", "known", utc(2025, 3, 2, 9), Rating::kGood, 0, false, "from-file"},
  };
  FingerprintLookup current = [](const std::string&, const std::string& card) -> std::optional<std::string> {
    if (card == "known") return "fp-now";
    return std::nullopt;
  };
  MemoryStore store;
  import_reviews(store, file, scheduler, current, false);
  std::vector<ReviewRecord> log = canonical_log(store);
  REQUIRE(log.size() == 3);
  CHECK(log[0].card_id == "gone");
  CHECK(log[0].fingerprint.empty());
  CHECK(log[1].fingerprint == "fp-now");
  CHECK(log[2].fingerprint == "from-file");
  CHECK(store.load_card("deck", "gone")->state.reps == 1);
  CHECK(store.load_card("deck", "known")->fingerprint == "from-file");
}

TEST_CASE("A dry run reports what an import would do and writes nothing", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  MemoryStore original;
  study(original, three_weeks(), scheduler);
  MemoryStore store;
  ImportSummary summary = import_reviews(store, exported(original), scheduler, kNoDecks, true);
  CHECK(summary.added == static_cast<int>(original.reviews().size()));
  CHECK(summary.cards == 5);
  CHECK(store.commits() == 0);
  CHECK(store.reviews().empty());
}
