#pragma once
// Finding, reading and writing the user's config.yaml.

#include <optional>
#include <string>

#include "genai_quiz/config/config_file.hpp"

namespace genai_quiz {

/// $XDG_CONFIG_HOME/genai-quiz/config.yaml, or ~/.config/genai-quiz/config.yaml when
/// XDG_CONFIG_HOME is unset or empty.
std::string config_file_path();

/// The text of the config file at `path`, or nothing when it does not exist. Throws Error (exit 1)
/// when it exists but cannot be read.
std::optional<std::string> read_config_text(const std::string& path);

/// Replaces the config file at `path` with `text` atomically (files/atomic_file: a crash
/// leaves the old file or the new one, never half of one), creating its folder when needed,
/// keeping its permissions and writing through a symbolic link to where it points. Throws Error
/// (exit 1) when it cannot be written.
void write_config_text(const std::string& path, const std::string& text);

/// The config file at `path` (all defaults when it does not exist). Throws Error (exit 1) listing
/// every problem as `file:line:col: error: ...` when the file is unreadable or invalid.
Config load_config_file(const std::string& path);

}  // namespace genai_quiz
