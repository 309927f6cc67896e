#pragma once
// Reading a YAML document into the same tree as a JSON one (private to the exchange layer).

#include <optional>
#include <string>
#include <string_view>

#include "exchange/export_tree.hpp"
#include "exchange/value_path.hpp"
#include "genai_quiz/core/diagnostic.hpp"

namespace genai_quiz::exchange {

/// The document as a JSON tree, plain scalars typed as YAML 1.2's core schema says (null, true
/// and false, integers, floats; anything else and every quoted scalar is a string). Nothing, with
/// `error` set (position and message), for invalid YAML, aliases, tags or non-text keys.
std::optional<Json> yaml_to_json(std::string_view text, Diagnostic& error);

/// The byte offset where the value at `path` starts in `text`, a YAML document yaml_to_json
/// reads (or its key, with PathEnd::kKey); nothing when there is no such value.
std::optional<std::size_t> locate_yaml(std::string_view text, const ValuePath& path, PathEnd end = PathEnd::kValue);

}  // namespace genai_quiz::exchange
