#pragma once
// config.yaml for a command; finding, reading and writing the file is
// the config layer's (genai_quiz/config/config_io.hpp).

#include "genai_quiz/app/global_options.hpp"
#include "genai_quiz/config/config_io.hpp"

namespace genai_quiz {

/// Reads config.yaml (all defaults when it does not exist). Throws Error (exit 1) listing every
/// problem as `file:line:col: error: ...` when the file is unreadable or invalid.
Config load_config(const GlobalOptions& global);

/// The scheduling settings from config.yaml; a command overrides them with its flags.
SchedulerSettings load_settings(const GlobalOptions& global);

}  // namespace genai_quiz
