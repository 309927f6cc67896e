#pragma once
// Setting one key of config.yaml, keeping the rest of the file (comments, blank lines, order,
// other keys) as the person wrote it. The edit works on lines and is checked by parsing the
// result: it must mean exactly what setting the key in the parsed YAML tree means.

#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/config/config_keys.hpp"
#include "genai_quiz/core/diagnostic.hpp"

namespace genai_quiz {

/// The text of a config file after setting one key, or why the value was refused.
struct ConfigEdit {
  std::string text;                  ///< the new file; empty when refused
  std::vector<Diagnostic> problems;  ///< errors the value would bring into the file; empty on success
  bool layout_kept = true;           ///< false when the file had to be rewritten, losing its comments

  bool ok() const { return problems.empty(); }
};

/// What a person typed after `genai-quiz config KEY` as YAML for `key`. A list key takes
/// "1m 10m", "1m,10m", "[1m, 10m]", or "none" (or nothing) for an empty list; a scalar is kept as
/// typed, quoted when YAML would read more into it (a '#', a ': ', a leading '[').
std::string value_to_yaml(const ConfigKey& key, std::string_view typed);

/// `text` (a config file, possibly empty) with `key` set to `value_yaml`; `file` names the file
/// in problems. A value of several lines is written under the key, each line after the first
/// indented by the key's own indentation plus its own leading spaces. The section and the key are added when missing. Refused when the value is
/// invalid for the key (the parser's own messages) or when `text` is not YAML at all. Errors the
/// file already had do not refuse the edit; new ones do.
ConfigEdit set_config_value(std::string_view text, const ConfigKey& key, std::string_view value_yaml,
                            const std::string& file);

}  // namespace genai_quiz
