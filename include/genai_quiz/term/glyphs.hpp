#pragma once
// The characters drawn around text (bullets, rules, boxes, bars), with an ASCII fallback for
// terminals whose locale is not UTF-8.

#include <string>
#include <string_view>

namespace genai_quiz {

/// One set of drawing characters; each is one column wide except the ASCII ellipsis.
struct Glyphs {
  std::string_view bullets[3];  ///< list bullets by nesting depth: • ◦ ▪ or * - +
  std::string_view horizontal;  ///< ─ or -
  std::string_view double_horizontal;  ///< ═ or =
  std::string_view vertical;    ///< │ or |
  std::string_view top_left, top_right, bottom_left, bottom_right;  ///< ┌ ┐ └ ┘ or +
  std::string_view tee_down, tee_up, tee_right, tee_left, cross;    ///< ┬ ┴ ├ ┤ ┼ or +
  std::string_view middle_dot;  ///< · or | (separates items on one line)
  std::string_view ellipsis;    ///< … or ...
  std::string_view arrow;       ///< → or >
  std::string_view box_unchecked, box_checked;  ///< ☐ ☑ (task lists) or o x
  std::string_view block_full;  ///< █ or #
  std::string_view block_light; ///< ░ or . (the empty part of a bar)
  std::string_view eighths[8];  ///< "" ▏ ▎ ▍ ▌ ▋ ▊ ▉: n eighths of a cell (Unicode only)
  std::string_view lower_eighths[8];  ///< "" ▁ ▂ ▃ ▄ ▅ ▆ ▇: the bottom n eighths (Unicode only)
  std::string_view shades[5];   ///< · ░ ▒ ▓ █ or . - + * #: none to most, for heat maps
  bool unicode;
};

/// The Unicode set, or the ASCII set when `unicode` is false.
const Glyphs& glyphs(bool unicode);

/// A horizontal bar `cells` columns long (negative counts as 0). Unicode bars draw the last
/// partial cell in eighths; ASCII bars round to whole cells.
std::string bar(double cells, const Glyphs& g);

}  // namespace genai_quiz
