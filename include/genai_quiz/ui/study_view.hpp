#pragma once
// Drawing pieces shared by the two study front ends.

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/session.hpp"
#include "genai_quiz/term/capabilities.hpp"

namespace genai_quiz {

/// How the study front ends draw: the terminal's capabilities and the local time zone.
struct StudyLook {
  Capabilities caps;
  std::chrono::minutes utc_offset{0};
};

/// A card's Markdown drawn at `width` columns (sanitized, wrapped, math made readable).
std::vector<std::string> card_text_lines(std::string_view markdown, int width, const StudyLook& look);

/// The rating bar with each rating in its colour: "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d".
/// The suggestion for `enter` (see painted_suggestion) follows. With a `width` above 0 it fits
/// that many columns when it can, the labels shortened to the ratings' first letters.
std::string painted_rating_bar(const Session& session, const StudyLook& look, const std::string& enter,
                               int width = 0);

/// `text` with each " · " separator drawn as " | " when the terminal cannot show Unicode.
std::string plain_separators(std::string text, const StudyLook& look);

/// The session header in the accent colour, sanitized (deck and section names come from the deck).
/// `width` as for session_header.
std::string painted_header(const Session& session, const StudyLook& look, int width = 0);

/// "edited since your last review" in the warning colour.
std::string painted_edited_mark(const StudyLook& look);

/// The interview countdown ("17 days to go · 12 cards need a review before then") in the accent
/// colour; "" without an interview date.
std::string painted_countdown(const Session& session, const StudyLook& look);

/// With typed answers, once the answer is shown, what comes before the model answer: the key
/// points covered and missed when the card has any, then "Your answer:" and the answer typed;
/// for an empty answer ("answered aloud") a request to rate it and the key points to check.
/// Wrapped at `width` columns; empty without typed answers.
std::vector<std::string> typed_check_lines(const Session& session, int width, const StudyLook& look);

/// A multiple-choice card's options lettered a, b, ...; once the answer is shown, the right ones
/// ticked, a wrong pick crossed, and a line saying what the pick was. Empty for other cards.
std::vector<std::string> choice_check_lines(const Session& session, int width, const StudyLook& look);

/// What `enter` (the key or line) does with a suggested rating: " · Enter: Hard (suggested)";
/// "" when there is no suggestion.
/// `long_form` false leaves out " (suggested)".
std::string painted_suggestion(const Session& session, const std::string& enter, const StudyLook& look,
                               bool long_form = true);

}  // namespace genai_quiz
