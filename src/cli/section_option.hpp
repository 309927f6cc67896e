#pragma once
// The -s/--section option that list, search, study, stats, export, interview and plan share; the
// sections its values name are app/chosen_sections.hpp's.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace genai_quiz {

/// The help of -s/--section where it narrows what a command shows or studies.
inline constexpr const char* kSectionHelp =
    "Only this section: its id or title, any case, a unique prefix is enough (repeatable)";

/// Adds the repeatable -s/--section option to `sub`, collecting each value in `sections` (an id,
/// a title or a unique prefix; resolved later by app/chosen_sections.hpp).
CLI::Option* add_section_option(CLI::App& sub, std::vector<std::string>& sections, const char* help = kSectionHelp);

}  // namespace genai_quiz
