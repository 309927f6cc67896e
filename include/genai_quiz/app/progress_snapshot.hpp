#pragma once
// The cards of the chosen sections with their saved progress, and the review log: what export
// and stats work from.

#include <string>
#include <vector>

#include "genai_quiz/app/global_options.hpp"
#include "genai_quiz/core/card_record.hpp"
#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/progress_store.hpp"
#include "genai_quiz/core/scheduler.hpp"

namespace genai_quiz {

/// Everything read for one export or report.
struct ProgressSnapshot {
  std::vector<Deck> decks;
  std::vector<CardRecord> cards;      ///< the chosen sections' cards, in deck order
  std::vector<ReviewRecord> reviews;  ///< oldest first (ties by deck and card): the whole log, or
                                      ///< with sections chosen only the answers to their cards
  std::vector<CardEvent> events;      ///< the card event log, oldest first, chosen like `reviews`
};

/// Loads the decks `global` names, resolves `sections` (UsageError for an unknown one) and reads
/// the progress database when there is one: reading never creates it. Retrievability is taken
/// at `now`.
ProgressSnapshot load_snapshot(const GlobalOptions& global, const std::vector<std::string>& sections,
                               const Scheduler& scheduler, TimePoint now);

}  // namespace genai_quiz
