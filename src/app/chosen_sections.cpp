#include "genai_quiz/app/chosen_sections.hpp"

#include "genai_quiz/core/error.hpp"

namespace genai_quiz {

SectionSelection chosen_sections(std::span<const Deck> decks, const std::vector<std::string>& sections) {
  SectionSelection selection = select_sections(decks, sections);
  if (!selection.ok()) throw UsageError(selection.error);
  return selection;
}

}  // namespace genai_quiz
