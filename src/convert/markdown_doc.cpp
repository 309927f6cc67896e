#include "convert/markdown_doc.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "genai_quiz/convert/math_mask.hpp"
#include "genai_quiz/convert/question_text.hpp"

namespace genai_quiz {

struct MarkdownDoc::Tree {
  cmark_node* root = nullptr;
  ~Tree() {
    if (root != nullptr) cmark_node_free(root);
  }
};

namespace {

constexpr std::size_t kChunk = 64 * 1024;

bool type_is(cmark_node* node, const char* name) {
  return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

// Parses `text` with the GitHub extensions, reporting progress from `from` to `to`.
cmark_node* parse(const std::string& text, const std::function<void(double)>& progress, double from,
                  double to) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES);
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser, ext);
    }
  }
  for (std::size_t done = 0; done < text.size(); done += kChunk) {
    std::size_t n = std::min(kChunk, text.size() - done);
    cmark_parser_feed(parser, text.data() + done, n);
    if (progress) progress(from + (to - from) * static_cast<double>(done + n) / static_cast<double>(text.size()));
  }
  cmark_node* root = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  return root;
}

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::size_t count_of(std::string_view s, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t p = s.find(needle); p != std::string_view::npos; p = s.find(needle, p + 1)) ++n;
  return n;
}

// What an HTML block made only of <br> and <hr> tags is: a divider when it has an <hr>, space
// when it only has <br>s; kHtml otherwise.
UnitKind spacing_kind(std::string_view literal) {
  bool divider = false;
  std::string s = lowercase(literal);
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
  std::string lower = lowercase(literal);
  std::size_t open = lower.find("<summary");
  if (open == std::string::npos) return {};
  std::size_t start = lower.find('>', open);
  std::size_t end = lower.find("</summary", open);
  if (start == std::string::npos || end == std::string::npos || end < start) return {};
  return html_text(literal.substr(start + 1, end - start - 1));
}

// The visual indentation of `line` (tabs to multiples of 4) and the bytes it takes.
std::pair<int, std::size_t> indentation(std::string_view line) {
  int width = 0;
  std::size_t i = 0;
  for (; i < line.size() && (line[i] == ' ' || line[i] == '\t'); ++i) {
    width = line[i] == '\t' ? (width / 4 + 1) * 4 : width + 1;
  }
  return {width, i};
}

// `line` with up to `columns` columns of indentation removed (a tab crossing the cut is split).
std::string dedent_line(std::string_view line, int columns) {
  int width = 0;
  std::size_t i = 0;
  while (i < line.size() && width < columns && (line[i] == ' ' || line[i] == '\t')) {
    int next = line[i] == '\t' ? (width / 4 + 1) * 4 : width + 1;
    if (next > columns) {
      return std::string(static_cast<std::size_t>(next - columns), ' ') + std::string(line.substr(i + 1));
    }
    width = next;
    ++i;
  }
  return std::string(line.substr(i));
}

bool is_symbolic_text(const char* literal) {
  for (const char* p = literal; p != nullptr && *p != '\0'; ++p) {
    if (std::isalnum(static_cast<unsigned char>(*p))) return false;
  }
  return true;
}

// Inline content made only of links, images, spaces and separators; counts the links.
bool only_links(cmark_node* node, int& links, bool anchors_only) {
  for (cmark_node* c = cmark_node_first_child(node); c != nullptr; c = cmark_node_next(c)) {
    switch (cmark_node_get_type(c)) {
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE: {
        const char* url = cmark_node_get_url(c);
        if (anchors_only && (url == nullptr || url[0] != '#')) return false;
        ++links;
        break;
      }
      case CMARK_NODE_TEXT:
        if (!is_symbolic_text(cmark_node_get_literal(c))) return false;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        break;
      case CMARK_NODE_EMPH:
      case CMARK_NODE_STRONG:
        if (!only_links(c, links, anchors_only)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

}  // namespace

MarkdownDoc::MarkdownDoc(std::string text, const std::function<void(double)>& progress)
    : text_(std::move(text)), tree_(std::make_unique<Tree>()) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
  }
  // First pass: find the inline content and hide its math. When there was math, parse again
  // so that emphasis cannot run through a formula; otherwise the first tree is the tree.
  tree_->root = parse(text_, progress, 0.0, text_.find('$') == std::string::npos ? 0.8 : 0.4);
  if (text_.find('$') == std::string::npos) {
    build_units();
    return;
  }
  std::string masked = text_;
  std::vector<cmark_node*> stack = {tree_->root};
  while (!stack.empty()) {  // the blocks only: inline content is masked as a whole
    cmark_node* n = stack.back();
    stack.pop_back();
    bool table = type_is(n, "table");
    cmark_node_type t = cmark_node_get_type(n);
    if (table || t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING) {
      int first_line = cmark_node_get_start_line(n);
      int end_line = cmark_node_get_end_line(n);
      if (first_line < 1 || end_line < first_line || first_line > line_count()) continue;
      std::size_t begin = line_starts_[first_line - 1] + std::max(0, cmark_node_get_start_column(n) - 1);
      std::size_t end = end_line < line_count() ? line_starts_[end_line] : text_.size();
      mask_math(masked, begin, end, table);
      continue;
    }
    for (cmark_node* c = cmark_node_first_child(n); c != nullptr; c = cmark_node_next(c)) stack.push_back(c);
  }
  if (masked != text_) {
    cmark_node_free(tree_->root);
    tree_->root = nullptr;
    tree_->root = parse(masked, progress, 0.4, 0.8);
  }
  build_units();
}

MarkdownDoc::~MarkdownDoc() = default;

std::string_view MarkdownDoc::line(int n) const {
  if (n < 1 || n > line_count()) return {};
  std::size_t begin = line_starts_[n - 1];
  std::size_t end = n < line_count() ? line_starts_[n] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\n') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

bool MarkdownDoc::blank(int n) const {
  std::string_view l = line(n);
  return l.find_first_not_of(" \t") == std::string_view::npos;
}

int MarkdownDoc::last_line(cmark_node* node) const {
  int first = cmark_node_get_start_line(node);
  int last = cmark_node_get_end_line(node);
  if (cmark_node_get_end_column(node) == 0 && last > first) --last;
  last = std::min(last, line_count());
  while (last > first && blank(last)) --last;
  return last;
}

std::string MarkdownDoc::inline_source(cmark_node* node) const {
  int first = cmark_node_get_start_line(node);
  int last = last_line(node);
  bool setext = false;
  if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
    std::string_view l = line(first);
    std::size_t col = static_cast<std::size_t>(std::max(1, cmark_node_get_start_column(node)) - 1);
    std::string_view rest = col < l.size() ? l.substr(col) : std::string_view{};
    if (rest.starts_with("#")) {
      rest.remove_prefix(std::min(rest.find_first_not_of('#'), rest.size()));
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
      std::size_t hashes = rest.find_last_not_of('#');
      if (hashes != std::string_view::npos && hashes + 1 < rest.size() &&
          (rest[hashes] == ' ' || rest[hashes] == '\t')) {
        rest = rest.substr(0, hashes);
      } else if (hashes == std::string_view::npos) {
        rest = {};
      }
      std::size_t a = rest.find_first_not_of(" \t");
      std::size_t b = rest.find_last_not_of(" \t");
      return a == std::string_view::npos ? std::string() : std::string(rest.substr(a, b - a + 1));
    }
    setext = true;
  }
  std::string out;
  int end = setext ? last - 1 : last;
  for (int n = first; n <= end; ++n) {
    std::string_view l = line(n);
    if (n == first) {
      std::size_t col = static_cast<std::size_t>(std::max(1, cmark_node_get_start_column(node)) - 1);
      l = col < l.size() ? l.substr(col) : std::string_view{};
    }
    std::size_t a = l.find_first_not_of(" \t");
    std::size_t b = l.find_last_not_of(" \t");
    if (!out.empty()) out += '\n';
    if (a != std::string_view::npos) out += l.substr(a, b - a + 1);
  }
  return out;
}

std::string MarkdownDoc::text(const TextSpan& span) const {
  int first = std::max(span.first_line, 1);
  int last = std::min(span.last_line, line_count());
  if (last < first) return {};
  // How far every line may move left: as far as the least indented block start allows.
  int cut = -1;
  for (const BlockStart& s : span.starts) {
    if (s.line < first || s.line > last || blank(s.line)) continue;
    if (s.line == first && span.first_column > 0) continue;
    int width = indentation(line(s.line)).first - s.extra;
    cut = cut < 0 ? width : std::min(cut, width);
  }
  if (cut < 0) {
    for (int n = first; n <= last; ++n) {
      if (blank(n) || (n == first && span.first_column > 0)) continue;
      int width = indentation(line(n)).first;
      cut = cut < 0 ? width : std::min(cut, width);
    }
  }
  cut = std::max(cut, 0);
  std::vector<std::string> lines;
  for (int n = first; n <= last; ++n) {
    std::string_view l = line(n);
    if (n == first && span.first_column > 0) {
      std::size_t col = static_cast<std::size_t>(span.first_column - 1);
      lines.emplace_back(col < l.size() ? l.substr(col) : std::string_view{});
    } else if (blank(n)) {
      lines.emplace_back();
    } else {
      lines.push_back(dedent_line(l, cut));
    }
  }
  while (!lines.empty() && lines.back().find_first_not_of(" \t") == std::string::npos) lines.pop_back();
  std::size_t skip = 0;
  while (skip < lines.size() && lines[skip].find_first_not_of(" \t") == std::string::npos) ++skip;
  std::string out;
  for (std::size_t i = skip; i < lines.size(); ++i) {
    if (i > skip) out += '\n';
    out += lines[i];
  }
  return out;
}

std::string MarkdownDoc::units_text(std::size_t begin, std::size_t end) const {
  std::string out;
  end = std::min(end, units_.size());
  while (begin < end) {
    if (units_[begin].kind == UnitKind::kSpace) {
      ++begin;
      continue;
    }
    std::size_t run_end = begin;
    while (run_end < end && units_[run_end].kind != UnitKind::kSpace) ++run_end;
    TextSpan span{units_[begin].first_line, 0, units_[run_end - 1].last_line, {}};
    for (std::size_t i = begin; i < run_end; ++i) {
      span.starts.push_back({units_[i].first_line, units_[i].indented_code ? 4 : 0});
    }
    std::string part = text(span);
    if (!part.empty()) out += (out.empty() ? "" : "\n\n") + part;
    begin = run_end;
  }
  return out;
}

void MarkdownDoc::build_units() {
  std::vector<cmark_node*> blocks;
  for (cmark_node* c = cmark_node_first_child(tree_->root); c != nullptr; c = cmark_node_next(c)) {
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
    std::string lower = lowercase(literal != nullptr ? literal : "");
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
    Unit u;
    u.node = n;
    u.first_line = cmark_node_get_start_line(n);
    u.last_line = last_line(n);
    u.column = std::max(1, cmark_node_get_start_column(n));
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
          Unit item;
          item.kind = UnitKind::kItem;
          item.node = items[k];
          item.first_line = cmark_node_get_start_line(items[k]);
          item.last_line = last_line(items[k]);
          item.column = std::max(1, cmark_node_get_start_column(items[k]));
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
        u.kind = type_is(n, "table") ? UnitKind::kTable : UnitKind::kOther;
        break;
    }
    units_.push_back(u);
  }
}

bool is_link_only(cmark_node* node) {
  int links = 0;
  return node != nullptr && only_links(node, links, false) && links > 0;
}

bool is_anchor_links_only(cmark_node* node) {
  int links = 0;
  return node != nullptr && only_links(node, links, true) && links > 0;
}

bool is_whole_strong(cmark_node* node) {
  if (node == nullptr || cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH) return false;
  int strong = 0;
  for (cmark_node* c = cmark_node_first_child(node); c != nullptr; c = cmark_node_next(c)) {
    cmark_node_type t = cmark_node_get_type(c);
    if (t == CMARK_NODE_STRONG) {
      ++strong;
    } else if (t == CMARK_NODE_TEXT) {
      if (!is_symbolic_text(cmark_node_get_literal(c))) return false;
    } else if (t != CMARK_NODE_SOFTBREAK && t != CMARK_NODE_LINEBREAK) {
      return false;
    }
  }
  return strong == 1;
}

cmark_node* first_child(cmark_node* node) { return node == nullptr ? nullptr : cmark_node_first_child(node); }
cmark_node* next_sibling(cmark_node* node) { return node == nullptr ? nullptr : cmark_node_next(node); }
bool is_paragraph(cmark_node* node) { return node != nullptr && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH; }
bool is_heading(cmark_node* node) { return node != nullptr && cmark_node_get_type(node) == CMARK_NODE_HEADING; }
int start_line(cmark_node* node) { return cmark_node_get_start_line(node); }
int start_column(cmark_node* node) { return cmark_node_get_start_column(node); }

BlockStart block_start(cmark_node* node) {
  int length = 0;
  int offset = 0;
  char fence = 0;
  bool indented_code = cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK &&
                       cmark_node_get_fenced(node, &length, &offset, &fence) == 0;
  return {cmark_node_get_start_line(node), indented_code ? 4 : 0};
}

}  // namespace genai_quiz
