// Layout "qa": question and answer pairs introduced by labels.
//
//   **Q:** What is X?          <- or "Q1.", "Question:", "**Q: What is X?**", in a list item too
//   **A:** X is …              <- in the same paragraph or the next one; "Answer:" works too
//
// Without an "A:" label, the answer is what follows the question.

#include <optional>

#include "convert/layouts.hpp"
#include "genai_quiz/convert/question_text.hpp"

namespace genai_quiz {
namespace {

struct Labelled {
  cmark_node* paragraph = nullptr;
  std::size_t consumed = 0;
};

// The paragraph of unit `u` that starts with `label`: the unit itself or its item's first child.
std::optional<Labelled> labelled(const MarkdownDoc& doc, cmark_node* paragraph, Label label) {
  if (!is_paragraph(paragraph)) return std::nullopt;
  std::string_view line = doc.line(start_line(paragraph));
  std::size_t col = static_cast<std::size_t>(start_column(paragraph) - 1);
  if (col > line.size()) return std::nullopt;
  std::optional<std::size_t> consumed = match_label(line.substr(col), label);
  if (!consumed) return std::nullopt;
  return Labelled{paragraph, *consumed};
}

cmark_node* unit_paragraph(const Unit& u) {
  if (u.kind == UnitKind::kParagraph) return u.node;
  if (u.kind == UnitKind::kItem) return first_child(u.node);
  return nullptr;
}

std::optional<Labelled> answer_label(const MarkdownDoc& doc, cmark_node* paragraph) {
  if (auto a = labelled(doc, paragraph, Label::kShortAnswer)) return a;
  return labelled(doc, paragraph, Label::kAnswer);
}

// Joins lines [first, last] of a paragraph into one line, the first taken from `column`.
std::string joined(const MarkdownDoc& doc, int first, int column, int last) {
  std::string out;
  for (int n = first; n <= last; ++n) {
    std::string_view l = doc.line(n);
    if (n == first) l = static_cast<std::size_t>(column - 1) < l.size() ? l.substr(column - 1) : "";
    std::size_t a = l.find_first_not_of(" \t");
    std::size_t b = l.find_last_not_of(" \t");
    if (a == std::string_view::npos) continue;
    if (!out.empty()) out += ' ';
    out += l.substr(a, b - a + 1);
  }
  return out;
}

}  // namespace

std::vector<std::size_t> qa_starts(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> starts;
  const std::vector<Unit>& units = doc.units();
  for (std::size_t i = begin; i < end; ++i) {
    if (labelled(doc, unit_paragraph(units[i]), Label::kQuestion)) starts.push_back(i);
  }
  return starts;
}

ItemText qa_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  const std::vector<Unit>& units = doc.units();
  const Unit& u = units[begin];
  cmark_node* p = unit_paragraph(u);
  Labelled q = *labelled(doc, p, Label::kQuestion);
  int line0 = start_line(p);
  int column = start_column(p) + static_cast<int>(q.consumed);
  int p_last = doc.last_line(p);
  int container_last = u.kind == UnitKind::kItem ? u.last_line : p_last;
  end = trim_noise(doc, begin + 1, end);
  ItemText item;

  // "A:" on a later line of the question's own paragraph.
  for (int n = line0 + 1; n <= p_last; ++n) {
    std::string_view l = doc.line(n);
    std::size_t indent = l.find_first_not_of(" \t");
    if (indent == std::string_view::npos) continue;
    std::optional<std::size_t> a = match_label(l.substr(indent), Label::kShortAnswer);
    if (!a) a = match_label(l.substr(indent), Label::kAnswer);
    if (!a) continue;
    item.question = clean_question(joined(doc, line0, column, n - 1));
    TextSpan span{n, static_cast<int>(indent + *a) + 1, container_last, {}};
    if (u.kind == UnitKind::kItem) {
      for (cmark_node* c = next_sibling(p); c != nullptr; c = next_sibling(c)) span.starts.push_back(block_start(c));
    }
    item.answer = join_blocks({doc.text(span), doc.units_text(begin + 1, end)});
    return item;
  }
  item.question = clean_question(joined(doc, line0, column, p_last));

  // "A:" starting a later block of the same list item.
  cmark_node* after_p = u.kind == UnitKind::kItem ? next_sibling(p) : nullptr;
  for (cmark_node* c = after_p; c != nullptr; c = next_sibling(c)) {
    if (auto a = answer_label(doc, c)) {
      TextSpan front{start_line(next_sibling(p)), 0, start_line(c) - 1, {}};
      for (cmark_node* f = next_sibling(p); f != c; f = next_sibling(f)) front.starts.push_back(block_start(f));
      item.question = join_blocks({item.question, doc.text(front)});
      item.answer = join_blocks({doc.text(after_label(doc, a->paragraph, a->consumed, container_last)),
                                 doc.units_text(begin + 1, end)});
      return item;
    }
  }

  // "A:" starting a later unit.
  for (std::size_t j = begin + 1; j < end; ++j) {
    auto a = answer_label(doc, unit_paragraph(units[j]));
    if (!a) continue;
    int last = units[j].kind == UnitKind::kItem ? units[j].last_line : doc.last_line(a->paragraph);
    item.question = join_blocks({item.question, doc.units_text(begin + 1, j)});
    item.answer = join_blocks({doc.text(after_label(doc, a->paragraph, a->consumed, last)),
                               doc.units_text(j + 1, end)});
    return item;
  }

  // No label: whatever follows the question is its answer.
  std::string nested;
  if (after_p != nullptr) {
    TextSpan span{start_line(after_p), 0, container_last, {}};
    for (cmark_node* c = after_p; c != nullptr; c = next_sibling(c)) span.starts.push_back(block_start(c));
    nested = doc.text(span);
  }
  std::size_t answer_begin = front_end(doc, item.question, begin + 1, end);
  item.question = join_blocks({item.question, doc.units_text(begin + 1, answer_begin)});
  item.answer = join_blocks({nested, answer_text(doc, answer_begin, end)});
  return item;
}

}  // namespace genai_quiz
