#pragma once
// The five layouts as rules over a document's units, and what they share. Each layout says which
// units start a question and reads one question's units into a front and an answer; the document
// reader (read_document.cpp) cuts the document into questions and sections with them.
// Private to the convert layer.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "convert/markdown_doc.hpp"
#include "genai_quiz/convert/layout.hpp"

namespace genai_quiz {

/// One question as read from the document: Markdown front and answer ("" when missing).
struct ItemText {
  std::string question;
  std::string answer;
};

/// How one layout finds and reads questions.
struct LayoutRules {
  Layout layout;
  /// Indices of the units in [begin, end) that start a question, in order.
  std::vector<std::size_t> (*starts)(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
  /// The question made of units [begin, end).
  ItemText (*read)(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
};

/// The rules of a concrete layout.
const LayoutRules& layout_rules(Layout layout);

std::vector<std::size_t> numbered_starts(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
ItemText numbered_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
std::vector<std::size_t> heading_starts(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
ItemText heading_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
std::vector<std::size_t> bold_starts(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
ItemText bold_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
std::vector<std::size_t> details_starts(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
ItemText details_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
std::vector<std::size_t> qa_starts(const MarkdownDoc& doc, std::size_t begin, std::size_t end);
ItemText qa_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end);

// What the layouts share (layout_common.cpp).

/// `end` moved back over trailing separators, "back to top" links and empty HTML.
std::size_t trim_noise(const MarkdownDoc& doc, std::size_t begin, std::size_t end);

/// True when a block only links elsewhere in the page ("back to top") or is empty HTML.
bool is_navigation(cmark_node* node);

/// The bytes a lettered option's marker takes at the start of `text` ("A: ", "b) ", "(C) ",
/// "D. ", spaces included) when its letter is `expected` (upper case); 0 when it has none.
std::size_t option_marker(std::string_view text, char expected);

/// The number of lettered options ("- A: …", "- B: …") in one list from unit `i`, or 0 when
/// fewer than 2.
std::size_t options_run(const MarkdownDoc& doc, std::size_t i, std::size_t end);

/// The number of lettered options ("a) …", "b) …", one a line) that make up paragraph unit `i`,
/// or 0 when it is not such a paragraph of at least 2.
std::size_t options_paragraph(const MarkdownDoc& doc, std::size_t i);

/// Where the answer starts after a question read from units before `begin`: past the code and
/// lettered options that belong to the front ("What's the output?" then code, then "- A: …").
std::size_t front_end(const MarkdownDoc& doc, const std::string& question, std::size_t begin,
                      std::size_t end);

/// The item whose question line is unit `begin` (its text `question`): the front that belongs to
/// the question (code, lettered options) joins it, and the rest up to `end` is the answer.
ItemText item_after_question(const MarkdownDoc& doc, std::string question, std::size_t begin, std::size_t end);

/// The Markdown inside a <details> block (unit `u`), after its summary.
std::string details_body(const MarkdownDoc& doc, const Unit& u);

/// The answer made of units [begin, end): the body of a lone <details> block instead of its
/// HTML, and a "The correct answer is b) …" paragraph moved before the explanation.
std::string answer_text(const MarkdownDoc& doc, std::size_t begin, std::size_t end);

/// The inline source of `node` on one line (line breaks become spaces).
std::string one_line(const MarkdownDoc& doc, cmark_node* node);

/// The text after a label that starts paragraph `paragraph` (`consumed` bytes from its first
/// column), through the rest of its container up to line `last_line`.
TextSpan after_label(const MarkdownDoc& doc, cmark_node* paragraph, std::size_t consumed, int last_line);

/// The parts that are not empty, joined by blank lines.
std::string join_blocks(const std::vector<std::string>& parts);

}  // namespace genai_quiz
