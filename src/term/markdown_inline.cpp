#include <algorithm>

#include "term/graphemes.hpp"
#include "term/markdown_parts.hpp"
#include "term/math_text.hpp"
#include "term/sanitize_runs.hpp"

namespace genai_quiz {
namespace {

constexpr StyleSet kLink = style_bit(Role::kLink);
constexpr StyleSet kUrl = style_bit(Role::kUrl);

// The span a placeholder at `literal[i]` stands for (advancing `i` past it), or nullptr.
const MathSpan* placeholder_at(std::string_view literal, std::size_t& i, const ProtectedMarkdown& math) {
  if (static_cast<unsigned char>(literal[i]) != 0xF3) return nullptr;
  std::size_t j = i;
  int index = math_placeholder_index(static_cast<char32_t>(graphemes::decode(literal, j)));
  if (index < 0 || index >= static_cast<int>(math.spans.size())) return nullptr;
  i = j;
  return &math.spans[static_cast<std::size_t>(index)];
}

// A link's address is worth showing unless the text already says it (autolinks).
bool url_differs(std::string_view text, std::string_view url) {
  if (url.empty() || text == url) return false;
  for (std::string_view scheme : {"mailto:", "http://", "https://"}) {
    if (url.starts_with(scheme) && url.substr(scheme.size()) == text) return false;
  }
  return true;
}

class InlineCollector {
 public:
  InlineCollector(const MarkdownContext& ctx, HtmlTags& tags) : ctx_(ctx), tags_(tags) {}

  std::vector<Span> collect(cmark_node* parent, StyleSet base) {
    children(parent, base);
    trim_breaks(out_);
    return std::move(out_);
  }

 private:
  bool color() const { return ctx_.options.color; }

  void children(cmark_node* parent, StyleSet style) {
    for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) node(n, style);
  }

  void node(cmark_node* n, StyleSet style) {
    style |= tags_.style();
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_TEXT: text(cmark_node_get_literal(n), style); break;
      case CMARK_NODE_SOFTBREAK: out_.push_back({" ", style}); break;
      case CMARK_NODE_LINEBREAK: out_.push_back({"\n", style}); break;
      case CMARK_NODE_CODE: code(cmark_node_get_literal(n), style); break;
      case CMARK_NODE_EMPH: children(n, style | style_bit(Role::kEmphasis)); break;
      case CMARK_NODE_STRONG: children(n, style | style_bit(Role::kStrong)); break;
      case CMARK_NODE_LINK: link(n, style); break;
      case CMARK_NODE_IMAGE: image(n, style); break;
      case CMARK_NODE_HTML_INLINE: {
        std::vector<Span> html = html_to_spans(restore_source(cmark_node_get_literal(n), ctx_.math), style, tags_);
        out_.insert(out_.end(), html.begin(), html.end());
        break;
      }
      case CMARK_NODE_FOOTNOTE_REFERENCE:
        append_sanitized(out_, std::string("[^") + cmark_node_get_literal(n) + "]", style);
        break;
      default:
        if (node_is(n, "strikethrough")) {
          if (!color()) out_.push_back({"~~", style});
          children(n, style | style_bit(Role::kStrike));
          if (!color()) out_.push_back({"~~", style});
        } else {
          children(n, style);
        }
        break;
    }
  }

  // Text with its math placeholders turned into formulas (or their TeX without Unicode).
  void text(std::string_view literal, StyleSet style) {
    std::size_t from = 0;
    for (std::size_t i = 0; i < literal.size();) {
      std::size_t at = i;
      const MathSpan* span = placeholder_at(literal, i, ctx_.math);
      if (!span) {
        ++i;
        continue;
      }
      append_sanitized(out_, literal.substr(from, at - from), style);
      from = i;
      if (span->kind == MathSpan::Kind::kLiteral) {
        append_sanitized(out_, span->source, style);
        continue;
      }
      if (!ctx_.options.unicode) {
        append_sanitized(out_, span->source, style | kKeepHyphens);
        continue;
      }
      bool display = span->kind == MathSpan::Kind::kDisplay;
      if (display) out_.push_back({"\n", style});
      append_sanitized(out_, tex_to_unicode(span->tex), style | kKeepHyphens);
      if (display) out_.push_back({"\n", style});
    }
    append_sanitized(out_, literal.substr(from), style);
  }

  void code(std::string_view literal, StyleSet style) {
    std::string source = restore_source(literal, ctx_.math);
    StyleSet code_style = style | style_bit(Role::kCode);
    if (!color()) source = "`" + source + "`";
    append_sanitized(out_, source, code_style);
  }

  void link(cmark_node* n, StyleSet style) {
    std::vector<Span> label = InlineCollector(ctx_, tags_).collect(n, style | kLink);
    std::string url = restore_source(cmark_node_get_url(n), ctx_.math);
    bool show_url = url_differs(plain_text(label), url);
    out_.insert(out_.end(), label.begin(), label.end());
    if (show_url) {
      out_.push_back({" ", style});
      append_sanitized(out_, "(" + url + ")", style | kUrl);
    }
  }

  void image(cmark_node* n, StyleSet style) {
    std::string alt = plain_text(InlineCollector(ctx_, tags_).collect(n, 0));
    append_sanitized(out_, alt.empty() ? "[image]" : "[image: " + alt + "]", style | style_bit(Role::kMuted));
    std::string url = restore_source(cmark_node_get_url(n), ctx_.math);
    if (!url.empty()) {
      out_.push_back({" ", style});
      append_sanitized(out_, "(" + url + ")", style | kUrl);
    }
  }

  const MarkdownContext& ctx_;
  HtmlTags& tags_;
  std::vector<Span> out_;
};

}  // namespace

std::vector<Span> collect_inlines(cmark_node* parent, const MarkdownContext& ctx, StyleSet base) {
  HtmlTags tags;
  return InlineCollector(ctx, tags).collect(parent, base);
}

std::string restore_source(std::string_view literal, const ProtectedMarkdown& math) {
  std::string out;
  for (std::size_t i = 0; i < literal.size();) {
    std::size_t at = i;
    if (const MathSpan* span = placeholder_at(literal, i, math)) {
      out += span->source;
    } else {
      out += literal[at];
      i = at + 1;
    }
  }
  return out;
}

void append_sanitized(std::vector<Span>& out, std::string_view text, StyleSet style, int tab_width) {
  for (SanitizedRun& run : sanitize_runs(text, tab_width)) {
    StyleSet s = run.control ? style | style_bit(Role::kControl) : style;
    // each made-visible control keeps a span of its own, so wrapping never cuts one
    if (!run.control && !out.empty() && out.back().style == s && out.back().text != "\n" && run.text != "\n") {
      out.back().text += run.text;
    } else {
      out.push_back({std::move(run.text), s});
    }
  }
}

void trim_breaks(std::vector<Span>& spans) {
  while (!spans.empty() && (spans.back().text == "\n" || spans.back().text == " ")) spans.pop_back();
  auto first = std::find_if(spans.begin(), spans.end(),
                            [](const Span& s) { return s.text != "\n" && s.text != " "; });
  spans.erase(spans.begin(), first);
}

std::string plain_text(const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) out += s.text;
  return out;
}

bool node_is(cmark_node* node, std::string_view name) {
  const char* type = cmark_node_get_type_string(node);
  return type && name == type;
}

}  // namespace genai_quiz
