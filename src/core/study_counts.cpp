#include "genai_quiz/core/study_counts.hpp"

namespace genai_quiz {

const CardState* no_saved_state(const Card&) { return nullptr; }

StudyCounts count_study(const Section& section, const CardStateLookup& state_of, TimePoint now) {
  StudyCounts counts;
  for (const Card& card : section.cards) {
    const CardState* state = state_of(card);
    if (state == nullptr || state->phase == Phase::kNew) {
      ++counts.new_cards;
    } else if (state->due <= now) {
      ++counts.due;
    }
  }
  return counts;
}

}  // namespace genai_quiz
