#pragma once
// The -s/--section option that list, study, stats, export, interview and plan share.

#include <CLI/CLI.hpp>

#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/section_select.hpp"

namespace genai_quiz {

/// The help of -s/--section where it narrows what a command shows or studies.
inline constexpr const char* kSectionHelp =
    "Only this section: its id or title, any case, a unique prefix is enough (repeatable)";

/// Adds the repeatable -s/--section option to `sub`, collecting each value in `sections` (an id,
/// a title or a unique prefix; resolved later by core/section_select.hpp).
CLI::Option* add_section_option(CLI::App& sub, std::vector<std::string>& sections, const char* help = kSectionHelp);

/// The sections of `decks` that the -s/--section values `sections` name (every section when
/// there are none). Throws UsageError saying which value failed and listing the sections.
SectionSelection chosen_sections(std::span<const Deck> decks, const std::vector<std::string>& sections);

}  // namespace genai_quiz
