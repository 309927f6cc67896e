#pragma once
// Where a large deck file can be cut so that its parts are parsed at the same time. A deck is
// mostly the block sequence under its last top-level key, `sections:`; each item of that
// sequence starts a line at the same indentation, and, in block style, no node of one item can
// reach past the next item's first line. The cuts are only suggestions: the parts are parsed on
// their own and any part that does not parse cleanly sends the whole file back to one parse.

#include <cstddef>
#include <string_view>
#include <vector>

namespace genai_quiz {

/// Where to cut: the line starts at which the chosen items begin, and where each of those items
/// ends (the next item's line start, or the end of the text).
struct SectionCuts {
  std::vector<std::size_t> offsets;    ///< byte offsets of line starts, in increasing order
  std::vector<std::size_t> item_ends;  ///< for each offset, the end of the item that starts there
};

/// Up to `pieces - 1` line starts in `text` at which items of the top-level `sections:` block
/// sequence start, spread evenly by size; the first item is never one of them. No offsets when
/// the file does not have that shape: no `sections:` key at the start of a line, a flow
/// sequence, a line after the sequence that is not part of it (another top-level key, a comment
/// or a document marker less indented than the items), or too few items.
SectionCuts section_split_points(std::string_view text, std::size_t pieces);

}  // namespace genai_quiz
