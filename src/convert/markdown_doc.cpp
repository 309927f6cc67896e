#include "convert/markdown_doc.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>

#include "genai_quiz/convert/math_mask.hpp"

namespace genai_quiz {

struct MarkdownDoc::Tree {
  cmark_node* root = nullptr;
  ~Tree() {
    if (root != nullptr) cmark_node_free(root);
  }
};

namespace {

constexpr std::size_t kChunk = 64 * 1024;

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
    build_units(tree_->root);
    return;
  }
  std::string masked = text_;
  std::vector<cmark_node*> stack = {tree_->root};
  while (!stack.empty()) {  // the blocks only: inline content is masked as a whole
    cmark_node* n = stack.back();
    stack.pop_back();
    bool table = is_table(n);
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
  build_units(tree_->root);
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

}  // namespace genai_quiz
