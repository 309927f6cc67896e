#include "genai_quiz/core/plan_simulation.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <queue>

#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/core/scheduler.hpp"

namespace genai_quiz {
namespace {

// SplitMix64: small, fast, and the same numbers on every platform.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// A uniform number in [0, 1).
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t state_;
};

template <std::size_t N>
int draw(const std::array<double, N>& shares, double u) {
  double total = 0;
  for (double s : shares) total += s;
  double x = u * total;
  for (std::size_t i = 0; i + 1 < N; ++i) {
    if (x < shares[i]) return static_cast<int>(i);
    x -= shares[i];
  }
  return static_cast<int>(N - 1);
}

AnswerKind kind_of(Phase phase) {
  switch (phase) {
    case Phase::kNew: return AnswerKind::kFirst;
    case Phase::kLearning:
    case Phase::kRelearning: return AnswerKind::kStep;
    case Phase::kReview: return AnswerKind::kReview;
  }
  return AnswerKind::kReview;
}

bool in_steps(Phase p) { return p == Phase::kLearning || p == Phase::kRelearning; }

// One run of one plan: the day-by-day loop.
class Run {
 public:
  // Where every card stands before the first day: the same for every run, so sorted once.
  struct Start {
    std::vector<std::vector<int>> buckets;
    std::vector<int> fresh;
  };

  Run(const PlanInput& input, const PlanSettings& plan, const Scheduler& scheduler,
      const InterviewPlan* cap, int days, const Start& start)
      : input_(input), plan_(plan), scheduler_(scheduler), cap_(cap), days_(days), day0_(input.calendar->day(input.now)),
        cards_(input.cards), buckets_(start.buckets), fresh_(start.fresh) {}

  static Start start(const PlanInput& input, const InterviewPlan* cap, int days) {
    Start s;
    const std::int64_t day0 = input.calendar->day(input.now);
    s.buckets.resize(static_cast<std::size_t>(days) + 1);
    for (int i = 0; i < static_cast<int>(input.cards.size()); ++i) {
      const CardState& c = input.cards[static_cast<std::size_t>(i)];
      if (c.phase == Phase::kNew) {
        s.fresh.push_back(i);
        continue;
      }
      std::int64_t offset = std::max<std::int64_t>(0, input.calendar->day(cap ? cap->planned_due(c) : c.due) - day0);
      if (offset < days) s.buckets[static_cast<std::size_t>(offset)].push_back(i);
    }
    return s;
  }

  struct DayFigures {
    int answers = 0;
    double seconds = 0;
    int introduced = 0;
  };

  DayFigures day(int d, Random& rng) {
    DayFigures f;
    const TimePoint start = input_.now + std::chrono::days(d);
    const std::int64_t today = day0_ + d;
    const double budget = plan_.minutes_per_day > 0 ? plan_.minutes_per_day * 60.0 : INFINITY;
    int allowance = std::max(0, plan_.new_per_day - (d == 0 ? input_.introduced_today : 0));

    std::vector<int> reviews;
    std::priority_queue<Waiting, std::vector<Waiting>, std::greater<>> steps;
    for (int i : buckets_[static_cast<std::size_t>(d)]) {
      const CardState& c = cards_[static_cast<std::size_t>(i)];
      if (in_steps(c.phase)) {
        steps.push({due_of(c), i});
      } else {
        reviews.push_back(i);
      }
    }
    buckets_[static_cast<std::size_t>(d)].clear();
    if (plan_.minutes_per_day > 0) {  // with a budget, the order matters: least likely first, as study
      std::vector<std::pair<double, int>> keyed;
      keyed.reserve(reviews.size());
      for (int i : reviews) keyed.push_back({scheduler_.retrievability(cards_[static_cast<std::size_t>(i)], start), i});
      std::stable_sort(keyed.begin(), keyed.end(), [](auto& a, auto& b) { return a.first < b.first; });
      for (std::size_t k = 0; k < keyed.size(); ++k) reviews[k] = keyed[k].second;
    }

    TimePoint clock = start;
    std::size_t next_review = 0;
    while (f.seconds < budget) {
      int i = -1;
      if (!steps.empty() && steps.top().due <= clock) {
        i = steps.top().card;
        steps.pop();
      } else if (next_review < reviews.size()) {
        i = reviews[next_review++];
      } else if (allowance > 0 && next_fresh_ < fresh_.size()) {
        i = fresh_[next_fresh_++];
        --allowance;
        ++f.introduced;
      } else if (!steps.empty()) {  // wait for the next learning card
        clock = std::max(clock, steps.top().due);
        continue;
      } else {
        break;
      }
      CardState& card = cards_[static_cast<std::size_t>(i)];
      auto [rating, seconds] = answer(card, clock, rng);
      card = scheduler_.review(card, rating, clock);
      if (cap_) card = cap_->cap(card);
      f.answers += 1;
      f.seconds += seconds;
      clock += std::chrono::milliseconds(static_cast<std::int64_t>(seconds * 1000));
      TimePoint due = due_of(card);
      if (in_steps(card.phase) && input_.calendar->day(due) <= today) {
        steps.push({due, i});
      } else {
        file(i, due, d + 1);
      }
    }
    // Out of time: what is left stays due tomorrow.
    for (; next_review < reviews.size(); ++next_review) carry(reviews[next_review], d);
    for (; !steps.empty(); steps.pop()) carry(steps.top().card, d);
    return f;
  }

  // The share of all cards recalled at `t`, and how many are still due or were never seen.
  double recall(TimePoint t) const {
    double sum = 0;
    for (const CardState& c : cards_) sum += scheduler_.retrievability(c, t);
    return cards_.empty() ? 0 : sum / static_cast<double>(cards_.size());
  }
  int backlog() const { return static_cast<int>(buckets_[static_cast<std::size_t>(days_)].size()); }
  int unseen() const { return static_cast<int>(fresh_.size() - next_fresh_); }

 private:
  struct Waiting {
    TimePoint due;
    int card;
    bool operator>(const Waiting& o) const { return due != o.due ? due > o.due : card > o.card; }
  };

  TimePoint due_of(const CardState& c) const { return cap_ ? cap_->planned_due(c) : c.due; }

  // Puts card `i` into the bucket of the study day it falls due on, `earliest` at the soonest;
  // a card due after the last study day is not reviewed again.
  void file(int i, TimePoint due, int earliest) {
    std::int64_t offset = std::max<std::int64_t>(input_.calendar->day(due) - day0_, earliest);
    if (offset < days_) buckets_[static_cast<std::size_t>(offset)].push_back(i);
  }
  void carry(int i, int d) { buckets_[static_cast<std::size_t>(d + 1)].push_back(i); }

  std::pair<Rating, double> answer(const CardState& card, TimePoint now, Random& rng) const {
    const AnswerModel& m = input_.answers;
    AnswerKind kind = kind_of(card.phase);
    int g = 0;  // rating - 1
    if (kind == AnswerKind::kFirst) {
      g = draw(m.first, rng.uniform());
    } else if (kind == AnswerKind::kStep) {
      g = draw(m.step, rng.uniform());
    } else {
      double r = scheduler_.retrievability(card, now);
      double u = rng.uniform();
      g = u < r ? 1 + draw(m.recalled, rng.uniform()) : 0;
    }
    return {static_cast<Rating>(g + 1), m.seconds[static_cast<std::size_t>(kind)][static_cast<std::size_t>(g)]};
  }

  const PlanInput& input_;
  const PlanSettings& plan_;
  const Scheduler& scheduler_;
  const InterviewPlan* cap_;
  int days_;
  std::int64_t day0_;
  std::vector<CardState> cards_;
  std::vector<std::vector<int>> buckets_;  // by study day; [days_] holds what is left undone
  std::vector<int> fresh_;
  std::size_t next_fresh_ = 0;
};

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  double pos = p * static_cast<double>(v.size() - 1);
  std::size_t lo = static_cast<std::size_t>(std::floor(pos));
  std::size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (v[hi] - v[lo]) * (pos - static_cast<double>(lo));
}

}  // namespace

AnswerModel answer_model_from_log(std::span<const ReviewRecord> log) {
  AnswerModel m;
  std::array<std::array<int, 4>, 3> ratings{};
  std::array<std::array<double, 4>, 3> seconds{};
  std::array<std::array<int, 4>, 3> timed{};
  for (const ReviewRecord& r : log) {
    if (r.cram) continue;
    auto k = static_cast<std::size_t>(kind_of(r.before.phase));
    auto g = static_cast<std::size_t>(static_cast<int>(r.rating) - 1);
    ratings[k][g] += 1;
    if (r.duration_ms > 0) {
      seconds[k][g] += std::min(static_cast<double>(r.duration_ms) / 1000.0, kLongestAnswerSeconds);
      timed[k][g] += 1;
    }
  }
  auto total = [](const std::array<int, 4>& a) { return a[0] + a[1] + a[2] + a[3]; };
  const std::size_t first = 0, step = 1, review = 2;
  if (total(ratings[first]) >= kMinAnswersForModel) {
    for (std::size_t g = 0; g < 4; ++g) m.first[g] = ratings[first][g];
    m.answers_used[0] = total(ratings[first]);
  }
  if (total(ratings[step]) >= kMinAnswersForModel) {
    for (std::size_t g = 0; g < 4; ++g) m.step[g] = ratings[step][g];
    m.answers_used[1] = total(ratings[step]);
  }
  int recalled = ratings[review][1] + ratings[review][2] + ratings[review][3];
  if (recalled >= kMinAnswersForModel) {
    for (std::size_t g = 0; g < 3; ++g) m.recalled[g] = ratings[review][g + 1];
    m.answers_used[2] = recalled;
  }
  for (std::size_t k = 0; k < 3; ++k) {
    int n = total(timed[k]);
    if (n < kMinAnswersForModel) continue;
    // The person's mean time for this kind of answer, scaled per rating as the defaults are
    // where a rating has too few timed answers of its own.
    double mean = 0;
    for (std::size_t g = 0; g < 4; ++g) mean += seconds[k][g];
    mean /= n;
    double default_mean = 0, weight = 0;
    for (std::size_t g = 0; g < 4; ++g) {
      default_mean += m.seconds[k][g] * timed[k][g];
      weight += timed[k][g];
    }
    default_mean /= weight;
    for (std::size_t g = 0; g < 4; ++g) {
      m.seconds[k][g] = timed[k][g] >= 5 ? seconds[k][g] / timed[k][g] : m.seconds[k][g] * mean / default_mean;
    }
    m.answers_used[3 + k] = n;
  }
  for (auto& s : m.first) s /= (m.answers_used[0] ? m.answers_used[0] : 1);
  for (auto& s : m.step) s /= (m.answers_used[1] ? m.answers_used[1] : 1);
  for (auto& s : m.recalled) s /= (m.answers_used[2] ? m.answers_used[2] : 1);
  return m;
}

std::vector<CardState> plan_cards(std::span<const CardRecord> cards) {
  std::vector<CardState> states;
  for (const CardRecord& c : cards) {
    if (!c.marks.suspended) states.push_back(c.state);
  }
  return states;
}

PlanOutcome simulate_plan(const PlanInput& input, const PlanSettings& plan, int runs, std::uint64_t seed) {
  SchedulerSettings settings = input.scheduling;
  settings.desired_retention = plan.desired_retention;
  const Scheduler scheduler(settings, input.calendar);
  const std::int64_t day0 = input.calendar->day(input.now);
  const int days = static_cast<int>(std::max<std::int64_t>(0, input.interview_day - day0));
  std::optional<InterviewPlan> cap;
  if (input.cap_to_interview) cap.emplace(input.interview_day, input.calendar);
  const TimePoint morning = input.now + std::chrono::days(days);

  PlanOutcome out;
  out.plan = plan;
  out.runs = std::max(runs, 1);
  out.answers_per_day.assign(static_cast<std::size_t>(days), 0);
  out.minutes_per_day.assign(static_cast<std::size_t>(days), 0);
  out.new_per_day.assign(static_cast<std::size_t>(days), 0);
  const Run::Start start = Run::start(input, cap ? &*cap : nullptr, days);
  std::vector<double> recalls;
  for (int k = 0; k < out.runs; ++k) {
    Random rng(seed ^ (0x2545f4914f6cdd1dULL * static_cast<std::uint64_t>(k + 1)));
    Run run(input, plan, scheduler, cap ? &*cap : nullptr, days, start);
    for (int d = 0; d < days; ++d) {
      Run::DayFigures f = run.day(d, rng);
      out.answers_per_day[static_cast<std::size_t>(d)] += f.answers;
      out.minutes_per_day[static_cast<std::size_t>(d)] += f.seconds / 60;
      out.new_per_day[static_cast<std::size_t>(d)] += f.introduced;
    }
    recalls.push_back(run.recall(morning));
    out.backlog += run.backlog();
    out.unseen += run.unseen();
  }
  const double n = out.runs;
  for (auto* v : {&out.answers_per_day, &out.minutes_per_day, &out.new_per_day}) {
    for (double& x : *v) x /= n;
  }
  out.backlog /= n;
  out.unseen /= n;
  for (double m : out.minutes_per_day) out.mean_minutes += m;
  if (days > 0) out.mean_minutes /= days;
  for (double r : recalls) out.recall_mean += r;
  out.recall_mean /= n;
  double var = 0;
  for (double r : recalls) var += (r - out.recall_mean) * (r - out.recall_mean);
  out.recall_sd = out.runs > 1 ? std::sqrt(var / (n - 1)) : 0;
  out.recall_low = percentile(recalls, 0.05);
  out.recall_high = percentile(recalls, 0.95);
  return out;
}

std::vector<PlanSettings> plan_grid(std::span<const int> new_per_day, std::span<const int> minutes_per_day) {
  std::vector<PlanSettings> grid;
  for (double r : kPlanRetentions) {
    for (int n : new_per_day) {
      for (int m : minutes_per_day) grid.push_back({r, n, m});
    }
  }
  return grid;
}

std::optional<std::size_t> cheapest_reaching(std::span<const PlanOutcome> outcomes, double target) {
  std::optional<std::size_t> best;
  auto answers = [](const PlanOutcome& o) {
    double s = 0;
    for (double a : o.answers_per_day) s += a;
    return s;
  };
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    if (outcomes[i].recall_mean < target) continue;
    if (!best) {
      best = i;
      continue;
    }
    const PlanOutcome& a = outcomes[i];
    const PlanOutcome& b = outcomes[*best];
    if (a.mean_minutes < b.mean_minutes || (a.mean_minutes == b.mean_minutes && answers(a) < answers(b))) best = i;
  }
  return best;
}

}  // namespace genai_quiz
