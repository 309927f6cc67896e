#pragma once
// Changing one setting of config.yaml in place, keeping the rest of the file (comments, order,
// other keys) as the person wrote it.

#include <optional>
#include <string>
#include <string_view>

#include "genai_quiz/core/fsrs_parameters.hpp"

namespace genai_quiz {

/// `scheduling.parameters` as one YAML flow list, wrapped seven values to a line; continuation
/// lines are indented by `indent` plus the width of "parameters: [".
std::string format_parameters(const Weights& w, int indent);

/// The text of a config file with `scheduling.parameters` set to `w` (the section and the key
/// are added when missing). Nothing when the file is not a valid config file or is laid out in a
/// way this line-based editor does not handle (say, a flow-style `scheduling: {...}`).
std::optional<std::string> set_parameters(std::string_view yaml_text, const Weights& w);

}  // namespace genai_quiz
