#pragma once
// Tidying what a layout read before it becomes a card: difficulty marks and source links leave
// the question for the card's tags and source, and formulas drawn as images become TeX.
// Private to the convert layer.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace genai_quiz {

/// The difficulty marks of a document: each symbol (without joiners and variation selectors)
/// and the tag it stands for.
struct DifficultyMarks {
  std::vector<std::pair<std::string, std::string>> symbols;
  bool from_legend = false;  ///< true when the document's own legend gave them
};

/// The marks named by a "Legend: 👶 easy ⭐️ medium 🚀 expert" line in `text`; without such a
/// line, 👶 easy, ⭐ medium, 🚀 expert.
DifficultyMarks difficulty_marks(std::string_view text);

/// A question's first line split into its words, the tags its marks stand for and its source.
struct Front {
  std::string question;           ///< the question with marks and the source link cut off
  std::vector<std::string> tags;  ///< in the order they appear
  std::string source;             ///< the URL of a `[[src](URL)]` link, or ""
};

/// Cuts trailing difficulty marks (a symbol of `marks`, "(Easy)", "[Medium]") and a source
/// link (`[[src](URL)]`) off the end of the first line of `question`.
Front split_front(const std::string& question, const DifficultyMarks& marks);

/// `markdown` with each `<img src="…render/math?math=FORMULA">` replaced by `$FORMULA$`, the
/// formula's %XX escapes decoded.
std::string math_images_to_tex(std::string_view markdown);

}  // namespace genai_quiz
