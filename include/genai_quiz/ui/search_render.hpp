#pragma once
// What `genai-quiz search` prints, as text for people and as JSON for scripts.

#include <chrono>
#include <span>
#include <string>

#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/study_item.hpp"

namespace genai_quiz {

/// Three lines a card: its name for `study --card` and `edit` (DECK/ID); its section, its
/// marks in brackets ("[suspended]", "[leech, flagged]"), its state and when it is due (wrapped
/// under its start when it does not fit `width`) (local time with `utc_offset`, relative to `now`); the first line of its
/// question cut to `width` columns. Then a count: "2 cards match."
std::string render_search_text(std::span<const StudyItem> found, TimePoint now, std::chrono::minutes utc_offset,
                               int width);

/// One JSON object a card, one per line: {"deck", "section", "id", "question", "tags", "state",
/// "due", "marks"}; "due" is an ISO 8601 time in local time, or null for a new card; "marks" is
/// a list of "suspended", "flagged" and "leech" (mark_keys).
std::string render_search_json(std::span<const StudyItem> found, std::chrono::minutes utc_offset);

}  // namespace genai_quiz
