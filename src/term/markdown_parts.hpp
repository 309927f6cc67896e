#pragma once
// The pieces of the Markdown renderer shared by its source files (private to term).

#include <cmark-gfm.h>

#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/term/glyphs.hpp"
#include "genai_quiz/term/markdown.hpp"
#include "term/math_spans.hpp"
#include "term/styled_text.hpp"

namespace genai_quiz {

/// What every part of one rendering needs to know.
struct MarkdownContext {
  const RenderOptions& options;
  const ProtectedMarkdown& math;  ///< the spans behind the placeholders in the parsed text
  const Glyphs& glyphs;
};

/// The inline content of `parent` (a paragraph, heading or table cell) as sanitized, styled
/// runs; `base` styles all of it. "\n" runs are hard line breaks.
std::vector<Span> collect_inlines(cmark_node* parent, const MarkdownContext& ctx, StyleSet base);

/// Formatting tags of raw HTML still open (counts), so "<b>x</b>" styles x even when the tags
/// and the text are separate inline nodes.
class HtmlTags {
 public:
  /// The style the open tags give.
  StyleSet style() const;
  /// What a known tag does; kUnknown tags are shown as text.
  enum class Effect { kUnknown, kStyle, kLineBreak, kBlock, kImage };
  /// Opens or closes tag `name` (lower case) and says what it does.
  Effect apply(std::string_view name, bool closing);

 private:
  int strong_ = 0, emphasis_ = 0, code_ = 0, strike_ = 0;
};

/// Raw HTML (a block, or an inline tag) as runs: formatting tags such as <b> and <br> applied,
/// block tags (<p>, <div>...) breaking the line, comments dropped, entities decoded, line breaks
/// read as spaces, and unknown tags kept as text.
std::vector<Span> html_to_spans(std::string_view html, StyleSet base, HtmlTags& tags);

/// `literal` with each math placeholder put back as the source it replaced (for code, URLs).
std::string restore_source(std::string_view literal, const ProtectedMarkdown& math);

/// `text` sanitized into runs in `style`, made-visible controls in reverse video.
void append_sanitized(std::vector<Span>& out, std::string_view text, StyleSet style, int tab_width = 0);

/// Removes line breaks and spaces from both ends of `spans`.
void trim_breaks(std::vector<Span>& spans);

/// The characters of `spans` without their styles.
std::string plain_text(const std::vector<Span>& spans);

/// A GFM table drawn with box characters in at most `width` columns, cells wrapped in their
/// columns; when the columns cannot fit without cutting words, each row is drawn as
/// "Header: value" lines instead.
std::vector<SpanLine> render_table(cmark_node* table, const MarkdownContext& ctx, int width);

/// True when `node`'s type is the extension type named `name` ("table", "strikethrough"...).
bool node_is(cmark_node* node, std::string_view name);

}  // namespace genai_quiz
