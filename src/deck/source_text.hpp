#pragma once
// Checks on a deck file's raw bytes, before and beside YAML parsing, and turning byte offsets
// into the 1-based line:column positions diagnostics show (columns count characters).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/diagnostic.hpp"

namespace genai_quiz {

/// A problem found at a byte offset of the text.
struct TextProblem {
  std::size_t offset = 0;
  std::string message;
};

/// Maps byte offsets of one text to line:column positions, each in logarithmic time.
class LineIndex {
 public:
  /// Indexes `text`, which must outlive the index and be at most 4 GiB.
  explicit LineIndex(std::string_view text);

  /// The position of byte `offset` (clamped to the text's end): 1-based line, and 1-based column
  /// counted in characters (UTF-8 lead bytes).
  SourcePos pos(std::size_t offset) const;

 private:
  std::size_t characters_before(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::uint32_t> line_starts_;  // byte offset of each line's first byte
  std::vector<std::uint32_t> checkpoints_;  // characters before each 1 KiB boundary
};

/// Problems that stop a text from being read as YAML: bytes that are not UTF-8, characters
/// YAML does not allow (control characters, U+FFFE, U+FFFF), and carriage returns without a line
/// feed. At most one per line, and at most `limit` in all (then one more saying so).
std::vector<TextProblem> check_characters(std::string_view text, std::size_t limit = 10);

/// The offset of the first tab on each line whose indentation (its leading spaces and tabs)
/// holds a tab, blank lines excepted.
std::vector<std::size_t> tab_indented_lines(std::string_view text);

}  // namespace genai_quiz
