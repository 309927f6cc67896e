// Reading the `settings` object of an export back into SchedulerSettings.

#include <vector>

#include "exchange/export_tree.hpp"

namespace genai_quiz::exchange {
namespace {

bool read_steps(const Json& j, std::vector<std::chrono::minutes>& out) {
  if (!j.is_array()) return false;
  out.clear();
  for (const Json& s : j) {
    if (!s.is_string()) return false;
    std::optional<std::chrono::minutes> step = parse_step(s.get<std::string>());
    if (!step) return false;
    out.push_back(*step);
  }
  return true;
}

bool whole(const Json& j) { return j.is_number_integer(); }

}  // namespace

std::optional<SchedulerSettings> settings_from_json(const Json& json, std::string& error) {
  if (!json.is_object()) {
    error = "settings is not an object";
    return std::nullopt;
  }
  SchedulerSettings s;
  std::vector<double> parameters;
  bool has_parameters = false;
  for (const auto& [key, v] : json.items()) {
    bool ok = true;
    if (key == "desired_retention") {
      ok = v.is_number();
      if (ok) s.desired_retention = v.get<double>();
    } else if (key == "learning_steps") {
      ok = read_steps(v, s.learning_steps);
    } else if (key == "relearning_steps") {
      ok = read_steps(v, s.relearning_steps);
    } else if (key == "maximum_interval") {
      ok = whole(v);
      if (ok) s.maximum_interval = v.get<int>();
    } else if (key == "enable_fuzz") {
      ok = v.is_boolean();
      if (ok) s.enable_fuzz = v.get<bool>();
    } else if (key == "enable_short_term") {
      ok = v.is_boolean();
      if (ok) s.enable_short_term = v.get<bool>();
    } else if (key == "day_start_hour") {
      ok = whole(v);
      if (ok) s.day_start_hour = v.get<int>();
    } else if (key == "parameters") {
      ok = v.is_array();
      for (const Json& w : v) {
        ok = ok && w.is_number();
        if (ok) parameters.push_back(w.get<double>());
      }
      has_parameters = ok;
    } else {
      error = "settings: unknown key '" + key + "'";
      return std::nullopt;
    }
    if (!ok) {
      error = "settings." + key + ": " + v.dump(-1, ' ', false, Json::error_handler_t::replace) + " is not a valid value";
      return std::nullopt;
    }
  }
  if (has_parameters) {
    ParameterCheck check = migrate_parameters(parameters, static_cast<int>(s.relearning_steps.size()),
                                              s.enable_short_term);
    if (!check.weights) {
      error = "settings.parameters: " + check.error;
      return std::nullopt;
    }
    s.parameters = *check.weights;
  }
  std::vector<SettingProblem> problems = validate_settings(s);
  if (!problems.empty()) {
    error = "settings." + describe(problems.front());
    return std::nullopt;
  }
  return s;
}

}  // namespace genai_quiz::exchange
