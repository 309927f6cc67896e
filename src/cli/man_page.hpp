#pragma once
// The manual page genai-quiz(1), written in roff from the same definitions as --help. The build
// runs `genai-quiz __man FILE` to make it. Private to cli.

#include <string>
#include <string_view>

#include "cli/command_line_model.hpp"

namespace genai_quiz {

/// genai-quiz(1) in man(7) roff: every command with its options and example, the global options,
/// and the environment, files and exit codes. `version` goes in the page's footer.
std::string render_man_page(const CommandInfo& root, std::string_view version);

/// `text` escaped for roff: backslashes, minus signs, and a '.' or '\'' starting a line.
std::string roff_escape(std::string_view text);

}  // namespace genai_quiz
