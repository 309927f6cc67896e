#pragma once
// Reading a whole file into memory.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace genai_quiz {

/// The bytes of the file at `path`. Throws genai_quiz::Error "cannot read <name>: <reason>" when
/// it cannot be opened or read (no such file, no permission, a directory); `name` is how the
/// message names the file, its path when empty.
std::string read_whole_file(const std::filesystem::path& path, const std::string& name = "");

/// The first `limit` bytes of the file at `path` (all of it when shorter), so that a caller can
/// refuse a file that is too large without reading all of it (a pipe or a device has no size to
/// look at first). Throws as read_whole_file does.
std::string read_file_start(const std::filesystem::path& path, std::size_t limit, const std::string& name = "");

/// The bytes of the file at `path`, or nothing when there is no such file. Throws as
/// read_whole_file does when it exists but cannot be read.
std::optional<std::string> read_file_if_exists(const std::filesystem::path& path, const std::string& name = "");

}  // namespace genai_quiz
