// Layout "numbered": the bundled deck's source and documents like it.
//
//   ## Section
//   1. **What is X?**          <- or "4. What is X?", "**1.** What is X?", "**14. What is X?**"
//   - Answer:                  <- the answer bullet; the answer is indented under it
//       X is …
//   ---
//
// Without an answer bullet, a numbered question's answer is what follows it (nested in its item
// or below it), and an empty numbered item ("4. ") is a stub.

#include <cmark-gfm.h>

#include <cctype>
#include <optional>

#include "convert/layouts.hpp"
#include "genai_quiz/convert/question_text.hpp"

namespace genai_quiz {
namespace {

struct LabelAt {
  cmark_node* paragraph = nullptr;
  std::size_t consumed = 0;
};

// The "Answer:" label starting `node` (a paragraph) or the first item of `node` (a list item).
std::optional<LabelAt> label_in(const MarkdownDoc& doc, cmark_node* paragraph) {
  if (!is_paragraph(paragraph)) return std::nullopt;
  std::string_view line = doc.line(start_line(paragraph));
  std::size_t col = static_cast<std::size_t>(start_column(paragraph) - 1);
  if (col > line.size()) return std::nullopt;
  std::optional<std::size_t> consumed = match_label(line.substr(col), Label::kAnswer);
  if (!consumed) return std::nullopt;
  return LabelAt{paragraph, *consumed};
}

std::optional<LabelAt> answer_label(const MarkdownDoc& doc, const Unit& u) {
  if (u.kind == UnitKind::kParagraph) return label_in(doc, u.node);
  if (u.kind == UnitKind::kItem && !u.ordered) return label_in(doc, first_child(u.node));
  return std::nullopt;
}

// The first paragraph or heading of a list item, or null.
cmark_node* item_head(cmark_node* item) {
  cmark_node* c = first_child(item);
  return is_paragraph(c) || is_heading(c) ? c : nullptr;
}

// "**1.** Question" or "**14. Question?**": a question numbered in bold, outside a list.
bool is_bold_number(const MarkdownDoc& doc, const Unit& u) {
  if (u.kind != UnitKind::kParagraph) return false;
  std::string source = doc.inline_source(u.node);
  bool bold = source.starts_with("**") || source.starts_with("__");
  return bold && source.size() > 2 && std::isdigit(static_cast<unsigned char>(source[2])) &&
         has_question_number(source);
}

// True when an answer label comes after unit `i`, before anything that ends its question.
bool label_follows(const MarkdownDoc& doc, std::size_t i) {
  const std::vector<Unit>& units = doc.units();
  for (std::size_t j = i + 1; j < units.size(); ++j) {
    const Unit& u = units[j];
    if (answer_label(doc, u)) return true;
    if (u.kind == UnitKind::kHeading || u.kind == UnitKind::kBreak || u.kind == UnitKind::kDetails ||
        (u.kind == UnitKind::kItem && u.ordered) || is_bold_number(doc, u)) {
      return false;
    }
  }
  return false;
}

bool is_start(const MarkdownDoc& doc, std::size_t i) {
  const Unit& u = doc.units()[i];
  if (u.kind == UnitKind::kParagraph) {
    return is_bold_number(doc, u) && (label_follows(doc, i) || looks_like_question(one_line(doc, u.node)));
  }
  if (u.kind != UnitKind::kItem || !u.ordered) return false;
  bool last = u.item_index == u.item_count - 1;
  cmark_node* head = item_head(u.node);
  if (head == nullptr) {  // "4. " with nothing after it: a stub
    return first_child(u.node) == nullptr && (u.item_count == 1 || (last && label_follows(doc, i)));
  }
  if (is_paragraph(head) && is_link_only(head)) return false;
  std::string text = one_line(doc, head);
  if (last && label_follows(doc, i)) return true;
  if (next_sibling(head) != nullptr && looks_like_question(text)) return true;
  if (u.item_count == 1) return looks_like_question(text);
  return ends_with_question_mark(text);
}

}  // namespace

std::vector<std::size_t> numbered_starts(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  std::vector<std::size_t> starts;
  for (std::size_t i = begin; i < end; ++i) {
    if (is_start(doc, i)) starts.push_back(i);
  }
  return starts;
}

ItemText numbered_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  const std::vector<Unit>& units = doc.units();
  const Unit& u = units[begin];
  ItemText item;
  cmark_node* head = u.kind == UnitKind::kItem ? item_head(u.node) : u.node;
  if (head != nullptr) item.question = clean_question(one_line(doc, head));
  end = trim_noise(doc, begin + 1, end);

  // The answer nested in the question's own item, possibly under its own label.
  std::string nested;
  if (u.kind == UnitKind::kItem && head != nullptr && next_sibling(head) != nullptr) {
    cmark_node* next = next_sibling(head);
    std::optional<LabelAt> label = label_in(doc, next);
    if (!label && cmark_node_get_type(next) == CMARK_NODE_LIST) label = label_in(doc, first_child(first_child(next)));
    if (label) {
      cmark_node* answer_item = cmark_node_parent(label->paragraph);
      int last = answer_item == u.node ? u.last_line : doc.last_line(answer_item);
      nested = doc.text(after_label(doc, label->paragraph, label->consumed, last));
      if (last < u.last_line) {  // more items after the labelled one, or blocks after its list
        TextSpan rest{last + 1, 0, u.last_line, {}};
        for (cmark_node* c = next_sibling(answer_item); c != nullptr; c = next_sibling(c)) {
          rest.starts.push_back(block_start(c));
        }
        for (cmark_node* c = next_sibling(next); c != nullptr; c = next_sibling(c)) {
          rest.starts.push_back(block_start(c));
        }
        nested = join_blocks({nested, doc.text(rest)});
      }
    } else {
      // The item's blocks after the question, without trailing "back to top" links.
      cmark_node* last = next;
      for (cmark_node* c = next; c != nullptr; c = next_sibling(c)) {
        if (!is_navigation(c)) last = c;
      }
      TextSpan span{start_line(next), 0, is_navigation(last) ? start_line(last) - 1 : doc.last_line(last), {}};
      for (cmark_node* c = next; c != nullptr; c = next_sibling(c)) span.starts.push_back(block_start(c));
      nested = doc.text(span);
    }
  }

  std::size_t label_unit = end;
  for (std::size_t j = begin + 1; j < end; ++j) {
    if (answer_label(doc, units[j])) {
      label_unit = j;
      break;
    }
  }
  if (label_unit < end) {
    item.question = join_blocks({item.question, doc.units_text(begin + 1, label_unit)});
    std::optional<LabelAt> label = answer_label(doc, units[label_unit]);
    int last = units[label_unit].kind == UnitKind::kItem ? units[label_unit].last_line
                                                         : doc.last_line(label->paragraph);
    std::string answer = doc.text(after_label(doc, label->paragraph, label->consumed, last));
    item.answer = join_blocks({nested, answer, doc.units_text(label_unit + 1, end)});
    return item;
  }
  std::size_t answer_begin = front_end(doc, item.question, begin + 1, end);
  item.question = join_blocks({item.question, doc.units_text(begin + 1, answer_begin)});
  item.answer = join_blocks({nested, answer_text(doc, answer_begin, end)});
  return item;
}

}  // namespace genai_quiz
