#pragma once
// How much study a section holds: cards never studied, and cards a session would show today.

#include <functional>

#include "genai_quiz/core/calendar.hpp"
#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/progress_store.hpp"

namespace genai_quiz {

/// The saved progress of a card, or nullptr when it has never been studied.
using ProgressLookup = std::function<const CardProgress*(const Card& card)>;

/// A lookup for when no progress is loaded: every card is new.
const CardProgress* no_saved_progress(const Card& card);

/// True when a studied card is due on the calendar day of `now`: a learning or relearning card
/// or a review card whose due time falls on that day or earlier, and that is not skipped.
bool is_due_today(const CardProgress& progress, const Calendar& calendar, TimePoint now);

/// New cards (never studied, or still in the new phase) and due ones (is_due_today) in a section;
/// a suspended card is neither, and is counted apart. Flagged cards are counted as well (a
/// flagged card is also new, due, suspended or none of them).
struct StudyCounts {
  int new_cards = 0;
  int due = 0;
  int suspended = 0;
  int flagged = 0;

  bool operator==(const StudyCounts&) const = default;
};

/// Counts the new and due cards of `section` at `now`, with saved progress from `progress_of`.
StudyCounts count_study(const Section& section, const ProgressLookup& progress_of, const Calendar& calendar,
                        TimePoint now);

}  // namespace genai_quiz
