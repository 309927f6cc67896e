#pragma once
// Writing fitted parameters into config.yaml.

#include <string>

#include "genai_quiz/core/fsrs_parameters.hpp"

namespace genai_quiz {

/// Sets `scheduling.parameters` in config.yaml (config_file_path()), creating the file and its
/// folder when needed and keeping the rest of the file. The file is replaced atomically: a crash
/// leaves the old or the new file, never half of one. Returns the path. Throws Error when the file
/// cannot be written or edited safely.
std::string save_parameters(const Weights& w);

}  // namespace genai_quiz
