// Cutting a parsed document into the units the layouts read (see markdown_doc.hpp).

#include <cmark-gfm.h>

#include <cctype>

#include "convert/markdown_doc.hpp"
#include "genai_quiz/convert/plain_text.hpp"
#include "genai_quiz/core/ascii.hpp"

namespace genai_quiz {
namespace {

std::size_t count_of(std::string_view s, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t p = s.find(needle); p != std::string_view::npos; p = s.find(needle, p + 1)) ++n;
  return n;
}

// What an HTML block made only of <br> and <hr> tags is: a divider when it has an <hr>, space
// when it only has <br>s; kHtml otherwise.
UnitKind spacing_kind(std::string_view literal) {
  bool divider = false;
  std::string s = ascii_lower(literal);
  for (std::size_t i = 0; i < s.size();) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    if (s.compare(i, 3, "<br") != 0 && s.compare(i, 3, "<hr") != 0) return UnitKind::kHtml;
    divider = divider || s.compare(i, 3, "<hr") == 0;
    std::size_t end = s.find('>', i);
    if (end == std::string::npos) return UnitKind::kHtml;
    std::string_view inside = std::string_view(s).substr(i + 3, end - i - 3);
    if (inside.find_first_not_of(" /") != std::string_view::npos) return UnitKind::kHtml;
    i = end + 1;
  }
  return divider ? UnitKind::kBreak : UnitKind::kSpace;
}

std::string summary_of(std::string_view literal) {
  return html_text(element_inner(literal, "summary"));
}

// A unit for block `n` of `doc`, placed where the block stands; its kind is left to the caller.
Unit unit_at(const MarkdownDoc& doc, cmark_node* n) {
  Unit u;
  u.node = n;
  u.first_line = cmark_node_get_start_line(n);
  u.last_line = doc.last_line(n);
  u.column = std::max(1, cmark_node_get_start_column(n));
  return u;
}

}  // namespace

void MarkdownDoc::build_units(cmark_node* root) {
  std::vector<cmark_node*> blocks;
  for (cmark_node* c = cmark_node_first_child(root); c != nullptr; c = cmark_node_next(c)) {
    blocks.push_back(c);
  }
  // Match each HTML block that opens a <details> with the one that closes it, counting nested
  // ones, in one pass.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> details_close(blocks.size(), kNone);
  std::vector<std::size_t> open;  // the blocks whose <details> is still open (kNone: a nested one)
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    if (cmark_node_get_type(blocks[k]) != CMARK_NODE_HTML_BLOCK) continue;
    const char* literal = cmark_node_get_literal(blocks[k]);
    std::string lower = ascii_lower(literal != nullptr ? literal : "");
    std::size_t opens = count_of(lower, "<details");
    std::size_t closes = count_of(lower, "</details");
    std::size_t lead = lower.find_first_not_of(" \t\n");
    if (opens > 0 && lead != std::string::npos && lower.compare(lead, 8, "<details") == 0) {
      open.push_back(k);
      --opens;
    }
    for (; opens > 0; --opens) open.push_back(kNone);
    for (; closes > 0 && !open.empty(); --closes) {
      if (open.back() != kNone) details_close[open.back()] = k;
      open.pop_back();
    }
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    cmark_node* n = blocks[i];
    Unit u = unit_at(*this, n);
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_HEADING:
        u.kind = UnitKind::kHeading;
        u.level = cmark_node_get_heading_level(n);
        break;
      case CMARK_NODE_PARAGRAPH:
        u.kind = UnitKind::kParagraph;
        break;
      case CMARK_NODE_CODE_BLOCK:
        u.kind = UnitKind::kCode;
        u.indented_code = block_start(n).extra > 0;
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        u.kind = UnitKind::kBreak;
        break;
      case CMARK_NODE_BLOCK_QUOTE:
        u.kind = UnitKind::kQuote;
        break;
      case CMARK_NODE_LIST: {
        std::vector<cmark_node*> items;
        for (cmark_node* it = cmark_node_first_child(n); it != nullptr; it = cmark_node_next(it)) items.push_back(it);
        bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        for (std::size_t k = 0; k < items.size(); ++k) {
          Unit item = unit_at(*this, items[k]);
          item.kind = UnitKind::kItem;
          item.ordered = ordered;
          item.item_index = static_cast<int>(k);
          item.item_count = static_cast<int>(items.size());
          units_.push_back(item);
        }
        continue;
      }
      case CMARK_NODE_HTML_BLOCK: {
        std::string_view literal = cmark_node_get_literal(n) != nullptr ? cmark_node_get_literal(n) : "";
        if (details_close[i] != kNone) {
          u.kind = UnitKind::kDetails;
          u.close = blocks[details_close[i]];
          u.summary = summary_of(literal);
          u.last_line = last_line(u.close);
          units_.push_back(u);
          i = details_close[i];
          continue;
        }
        u.kind = spacing_kind(literal);
        break;
      }
      default:
        u.kind = is_table(n) ? UnitKind::kTable : UnitKind::kOther;
        break;
    }
    units_.push_back(u);
  }
}

}  // namespace genai_quiz
