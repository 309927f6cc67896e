#include "convert/read_document.hpp"

#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>

#include "convert/layouts.hpp"
#include "genai_quiz/convert/plain_text.hpp"
#include "genai_quiz/convert/question_text.hpp"

namespace genai_quiz {
namespace {

// The index of the title heading (the first heading, when it is the only level-1 one), or npos.
std::size_t title_unit(const MarkdownDoc& doc) {
  const std::vector<Unit>& units = doc.units();
  std::size_t first = units.size();
  int level1 = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (units[i].kind != UnitKind::kHeading) continue;
    if (first == units.size()) first = i;
    if (units[i].level == 1) ++level1;
  }
  if (first == units.size() || units[first].level != 1 || level1 != 1) return std::string::npos;
  return first;
}

std::string html_h1(std::string_view html) { return plain_inline(element_inner(html, "h1")); }

// True for a heading that names a table of contents: never a section, even above questions.
bool is_contents_title(const std::string& title) {
  std::string t;
  for (char c : title) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return t == "table of contents" || t == "contents" || t == "toc" || t == "index";
}

// The number the document gives the question starting at unit `u`: "12." in its text, or its
// place in an ordered list.
std::optional<int> item_number(const MarkdownDoc& doc, const Unit& u) {
  if (u.kind == UnitKind::kHeading || u.kind == UnitKind::kParagraph) return question_number(doc.inline_source(u.node));
  if (u.kind == UnitKind::kItem && u.ordered) {
    cmark_node* head = first_child(u.node);
    if (is_paragraph(head) || is_heading(head)) {
      if (std::optional<int> n = question_number(doc.inline_source(head))) return n;
    }
    return cmark_node_get_list_start(cmark_node_parent(u.node)) + u.item_index;
  }
  return std::nullopt;
}

}  // namespace

int Reading::answered() const {
  return static_cast<int>(std::count_if(items.begin(), items.end(), [](const FoundItem& i) {
    return !i.question.empty() && !i.answer.empty() && !is_placeholder(i.answer);
  }));
}

std::string document_title(const MarkdownDoc& doc) {
  std::size_t t = title_unit(doc);
  if (t != std::string::npos) return plain_inline(doc.inline_source(doc.units()[t].node));
  for (const Unit& u : doc.units()) {
    if (u.kind == UnitKind::kHeading) break;
    if (u.kind != UnitKind::kHtml) continue;
    const char* literal = cmark_node_get_literal(u.node);
    if (std::string title = html_h1(literal != nullptr ? literal : ""); !title.empty()) return title;
  }
  return {};
}

std::vector<std::size_t> part_starts(const MarkdownDoc& doc) {
  const std::vector<Unit>& units = doc.units();
  std::size_t title = title_unit(doc);
  auto is_part_heading = [&](std::size_t i) {
    if (units[i].kind != UnitKind::kHeading || i == title) return false;
    std::string text = doc.inline_source(units[i].node);
    return !has_question_number(text) && !looks_like_question(text) && !is_contents_title(plain_inline(text));
  };
  int level = 7;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (is_part_heading(i)) level = std::min(level, units[i].level);
  }
  std::vector<std::size_t> starts = {0};
  for (std::size_t i = 1; i < units.size(); ++i) {
    if (is_part_heading(i) && units[i].level == level) starts.push_back(i);
  }
  return starts;
}

const LayoutRules& layout_rules(Layout layout) {
  static const LayoutRules kRules[] = {
      {Layout::kNumbered, numbered_starts, numbered_item}, {Layout::kHeadings, heading_starts, heading_item},
      {Layout::kBold, bold_starts, bold_item},             {Layout::kDetails, details_starts, details_item},
      {Layout::kQaPairs, qa_starts, qa_item},
  };
  for (const LayoutRules& r : kRules) {
    if (r.layout == layout) return r;
  }
  return kRules[0];
}

Reading read_document(const MarkdownDoc& doc, Layout layout, std::size_t begin, std::size_t end) {
  const LayoutRules& rules = layout_rules(layout);
  const std::vector<Unit>& units = doc.units();
  end = std::min(end, units.size());
  std::vector<std::size_t> starts = rules.starts(doc, begin, end);
  std::vector<char> is_start(units.size(), 0);
  for (std::size_t s : starts) is_start[s] = 1;
  std::size_t title = title_unit(doc);

  // Section headings are those directly above a question (not deeper than a heading question).
  // Headings down to the deepest of them end answers; deeper ones stay inside answers.
  int cut = 0;
  int question_level = 0;
  for (std::size_t s : starts) {
    if (units[s].kind == UnitKind::kHeading) question_level = std::max(question_level, units[s].level);
  }
  for (std::size_t i = begin; i < end; ++i) {
    if (units[i].kind != UnitKind::kHeading || is_start[i] != 0 || i == title) continue;
    std::size_t j = i + 1;
    while (j < end && units[j].kind != UnitKind::kHeading && is_start[j] == 0) ++j;
    if (j < end && is_start[j] != 0 &&
        (units[j].kind != UnitKind::kHeading || units[i].level <= units[j].level)) {
      cut = std::max(cut, units[i].level);
    }
  }
  if (layout == Layout::kHeadings) {
    cut = std::max(cut, question_level);
  } else if (cut == 0) {
    cut = 6;
  }
  auto ends_answer = [&](const Unit& u) {
    return u.kind == UnitKind::kBreak || (u.kind == UnitKind::kHeading && u.level <= cut);
  };

  Reading reading;
  reading.layout = layout;
  int section = -1;
  std::size_t next = 0;  // index into starts
  for (std::size_t i = begin; i < end;) {
    const Unit& u = units[i];
    if (next < starts.size() && starts[next] == i) {
      std::size_t limit = next + 1 < starts.size() ? starts[next + 1] : end;
      std::size_t item_end = i + 1;
      while (item_end < limit && !ends_answer(units[item_end])) ++item_end;
      ItemText text = rules.read(doc, i, item_end);
      reading.items.push_back({section, std::move(text.question), std::move(text.answer), {u.first_line, u.column},
                               item_number(doc, u), i, item_end});
      ++next;
      i = item_end;
      continue;
    }
    if (u.kind == UnitKind::kHeading && u.level <= cut) {
      std::string heading = plain_inline(doc.inline_source(u.node));
      if (i == title || is_contents_title(heading)) {
        section = -1;
      } else {
        reading.sections.push_back({heading, {u.first_line, u.column}});
        section = static_cast<int>(reading.sections.size()) - 1;
      }
    }
    ++i;
  }
  return reading;
}

}  // namespace genai_quiz
