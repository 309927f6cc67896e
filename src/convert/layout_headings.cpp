// Layout "headings": each question is a heading, its answer the blocks below it.
//
//   ## Section
//   ### Q1. What is X?         <- or "## 3. …", "###### 12. …", "### Q: …", "### What is X?"
//   X is …
//
// The question level is the heading level where most headings read as questions; deeper
// headings stay inside answers, shallower ones are sections.

#include <array>
#include <optional>

#include "convert/layouts.hpp"
#include "genai_quiz/convert/question_text.hpp"

namespace genai_quiz {
namespace {

bool is_question_heading(const std::string& text) {
  return has_question_number(text) || looks_like_question(text);
}

}  // namespace

std::vector<std::size_t> heading_starts(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  const std::vector<Unit>& units = doc.units();
  std::array<int, 7> total{};
  std::array<int, 7> questions{};
  std::vector<char> question(units.size(), 0);
  for (std::size_t i = begin; i < end; ++i) {
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
  std::optional<int> last_number;
  for (std::size_t i = begin; i < end; ++i) {
    if (question[i] == 0) continue;
    std::optional<int> number = question_number(doc.inline_source(units[i].node));
    if (units[i].level != level) {
      // A question numbered in sequence with those around it, at another level by mistake
      // ("### 66)" between "#### 64)" and "#### 67)").
      std::optional<int> next;
      for (std::size_t j = i + 1; j < end && !next; ++j) {
        if (question[j] != 0 && units[j].level == level) next = question_number(doc.inline_source(units[j].node));
      }
      bool in_sequence = number && last_number && next && *last_number < *number && *number < *next;
      if (!in_sequence) continue;
    }
    last_number = number;
    starts.push_back(i);
  }
  return starts;
}

ItemText heading_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  return item_after_question(doc, clean_question(doc.inline_source(doc.units()[begin].node)), begin, end);
}

}  // namespace genai_quiz
