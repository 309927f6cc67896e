#pragma once
// Reading the words of a question or an answer label: numbering, "Q:" and "Answer:" labels,
// placeholders, and whether a question can stand alone as the front of a card. These work on
// single lines of Markdown source; the document structure comes from the parser.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace genai_quiz {

/// The labels that introduce a question or an answer.
enum class Label {
  kQuestion,  ///< "Q:", "Q1.", "Question 3:", "**Q:**"
  kAnswer,    ///< "Answer", "Answer:", "Ans.", "Solution:", "**Answer:**", "*Answer*:"
  kShortAnswer,  ///< "A:", "A.", "**A:**" (in Q/A pairs only: "- A: …" is an option elsewhere)
  kExplanation,  ///< "Explanation:", "**Explanation:**" (before a multiple-choice question's explanation)
};

/// When `line` starts with `label` (possibly inside `**`/`*`/`_` emphasis), the number of bytes
/// the label, its punctuation, its emphasis markers and the spaces after it take up.
std::optional<std::size_t> match_label(std::string_view line, Label label);

/// `text` without a leading question number: "1. ", "**1.** ", "14) ", "Q1. ", "Q: ", "#3 ".
std::string_view strip_question_number(std::string_view text);

/// True when `text` starts with a question number ("12.", "**3.**", "Q4:", "Q:").
bool has_question_number(std::string_view text);

/// The number that starts `text` ("12." gives 12, "**Q3:**" 3, "66)" 66); nothing when `text`
/// has no question number or only an unnumbered label ("Q:").
std::optional<int> question_number(std::string_view text);

/// `text` without surrounding whitespace, a `**…**`/`__…__`/`*…*` wrapper around all of it, a
/// leading question number, and empty emphasis runs such as "****".
std::string clean_question(std::string_view text);

/// True when `text` reads as a question: it ends with '?' (before any trailing emoji), or starts
/// with a question or task word ("What", "How", "Explain", "Compare", ...).
bool looks_like_question(std::string_view text);

/// True when `text` ends with a question mark (before any trailing emoji or emphasis markers).
bool ends_with_question_mark(std::string_view text);

/// True when `text` ends with an emoji or another decorative symbol, such as a difficulty mark
/// ("What is regression? 👶", "Precision-recall trade-off ⭐️").
bool ends_with_symbol(std::string_view text);

/// True when a question needs the code or options after it to make sense as a card's front:
/// "What's the output?", "What does this return?", "Which of the following …", "… below:".
bool needs_context(std::string_view question);

/// True when an answer's text is only a placeholder: "Answer here", "To be filled", "TBD", "…".
bool is_placeholder(std::string_view answer);

}  // namespace genai_quiz
