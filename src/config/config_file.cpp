#include "genai_quiz/config/config_file.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

#include "genai_quiz/config/config_keys.hpp"
#include "genai_quiz/core/interview_plan.hpp"
#include "genai_quiz/core/utf8.hpp"
#include "genai_quiz/core/yaml_nesting.hpp"

namespace genai_quiz {
namespace {

class Parser {
 public:
  explicit Parser(const std::string& file) : file_(file) {}

  static SourcePos position(const YAML::Mark& mark) {
    if (mark.is_null()) return {};
    return {mark.line + 1, mark.column + 1};
  }

  void error(const YAML::Mark& mark, const std::string& message) {
    diagnostics_.push_back({file_, position(mark), Severity::kError, message});
  }

  // A scalar as written, for messages.
  static std::string text(const YAML::Node& n) {
    if (n.IsScalar()) return "'" + n.Scalar() + "'";
    if (n.IsSequence()) return "a list";
    if (n.IsMap()) return "a mapping";
    return "nothing";
  }

  template <typename T>
  bool scalar(const std::string& key, const YAML::Node& n, T& out, const std::string& what) {
    T value{};
    if (n.IsScalar() && YAML::convert<T>::decode(n, value)) {
      out = value;
      return true;
    }
    error(n.Mark(), key + ": " + text(n) + " is not " + what);
    return false;
  }

  bool steps(const std::string& key, const YAML::Node& n, std::vector<std::chrono::minutes>& out) {
    const std::string allowed = "a list of steps such as [1m, 10m, 1h, 1d]";
    if (!n.IsSequence()) {
      error(n.Mark(), key + ": " + text(n) + " is not " + allowed);
      return false;
    }
    std::vector<std::chrono::minutes> parsed;
    for (const YAML::Node& item : n) {
      std::optional<std::chrono::minutes> step;
      if (item.IsScalar()) step = parse_step(item.Scalar());
      if (!step) {
        error(item.Mark(), key + ": " + text(item) + " is not a step (allowed: a whole number and m, h or d, e.g. 10m)");
        return false;
      }
      parsed.push_back(*step);
    }
    out = parsed;
    return true;
  }

  bool parameters(const YAML::Node& n, const SchedulerSettings& s, Weights& out) {
    std::vector<double> values;
    if (n.IsSequence()) {
      for (const YAML::Node& item : n) {
        double v = 0;
        if (!item.IsScalar() || !YAML::convert<double>::decode(item, v)) {
          error(item.Mark(), "parameters: " + text(item) + " is not a number");
          return false;
        }
        values.push_back(v);
      }
    }
    if (!n.IsSequence() || values.empty()) {
      error(n.Mark(), "parameters: " + text(n) + " is not allowed (allowed: a list of 21 FSRS-6 parameters, "
                      "or 19 from FSRS-5, 17 from FSRS-4.5)");
      return false;
    }
    ParameterCheck check = migrate_parameters(values, static_cast<int>(s.relearning_steps.size()),
                                              s.enable_short_term);
    if (!check.weights) {
      error(n.Mark(), "parameters: " + check.error);
      return false;
    }
    out = *check.weights;
    return true;
  }

  void interview_date(const YAML::Node& n, std::optional<std::int64_t>& out) {
    std::optional<std::int64_t> day;
    if (n.IsScalar()) day = parse_calendar_date(n.Scalar());
    if (!day) {
      error(n.Mark(), "interview_date: " + text(n) + " is not a date (allowed: YYYY-MM-DD, e.g. 2025-06-30)");
      return;
    }
    out = day;
  }

  // Reads the mapping `section` of config.yaml named `name`: an error when it is not a mapping
  // (none when it is empty) and one for each key that config_keys does not list; `read` gets each
  // other key and its value, once the key is recorded among the settings given.
  void each_setting(const YAML::Node& section, const std::string& name,
                    const std::function<void(const std::string& key, const YAML::Node& value)>& read) {
    if (!section.IsMap()) {
      if (!section.IsNull()) error(section.Mark(), name + ": " + text(section) + " is not a mapping of settings");
      return;
    }
    for (const auto& kv : section) {
      const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : text(kv.first);
      if (!find_config_key(name + "." + key)) {
        error(kv.first.Mark(), name + ": unknown key '" + key + "' (known: " + key_names(name) + ")");
        continue;
      }
      settings_.push_back({name + "." + key, position(kv.first.Mark())});
      read(key, kv.second);
    }
  }

  void scheduling(const YAML::Node& section, SchedulerSettings& s, std::optional<std::int64_t>& date) {
    std::map<std::string, YAML::Mark> where;
    std::optional<YAML::Node> params;
    each_setting(section, "scheduling", [&](const std::string& key, const YAML::Node& v) {
      where[key] = v.Mark();
      if (key == "desired_retention") {
        scalar(key, v, s.desired_retention, "a number (allowed: 0.70 to 0.99)");
      } else if (key == "learning_steps") {
        steps(key, v, s.learning_steps);
      } else if (key == "relearning_steps") {
        steps(key, v, s.relearning_steps);
      } else if (key == "maximum_interval") {
        scalar(key, v, s.maximum_interval, "a whole number of days (allowed: 1 to 36500)");
      } else if (key == "enable_fuzz") {
        scalar(key, v, s.enable_fuzz, "true or false");
      } else if (key == "enable_short_term") {
        scalar(key, v, s.enable_short_term, "true or false");
      } else if (key == "day_start_hour") {
        scalar(key, v, s.day_start_hour, "a whole hour (allowed: 0 to 23)");
      } else if (key == "parameters") {
        params = v;
      } else if (key == "interview_date") {
        interview_date(v, date);
      }
    });
    // Parameters last: their clipping depends on the relearning steps and short-term setting.
    if (params) parameters(*params, s, s.parameters);
    const SchedulerSettings defaults;
    for (const SettingProblem& p : validate_settings(s)) {
      error(where[p.key], describe(p));
      if (p.key == "desired_retention") s.desired_retention = defaults.desired_retention;
      if (p.key == "learning_steps") s.learning_steps = defaults.learning_steps;
      if (p.key == "relearning_steps") s.relearning_steps = defaults.relearning_steps;
      if (p.key == "maximum_interval") s.maximum_interval = defaults.maximum_interval;
      if (p.key == "day_start_hour") s.day_start_hour = defaults.day_start_hour;
    }
  }

  void sync(const YAML::Node& section, SyncSettings& s) {
    each_setting(section, "sync", [&](const std::string& key, const YAML::Node& v) {
      if (key == "remote") {
        scalar(key, v, s.remote, "a git remote or a folder (text)");
      } else if (key == "auto") {
        scalar(key, v, s.auto_sync, "true or false");
      }
    });
  }

  void study(const YAML::Node& section, StudyDefaults& s) {
    each_setting(section, "study", [&](const std::string& key, const YAML::Node& v) {
      if (key == "type") {
        scalar(key, v, s.type, "true or false");
        return;
      }
      const bool leech = key == "leech_threshold";
      int& out = key == "new_per_day" ? s.new_per_day : leech ? s.leech_threshold : s.limit;
      const std::string allowed = key == "new_per_day" ? "a whole number of cards (allowed: 0 to 100000)"
                                  : leech              ? "a whole number of lapses (allowed: 0 to 1000; 0: never)"
                                                       : "a whole number of cards (allowed: 0 to 100000; 0: no limit)";
      const int most = leech ? 1000 : 100000;
      int value = 0;
      if (scalar(key, v, value, allowed)) {
        if (value < 0 || value > most) {
          error(v.Mark(), key + ": " + text(v) + " is not " + allowed);
        } else {
          out = value;
        }
      }
    });
  }

  // `decks:` is a list of paths (files, folders, globs), with `bundled` or `bundled: false` among
  // them to name the bundled deck or leave it out; a single path may stand alone.
  void decks(const YAML::Node& section, Config& config) {
    settings_.push_back({"decks", position(section.Mark())});
    if (section.IsNull()) return;
    const std::string allowed = "allowed: a list of deck files, folders and globs, with 'bundled' or 'bundled: false'";
    if (section.IsScalar()) {
      deck_entry(section, config);
      return;
    }
    if (!section.IsSequence()) {
      error(section.Mark(), "decks: " + text(section) + " is not a list (" + allowed + ")");
      return;
    }
    for (const YAML::Node& item : section) {
      if (item.IsScalar()) {
        deck_entry(item, config);
      } else if (item.IsMap() && item.size() == 1 && item.begin()->first.IsScalar() &&
                 item.begin()->first.Scalar() == "bundled") {
        scalar("bundled", item.begin()->second, config.bundled, "true or false");
      } else {
        error(item.Mark(), "decks: " + text(item) + " is not a path (" + allowed + ")");
      }
    }
  }

  void deck_entry(const YAML::Node& item, Config& config) {
    if (item.Scalar().empty()) {
      error(item.Mark(), "decks: an empty path names no deck");
    } else if (item.Scalar() == "bundled") {
      config.bundled = true;
    } else {
      config.decks.push_back({item.Scalar(), position(item.Mark())});
    }
  }

  /// The problems found, in the order of their positions in the file.
  std::vector<Diagnostic> take() {
    std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
    });
    return std::move(diagnostics_);
  }
  std::vector<KeySetting> take_settings() { return std::move(settings_); }

 private:
  std::string file_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<KeySetting> settings_;
};

}  // namespace

ConfigParse parse_config(std::string_view yaml_text, const std::string& file) {
  ConfigParse out;
  if (std::optional<utf8::InvalidByte> bad = utf8::first_invalid(yaml_text)) {
    out.diagnostics.push_back({file, {bad->line, bad->column}, Severity::kError, utf8::invalid_byte_message(*bad)});
    return out;
  }
  if (std::optional<DeepNesting> deep = find_deep_nesting(yaml_text)) {
    out.diagnostics.push_back({file, {deep->line, deep->column}, Severity::kError, "not valid YAML: " + deep_nesting_message()});
    return out;
  }
  Parser parser(file);
  try {
    YAML::Node root;
    try {
      root = YAML::Load(std::string(yaml_text));
    } catch (const YAML::ParserException& e) {
      parser.error(e.mark, "not valid YAML: " + e.msg);
      out.diagnostics = parser.take();
      return out;
    }
    if (root.IsNull()) return out;
    if (!root.IsMap()) {
      parser.error(root.Mark(), "the configuration must be a mapping of sections (e.g. 'scheduling:')");
    } else {
      for (const auto& kv : root) {
        std::string key = kv.first.IsScalar() ? kv.first.Scalar() : Parser::text(kv.first);
        if (key == "scheduling") {
          parser.scheduling(kv.second, out.config.scheduling, out.config.interview_date);
        } else if (key == "sync") {
          parser.sync(kv.second, out.config.sync);
        } else if (key == "study") {
          parser.study(kv.second, out.config.study);
        } else if (key == "decks") {
          parser.decks(kv.second, out.config);
        } else {
          parser.error(kv.first.Mark(), "unknown section '" + key + "' (known: " + section_names() + ", decks)");
        }
      }
    }
  } catch (const YAML::Exception& e) {  // none is expected past Load; name the file if one comes
    out.config = Config{};
    parser.error(e.mark, "could not be read: " + e.msg);
  }
  out.diagnostics = parser.take();
  out.settings = parser.take_settings();
  return out;
}

}  // namespace genai_quiz
