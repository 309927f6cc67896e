#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <sstream>

#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/ui/plan_render.hpp"

using namespace genai_quiz;

namespace {

PlanOutcome outcome(double retention, int fresh, int minutes, double recall, double minutes_a_day, int days) {
  PlanOutcome o;
  o.plan = {retention, fresh, minutes};
  o.runs = 20;
  o.recall_mean = recall;
  o.recall_sd = 0.012;
  o.recall_low = recall - 0.02;
  o.recall_high = recall + 0.02;
  o.mean_minutes = minutes_a_day;
  for (int d = 0; d < days; ++d) {
    o.answers_per_day.push_back(40 + (d * 13) % 30);
    o.minutes_per_day.push_back(minutes_a_day);
    o.new_per_day.push_back(fresh);
  }
  return o;
}

PlanReport report(int days) {
  PlanReport r;
  r.today = *parse_calendar_date("2025-03-01");
  r.interview_day = r.today + days;
  r.cards = 400;
  r.new_cards = 120;
  r.runs = 20;
  r.seed = 1;
  r.target = 0.9;
  r.outcomes = {outcome(0.80, 10, 20, 0.86, 14.5, days), outcome(0.90, 10, 20, 0.91, 18.2, days),
                outcome(0.95, 20, 30, 0.94, 27.9, days)};
  r.recommended = 1;
  return r;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("The plan report fits the terminal's width, 40 columns and up, for short and long plans", "[ui]") {
  for (int days : {7, 30, 90, 365}) {
    for (int width : {40, 60, 100}) {
      for (bool unicode : {false, true}) {
        std::string text = render_plan_text(report(days), {{false, unicode, false}, width});
        INFO(days << " days, " << width << " columns\n" << text);
        for (const std::string& line : lines_of(text)) CHECK(display_width(line) <= width);
        std::string flat = text;
        std::replace(flat.begin(), flat.end(), '\n', ' ');
        CHECK(flat.find("Cheapest plan that reaches 90%: desired retention 0.90") != std::string::npos);
        CHECK(text.find("Answers a day") != std::string::npos);
      }
    }
  }
}

TEST_CASE("The plan report marks the recommended plan and says when none reaches the target", "[ui]") {
  PlanReport r = report(14);
  std::string text = render_plan_text(r, {{false, false, false}, 80});
  CHECK(text.find("* 0.90   10   20  18.2") != std::string::npos);
  CHECK(text.find("91% ± 1.2") != std::string::npos);
  r.recommended.reset();
  r.target = 0.99;
  text = render_plan_text(r, {{false, false, false}, 80});
  CHECK(text.find("No plan reaches 99%; the best recalls 94% ± 1.2 (desired retention 0.95") != std::string::npos);
  CHECK(text.find("* ") == std::string::npos);
}

TEST_CASE("The plan summary counts in the singular for one and in the plural otherwise", "[ui]") {
  struct Case {
    int fresh, minutes;
    double minutes_a_day, answers_a_day;
    const char* says;
  };
  const Case cases[] = {
      {1, 1, 1.0, 1.0, "desired retention 0.90, 1 new card a day, at most 1 minute: about 1 minute a day (1 answer);"},
      {2, 5, 2.4, 3.0, "desired retention 0.90, 2 new cards a day, at most 5 minutes: about 2 minutes a day (3 answers);"},
      {10, 0, 0.6, 0.4, "desired retention 0.90, 10 new cards a day, no time limit: about 1 minute a day (0 answers);"},
  };
  for (const Case& c : cases) {
    PlanReport r = report(14);
    PlanOutcome& o = r.outcomes[1];
    o.plan.new_per_day = c.fresh;
    o.plan.minutes_per_day = c.minutes;
    o.mean_minutes = c.minutes_a_day;
    o.answers_per_day.assign(14, c.answers_a_day);
    std::string text = render_plan_text(r, {{false, false, false}, 1000});
    INFO(text);
    CHECK(text.find(c.says) != std::string::npos);
  }
  PlanReport r = report(14);
  r.recommended.reset();
  r.target = 0.99;
  r.outcomes[2].plan.new_per_day = 1;
  r.outcomes[2].plan.minutes_per_day = 1;
  std::string text = render_plan_text(r, {{false, false, false}, 1000});
  CHECK(text.find("(desired retention 0.95, 1 new card a day, at most 1 minute)") != std::string::npos);
}

TEST_CASE("The plan JSON carries every plan with its daily figures and the recommendation", "[ui]") {
  PlanReport r = report(5);
  auto j = nlohmann::json::parse(render_plan_json(r, TimePoint{}, [](TimePoint) { return std::string("NOW"); }));
  CHECK(j["now"] == "NOW");
  CHECK(j["interview_date"] == "2025-03-06");
  CHECK(j["days"] == 5);
  REQUIRE(j["plans"].size() == 3);
  CHECK(j["plans"][1]["desired_retention"] == 0.90);
  CHECK(j["plans"][1]["minutes_limit"] == 20);
  CHECK(j["plans"][1]["recall"]["mean"] == 0.91);
  CHECK(j["plans"][1]["daily"]["answers"].size() == 5);
  CHECK(j["recommended"] == 1);
  CHECK(j["applied_to"].is_null());
}

TEST_CASE("The plan report counts the suspended cards it leaves out, when there are any", "[ui]") {
  struct Case {
    int suspended;
    bool said;
  } cases[] = {{0, false}, {1, true}, {12, true}};
  for (const Case& c : cases) {
    INFO(c.suspended);
    PlanReport r = report(14);
    r.suspended = c.suspended;
    const std::string text = render_plan_text(r, {{false, false, false}, 1000});
    CHECK((text.find(fmt::format("never studied ({} suspended left out);", c.suspended)) != std::string::npos) == c.said);
    CHECK((text.find("suspended") != std::string::npos) == c.said);
    auto j = nlohmann::json::parse(render_plan_json(r, TimePoint{}, [](TimePoint) { return std::string("NOW"); }));
    CHECK(j["suspended"] == c.suspended);
  }
}
