#pragma once
// A YAML document read into a plain tree that keeps every mapping pair (duplicates included)
// and the byte offset of every node, so the deck reader can report exact positions. This is
// the only place that talks to yaml-cpp.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "deck/source_text.hpp"

namespace genai_quiz {

/// One node of a YAML document.
struct YamlNode {
  enum class Kind : std::uint8_t { kNull, kScalar, kSequence, kMapping, kAlias };

  Kind kind = Kind::kNull;
  bool plain = false;              ///< a scalar written without quotes or a block indicator
  std::uint32_t offset = 0;        ///< byte offset where the node starts
  std::string text;                ///< a scalar's value, or an alias's anchor name
  std::vector<YamlNode> children;  ///< sequence items, or mapping keys and values alternating

  bool operator==(const YamlNode&) const = default;
};

/// What parse_yaml found.
struct YamlParse {
  bool has_document = false;        ///< false for an empty file (or only comments)
  std::optional<YamlNode> root;     ///< the first document, when it was read to its end
  std::vector<TextProblem> problems;  ///< syntax errors, aliases, extra documents, too deep nesting
  bool syntax_error = false;        ///< reading stopped at a YAML syntax error
  /// With track_scalars: each scalar's extent, from its start to the start of whatever the
  /// parser met next (a syntax error included), in file order.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> scalar_spans;
};

/// Parses `text` (UTF-8, no byte-order mark). Never throws. A large file is parsed in pieces on
/// several threads when it can be (parse_yaml_in_pieces), which gives the same result.
YamlParse parse_yaml(std::string_view text, bool track_scalars);

/// Parses `text` in up to `pieces` parts at once, cut where section_split_points says, and joins
/// them into the tree a whole parse gives (scalar spans are not tracked). Nothing when the file
/// cannot be cut or a part does not parse cleanly on its own: then only a whole parse can say
/// what the file holds, and where its problems are.
std::optional<YamlParse> parse_yaml_in_pieces(std::string_view text, std::size_t pieces);

}  // namespace genai_quiz
