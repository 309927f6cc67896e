#include "cli/completion_values.hpp"

#include "genai_quiz/config/config_keys.hpp"

namespace genai_quiz {

std::vector<Candidate> complete_values(ValueKind kind, const std::vector<std::string>& /*decks*/) {
  std::vector<Candidate> out;
  if (kind == ValueKind::kSetting) {
    for (const ConfigKey& key : config_keys()) out.push_back({qualified_name(key), key.summary});
  }
  return out;
}

}  // namespace genai_quiz
