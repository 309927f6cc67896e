// Layout "headings": each question is a heading, its answer the blocks below it.
//
//   ## Section
//   ### Q1. What is X?         <- or "## 3. …", "###### 12. …", "### Q: …", "### What is X?"
//   X is …
//
// The question level is the heading level where most headings read as questions; deeper
// headings stay inside answers, shallower ones are sections.

#include <array>

#include "convert/layouts.hpp"
#include "genai_quiz/convert/question_text.hpp"

namespace genai_quiz {
namespace {

bool is_question_heading(const std::string& text) {
  return has_question_number(text) || looks_like_question(text);
}

}  // namespace

std::vector<std::size_t> heading_starts(const MarkdownDoc& doc) {
  const std::vector<Unit>& units = doc.units();
  std::array<int, 7> total{};
  std::array<int, 7> questions{};
  std::vector<char> question(units.size(), 0);
  for (std::size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    if (u.kind != UnitKind::kHeading || u.level < 1 || u.level > 6) continue;
    ++total[u.level];
    if (is_question_heading(doc.inline_source(u.node))) {
      question[i] = 1;
      ++questions[u.level];
    }
  }
  int level = 0;
  for (int l = 1; l <= 6; ++l) {
    if (questions[l] == 0 || 2 * questions[l] < total[l]) continue;
    if (level == 0 || questions[l] >= questions[level]) level = l;
  }
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (question[i] != 0 && units[i].level == level) starts.push_back(i);
  }
  return starts;
}

ItemText heading_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  return item_after_question(doc, clean_question(doc.inline_source(doc.units()[begin].node)), begin, end);
}

}  // namespace genai_quiz
