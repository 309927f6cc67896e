// Layout "bold": each question is a paragraph that is bold from end to end, its answer the
// paragraphs, lists and code below it, up to the next question, a separator or a section.
//
//   **What is regression? 👶**
//
//   Regression is …
//
//   <br/>
//
// A bold line is a question when it reads as one, is numbered, or ends with a mark such as a
// difficulty emoji; other bold lines ("**Challenges:**") are part of an answer.

#include "convert/layouts.hpp"
#include "genai_quiz/convert/question_text.hpp"

namespace genai_quiz {

std::vector<std::size_t> bold_starts(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> starts;
  const std::vector<Unit>& units = doc.units();
  for (std::size_t i = begin; i < end; ++i) {
    if (units[i].kind != UnitKind::kParagraph || !is_whole_strong(units[i].node)) continue;
    std::string text = one_line(doc, units[i].node);
    std::string cleaned = clean_question(text);
    if (cleaned.ends_with(":")) continue;
    if (looks_like_question(text) || has_question_number(text) || ends_with_symbol(text)) starts.push_back(i);
  }
  return starts;
}

ItemText bold_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  return item_after_question(doc, clean_question(one_line(doc, doc.units()[begin].node)), begin, end);
}

}  // namespace genai_quiz
