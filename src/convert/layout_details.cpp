// Layout "details": each answer is hidden in a <details> block, its question just above it.
//
//   ###### 1. What's the output?      <- a heading, a bold line or a paragraph
//   ```javascript … ```               <- code and options above the block belong to the front
//   - A: `Lydia` and `undefined`
//   <details><summary><b>Answer</b></summary>
//   <p>
//   #### Answer: D                    <- the answer, Markdown between the HTML lines
//   </p>
//   </details>
//
// When nothing stands above the block, its summary is the question. Blocks that only list
// links (translations, tables of contents) are not answers.

#include <cmark-gfm.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "convert/layouts.hpp"
#include "genai_quiz/convert/question_text.hpp"
#include "genai_quiz/core/ascii.hpp"

namespace genai_quiz {
namespace {

// A summary that only says "open me" ("Answer", "Show solution"): the question must be above
// the block. A summary that asks something is the question itself.
bool is_reveal_summary(const std::string& summary) {
  if (ends_with_question_mark(summary)) return false;
  std::string s = ascii_lower(summary);
  static constexpr std::array<std::string_view, 12> kWords = {
      "answer", "solution", "show", "reveal", "click", "expand", "explanation", "hint", "see", "view", "output",
      "result"};
  return s.empty() || std::any_of(kWords.begin(), kWords.end(),
                                  [&](std::string_view w) { return s.find(w) != std::string::npos; });
}

const char* literal_of(cmark_node* node) {
  const char* l = cmark_node_get_literal(node);
  return l != nullptr ? l : "";
}

// True when the blocks inside a <details> are only links: translations, a table of contents.
bool links_only(const Unit& u) {
  bool any = false;
  for (cmark_node* c = next_sibling(u.node); c != nullptr && c != u.close; c = next_sibling(c)) {
    cmark_node_type t = cmark_node_get_type(c);
    if (t == CMARK_NODE_HTML_BLOCK) continue;
    if (t == CMARK_NODE_PARAGRAPH) {
      if (!is_link_only(c)) return false;
      any = true;
    } else if (t == CMARK_NODE_LIST) {
      for (cmark_node* item = first_child(c); item != nullptr; item = next_sibling(item)) {
        if (!is_link_only(first_child(item))) return false;
      }
      any = true;
    } else {
      return false;
    }
  }
  return any;
}

bool is_answer_block(const Unit& u) {
  if (u.kind != UnitKind::kDetails) return false;
  std::string s = ascii_lower(u.summary);
  if (s.find("translation") != std::string::npos || s.find("language") != std::string::npos) return false;
  return !links_only(u);
}

bool is_question_heading(const MarkdownDoc& doc, const Unit& u) {
  std::string text = doc.inline_source(u.node);
  return has_question_number(text) || looks_like_question(text);
}

bool reads_as_question(const MarkdownDoc& doc, const Unit& u) {
  cmark_node* p = u.kind == UnitKind::kParagraph ? u.node : u.kind == UnitKind::kItem ? first_child(u.node) : nullptr;
  if (!is_paragraph(p)) return false;
  std::string text = one_line(doc, p);
  return is_whole_strong(p) || ends_with_question_mark(text) || has_question_number(text);
}

// Strips an HTML wrapper tag such as "<p>" at the start (or "</p>" at the end) of `s`.
std::string_view strip_tag(std::string_view s, bool at_start) {
  auto trim = [](std::string_view v) {
    std::size_t a = v.find_first_not_of(" \t\n");
    std::size_t b = v.find_last_not_of(" \t\n");
    return a == std::string_view::npos ? std::string_view{} : v.substr(a, b - a + 1);
  };
  s = trim(s);
  std::string lower = ascii_lower(s);
  if (at_start && lower.starts_with("<p")) {
    std::size_t close = s.find('>');
    if (close != std::string_view::npos && (lower.size() < 3 || lower[2] == '>' || lower[2] == ' ')) s = s.substr(close + 1);
  } else if (!at_start && lower.ends_with("</p>")) {
    s = s.substr(0, s.size() - 4);
  }
  return trim(s);
}

}  // namespace

std::string details_body(const MarkdownDoc& doc, const Unit& u) {
  std::string_view open = literal_of(u.node);
  std::string lower_open = ascii_lower(open);
  std::size_t from = lower_open.find("</summary>");
  from = from != std::string::npos ? from + 10 : lower_open.find('>') + 1;
  if (u.close == u.node) {
    std::size_t to = lower_open.rfind("</details");
    if (to == std::string::npos || to < from) return {};
    return std::string(strip_tag(strip_tag(open.substr(from, to - from), true), false));
  }
  std::string head(strip_tag(strip_tag(open.substr(from), true), false));
  std::string_view close = literal_of(u.close);
  std::size_t to = ascii_lower(close).find("</details");
  std::string tail(strip_tag(strip_tag(close.substr(0, to), false), true));
  TextSpan span{doc.last_line(u.node) + 1, 0, start_line(u.close) - 1, {}};
  for (cmark_node* c = next_sibling(u.node); c != nullptr && c != u.close; c = next_sibling(c)) {
    span.starts.push_back(block_start(c));
  }
  return join_blocks({head, doc.text(span), tail});
}

std::vector<std::size_t> details_starts(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  const std::vector<Unit>& units = doc.units();
  std::vector<std::size_t> starts;
  for (std::size_t i = begin; i < end; ++i) {
    if (!is_answer_block(units[i])) continue;
    std::size_t j = i;
    while (j > begin) {
      UnitKind k = units[j - 1].kind;
      if (k == UnitKind::kHeading || k == UnitKind::kBreak || k == UnitKind::kSpace || k == UnitKind::kDetails ||
          k == UnitKind::kHtml) {
        break;
      }
      --j;
    }
    std::size_t start = j;
    bool summary_asks = !is_reveal_summary(units[i].summary);
    if (j == i && summary_asks) {
      start = i;
    } else if (j > begin && units[j - 1].kind == UnitKind::kHeading && (j == i || is_question_heading(doc, units[j - 1]))) {
      start = j - 1;
    } else {
      for (std::size_t k = i; k > j; --k) {
        if (reads_as_question(doc, units[k - 1])) {
          start = k - 1;
          break;
        }
      }
    }
    if (start == i && is_reveal_summary(units[i].summary)) continue;  // no question anywhere
    if (!starts.empty() && starts.back() >= start) continue;
    starts.push_back(start);
  }
  return starts;
}

ItemText details_item(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  const std::vector<Unit>& units = doc.units();
  // The front runs up to the first <details>; the answer is that block, or a later one whose
  // summary says it holds the answer (when the first is a hint).
  std::size_t front_end = begin;
  while (front_end < end && units[front_end].kind != UnitKind::kDetails) ++front_end;
  ItemText item;
  if (front_end == end) return item;
  std::size_t d = front_end;
  for (std::size_t k = front_end; k < end; ++k) {
    std::string s = ascii_lower(units[k].summary);
    if (units[k].kind == UnitKind::kDetails &&
        (s.find("answer") != std::string::npos || s.find("solution") != std::string::npos)) {
      d = k;
      break;
    }
  }
  const Unit& first = units[begin];
  if (front_end == begin) {
    item.question = clean_question(first.summary);
  } else if (first.kind == UnitKind::kHeading || first.kind == UnitKind::kParagraph) {
    item.question = join_blocks({clean_question(one_line(doc, first.node)), doc.units_text(begin + 1, front_end)});
  } else {
    item.question = doc.units_text(begin, front_end);
  }
  item.answer = details_body(doc, units[d]);
  return item;
}

}  // namespace genai_quiz
