#include <cmark-gfm.h>

#include <cctype>
#include <utility>

#include "convert/choices.hpp"
#include "convert/layouts.hpp"
#include "genai_quiz/convert/plain_text.hpp"
#include "genai_quiz/convert/question_text.hpp"
#include "genai_quiz/core/ascii.hpp"

namespace genai_quiz {

std::size_t option_marker(std::string_view text, char expected) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '(') ++i;
  if (i >= text.size() || std::toupper(static_cast<unsigned char>(text[i])) != expected) return 0;
  ++i;
  if (i >= text.size() || (text[i] != ':' && text[i] != ')' && text[i] != '.')) return 0;
  ++i;
  if (i < text.size() && text[i] != ' ' && text[i] != '\t') return 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return i;
}

std::size_t options_paragraph(const MarkdownDoc& doc, std::size_t i) {
  const Unit& u = doc.units()[i];
  if (u.kind != UnitKind::kParagraph) return 0;
  std::string source = doc.inline_source(u.node);
  std::size_t n = 0;
  for (std::size_t start = 0; start <= source.size();) {
    std::size_t end = std::min(source.find('\n', start), source.size());
    if (option_marker(std::string_view(source).substr(start, end - start), static_cast<char>('A' + n)) == 0) return 0;
    ++n;
    start = end + 1;
  }
  return n >= 2 ? n : 0;
}

std::size_t options_run(const MarkdownDoc& doc, std::size_t i, std::size_t end) {
  const std::vector<Unit>& units = doc.units();
  std::size_t n = 0;
  cmark_node* list = nullptr;
  for (std::size_t k = i; k < end && units[k].kind == UnitKind::kItem; ++k) {
    cmark_node* parent = cmark_node_parent(units[k].node);
    if (list != nullptr && parent != list) break;
    list = parent;
    cmark_node* head = first_child(units[k].node);
    if (!is_paragraph(head)) break;
    if (option_marker(doc.inline_source(head), static_cast<char>('A' + n)) == 0) break;
    ++n;
  }
  return n >= 2 ? n : 0;
}

namespace {

// True when unit `i` gives the right option: "The correct answer is b) …", "Correct answer: b".
bool is_verdict(const MarkdownDoc& doc, std::size_t i) {
  const Unit& u = doc.units()[i];
  if (u.kind != UnitKind::kParagraph) return false;
  std::string text = ascii_lower(plain_inline(doc.inline_source(u.node)));
  return verdict_prefix(text) > 0;
}

// HTML with nothing to read (comments, empty anchors) or only a short link inside the page
// ("back to top"). Images are content.
bool is_noise_html(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  std::string lower = literal != nullptr ? literal : "";
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.find("<img") != std::string::npos) return false;
  std::string text = html_text(lower);
  return text.empty() || (lower.find("href=\"#") != std::string::npos && text.size() <= 40);
}

}  // namespace

std::size_t trim_noise(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  const std::vector<Unit>& units = doc.units();
  while (end > begin) {
    const Unit& u = units[end - 1];
    bool noise = u.kind == UnitKind::kBreak || u.kind == UnitKind::kSpace || (u.kind == UnitKind::kHtml && is_noise_html(u.node)) ||
                 (u.kind == UnitKind::kParagraph && is_anchor_links_only(u.node));
    if (!noise) break;
    --end;
  }
  return end;
}

std::size_t front_end(const MarkdownDoc& doc, const std::string& question, std::size_t begin,
                      std::size_t end) {
  const std::vector<Unit>& units = doc.units();
  std::size_t k = begin;
  while (k < end && units[k].kind == UnitKind::kCode) ++k;
  if (std::size_t options = k < end ? options_run(doc, k, end) : 0; options > 0) return k + options;
  if (k < end && options_paragraph(doc, k) > 0) return k + 1;
  if (needs_context(question)) {
    if (k > begin) return k;
    if (k < end && units[k].kind == UnitKind::kTable) return k + 1;
  }
  return begin;
}

bool is_navigation(cmark_node* node) {
  if (is_paragraph(node)) return is_anchor_links_only(node);
  return cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK && is_noise_html(node);
}

std::string one_line(const MarkdownDoc& doc, cmark_node* node) {
  std::string s = doc.inline_source(node);
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  return s;
}

TextSpan after_label(const MarkdownDoc& doc, cmark_node* paragraph, std::size_t consumed, int last_line) {
  TextSpan span;
  int line0 = start_line(paragraph);
  std::string_view first = doc.line(line0);
  std::size_t rest = static_cast<std::size_t>(start_column(paragraph) - 1) + consumed;
  if (rest < first.size() && first.substr(rest).find_first_not_of(" \t") != std::string_view::npos) {
    span.first_line = line0;
    span.first_column = static_cast<int>(rest) + 1;
  } else {
    span.first_line = line0 + 1;
    if (span.first_line <= doc.last_line(paragraph)) span.starts.push_back({span.first_line, 0});
  }
  span.last_line = last_line;
  for (cmark_node* c = next_sibling(paragraph); c != nullptr && start_line(c) <= last_line; c = next_sibling(c)) {
    span.starts.push_back(block_start(c));
  }
  return span;
}

std::string answer_text(const MarkdownDoc& doc, std::size_t begin, std::size_t end) {
  const std::vector<Unit>& units = doc.units();
  if (end == begin + 1 && units[begin].kind == UnitKind::kDetails) return details_body(doc, units[begin]);
  for (std::size_t k = begin + 1; k < end; ++k) {
    if (is_verdict(doc, k)) {
      return join_blocks({doc.units_text(k, k + 1), doc.units_text(begin, k), doc.units_text(k + 1, end)});
    }
  }
  return doc.units_text(begin, end);
}

std::string join_blocks(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

ItemText item_after_question(const MarkdownDoc& doc, std::string question, std::size_t begin, std::size_t end) {
  ItemText item;
  end = trim_noise(doc, begin + 1, end);
  const std::size_t answer_begin = front_end(doc, question, begin + 1, end);
  item.question = join_blocks({std::move(question), doc.units_text(begin + 1, answer_begin)});
  item.answer = answer_text(doc, answer_begin, end);
  return item;
}

}  // namespace genai_quiz
