#pragma once
// What `genai-quiz list` prints, as text for people and as JSON for scripts.

#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/section_select.hpp"
#include "genai_quiz/core/study_counts.hpp"

namespace genai_quiz {

/// One section to list, with its study counts.
struct ListedSection {
  SectionRef ref;
  StudyCounts counts;
};

/// Each deck that has a listed section, then each listed section with its counts, its cards
/// (id and the first line of the question, cut to the line) and its stubs, in lines of at most
/// `width` columns. With several decks, each deck's sections are indented under it.
std::string render_list_text(std::span<const Deck> decks, std::span<const ListedSection> sections, int width);

/// One JSON object per deck that has a listed section, one per line:
/// {"deck": id, "title": title, "sections": [{"id", "title", "cards", "stubs", "new", "due"}]}.
std::string render_list_json(std::span<const Deck> decks, std::span<const ListedSection> sections);

}  // namespace genai_quiz
