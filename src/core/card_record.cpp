#include "genai_quiz/core/card_record.hpp"

#include <array>

namespace genai_quiz {
namespace {

constexpr std::array<std::string_view, 4> kPhaseNames = {"new", "learning", "review", "relearning"};

}  // namespace

std::string_view phase_name(Phase phase) {
  auto index = static_cast<std::size_t>(phase);
  return index < kPhaseNames.size() ? kPhaseNames[index] : "unknown";
}

std::optional<Phase> phase_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kPhaseNames.size(); ++i) {
    if (kPhaseNames[i] == name) return static_cast<Phase>(i);
  }
  return std::nullopt;
}

}  // namespace genai_quiz
