#include "genai_quiz/config/config_keys.hpp"

#include <array>
#include <vector>

#include "genai_quiz/core/interview_plan.hpp"

namespace genai_quiz {
namespace {

std::string boolean(bool b) { return b ? "true" : "false"; }

std::string steps(const std::vector<std::chrono::minutes>& list) {
  std::string out = "[";
  for (std::size_t i = 0; i < list.size(); ++i) out.append(i > 0 ? ", " : "").append(format_step(list[i]));
  return out + "]";
}

std::string weights(const Weights& w) {
  std::string out = "[";
  for (std::size_t i = 0; i < w.size(); ++i) out.append(i > 0 ? ", " : "").append(format_number(w[i]));
  return out + "]";
}

constexpr std::array kKeys = {
    ConfigKey{"scheduling", "desired_retention", ValueShape::kScalar,
              "Probability of recall wanted when a card comes back, 0.70 to 0.99", "0.85",
              [](const Config& c) { return format_number(c.scheduling.desired_retention); }},
    ConfigKey{"scheduling", "learning_steps", ValueShape::kList,
              "Delays for a new card before it gets day intervals: up to 10 steps, each 1m to 30d", "[2m, 15m, 1h]",
              [](const Config& c) { return steps(c.scheduling.learning_steps); }},
    ConfigKey{"scheduling", "relearning_steps", ValueShape::kList,
              "Delays after a lapse: up to 10 steps, each 1m to 30d", "[5m, 1h]",
              [](const Config& c) { return steps(c.scheduling.relearning_steps); }},
    ConfigKey{"scheduling", "maximum_interval", ValueShape::kScalar, "Longest interval in days, 1 to 36500", "365",
              [](const Config& c) { return std::to_string(c.scheduling.maximum_interval); }},
    ConfigKey{"scheduling", "enable_fuzz", ValueShape::kScalar, "Spread intervals of 3 days or more: true or false",
              "false", [](const Config& c) { return boolean(c.scheduling.enable_fuzz); }},
    ConfigKey{"scheduling", "enable_short_term", ValueShape::kScalar,
              "Learning steps and same-day stability (false: days only): true or false", "false",
              [](const Config& c) { return boolean(c.scheduling.enable_short_term); }},
    ConfigKey{"scheduling", "day_start_hour", ValueShape::kScalar, "Local hour at which a new day begins, 0 to 23",
              "0", [](const Config& c) { return std::to_string(c.scheduling.day_start_hour); }},
    ConfigKey{"scheduling", "parameters", ValueShape::kList,
              "The 21 FSRS-6 weights (19 from FSRS-5 or 17 from FSRS-4.5 are migrated)",
              "[0.3, 1.2, 2.4, 8, 6.4, 0.8, 3, 0.01, 1.9, 0.2, 0.8, 1.5, 0.06, 0.26, 1.6, 0.6, 1.9, 0.5, 0.09, "
              "0.07, 0.15]",
              [](const Config& c) { return weights(c.scheduling.parameters); }},
    ConfigKey{"scheduling", "interview_date", ValueShape::kScalar,
              "The day of an interview, YYYY-MM-DD: every card is reviewed again before it (default: none)",
              "2030-06-28",
              [](const Config& c) { return c.interview_date ? format_calendar_date(*c.interview_date) : std::string("none"); }},
    ConfigKey{"study", "new_per_day", ValueShape::kScalar,
              "New cards a day in study when --new is not given, 0 to 100000", "5",
              [](const Config& c) { return std::to_string(c.study.new_per_day); }},
    ConfigKey{"study", "limit", ValueShape::kScalar,
              "At most this many cards a study session when --limit is not given, 0 (no limit) to 100000", "15",
              [](const Config& c) { return std::to_string(c.study.limit); }},
    ConfigKey{"study", "type", ValueShape::kScalar, "Always type answers in study, as --type: true or false", "true",
              [](const Config& c) { return boolean(c.study.type); }},
    ConfigKey{"study", "leech_threshold", ValueShape::kScalar,
              "Lapses that tag a card a leech and suspend it (again every half as many after), 0 (never) to 1000",
              "6", [](const Config& c) { return std::to_string(c.study.leech_threshold); }},
    ConfigKey{"sync", "remote", ValueShape::kScalar,
              "Where 'genai-quiz sync' goes: a git remote (ssh, https, a path) or a shared folder (default: none)",
              "git@github.com:me/quiz-progress.git",
              [](const Config& c) { return c.sync.remote.empty() ? std::string("none") : c.sync.remote; }},
    ConfigKey{"sync", "auto", ValueShape::kScalar,
              "Sync before and after each study or interview session: true or false", "true",
              [](const Config& c) { return boolean(c.sync.auto_sync); }},
};

}  // namespace

std::span<const ConfigKey> config_keys() { return kKeys; }

std::string qualified_name(const ConfigKey& key) { return std::string(key.section) + "." + key.name; }

const ConfigKey* find_config_key(std::string_view name) {
  const ConfigKey* bare = nullptr;
  int bare_matches = 0;
  for (const ConfigKey& key : kKeys) {
    if (qualified_name(key) == name) return &key;
    if (key.name == name) {
      bare = &key;
      ++bare_matches;
    }
  }
  return bare_matches == 1 ? bare : nullptr;
}

std::string key_names(std::string_view section) {
  std::string out;
  for (const ConfigKey& key : kKeys) {
    if (key.section == section) out.append(out.empty() ? "" : ", ").append(key.name);
  }
  return out;
}

std::string section_names() {
  std::string out;
  std::string_view last;
  for (const ConfigKey& key : kKeys) {
    if (key.section == last) continue;
    last = key.section;
    out.append(out.empty() ? "" : ", ").append(key.section);
  }
  return out;
}

}  // namespace genai_quiz
