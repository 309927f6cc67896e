#pragma once
// The Markdown layouts `genai-quiz convert` recognises, with the names used by --layout.

#include <optional>
#include <span>
#include <string_view>

namespace genai_quiz {

/// How questions and answers are laid out in a Markdown document.
enum class Layout {
  kAuto,      ///< detect: try every layout and keep the one that finds the most answered questions
  kNumbered,  ///< `1. **Q?**` (or `**1.** Q?`) then an `- Answer:` bullet with the answer under it
  kHeadings,  ///< `### Q1. …`, `## 3. …`, `### Q: …` headings, each followed by its answer
  kBold,      ///< whole-line bold questions (`**Q? 👶**`), each followed by answer paragraphs
  kDetails,   ///< answers hidden in `<details><summary>…</summary> … </details>` blocks
  kQaPairs,   ///< `**Q:** …` paragraphs each followed by an `**A:** …` answer
};

/// The concrete layouts in the order auto-detection prefers them when two find as many questions.
std::span<const Layout> concrete_layouts();

/// The name of `layout` as typed after --layout ("auto", "numbered", "headings", "bold", ...).
std::string_view layout_name(Layout layout);

/// A one-line description of `layout` for --help and the documentation.
std::string_view layout_summary(Layout layout);

/// The layout called `name` (case-insensitive), or nothing when no layout has that name.
std::optional<Layout> parse_layout(std::string_view name);

}  // namespace genai_quiz
