#pragma once
// Key points: the short phrases a good answer to a card must mention (docs/deck-format.md).

#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/diagnostic.hpp"

namespace genai_quiz {

/// One point a good answer must make; mentioning any one of its alternatives covers it.
struct KeyPoint {
  std::vector<std::string> alternatives;  ///< phrases such as "chain rule"; the first is the label
  SourcePos pos;                          ///< where the point is written in its deck file

  bool operator==(const KeyPoint&) const = default;
};

/// The point as shown to a person: "gradient descent / weight update".
std::string key_point_label(const KeyPoint& point);

/// True when `phrase` has a word that is not a stop word, so that an answer can ever cover it.
bool phrase_has_content(std::string_view phrase);

}  // namespace genai_quiz
