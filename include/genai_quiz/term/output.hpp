#pragma once
// Writing a command's text output: the one place where report text meets standard output or
// standard error, so every command's text passes the sanitizer (sanitize.hpp) on its way.

#include <cstdio>
#include <string_view>

namespace genai_quiz {

/// Writes `text` to `stream` with every control made visible (sanitize()); returns false when
/// the write fails.
bool write_text(std::FILE* stream, std::string_view text);

/// Writes `text` to `stream` sanitized when `stream` is a terminal, and byte for byte otherwise
/// (a pipe or a file keeps the data, such as an export, exactly); returns false when the write
/// fails.
bool write_data(std::FILE* stream, std::string_view text);

}  // namespace genai_quiz
