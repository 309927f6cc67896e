#pragma once
// The name of a rating, as the review log, the transcript and every screen spell it.

#include <string>

#include "genai_quiz/core/card_state.hpp"

namespace genai_quiz {

/// "Again", "Hard", "Good" or "Easy".
std::string rating_name(Rating rating);

}  // namespace genai_quiz
