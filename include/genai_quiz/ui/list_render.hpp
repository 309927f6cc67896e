#pragma once
// What `genai-quiz list` prints, as text for people and as JSON for scripts.

#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/card_marks.hpp"
#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/orphans.hpp"
#include "genai_quiz/core/section_select.hpp"
#include "genai_quiz/core/study_counts.hpp"

namespace genai_quiz {

/// One card to list: where it is in its section, and its marks.
struct ListedCard {
  std::size_t index = 0;  ///< into the section's cards
  CardMarks marks;
};

/// One section to list, with its study counts and the cards to show (all of them, or only the
/// flagged ones for `list --flagged`).
struct ListedSection {
  SectionRef ref;
  StudyCounts counts;
  std::vector<ListedCard> cards{};
};

/// A card with saved progress that no deck holds any more, for `list --orphans`.
struct OrphanRow {
  StoredCard card;
  int answers = 0;                      ///< in the review log
  std::optional<TimePoint> last_answer;  ///< the latest of them
};

/// Each deck that has a listed section, then each listed section with its counts, its listed
/// cards (id, marks in brackets, and the first line of the question, cut to the line) and its
/// stubs, in lines of at most `width` columns. With several decks, each deck's sections are
/// indented under it.
std::string render_list_text(std::span<const Deck> decks, std::span<const ListedSection> sections, int width);

/// One JSON object per deck that has a listed section, one per line:
/// {"deck": id, "title": title, "sections": [{"id", "title", "cards", "stubs", "new", "due",
/// "suspended", "flagged", "listed": [{"id", "marks": ["suspended", "flagged", "leech"]}]}]}.
std::string render_list_json(std::span<const Deck> decks, std::span<const ListedSection> sections);

/// The orphans, one a line: DECK/ID, its answers and the local date of the last one (with
/// `utc_offset`); or a line saying there are none.
std::string render_orphans_text(std::span<const OrphanRow> orphans, std::chrono::minutes utc_offset, int width);

/// One JSON object an orphan, one per line: {"deck", "card", "answers", "last_answer"} (an ISO
/// 8601 local time, or null).
std::string render_orphans_json(std::span<const OrphanRow> orphans, std::chrono::minutes utc_offset);

}  // namespace genai_quiz
