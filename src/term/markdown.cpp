#include "genai_quiz/term/markdown.hpp"

#include <cmark-gfm-core-extensions.h>

#include <memory>
#include <string>

#include "genai_quiz/term/capabilities.hpp"
#include "term/markdown_parts.hpp"
#include "term/math_spans.hpp"
#include "term/wrap_spans.hpp"

namespace genai_quiz {
namespace {

constexpr StyleSet kAccent = style_bit(Role::kAccent);
constexpr StyleSet kMuted = style_bit(Role::kMuted);
constexpr int kCodeIndent = 2;

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

SpanLine concat(SpanLine a, const SpanLine& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// The number of lists around `node` (0 for a top-level list).
int list_depth(cmark_node* node) {
  int depth = 0;
  for (cmark_node* p = cmark_node_parent(node); p; p = cmark_node_parent(p)) {
    if (cmark_node_get_type(p) == CMARK_NODE_LIST) ++depth;
  }
  return depth;
}

// Draws the block tree. Each block gets two prefixes: one for its first line (which may carry
// a list marker) and one for the lines after it (the hanging indent, the quote bar).
class BlockRenderer {
 public:
  explicit BlockRenderer(const MarkdownContext& ctx) : ctx_(ctx) {}

  std::vector<std::string> render(cmark_node* document) {
    container(document, {}, {}, false);
    return std::move(lines_);
  }

 private:
  int room(const SpanLine& prefix) const { return ctx_.options.width - line_width(prefix); }

  void emit(const SpanLine& prefix, const SpanLine& content) {
    lines_.push_back(paint_line(concat(prefix, content), ctx_.options.color));
  }

  // The children of `parent`, separated by blank lines unless `tight`; blocks that draw
  // nothing take no space.
  void container(cmark_node* parent, const SpanLine& first, const SpanLine& rest, bool tight) {
    bool any = false;
    for (cmark_node* child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) {
      std::size_t mark = lines_.size();
      if (any && !tight) emit(rest, {});
      std::size_t before = lines_.size();
      block(child, any ? rest : first, rest, tight);
      if (lines_.size() == before) {
        lines_.resize(mark);
        continue;
      }
      any = true;
    }
  }

  void block(cmark_node* node, const SpanLine& first, const SpanLine& rest, bool tight) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH: inlines(collect_inlines(node, ctx_, 0), first, rest); break;
      case CMARK_NODE_HEADING: heading(node, first, rest); break;
      case CMARK_NODE_CODE_BLOCK: code_block(node, first, rest); break;
      case CMARK_NODE_HTML_BLOCK: {
        HtmlTags tags;
        std::string html = restore_source(cmark_node_get_literal(node), ctx_.math);
        std::vector<Span> spans = html_to_spans(html, 0, tags);
        trim_breaks(spans);
        inlines(spans, first, rest);
        break;
      }
      case CMARK_NODE_BLOCK_QUOTE: {
        SpanLine bar = {{std::string(ctx_.glyphs.vertical) + " ", style_bit(Role::kQuote)}};
        container(node, concat(first, bar), concat(rest, bar), false);
        break;
      }
      case CMARK_NODE_LIST: list(node, first, rest); break;
      case CMARK_NODE_ITEM: container(node, first, rest, tight); break;
      case CMARK_NODE_THEMATIC_BREAK:
        emit(first, {{repeat(ctx_.glyphs.horizontal, room(first)), kMuted}});
        break;
      default:
        if (node_is(node, "table")) {
          for (const SpanLine& line : render_table(node, ctx_, room(first))) emit(first, line);
        } else {
          container(node, first, rest, tight);
        }
        break;
    }
  }

  void inlines(const std::vector<Span>& spans, const SpanLine& first, const SpanLine& rest) {
    std::vector<SpanLine> lines = wrap_spans(spans, room(first), room(rest));
    for (std::size_t i = 0; i < lines.size(); ++i) emit(i == 0 ? first : rest, lines[i]);
  }

  // Without colour, the two top levels are underlined (═ and ─) so they still stand out.
  void heading(cmark_node* node, const SpanLine& first, const SpanLine& rest) {
    std::vector<Span> spans = collect_inlines(node, ctx_, style_bit(Role::kHeading));
    std::vector<SpanLine> lines = wrap_spans(spans, room(first), room(rest));
    int widest = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      emit(i == 0 ? first : rest, lines[i]);
      widest = std::max(widest, line_width(lines[i]));
    }
    int level = cmark_node_get_heading_level(node);
    if (!ctx_.options.color && level <= 2 && widest > 0) {
      std::string_view rule = level == 1 ? ctx_.glyphs.double_horizontal : ctx_.glyphs.horizontal;
      emit(rest, {{repeat(rule, widest), 0}});
    }
  }

  // Code keeps its spaces and line breaks; a line too long for the screen is cut, not reflowed.
  void code_block(cmark_node* node, const SpanLine& first, const SpanLine& rest) {
    std::string code = restore_source(cmark_node_get_literal(node), ctx_.math);
    if (!code.empty() && code.back() == '\n') code.pop_back();
    SpanLine indent = {{std::string(kCodeIndent, ' '), 0}};
    const SpanLine* prefix = &first;
    std::size_t start = 0;
    while (start <= code.size()) {
      std::size_t end = code.find('\n', start);
      if (end == std::string::npos) end = code.size();
      std::vector<Span> spans;
      append_sanitized(spans, std::string_view(code).substr(start, end - start),
                       style_bit(Role::kCode), ctx_.options.tab_width);
      std::vector<SpanLine> cut = cut_spans(spans, room(*prefix) - kCodeIndent);
      if (cut.empty()) cut.emplace_back();
      for (const SpanLine& line : cut) {
        emit(concat(*prefix, indent), line);
        prefix = &rest;
      }
      start = end + 1;
    }
  }

  void list(cmark_node* node, const SpanLine& first, const SpanLine& rest) {
    bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    bool tight = cmark_node_get_list_tight(node) != 0;
    int start = cmark_node_get_list_start(node);
    int count = 0;
    for (cmark_node* item = cmark_node_first_child(node); item; item = cmark_node_next(item)) ++count;
    int number_width = static_cast<int>(std::to_string(start + std::max(count - 1, 0)).size());
    std::string_view bullet = ctx_.glyphs.bullets[list_depth(node) % 3];
    char delimiter = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ')' : '.';

    int index = 0;
    for (cmark_node* item = cmark_node_first_child(node); item; item = cmark_node_next(item), ++index) {
      if (index > 0 && !tight) emit(rest, {});
      std::string marker;
      if (ordered) {
        std::string number = std::to_string(start + index);
        marker = std::string(static_cast<std::size_t>(number_width) - number.size(), ' ') + number + delimiter;
      } else {
        marker = bullet;
      }
      marker += ' ';
      if (node_is(item, "tasklist")) {
        bool done = cmark_gfm_extensions_get_tasklist_item_checked(item);
        marker += std::string(done ? ctx_.glyphs.box_checked : ctx_.glyphs.box_unchecked) + " ";
      }
      int marker_width = line_width({{marker, 0}});
      SpanLine item_first = concat(first, {{marker, kAccent}});
      SpanLine item_rest = concat(rest, {{std::string(static_cast<std::size_t>(marker_width), ' '), 0}});
      std::size_t before = lines_.size();
      container(item, index == 0 ? item_first : concat(rest, {{marker, kAccent}}), item_rest, tight);
      if (lines_.size() == before) emit(index == 0 ? item_first : concat(rest, {{marker, kAccent}}), {});
    }
  }

  const MarkdownContext& ctx_;
  std::vector<std::string> lines_;
};

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

std::unique_ptr<cmark_node, NodeDeleter> parse(std::string_view markdown) {
  cmark_gfm_core_extensions_ensure_registered();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return std::unique_ptr<cmark_node, NodeDeleter>(cmark_parser_finish(parser.get()));
}

}  // namespace

RenderOptions render_options_for(const Capabilities& caps, int width) {
  RenderOptions options;
  options.width = width;
  options.color = caps.color;
  options.unicode = caps.unicode;
  return options;
}

std::vector<std::string> render_markdown_lines(std::string_view markdown, const RenderOptions& options) {
  ProtectedMarkdown math = protect_math(markdown);
  auto document = parse(math.markdown);
  MarkdownContext ctx{options, math, glyphs(options.unicode)};
  return BlockRenderer(ctx).render(document.get());
}

std::string render_markdown(std::string_view markdown, const RenderOptions& options) {
  std::string out;
  for (const std::string& line : render_markdown_lines(markdown, options)) {
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace genai_quiz
