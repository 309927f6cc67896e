#include <catch2/catch.hpp>

#include <climits>
#include <vector>

#include "genai_quiz/core/fsrs.hpp"

using namespace genai_quiz;

// Reference values from fsrs-rs 6.x (f32) and ts-fsrs 5.4 (f64) unit tests; see
// docs/scheduling.md and the FSRS-6 reference. Tolerance 1e-4 absolute, as upstream.
namespace {

constexpr double kTol = 1e-4;

// fsrs-rs `PARAMETERS` (19 values, FSRS-5), as FSRS-6 weights: w19 = 0, w20 = 0.5.
constexpr Weights kFsrsRsParameters = {0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797,
                                       1.071918,  0.0025195254, 1.432437, 0.1544, 0.8692766, 2.0696752,
                                       0.0953,    0.2975, 2.4691248, 0.19542035, 3.201072, 0.18046261,
                                       0.121442534, 0.0, 0.5};

FsrsModel default_model(double retention = 0.9) { return FsrsModel(kDefaultWeights, retention, true); }

// Folds `next_state` over (rating, elapsed days) pairs, the first being the first review.
MemoryState fold(const FsrsModel& m, const std::vector<std::pair<int, int>>& reviews) {
  std::optional<MemoryState> s;
  for (auto [g, t] : reviews) s = m.next_state(s, t, static_cast<Rating>(g));
  return *s;
}

}  // namespace

TEST_CASE("Retrievability follows the power forgetting curve with trainable decay", "[fsrs]") {
  struct Case {
    double decay;
    double t, s, expected;
  } cases[] = {
      // fsrs-rs model.rs test_power_forgetting_curve
      {0.1542, 0, 1, 1.0}, {0.1542, 1, 2, 0.9403443}, {0.1542, 2, 3, 0.9253786},
      {0.1542, 3, 4, 0.9185229}, {0.1542, 4, 4, 0.9}, {0.1542, 5, 2, 0.8261359},
      // ts-fsrs algorithm.test.ts (f64)
      {0.1542, 1, 1, 0.9}, {0.1542, 2, 1, 0.8458846447796301}, {0.1542, 3, 1, 0.8093881028681906},
      // fsrs-rs inference.rs test_current_retrievability, decay 0.2
      {0.2, 0, 1, 1.0}, {0.2, 1, 1, 0.9}, {0.2, 2, 1, 0.84028935}, {0.2, 3, 1, 0.7985001},
      // ts-fsrs FSRS-6.test.ts "get retrievability" after a first Easy
      {0.1542, 8, 8.2956, 0.9024733},
  };
  for (const Case& c : cases) {
    Weights w = kDefaultWeights;
    w[20] = c.decay;
    FsrsModel m(w, 0.9, true);
    INFO("decay " << c.decay << " t " << c.t << " S " << c.s);
    CHECK(m.retrievability(c.t, c.s) == Approx(c.expected).margin(kTol));
  }
}

TEST_CASE("The interval for stability 1 grows as desired retention falls", "[fsrs]") {
  struct Case {
    double retention;
    int expected;
  } cases[] = {
      // ts-fsrs next_ivl (f64); fsrs-rs (f32) gives 3116766 for 0.1
      {0.1, 3116769}, {0.2, 34793}, {0.3, 2508}, {0.4, 387}, {0.5, 90},
      {0.6, 27},      {0.7, 9},     {0.8, 3},    {0.9, 1},   {1.0, 1},
  };
  for (const Case& c : cases) {
    INFO("retention " << c.retention);
    CHECK(default_model(c.retention).interval_days(1, INT_MAX) == c.expected);
  }
  SECTION("at 0.9 the interval equals the stability, capped by the maximum") {
    FsrsModel m = default_model();
    CHECK(m.interval_modifier() == 1.0);
    CHECK(m.interval_days(121.01552, 36500) == 121);
    CHECK(m.interval_days(0.2, 36500) == 1);
    CHECK(m.interval_days(500, 365) == 365);
    CHECK(m.interval_days(2.5, 36500) == 3);  // halves round up
    FsrsModel fsrs5(kFsrsRsParameters, 0.9, true);
    CHECK(121.01552 * fsrs5.interval_modifier() == Approx(121.01551).margin(kTol));
  }
}

TEST_CASE("First ratings give the initial stability and difficulty", "[fsrs]") {
  struct Case {
    Rating g;
    double s0, d0, d0_state;
  } cases[] = {
      {Rating::kAgain, 0.212, 6.4133, 6.4133},
      {Rating::kHard, 1.2931, 5.11217071, 5.11217071},
      {Rating::kGood, 2.3065, 2.11810397, 2.11810397},
      {Rating::kEasy, 8.2956, -4.77163070, 1.0},
  };
  FsrsModel m = default_model();
  for (const Case& c : cases) {
    CHECK(m.initial_stability(c.g) == Approx(c.s0).margin(kTol));
    CHECK(m.initial_difficulty(c.g) == Approx(c.d0).margin(kTol));
    MemoryState first = m.next_state(std::nullopt, 0, c.g);
    CHECK(first.stability == Approx(c.s0).margin(kTol));
    CHECK(first.difficulty == Approx(c.d0_state).margin(kTol));
  }
}

TEST_CASE("Difficulty moves by linear damping and reverts towards D0(Easy)", "[fsrs]") {
  struct Case {
    Rating g;
    double expected;
  } cases[] = {
      // fsrs-rs test_next_difficulty (D = 5); ts-fsrs 8.34176237, 6.66599536, 4.99022837, 3.31446137
      {Rating::kAgain, 8.341763}, {Rating::kHard, 6.6659956}, {Rating::kGood, 4.990228}, {Rating::kEasy, 3.3144615},
  };
  FsrsModel m = default_model();
  for (const Case& c : cases) CHECK(m.next_difficulty(5, c.g) == Approx(c.expected).margin(kTol));
  CHECK(m.next_difficulty(10, Rating::kAgain) == Approx(0.999 * 10 + 0.001 * -4.77163070).margin(1e-8));
  CHECK(m.next_difficulty(1, Rating::kEasy) == 1.0);  // clamped
}

TEST_CASE("Stability after recall, lapse and same-day review matches the reference", "[fsrs]") {
  struct Case {
    double d, r;
    Rating g;
    double recall, lapse, short_term;
  } cases[] = {
      // fsrs-rs test_next_stability with S = 5; ts-fsrs f64 values for recall
      {1, 0.9, Rating::kAgain, 25.60252118, 1.0525396, 1.596818},
      {2, 0.8, Rating::kHard, 28.22657096, 1.1894329, 5.0},
      {3, 0.7, Rating::kGood, 58.65599107, 1.3680838, 5.0},
      {4, 0.6, Rating::kEasy, 127.2266925, 1.584989, 8.12961},
  };
  FsrsModel m = default_model();
  for (const Case& c : cases) {
    INFO("D " << c.d << " R " << c.r);
    CHECK(m.recall_stability(c.d, 5, c.r, c.g) == Approx(c.recall).margin(kTol));
    CHECK(m.forget_stability(c.d, 5, c.r) == Approx(c.lapse).margin(kTol));
    CHECK(m.short_term_stability(5, c.g) == Approx(c.short_term).margin(kTol));
  }
}

TEST_CASE("A lapse never raises stability above S / e^(w17 w18)", "[fsrs]") {
  FsrsModel m = default_model();
  // A weak memory forgotten after a very long gap: the forgetting formula gives more than the cap.
  double r = m.retrievability(1000, 0.5);
  REQUIRE(m.forget_stability(1, 0.5, r) > 0.5 / std::exp(0.5425 * 0.0912));
  MemoryState s = m.next_state(MemoryState{0.5, 1}, 1000, Rating::kAgain);
  CHECK(s.stability == Approx(0.5 / std::exp(0.5425 * 0.0912)).margin(kTol));
  FsrsModel long_term(kDefaultWeights, 0.9, false);  // without short-term the cap is S itself
  CHECK(long_term.next_state(MemoryState{0.5, 1}, 1000, Rating::kAgain).stability == 0.5);
}

TEST_CASE("Review sequences reproduce the reference memory states", "[fsrs]") {
  const std::vector<std::pair<int, int>> seq = {{1, 0}, {3, 0}, {3, 1}, {3, 3}, {3, 8}, {3, 21}};
  SECTION("FSRS-6 defaults, with and without short-term parameters") {
    MemoryState s = fold(default_model(), seq);
    CHECK(s.stability == Approx(53.62691).margin(kTol));
    CHECK(s.difficulty == Approx(6.3574867).margin(kTol));
    Weights w = kDefaultWeights;
    w[17] = w[18] = w[19] = 0;
    MemoryState no_short = fold(FsrsModel(w, 0.9, true), seq);
    CHECK(no_short.stability == Approx(53.335106).margin(kTol));
    CHECK(no_short.difficulty == Approx(6.3574867).margin(kTol));
  }
  SECTION("the full ts-fsrs trace") {
    const double s_trace[] = {0.212, 0.24668919, 2.02147724, 7.86369875, 21.91771334, 53.62690465};
    const double d_trace[] = {6.4133, 6.40211507, 6.39094132, 6.37977875, 6.36862734, 6.35748708};
    FsrsModel m = default_model();
    std::optional<MemoryState> s;
    for (std::size_t i = 0; i < seq.size(); ++i) {
      s = m.next_state(s, seq[i].second, static_cast<Rating>(seq[i].first));
      CHECK(s->stability == Approx(s_trace[i]).margin(1e-8));
      CHECK(s->difficulty == Approx(d_trace[i]).margin(1e-8));
    }
  }
  SECTION("fsrs-rs PARAMETERS (FSRS-5, 19 values)") {
    FsrsModel m(kFsrsRsParameters, 0.9, true);
    MemoryState s = fold(m, {{1, 0}, {3, 1}, {3, 3}, {3, 8}, {3, 21}});
    CHECK(s.stability == Approx(31.722992).margin(kTol));
    CHECK(s.difficulty == Approx(7.382128).margin(kTol));
    MemoryState next = m.next_state(MemoryState{20.925528, 7.005062}, 21, Rating::kGood);
    CHECK(next.stability == Approx(40.87456).margin(kTol));
    CHECK(next.difficulty == Approx(6.9913807).margin(kTol));
  }
  SECTION("fsrs-rs next_states after 1,3,3,3 at 21 days") {
    FsrsModel m(kFsrsRsParameters, 0.9, true);
    MemoryState before = fold(m, {{1, 0}, {3, 1}, {3, 3}, {3, 8}});
    struct Case {
      Rating g;
      double s, d;
    } cases[] = {{Rating::kAgain, 2.9691455, 8.000659},
                 {Rating::kHard, 17.091452, 7.6913934},
                 {Rating::kGood, 31.722992, 7.382128},
                 {Rating::kEasy, 71.7502, 7.0728626}};
    for (const Case& c : cases) {
      MemoryState s = m.next_state(before, 21, c.g);
      CHECK(s.stability == Approx(c.s).margin(kTol));
      CHECK(s.difficulty == Approx(c.d).margin(kTol));
    }
  }
  SECTION("FSRS-5 defaults, short-term on and off") {
    const std::vector<double> fsrs5 = {0.40255, 1.18385, 3.173,  15.69105, 7.1949, 0.5345, 1.4604,
                                       0.0046,  1.54575, 0.1192, 1.01925,  1.9395, 0.11,   0.29605,
                                       2.2698,  0.2315,  2.9898, 0.51655,  0.6621};
    // ts-fsrs FSRS-5.test.ts: w19 = 0 as appended by the migration.
    Weights w = *migrate_parameters(fsrs5, 1, false).weights;
    MemoryState s = fold(FsrsModel(w, 0.9, true), seq);
    CHECK(s.stability == Approx(48.26549438).margin(kTol));
    CHECK(s.difficulty == Approx(7.10441712).margin(kTol));
    CHECK(fold(FsrsModel(w, 0.9, false), seq).stability == Approx(48.065163).margin(kTol));
    // ts-fsrs 5.4.2 `fsrs({w})` clips w19 to its short-term floor 0.01 (node, this sequence).
    Weights clipped = *migrate_parameters(fsrs5, 1, true).weights;
    CHECK(clipped[19] == 0.01);
    CHECK(fold(FsrsModel(clipped, 0.9, true), seq).stability == Approx(48.27115294).margin(kTol));
  }
}

TEST_CASE("An SM-2 card converts to an equivalent memory state", "[fsrs]") {
  struct Case {
    double ease, interval, r, s, d;
  } cases[] = {
      // fsrs-rs test_memory_from_sm2
      {2.5, 10, 0.9, 10.0, 6.9140563},
      {2.5, 10, 0.8, 3.01572, 9.393428},
      {2.5, 10, 0.95, 24.841097, 1.2974405},
      {1.3, 20, 0.9, 20.0, 10.0},
  };
  for (const Case& c : cases) {
    MemoryState m = memory_state_from_sm2(kDefaultWeights, c.ease, c.interval, c.r);
    CHECK(m.stability == Approx(c.s).margin(kTol));
    CHECK(m.difficulty == Approx(c.d).margin(kTol));
  }
}

TEST_CASE("round8 rounds half up to 8 decimals like JavaScript", "[fsrs]") {
  struct Case {
    double in, out;
  } cases[] = {{0.123456785, 0.12345679}, {1.000000004, 1.0}, {2.0, 2.0}, {-0.000000015, -0.00000001}};
  for (const Case& c : cases) CHECK(round8(c.in) == Approx(c.out).margin(1e-12));
}
