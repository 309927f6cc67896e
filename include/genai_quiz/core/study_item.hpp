#pragma once
// The cards a study session works on: chosen from the decks by section and tag, each with its
// saved progress.

#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/progress_store.hpp"

namespace genai_quiz {

/// One card chosen for study. The deck it points into must outlive the item.
struct StudyItem {
  const Deck* deck = nullptr;
  const Section* section = nullptr;
  const Card* card = nullptr;
  std::string fingerprint;  ///< of the card's text as it is now
  CardProgress progress;    ///< as saved; a default (new) state when never studied

  /// True when the card was reviewed before and its text changed since its last review.
  bool edited() const { return progress.last_review_id != 0 && progress.fingerprint != fingerprint; }
};

/// Whether a section (by deck index and section index) is chosen; an empty function means all.
using SectionPredicate = std::function<bool(std::size_t deck, std::size_t section)>;

/// The cards of the chosen sections, in deck order, that carry at least one of `tags` (compared
/// ignoring ASCII case; no tags means every card). Progress is left empty.
std::vector<StudyItem> select_cards(std::span<const Deck> decks, const SectionPredicate& sections,
                                    std::span<const std::string> tags);

/// Fills in each item's saved progress from `store`, one query per deck.
void attach_progress(std::vector<StudyItem>& items, ProgressStore& store);

/// The items whose saved progress (attach_progress) is flagged, in their order.
std::vector<StudyItem> only_flagged(std::vector<StudyItem> items);

/// The items whose saved progress (attach_progress) is not suspended, in their order: the
/// cards an interview or a plan may use, as a study session does.
std::vector<StudyItem> without_suspended(std::vector<StudyItem> items);

}  // namespace genai_quiz
