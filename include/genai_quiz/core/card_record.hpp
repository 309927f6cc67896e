#pragma once
// One card as an export or the statistics see it: where it lives in the decks, its scheduling
// state and how likely it is to be recalled now.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/card_marks.hpp"
#include "genai_quiz/core/card_state.hpp"
#include "genai_quiz/core/scheduler.hpp"
#include "genai_quiz/core/study_item.hpp"

namespace genai_quiz {

/// The name of a phase in exports and statistics: "new", "learning", "review" or "relearning".
std::string_view phase_name(Phase phase);

/// The phase a name from phase_name stands for, or nothing for any other text.
std::optional<Phase> phase_from_name(std::string_view name);

/// One card of the current decks with its saved progress.
struct CardRecord {
  std::string deck;           ///< deck id
  std::string section;        ///< section id
  std::string section_title;  ///< section title, for reports
  std::string id;             ///< card id
  std::string question;       ///< Markdown, verbatim
  CardState state;            ///< a default (new) state when the card was never studied
  double retrievability = 0;  ///< probability of recall at the time of the export; 0 when new
  bool edited = false;        ///< the card's text changed since its last review
  CardMarks marks;            ///< suspended, flagged, leech

  bool operator==(const CardRecord&) const = default;
};

/// The record of each item (its saved progress attached), retrievability taken at `now`.
std::vector<CardRecord> card_records(std::span<const StudyItem> items, const Scheduler& scheduler, TimePoint now);

}  // namespace genai_quiz
