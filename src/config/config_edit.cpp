#include "genai_quiz/config/config_edit.hpp"

#include <cmath>
#include <cstdio>

#include "genai_quiz/config/config_file.hpp"
#include "genai_quiz/config/config_set.hpp"

namespace genai_quiz {
namespace {

bool same_parameters(const Weights& a, const Weights& b) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::abs(a[i] - b[i]) > 1e-6 * std::max(1.0, std::abs(b[i]))) return false;
  }
  return true;
}

}  // namespace

std::string format_parameters(const Weights& w, int indent) {
  std::string out = "parameters: [";
  const std::string continuation(std::size_t(indent) + out.size(), ' ');
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (i > 0) out += i % 7 == 0 ? ",\n" + continuation : ", ";
    char number[32];
    std::snprintf(number, sizeof number, "%.7g", w[i]);
    out += number;
  }
  return out + "]";
}

std::optional<std::string> set_parameters(std::string_view yaml_text, const Weights& w) {
  if (has_errors(parse_config(yaml_text, "config.yaml").diagnostics)) return std::nullopt;
  const ConfigKey* key = find_config_key("scheduling.parameters");
  const std::string line = format_parameters(w, 0);
  ConfigEdit edit = set_config_value(yaml_text, *key, line.substr(line.find('[')), "config.yaml");
  if (!edit.ok() || !edit.layout_kept) return std::nullopt;
  ConfigParse check = parse_config(edit.text, "config.yaml");
  if (has_errors(check.diagnostics) || !same_parameters(check.config.scheduling.parameters, w)) return std::nullopt;
  return edit.text;
}

}  // namespace genai_quiz
