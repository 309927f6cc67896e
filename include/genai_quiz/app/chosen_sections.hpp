#pragma once
// The sections that a command's -s/--section values name (the option itself is declared by
// cli/section_option.hpp for list, search, study, stats, export, interview and plan).

#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/section_select.hpp"

namespace genai_quiz {

/// The sections of `decks` that the -s/--section values `sections` name (every section when
/// there are none). Throws UsageError saying which value failed and listing the sections.
SectionSelection chosen_sections(std::span<const Deck> decks, const std::vector<std::string>& sections);

}  // namespace genai_quiz
