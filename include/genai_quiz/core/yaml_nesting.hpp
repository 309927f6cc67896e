#pragma once
// Finding, in the raw bytes of a YAML text, the flow collection ([ ] and { }) that nests too
// deep, before a YAML parser sees it. yaml-cpp keeps every token of an unclosed flow collection
// in memory until its end (10^7 '[' take 2.3 GB and are reported at the end of the file), so
// each YAML reader asks this scan first and stops where the limit is passed.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace genai_quiz {

/// How many levels of nesting a YAML reader accepts: yaml-cpp refuses the next one.
inline constexpr int kMaxYamlNesting = 499;

/// Where a flow collection opens one level deeper than allowed.
struct DeepNesting {
  std::size_t offset = 0;  ///< byte offset of the '[' or '{'
  int line = 1;            ///< 1-based line
  int column = 1;          ///< 1-based column, counted in characters
};

/// The first '[' or '{' of `text` that opens flow level `max_levels + 1`, or nothing. The scan
/// knows quoted scalars, comments and block scalars (| and >) well enough not to count the
/// brackets inside them; a bracket inside a plain block scalar that starts a line or follows
/// `- `, `? ` or `: ` is counted, which can only make it close again at its ']'.
std::optional<DeepNesting> find_deep_nesting(std::string_view text, int max_levels = kMaxYamlNesting);

/// "nesting is deeper than 499 levels": the one wording every YAML reader uses.
std::string deep_nesting_message(int max_levels = kMaxYamlNesting);

}  // namespace genai_quiz
