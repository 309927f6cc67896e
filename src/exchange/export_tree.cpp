#include "exchange/export_tree.hpp"

#include <cmath>

namespace genai_quiz::exchange {
namespace {

Json optional_time(const std::optional<TimePoint>& t, const TimeFormatter& format_time) {
  return t ? Json(format_time(*t)) : Json(nullptr);
}

Json card_json(const CardRecord& c, const TimeFormatter& format_time) {
  bool fresh = c.state.phase == Phase::kNew;
  Json j;
  j["deck"] = c.deck;
  j["section"] = c.section;
  j["id"] = c.id;
  j["question"] = c.question;
  j["state"] = std::string(phase_name(c.state.phase));
  j["due"] = fresh ? Json(nullptr) : Json(format_time(c.state.due));
  j["stability"] = c.state.stability;
  j["difficulty"] = c.state.difficulty;
  j["retrievability"] = c.retrievability;
  j["reps"] = c.state.reps;
  j["lapses"] = c.state.lapses;
  j["last_review"] = optional_time(c.state.last_review, format_time);
  j["edited"] = c.edited;
  j["suspended"] = c.marks.suspended;
  j["flagged"] = c.marks.flagged;
  j["leech"] = c.marks.leech;
  return j;
}

}  // namespace

Json review_json(const ReviewRecord& r, const TimeFormatter& format_time) {
  Json j;
  j["deck"] = r.deck_id;
  j["card"] = r.card_id;
  j["rating"] = static_cast<int>(r.rating);
  j["duration_ms"] = r.duration_ms;
  j["cram"] = r.cram;
  j["fingerprint"] = r.fingerprint;
  if (r.repeat > 0) j["repeat"] = r.repeat;
  if (r.coverage) j["coverage"] = *r.coverage;
  if (r.choice) {
    j["choice"] = std::string(1, static_cast<char>('a' + *r.choice));
    j["choice_correct"] = r.choice_correct;
  }
  // Last, and required: a record cut short anywhere lacks it, so a YAML file cut at the end of
  // a line cannot pass its last answer off as whole with its optional fields dropped.
  j["time"] = format_time(r.time);
  return j;
}

Json event_json(const CardEvent& e, const TimeFormatter& format_time) {
  Json j;
  j["deck"] = e.deck_id;
  j["card"] = e.card_id;
  j["kind"] = std::string(event_kind_name(e.kind));
  j["time"] = format_time(e.time);
  return j;
}

namespace {

Json steps_json(const std::vector<std::chrono::minutes>& steps) {
  Json j = Json::array();
  for (std::chrono::minutes s : steps) j.push_back(format_step(s));
  return j;
}

}  // namespace

Json settings_to_json(const SchedulerSettings& s) {
  Json j;
  j["desired_retention"] = s.desired_retention;
  j["learning_steps"] = steps_json(s.learning_steps);
  j["relearning_steps"] = steps_json(s.relearning_steps);
  j["maximum_interval"] = s.maximum_interval;
  j["enable_fuzz"] = s.enable_fuzz;
  j["enable_short_term"] = s.enable_short_term;
  j["day_start_hour"] = s.day_start_hour;
  j["parameters"] = Json::array();
  for (double w : s.parameters) j["parameters"].push_back(w);
  return j;
}

Json export_tree(const ExportData& data) {
  Json j;
  j["format"] = std::string(kExportFormatName);
  j["version"] = kExportFormatVersion;
  j["exported_at"] = data.format_time(data.exported_at);
  j["settings"] = settings_to_json(data.settings);
  j["cards"] = Json::array();
  for (const CardRecord& c : data.cards) j["cards"].push_back(card_json(c, data.format_time));
  if (data.reviews) {
    // The counts let a reader tell a whole log from one cut short (docs/export-format.md); the
    // events come before the reviews, so that a file cut after its reviews is not taken for an
    // older export without events.
    j["event_count"] = data.events.size();
    j["events"] = Json::array();
    for (const CardEvent& e : data.events) j["events"].push_back(event_json(e, data.format_time));
    j["review_count"] = data.reviews->size();
    j["reviews"] = Json::array();
    for (const ReviewRecord& r : *data.reviews) j["reviews"].push_back(review_json(r, data.format_time));
  }
  return j;
}

}  // namespace genai_quiz::exchange
