#include "support/export_sample.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include <cstdio>

#include "genai_quiz/core/review_merge.hpp"
#include "genai_quiz/core/scheduler.hpp"
#include "support/time_points.hpp"

namespace genai_quiz::testing {
namespace {

using genai_quiz::test::utc;

struct SampleCard {
  const char* section;
  const char* title;
  const char* id;
  const char* question;
  bool edited;
};

const SampleCard kCards[] = {
    {"foundations", "Technical Foundation", "backprop", "Describe the backpropagation algorithm.", false},
    {"foundations", "Technical Foundation", "tricky",
     "Quotes \"like this\", commas, a | pipe\nand a second line", false},
    {"foundations", "Technical Foundation", "fresh", "What is a token?", false},
    {"rag", "Retrieval-Augmented Generation (RAG)", "chunking", "Why chunk documents before embedding?", true},
};

// Each card's answers: (card index, time, rating, cram, coverage of a typed answer).
struct Answer {
  int card;
  TimePoint time;
  Rating rating;
  bool cram;
  std::optional<double> coverage;
};

std::vector<Answer> answers() {
  // Typed answers: Good for 4 of 5 points and for 2 of 5 are rated higher than suggested (Hard,
  // Again); Good for all points and Hard for 2 of 3 as suggested; Again for 3 of 5 lower (Hard).
  return {
      {0, utc(2025, 3, 1, 9), Rating::kGood, false, 0.8},     {0, utc(2025, 3, 1, 9, 12), Rating::kGood, false, 1.0},
      {1, utc(2025, 3, 1, 9, 5), Rating::kHard, false, 2.0 / 3}, {3, utc(2025, 3, 2, 20), Rating::kGood, false, {}},
      {0, utc(2025, 3, 4, 8), Rating::kGood, false, 0.4},     {3, utc(2025, 3, 2, 20, 11), Rating::kEasy, false, {}},
      {1, utc(2025, 3, 3, 7), Rating::kAgain, true, {}},      {1, utc(2025, 3, 12, 18), Rating::kAgain, false, {}},
      {0, utc(2025, 3, 15, 8), Rating::kAgain, false, 0.6},   {3, utc(2025, 3, 19, 21), Rating::kAgain, false, {}},
  };
}

}  // namespace

std::string utc_iso(TimePoint t) {
  auto seconds = std::chrono::floor<std::chrono::seconds>(t);
  auto ms = (t - seconds).count();
  return fmt::format("{:%Y-%m-%dT%H:%M:%S}{}Z", seconds, ms == 0 ? "" : fmt::format(".{:03}", ms));
}

std::optional<TimePoint> parse_offset_iso(std::string_view text) {
  int y, mo, d, h, mi, s, n = 0;
  std::string str(text);
  if (std::sscanf(str.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &n) != 6) return std::nullopt;
  std::string_view rest = text.substr(static_cast<std::size_t>(n));
  int ms = 0;
  if (rest.size() > 4 && rest[0] == '.') {
    for (int i = 1; i <= 3; ++i) {
      if (rest[static_cast<std::size_t>(i)] < '0' || rest[static_cast<std::size_t>(i)] > '9') return std::nullopt;
      ms = ms * 10 + (rest[static_cast<std::size_t>(i)] - '0');
    }
    rest = rest.substr(4);
  }
  int offset = 0;
  if (rest == "Z") {
    offset = 0;
  } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':') {
    offset = ((rest[1] - '0') * 10 + (rest[2] - '0')) * 60 + (rest[4] - '0') * 10 + (rest[5] - '0');
    if (rest[0] == '-') offset = -offset;
  } else {
    return std::nullopt;
  }
  return utc(y, mo, d, h, mi) + std::chrono::seconds(s) + std::chrono::milliseconds(ms) - std::chrono::minutes(offset);
}

TimePoint sample_now() { return utc(2025, 3, 20, 9); }

ExportData sample_export(bool with_reviews) {
  SchedulerSettings settings;
  settings.day_start_hour = 4;
  Scheduler scheduler(settings);
  ExportData data;
  data.exported_at = sample_now();
  data.settings = settings;
  data.format_time = utc_iso;
  std::vector<std::vector<ReviewRecord>> history(std::size(kCards));
  std::vector<ReviewRecord> log;
  for (const Answer& a : answers()) {
    ReviewRecord r;
    r.deck_id = "genai-interview";
    r.card_id = kCards[a.card].id;
    r.time = a.time;
    r.rating = a.rating;
    r.duration_ms = 1000 + 250 * a.card;
    r.cram = a.cram;
    r.fingerprint = "0123456789abcdef";
    r.coverage = a.coverage;
    history[static_cast<std::size_t>(a.card)].push_back(r);
    log.push_back(r);
  }
  for (std::size_t i = 0; i < std::size(kCards); ++i) {
    CardRecord c;
    c.deck = "genai-interview";
    c.section = kCards[i].section;
    c.section_title = kCards[i].title;
    c.id = kCards[i].id;
    c.question = kCards[i].question;
    std::vector<ReviewRecord> replayed = replay_card(history[i], scheduler);
    if (!replayed.empty()) c.state = replayed.back().after;
    c.retrievability = scheduler.retrievability(c.state, sample_now());
    c.edited = kCards[i].edited;
    data.cards.push_back(c);
  }
  // "tricky" lapsed and was tagged a leech (and suspended); "chunking" is flagged.
  data.cards[1].marks = {true, false, true};
  data.cards[3].marks = {false, true, false};
  std::stable_sort(log.begin(), log.end(), [](const auto& a, const auto& b) { return a.time < b.time; });
  if (with_reviews) {
    data.reviews = log;
    data.events = {{0, "genai-interview", "chunking", utc(2025, 3, 2, 20, 12), CardEventKind::kFlag},
                   {0, "genai-interview", "tricky", utc(2025, 3, 12, 18), CardEventKind::kLeech}};
  }
  return data;
}

}  // namespace genai_quiz::testing
