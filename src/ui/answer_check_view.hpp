#pragma once
// Drawing a typed answer and the key points it covered, shared by `study --type` and
// `interview` (private to the ui layer).

#include <optional>
#include <string>
#include <vector>

#include "genai_quiz/core/answer_coverage.hpp"
#include "genai_quiz/core/key_point.hpp"
#include "genai_quiz/term/capabilities.hpp"

namespace genai_quiz {

/// A typed answer indented by two spaces and wrapped at `width` columns, control characters made
/// visible; "(nothing typed)" for an empty one.
std::vector<std::string> typed_answer_lines(const std::string& text, int width, const Capabilities& caps);

/// "Key points: 2 of 3 covered (67%)", then one line per point: a tick and the words of `text`
/// that made it, or a cross; with a `width` above 0 a point too long for it is wrapped.
std::vector<std::string> coverage_lines(const std::vector<KeyPoint>& points, const Coverage& coverage,
                                        const std::string& text, const Capabilities& caps, int width = 0);

/// A multiple-choice card's options, "a) ..." each, their Markdown wrapped at `width` columns
/// under its text. Once `revealed`, a tick marks each right option and a cross the one
/// `chosen` when it is wrong.
std::vector<std::string> choice_lines(const std::vector<std::string>& choices, const std::vector<int>& correct,
                                      std::optional<int> chosen, bool revealed, int width, const Capabilities& caps);

/// What a pick was: "You picked b: right.", "You picked a: wrong; the right answer is b.", or
/// "No pick; the right answer is b." (several right ones read "b or d") when the answer was shown
/// without one; wrapped at `width` columns.
std::vector<std::string> choice_verdict(const std::vector<int>& correct, std::optional<int> chosen, int width,
                                        const Capabilities& caps);

/// `rating` in its colour: Again red, Hard yellow, Good green, Easy blue.
std::string painted_rating(Rating rating, const std::string& text, const Capabilities& caps);

}  // namespace genai_quiz
