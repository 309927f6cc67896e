#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <tuple>
#include <unordered_map>

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
  std::optional<double> coverage = std::nullopt;  ///< a typed answer checked against key points
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
    r.coverage = a.coverage;
    REQUIRE(store.record(r, p.last_review_id));
  }
}

// The log as an export file carries it: without ids, elapsed days or states.
std::vector<ReviewRecord> exported(MemoryStore& store) {
  std::vector<ReviewRecord> out;
  for (ReviewRecord r : store.review_log("")) {
    r.id = 0;
    r.elapsed_days = 0;
    r.before = r.after = CardState{};
    out.push_back(std::move(r));
  }
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

// Three weeks of answers to five cards, a few of them cram, about a third typed (with a coverage).
std::vector<Answer> three_weeks() {
  std::vector<Answer> out;
  std::mt19937 rng(11);
  for (int day = 0; day < 21; ++day) {
    for (int c = 0; c < 5; ++c) {
      if ((rng() % 3) == 0) continue;
      Rating rating = static_cast<Rating>(1 + rng() % 4);
      std::string card = std::to_string(c);
      card.insert(0, 1, 'c');
      TimePoint time = utc(2025, 3, 1 + day, 8 + c, static_cast<int>(rng() % 60));
      bool cram = rng() % 10 == 0;
      std::optional<double> coverage;
      if (rng() % 3 == 0) coverage = static_cast<double>(rng() % 6) / 5;  // 0 to 5 of 5 points
      out.push_back({card, time, rating, cram, coverage});
    }
  }
  return out;
}

// How many logged answers carry a coverage.
long typed_answers(MemoryStore& store) {
  std::vector<ReviewRecord> log = store.review_log("");
  return std::count_if(log.begin(), log.end(), [](const ReviewRecord& r) { return r.coverage.has_value(); });
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
  CHECK(canonical_log(fresh) == canonical_log(original));  // coverage included
  CHECK(typed_answers(fresh) > 10);
  CHECK(typed_answers(fresh) == typed_answers(original));
  for (auto& [key, progress] : fresh.cards()) CHECK(progress.fingerprint == original.cards()[key].fingerprint);
}

TEST_CASE("The coverage of typed answers survives an export, an import and a rebuilt history", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  const TimePoint t = utc(2025, 3, 1, 9);
  MemoryStore home, work;
  // At home: a typed answer to "a"; at work: a later answer to "a" and a typed one to "b".
  study(home, {{"a", t, Rating::kGood, false, 0.75}}, scheduler);
  study(work, {{"a", t + std::chrono::hours(30), Rating::kHard}, {"b", t, Rating::kEasy, false, 1.0 / 3}}, scheduler);

  std::vector<ReviewRecord> file = exported(home);
  REQUIRE(file.at(0).coverage == 0.75);
  import_reviews(work, file, scheduler, kNoDecks, false);
  // "a" was rebuilt from both answers, "b" was left alone: every coverage is where it was.
  std::vector<ReviewRecord> log = canonical_log(work);
  REQUIRE(log.size() == 3);
  CHECK(log[0].card_id == "a");
  CHECK(log[0].coverage == 0.75);
  CHECK_FALSE(log[1].coverage);
  CHECK(log[2].card_id == "b");
  CHECK(log[2].coverage == 1.0 / 3);

  // Back home, the merged log holds the same coverages; "a"'s local answer keeps its own.
  import_reviews(home, exported(work), scheduler, kNoDecks, false);
  CHECK(canonical_log(home) == canonical_log(work));
}

TEST_CASE("Importing the same log twice changes nothing the second time", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  MemoryStore original;
  study(original, three_weeks(), scheduler);
  std::vector<ReviewRecord> file = exported(original);

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

TEST_CASE("Answers given in the same millisecond (a pinned clock) export and import like any other", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  TimePoint pinned = utc(2025, 3, 1, 9);
  MemoryStore original;
  study(original, {{"a", pinned, Rating::kGood}, {"b", pinned, Rating::kAgain}, {"a", pinned, Rating::kGood},
                   {"b", pinned, Rating::kGood}, {"a", pinned, Rating::kEasy}},
        scheduler);
  std::vector<ReviewRecord> file = exported(original);
  number_repeats(file);
  REQUIRE(find_duplicate_reviews(file, "f").empty());

  MemoryStore fresh;
  CHECK(import_reviews(fresh, file, scheduler, kNoDecks, false).added == 5);
  CHECK(states(fresh) == states(original));
  CHECK(canonical_log(fresh) == canonical_log(original));
  CHECK(import_reviews(fresh, file, scheduler, kNoDecks, false).added == 0);
  CHECK(import_reviews(original, file, scheduler, kNoDecks, false).added == 0);
}

TEST_CASE("An import keeps answers to cards in no deck and fills missing fingerprints", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  std::vector<ReviewRecord> file(3);
  for (auto [r, card, time, fingerprint] : {std::tuple{&file[0], "known", utc(2025, 3, 1, 9), ""},
                                            std::tuple{&file[1], "gone", utc(2025, 3, 1, 9), ""},
                                            std::tuple{&file[2], "known", utc(2025, 3, 2, 9), "from-file"}}) {
    r->deck_id = "deck";
    r->card_id = card;
    r->time = time;
    r->fingerprint = fingerprint;
  }
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

namespace {

// A store in which another session answers card "c0" once, just before the import's first write.
class BusyStore final : public ProgressStore {
 public:
  BusyStore(MemoryStore& inner, const Scheduler& scheduler) : inner_(inner), scheduler_(scheduler) {}
  std::unordered_map<std::string, CardProgress> load_deck(const std::string& d) override { return inner_.load_deck(d); }
  std::optional<CardProgress> load_card(const std::string& d, const std::string& c) override {
    return inner_.load_card(d, c);
  }
  std::optional<std::int64_t> record(const ReviewRecord& r, std::int64_t e) override { return inner_.record(r, e); }
  bool undo(std::int64_t id) override { return inner_.undo(id); }
  void set_skipped_until(const std::string& d, const std::string& c, std::optional<TimePoint> u) override {
    inner_.set_skipped_until(d, c, u);
  }
  int count_introduced(const std::string& d, TimePoint f, TimePoint t) override { return inner_.count_introduced(d, f, t); }
  std::vector<ReviewRecord> review_log(const std::string& d) override { return inner_.review_log(d); }
  bool replace_histories(const std::vector<CardHistory>& h) override {
    if (writes_++ == 0) study(inner_, {{"c0", utc(2025, 3, 30, 9), Rating::kGood}}, scheduler_);
    return inner_.replace_histories(h);
  }
  std::int64_t add_event(const CardEvent& e) override { return inner_.add_event(e); }
  bool remove_event(std::int64_t id) override { return inner_.remove_event(id); }
  std::vector<CardEvent> card_events(const std::string& d) override { return inner_.card_events(d); }
  int writes() const { return writes_; }

 private:
  MemoryStore& inner_;
  const Scheduler& scheduler_;
  int writes_ = 0;
};

}  // namespace

TEST_CASE("An answer given by another session during an import is not lost", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  std::vector<Answer> all = three_weeks();
  std::vector<Answer> mine, theirs;
  for (std::size_t i = 0; i < all.size(); ++i) (i % 2 == 0 ? mine : theirs).push_back(all[i]);
  MemoryStore other, expected;
  study(other, theirs, scheduler);
  std::vector<Answer> everything = all;
  everything.push_back({"c0", utc(2025, 3, 30, 9), Rating::kGood});
  study(expected, everything, scheduler);

  MemoryStore inner;
  study(inner, mine, scheduler);
  BusyStore busy(inner, scheduler);
  ImportSummary summary = import_reviews(busy, exported(other), scheduler, kNoDecks, false);
  CHECK(busy.writes() == 2);  // the first write was refused, the second built on the new answer
  CHECK(summary.added == static_cast<int>(theirs.size()));
  CHECK(states(inner) == states(expected));
  CHECK(canonical_log(inner) == canonical_log(expected));
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

TEST_CASE("Importing answers into a card that was reset replays them from a new card after the reset", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  const TimePoint t = utc(2025, 3, 1, 9);
  MemoryStore home, work;
  // At home: "a" answered, reset, answered again from new. At work: one earlier and one later answer.
  study(home, {{"a", t, Rating::kGood}, {"a", t + std::chrono::hours(24), Rating::kGood}}, scheduler);
  home.add_event({0, "deck", "a", t + std::chrono::hours(30), CardEventKind::kReset});
  REQUIRE(home.load_card("deck", "a")->state == CardState{});
  study(home, {{"a", t + std::chrono::hours(40), Rating::kHard}}, scheduler);
  study(work, {{"a", t + std::chrono::hours(2), Rating::kAgain}, {"a", t + std::chrono::hours(50), Rating::kGood}},
        scheduler);

  import_reviews(home, exported(work), scheduler, kNoDecks, false);
  // Only the answers after the reset count, replayed from a new card.
  CardState expected;
  expected = scheduler.review(expected, Rating::kHard, t + std::chrono::hours(40));
  expected = scheduler.review(expected, Rating::kGood, t + std::chrono::hours(50));
  CHECK(home.load_card("deck", "a")->state == expected);
  CHECK(home.review_log("").size() == 5);  // the history is kept
}

TEST_CASE("An import adds the card events the store lacks, once, and a reset among them replays the card", "[core]") {
  Scheduler scheduler{SchedulerSettings{}};
  const TimePoint t = utc(2025, 3, 1, 9);
  MemoryStore home, work;
  study(home, {{"a", t, Rating::kGood}, {"b", t, Rating::kGood}}, scheduler);
  home.add_event({0, "deck", "a", t + std::chrono::hours(1), CardEventKind::kSuspend});
  home.add_event({0, "deck", "b", t + std::chrono::hours(2), CardEventKind::kFlag});
  home.add_event({0, "deck", "b", t + std::chrono::hours(3), CardEventKind::kReset});
  // A card with events and no answers at all.
  home.add_event({0, "deck", "c", t + std::chrono::hours(4), CardEventKind::kFlag});
  const std::vector<CardEvent> events = home.card_events("");
  REQUIRE(events.size() == 4);

  ImportSummary first = import_reviews(work, exported(home), scheduler, kNoDecks, false, events);
  CHECK(first.added == 2);
  CHECK(first.events_added == 4);
  CHECK(work.load_card("deck", "a")->marks == CardMarks{true, false, false});
  CHECK(work.load_card("deck", "b")->marks == CardMarks{false, true, false});
  CHECK(work.load_card("deck", "b")->state == CardState{});  // reset: new again, its answer kept
  CHECK(work.load_card("deck", "c")->marks == CardMarks{false, true, false});
  CHECK(work.load_card("deck", "a")->state == home.load_card("deck", "a")->state);
  CHECK(work.review_log("").size() == 2);

  // Twice, or with the events given twice in one file: nothing more.
  std::vector<CardEvent> doubled = events;
  doubled.insert(doubled.end(), events.begin(), events.end());
  const int commits = work.commits();
  ImportSummary second = import_reviews(work, exported(home), scheduler, kNoDecks, false, doubled);
  CHECK(second.events_added == 0);
  CHECK(work.commits() == commits);
  CHECK(work.card_events("").size() == 4);

  // A dry run counts them and adds nothing.
  MemoryStore empty;
  ImportSummary dry = import_reviews(empty, exported(home), scheduler, kNoDecks, true, doubled);
  CHECK(dry.events_added == 4);
  CHECK(empty.card_events("").empty());
}

TEST_CASE("New card events are those of another log that this one lacks, each once", "[core]") {
  const TimePoint t = utc(2025, 3, 1, 9);
  const CardEvent flag{0, "d", "a", t, CardEventKind::kFlag};
  CardEvent later = flag;
  later.time = t + std::chrono::milliseconds(1);
  CardEvent other_kind = flag;
  other_kind.kind = CardEventKind::kUnflag;
  CardEvent other_card = flag;
  other_card.card_id = "b";
  CardEvent local_copy = flag;
  local_copy.id = 17;  // ids are the store's own: they do not tell events apart
  struct Row {
    std::vector<CardEvent> local, incoming, added;
  };
  const Row rows[] = {
      {{}, {flag, flag}, {flag}},
      {{local_copy}, {flag}, {}},
      {{flag}, {later, other_kind, other_card, flag}, {later, other_kind, other_card}},
  };
  for (const Row& row : rows) CHECK(new_card_events(row.local, row.incoming) == row.added);
}
