#include "cli/section_option.hpp"

#include "genai_quiz/core/error.hpp"

namespace genai_quiz {

CLI::Option* add_section_option(CLI::App& sub, std::vector<std::string>& sections, const char* help) {
  return sub.add_option("-s,--section", sections, help)->type_name("SECTION");
}

SectionSelection chosen_sections(std::span<const Deck> decks, const std::vector<std::string>& sections) {
  SectionSelection selection = select_sections(decks, sections);
  if (!selection.ok()) throw UsageError(selection.error);
  return selection;
}

}  // namespace genai_quiz
