#pragma once
// Finding and reading config.yaml for a command (private to the cli layer).

#include <optional>
#include <string>

#include "genai_quiz/cli/commands.hpp"
#include "genai_quiz/config/config_file.hpp"

namespace genai_quiz {

/// $XDG_CONFIG_HOME/genai-quiz/config.yaml, or ~/.config/genai-quiz/config.yaml when
/// XDG_CONFIG_HOME is unset or empty.
std::string config_file_path();

/// The text of the config file at `path`, or nothing when it does not exist. Throws Error (exit 1)
/// when it exists but cannot be read.
std::optional<std::string> read_config_text(const std::string& path);

/// Replaces the config file at `path` with `text` atomically (a crash leaves the old file or the
/// new one, never half of one), creating its folder when needed and keeping its permissions.
/// Throws Error (exit 1) when it cannot be written.
void write_config_text(const std::string& path, const std::string& text);

/// Reads config.yaml (all defaults when it does not exist). Throws Error (exit 1) listing every
/// problem as `file:line:col: error: ...` when the file is unreadable or invalid.
Config load_config(const GlobalOptions& global);

/// The scheduling settings from config.yaml; a command overrides them with its flags.
SchedulerSettings load_settings(const GlobalOptions& global);

}  // namespace genai_quiz
