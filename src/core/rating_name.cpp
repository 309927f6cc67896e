#include "genai_quiz/core/rating_name.hpp"

namespace genai_quiz {

std::string rating_name(Rating rating) {
  switch (rating) {
    case Rating::kAgain: return "Again";
    case Rating::kHard: return "Hard";
    case Rating::kGood: return "Good";
    case Rating::kEasy: return "Easy";
  }
  return "?";
}

}  // namespace genai_quiz
