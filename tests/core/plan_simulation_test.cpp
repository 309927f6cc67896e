#include "genai_quiz/core/plan_simulation.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <random>
#include <string_view>
#include <vector>

#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/core/scheduler.hpp"

using namespace genai_quiz;
using std::chrono::days;
using std::chrono::hours;

namespace {

const TimePoint kNow = TimePoint{std::chrono::sys_days{std::chrono::year{2025} / 3 / 1}} + hours(9);

std::shared_ptr<const Calendar> utc() { return std::make_shared<FixedOffsetCalendar>(std::chrono::minutes(0), 4); }

CardState review_card(double stability, double difficulty, int days_ago, int interval) {
  CardState c;
  c.phase = Phase::kReview;
  c.stability = stability;
  c.difficulty = difficulty;
  c.last_review = kNow - days(days_ago);
  c.scheduled_days = interval;
  c.due = *c.last_review + days(interval);
  c.reps = 4;
  return c;
}

PlanInput input_with(std::vector<CardState> cards, int days_to_go) {
  PlanInput in;
  in.cards = std::move(cards);
  in.scheduling.enable_fuzz = false;
  in.calendar = utc();
  in.now = kNow;
  in.interview_day = in.calendar->day(kNow) + days_to_go;
  return in;
}

// A mix of cards: some studied (due on different days), some new.
std::vector<CardState> mixed_cards(int studied, int fresh) {
  std::vector<CardState> cards;
  for (int i = 0; i < studied; ++i) {
    double s = 1.5 + (i * 37 % 40);
    int interval = std::max(1, static_cast<int>(s));
    cards.push_back(review_card(s, 3 + (i % 6), i % interval, interval));
  }
  for (int i = 0; i < fresh; ++i) cards.push_back(CardState{});
  return cards;
}

double sum(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s;
}

}  // namespace

TEST_CASE("A card with no review left before the interview is recalled with probability R(t, S) on the day", "[core]") {
  struct Case {
    double stability;
    int days_ago;
    int interval;  // due after the interview
    int days_to_go;
  };
  const Case cases[] = {
      {10, 0, 30, 10}, {10, 5, 40, 20}, {2.5, 1, 60, 7}, {100, 30, 200, 60}, {36, 2, 90, 0}, {0.5, 0, 45, 30},
  };
  for (const Case& c : cases) {
    PlanInput in = input_with({review_card(c.stability, 5, c.days_ago, c.interval)}, c.days_to_go);
    in.cap_to_interview = false;
    PlanOutcome out = simulate_plan(in, {0.9, 0, 0}, 5, 7);
    const Scheduler scheduler(in.scheduling, in.calendar);
    const double expected = scheduler.model().retrievability(c.days_ago + c.days_to_go, c.stability);
    INFO("S " << c.stability << ", " << c.days_ago << " days ago, " << c.days_to_go << " days to go");
    CHECK(out.recall_mean == Approx(expected).margin(1e-12));
    CHECK(out.recall_sd == Approx(0).margin(1e-12));
    CHECK(sum(out.answers_per_day) == 0);
    CHECK(out.answers_per_day.size() == static_cast<std::size_t>(c.days_to_go));
  }
}

TEST_CASE("A card never studied counts as not recalled when no new card is allowed", "[core]") {
  PlanInput in = input_with({CardState{}, CardState{}}, 10);
  PlanOutcome out = simulate_plan(in, {0.9, 0, 0}, 3, 1);
  CHECK(out.recall_mean == 0);
  CHECK(out.unseen == 2);
  PlanOutcome learnt = simulate_plan(in, {0.9, 5, 0}, 3, 1);
  CHECK(learnt.unseen == 0);
  CHECK(learnt.recall_mean > 0.5);
  CHECK(learnt.new_per_day[0] == 2);
}

TEST_CASE("The same seed gives the same figures, another seed other ones", "[core]") {
  PlanInput in = input_with(mixed_cards(40, 30), 21);
  const PlanSettings plan{0.85, 10, 15};
  PlanOutcome a = simulate_plan(in, plan, 10, 99);
  PlanOutcome b = simulate_plan(in, plan, 10, 99);
  PlanOutcome c = simulate_plan(in, plan, 10, 100);
  CHECK(a.recall_mean == b.recall_mean);
  CHECK(a.recall_sd == b.recall_sd);
  CHECK(a.answers_per_day == b.answers_per_day);
  CHECK(a.minutes_per_day == b.minutes_per_day);
  CHECK(a.recall_mean != c.recall_mean);
}

TEST_CASE("New cards are introduced at most at the daily limit, today's earlier ones counting", "[core]") {
  struct Case {
    int limit;
    int introduced_today;
    double first_day;
    double second_day;
  };
  const Case cases[] = {{5, 0, 5, 5}, {5, 3, 2, 5}, {5, 9, 0, 5}, {0, 0, 0, 0}, {50, 0, 30, 0}};
  for (const Case& c : cases) {
    PlanInput in = input_with(mixed_cards(0, 30), 10);
    in.introduced_today = c.introduced_today;
    PlanOutcome out = simulate_plan(in, {0.9, c.limit, 0}, 4, 3);
    INFO("limit " << c.limit << ", " << c.introduced_today << " already today");
    CHECK(out.new_per_day[0] == c.first_day);
    CHECK(out.new_per_day[1] == c.second_day);
  }
}

TEST_CASE("A daily time budget is kept to within one answer, and leaves cards undone", "[core]") {
  PlanInput in = input_with(mixed_cards(200, 100), 14);
  for (int minutes : {2, 5, 10}) {
    PlanOutcome out = simulate_plan(in, {0.9, 20, minutes}, 5, 11);
    for (double m : out.minutes_per_day) CHECK(m <= minutes + 20.0 / 60);
  }
  PlanOutcome tight = simulate_plan(in, {0.9, 20, 2}, 5, 11);
  PlanOutcome free = simulate_plan(in, {0.9, 20, 0}, 5, 11);
  CHECK(tight.backlog > 0);
  CHECK(tight.recall_mean < free.recall_mean);
  CHECK(free.mean_minutes > tight.mean_minutes);
}

TEST_CASE("A higher desired retention costs more answers and gives a higher recall", "[core]") {
  PlanInput in = input_with(mixed_cards(100, 0), 30);
  in.cap_to_interview = false;
  PlanOutcome low = simulate_plan(in, {0.80, 0, 0}, 20, 5);
  PlanOutcome high = simulate_plan(in, {0.95, 0, 0}, 20, 5);
  CHECK(sum(high.answers_per_day) > sum(low.answers_per_day));
  CHECK(high.recall_mean > low.recall_mean);
}

// Independent runs of the real scheduler: each card on its own, reviewed on every day it is due
// (and again at each learning step the same day), with its ratings drawn from the same answer
// model by another generator. With no time limit and new cards allowed, cards do not interact,
// so the mean recall must agree with the simulation's within their spreads.
TEST_CASE("The simulated recall agrees with many independent runs of the real scheduler", "[core]") {
  PlanInput in = input_with(mixed_cards(30, 20), 25);
  const PlanSettings plan{0.85, 20, 0};
  const int runs = 300;
  PlanOutcome sim = simulate_plan(in, plan, runs, 2024);

  SchedulerSettings settings = in.scheduling;
  settings.desired_retention = plan.desired_retention;
  const Scheduler scheduler(settings, in.calendar);
  const InterviewPlan cap(in.interview_day, in.calendar);
  const AnswerModel m;
  std::mt19937_64 rng(77);
  std::uniform_real_distribution<double> u(0, 1);
  auto pick = [&](auto shares) {
    double x = u(rng), acc = 0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
      acc += shares[i];
      if (x < acc) return static_cast<int>(i);
    }
    return static_cast<int>(shares.size() - 1);
  };
  const TimePoint morning = kNow + days(25);
  std::vector<double> recalls;
  for (int run = 0; run < runs; ++run) {
    double total = 0;
    for (const CardState& start : in.cards) {
      CardState card = start;
      for (int d = 0; d < 25; ++d) {
        TimePoint t = kNow + days(d);
        const std::int64_t today = in.calendar->day(t);
        while (card.phase == Phase::kNew || in.calendar->day(cap.planned_due(card)) <= today) {
          if (card.phase != Phase::kNew) t = std::max(t, cap.planned_due(card));
          if (in.calendar->day(t) > today) break;
          int g;
          if (card.phase == Phase::kNew) {
            g = pick(m.first);
          } else if (card.phase == Phase::kReview) {
            g = u(rng) < scheduler.retrievability(card, t) ? 1 + pick(m.recalled) : 0;
          } else {
            g = pick(m.step);
          }
          card = cap.cap(scheduler.review(card, static_cast<Rating>(g + 1), t));
          t += std::chrono::seconds(12);
        }
      }
      total += scheduler.retrievability(card, morning);
    }
    recalls.push_back(total / static_cast<double>(in.cards.size()));
  }
  double mean = 0, var = 0;
  for (double r : recalls) mean += r;
  mean /= runs;
  for (double r : recalls) var += (r - mean) * (r - mean);
  const double sd = std::sqrt(var / (runs - 1));
  const double spread = std::sqrt(sd * sd / runs + sim.recall_sd * sim.recall_sd / runs);
  INFO("simulated " << sim.recall_mean << " ± " << sim.recall_sd << ", independent " << mean << " ± " << sd);
  REQUIRE(sd > 0);
  CHECK(std::abs(sim.recall_mean - mean) < 4 * spread);
  CHECK(sim.recall_sd == Approx(sd).epsilon(0.25));
}

TEST_CASE("The answer model comes from the review log where it has enough answers", "[core]") {
  std::vector<ReviewRecord> log;
  auto add = [&](Phase before, Rating rating, std::int64_t ms, int count, bool cram = false) {
    for (int i = 0; i < count; ++i) {
      ReviewRecord r;
      r.before.phase = before;
      r.rating = rating;
      r.duration_ms = ms;
      r.cram = cram;
      log.push_back(r);
    }
  };
  SECTION("too few answers keep every default") {
    add(Phase::kNew, Rating::kGood, 5000, kMinAnswersForModel - 1);
    add(Phase::kReview, Rating::kGood, 5000, 10, true);
    AnswerModel m = answer_model_from_log(log);
    CHECK(m == AnswerModel{});
  }
  SECTION("first answers and review durations from the log, durations capped") {
    add(Phase::kNew, Rating::kAgain, 8000, 10);
    add(Phase::kNew, Rating::kGood, 4000, 30);
    add(Phase::kReview, Rating::kGood, 600000, 20);  // ten minutes: counts as the longest answer
    add(Phase::kReview, Rating::kEasy, 0, 20);       // untimed (an import): not in the durations
    AnswerModel m = answer_model_from_log(log);
    CHECK(m.first[0] == Approx(0.25));
    CHECK(m.first[1] == 0);
    CHECK(m.first[2] == Approx(0.75));
    CHECK(m.first[3] == 0);
    CHECK(m.seconds[0][0] == Approx(8));
    CHECK(m.seconds[0][2] == Approx(4));
    CHECK(m.recalled[0] == 0);
    CHECK(m.recalled[1] == Approx(0.5));
    CHECK(m.recalled[2] == Approx(0.5));
    CHECK(m.seconds[2][2] == Approx(kLongestAnswerSeconds));
    // Ratings with too few timed answers of their own follow the person's pace.
    CHECK(m.seconds[2][3] == Approx(AnswerModel{}.seconds[2][3] * kLongestAnswerSeconds / AnswerModel{}.seconds[2][2]));
    CHECK(m.step == AnswerModel{}.step);
    CHECK(m.answers_used == std::array<int, 6>{40, 0, 40, 40, 0, 20});
  }
}

TEST_CASE("The cheapest plan reaching the target is the one with the fewest minutes a day", "[core]") {
  auto outcome = [](double recall, double minutes, double answers) {
    PlanOutcome o;
    o.recall_mean = recall;
    o.mean_minutes = minutes;
    o.answers_per_day = {answers};
    return o;
  };
  const std::vector<PlanOutcome> outcomes = {outcome(0.95, 30, 90), outcome(0.91, 12, 40), outcome(0.89, 5, 20),
                                             outcome(0.92, 12, 35)};
  struct Case {
    double target;
    std::optional<std::size_t> expected;
  };
  const Case cases[] = {{0.90, 3}, {0.93, 0}, {0.80, 2}, {0.96, std::nullopt}};
  for (const Case& c : cases) {
    INFO("target " << c.target);
    CHECK(cheapest_reaching(outcomes, c.target) == c.expected);
  }
}

TEST_CASE("The grid pairs every desired retention with every new-card count and time budget", "[core]") {
  const int news[] = {10, 20};
  const int minutes[] = {0, 30};
  std::vector<PlanSettings> grid = plan_grid(news, minutes);
  REQUIRE(grid.size() == 16);
  CHECK(grid.front() == PlanSettings{0.80, 10, 0});
  CHECK(grid[1] == PlanSettings{0.80, 10, 30});
  CHECK(grid.back() == PlanSettings{0.95, 20, 30});
}

TEST_CASE("A plan simulates every card but the suspended ones, in their order", "[core]") {
  auto record = [](const char* id, Phase phase, CardMarks marks) {
    CardRecord c;
    c.id = id;
    c.state.phase = phase;
    c.state.reps = static_cast<int>(std::string_view(id).size());  // tells the states apart
    c.marks = marks;
    return c;
  };
  struct Case {
    const char* what;
    CardMarks marks;
    bool planned;
  } cases[] = {
      {"no marks", {}, true},
      {"flagged", {false, true, false}, true},
      {"a leech brought back", {false, false, true}, true},
      {"suspended", {true, false, false}, false},
      {"a suspended leech", {true, false, true}, false},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    const std::vector<CardRecord> cards = {record("a", Phase::kNew, {}), record("bb", Phase::kReview, c.marks),
                                           record("ccc", Phase::kLearning, {})};
    const std::vector<CardState> states = plan_cards(cards);
    std::vector<int> reps;
    for (const CardState& s : states) reps.push_back(s.reps);
    CHECK(reps == (c.planned ? std::vector<int>{1, 2, 3} : std::vector<int>{1, 3}));
  }
}
