#pragma once
// Case-insensitive comparison for identifiers typed on the command line. Only ASCII letters are
// folded; other characters must match exactly.

#include <string>
#include <string_view>

namespace genai_quiz {

/// `text` with ASCII letters A-Z turned into a-z.
std::string ascii_lower(std::string_view text);

/// True when `a` and `b` are equal ignoring ASCII case.
bool iequals_ascii(std::string_view a, std::string_view b);

/// True when `text` starts with `prefix`, ignoring ASCII case.
bool istarts_with_ascii(std::string_view text, std::string_view prefix);

}  // namespace genai_quiz
