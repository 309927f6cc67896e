#pragma once
// Where a value of an export file is: the path to it (keys and list indexes) and, found again in
// the file's text, the byte offset where it is written (private to the exchange layer). The
// tree (export_tree.hpp) keeps no positions, so a reader that finds a bad value asks for its
// place only then.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace genai_quiz::exchange {

/// One step into a document: a key of a mapping, or an index of a list.
using PathStep = std::variant<std::string, std::size_t>;
using ValuePath = std::vector<PathStep>;

/// Which part of a mapping entry to find: its value, or its key.
enum class PathEnd { kValue, kKey };

/// The byte offset where the value at `path` starts in `text`, a valid JSON document (or its
/// key, with PathEnd::kKey); nothing when there is no such value. When a key is repeated, the
/// last one counts, as in the parsed tree. Keys written with escapes other than \" and \\ are
/// not matched.
std::optional<std::size_t> locate_json(std::string_view text, const ValuePath& path, PathEnd end = PathEnd::kValue);

}  // namespace genai_quiz::exchange
