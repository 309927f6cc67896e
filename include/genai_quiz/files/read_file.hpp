#pragma once
// Reading a whole file into memory.

#include <filesystem>
#include <optional>
#include <string>

namespace genai_quiz {

/// The bytes of the file at `path`. Throws genai_quiz::Error "cannot read <name>: <reason>" when
/// it cannot be opened or read (no such file, no permission, a directory); `name` is how the
/// message names the file, its path when empty.
std::string read_whole_file(const std::filesystem::path& path, const std::string& name = "");

/// The bytes of the file at `path`, or nothing when there is no such file. Throws as
/// read_whole_file does when it exists but cannot be read.
std::optional<std::string> read_file_if_exists(const std::filesystem::path& path, const std::string& name = "");

}  // namespace genai_quiz
