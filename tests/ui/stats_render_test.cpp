#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <vector>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/review_merge.hpp"
#include "genai_quiz/core/scheduler.hpp"
#include "genai_quiz/ui/stats_render.hpp"
#include "support/export_sample.hpp"
#include "support/golden.hpp"
#include "genai_quiz/term/text_width.hpp"

using namespace genai_quiz;
using namespace genai_quiz::testing;

namespace {

const FixedOffsetCalendar kUtc(std::chrono::minutes(0), 4);

// The statistics of the sample export at its own time.
Stats sample_stats() {
  ExportData data = sample_export(true);
  Scheduler scheduler(data.settings);
  std::map<std::string, std::vector<ReviewRecord>> by_card;
  for (const ReviewRecord& r : *data.reviews) by_card[r.card_id].push_back(r);
  std::vector<ReviewRecord> facts;
  for (const auto& [card, history] : by_card) {
    for (const ReviewRecord& r : replay_card(history, scheduler)) facts.push_back(r);
  }
  return compute_stats(data.cards, facts, kUtc, sample_now());
}

}  // namespace

TEST_CASE("The stats report matches its golden files in ASCII and in Unicode with colour", "[ui]") {
  Stats stats = sample_stats();
  check_golden("stats/sample-ascii.txt", render_stats_text(stats, {{{false, false, false}, 80}, false}));
  check_golden("stats/sample-color.txt", render_stats_text(stats, {{{true, true, true}, 80}, false}));
  check_golden("stats/sample.json", render_stats_json(stats, sample_now(), utc_iso));
}

TEST_CASE("stats --json holds the same figures as the report", "[ui]") {
  Stats stats = sample_stats();
  auto j = nlohmann::json::parse(render_stats_json(stats, sample_now(), utc_iso));
  CHECK(j["today"] == "2025-03-20");
  REQUIRE(j["sections"].size() == stats.sections.size());
  for (std::size_t i = 0; i < stats.sections.size(); ++i) {
    const Figures& f = stats.sections[i].figures;
    const auto& s = j["sections"][i];
    CHECK(s["section"] == stats.sections[i].section);
    CHECK(s["cards"] == f.cards);
    CHECK(s["new"] == f.by_phase[0]);
    CHECK(s["relearning"] == f.by_phase[3]);
    CHECK(s["due"]["today"] == f.due_today);
    CHECK(s["retention"]["30d"]["total"] == f.retention_30d.total);
    CHECK(s["calibration"]["answers"] == f.calibration.answers);
    CHECK(s["calibration"]["higher"] == f.calibration.higher);
    CHECK(s["calibration"]["same"] == f.calibration.same);
    CHECK(s["calibration"]["lower"] == f.calibration.lower);
    CHECK(s["forecast"]["due"].get<std::vector<int>>() == f.forecast);
    CHECK(s["reviews_per_day"]["reviews"].get<std::vector<int>>() == f.reviews_per_day);
  }
  CHECK(j["total"]["calibration"]["higher"] == stats.total.calibration.higher);
  CHECK(stats.total.calibration == Calibration{5, 2, 2, 1});  // the sample's typed answers
  CHECK(j["total"]["weakest"].size() == stats.total.weakest.size());
  CHECK(j["total"]["forecast"]["from"] == "2025-03-20");
  CHECK(j["total"]["reviews_per_day"]["from"] == format_calendar_date(stats.heatmap_first_day));
}

TEST_CASE("Calendar days are written as ISO 8601 dates", "[ui]") {
  CHECK(format_calendar_date(0) == "1970-01-01");
  CHECK(format_calendar_date(20152) == "2025-03-05");
  CHECK(format_calendar_date(-1) == "1969-12-31");
}

TEST_CASE("The stats report counts suspended, flagged and leech cards per section when there are any", "[ui]") {
  struct Case {
    const char* what;
    CardMarks marks;
    bool table;
  } cases[] = {
      {"no marks", {}, false},
      {"suspended", {true, false, false}, true},
      {"flagged", {false, true, false}, true},
      {"a leech brought back", {false, false, true}, true},
      {"a flagged leech", {true, true, true}, true},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    ExportData data = sample_export(false);
    REQUIRE(data.cards.size() >= 2);
    for (CardRecord& card : data.cards) card.marks = {};
    data.cards[1].marks = c.marks;
    const Stats stats = compute_stats(data.cards, {}, kUtc, sample_now());
    CHECK(stats.total.suspended == (c.marks.suspended ? 1 : 0));
    for (int width : {40, 100}) {
      INFO(width);
      const std::string out = render_stats_text(stats, {{{false, false, false}, width}, false});
      CHECK((out.find("Suspended, flagged and leech cards") != std::string::npos) == c.table);
      std::size_t start = 0;
      for (std::size_t end; (end = out.find('\n', start)) != std::string::npos; start = end + 1) {
        const std::string line = out.substr(start, end - start);
        INFO(line);
        CHECK(display_width(line) <= width);
      }
    }
    const auto j = nlohmann::json::parse(render_stats_json(stats, sample_now(), utc_iso));
    CHECK(j["total"]["suspended"] == stats.total.suspended);
    CHECK(j["total"]["flagged"] == (c.marks.flagged ? 1 : 0));
    CHECK(j["total"]["leech"] == (c.marks.leech ? 1 : 0));
    int in_sections = 0;
    for (const auto& section : j["sections"]) in_sections += section["suspended"].get<int>();
    CHECK(in_sections == stats.total.suspended);
  }
}

TEST_CASE("At 40 columns a weakest card's question is cut after a whole word", "[ui]") {
  Stats stats = sample_stats();
  REQUIRE_FALSE(stats.total.weakest.empty());
  const std::string text = render_stats_text(stats, {{{false, true, false}, 40}, false});
  int cut = 0;
  for (const CardRecord& c : stats.total.weakest) {
    // The question's line: its first word, then as many whole words as fit, then "…".
    const std::string first = c.question.substr(0, c.question.find(' '));
    const std::size_t at = text.find("    " + first);
    REQUIRE(at != std::string::npos);
    std::string line = text.substr(at + 4, text.find('\n', at) - at - 4);
    if (!line.ends_with("…")) continue;
    ++cut;
    line.resize(line.size() - std::string("…").size());
    INFO(line);
    CHECK(c.question.starts_with(line));
    CHECK((line.ends_with(" ") || c.question[line.size()] == ' '));
  }
  CHECK(cut > 0);
}
