#pragma once
// The pieces of the Markdown renderer shared by its source files (private to term).

#include <cmark-gfm.h>

#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/math_spans.hpp"
#include "genai_quiz/term/glyphs.hpp"
#include "genai_quiz/term/markdown.hpp"
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
  /// Opens or closes tag `name`, sets `text` to what it stands for ("\n" for <br>, <p>...), and
  /// returns false for a tag it does not know (which is then shown as text).
  bool apply(std::string_view name, bool closing, std::string_view& text);

 private:
  int strong_ = 0, emphasis_ = 0, code_ = 0, strike_ = 0;
};

/// Raw HTML (a block, or an inline tag) as runs: formatting tags such as <b> and <br> applied,
/// comments dropped, entities decoded, anything else kept as text.
std::vector<Span> html_to_spans(std::string_view html, StyleSet base, HtmlTags& tags);

/// `literal` with each math placeholder put back as the source it replaced (for code, URLs).
std::string restore_source(std::string_view literal, const ProtectedMarkdown& math);

/// `text` sanitized into runs in `style`, made-visible controls in reverse video.
void append_sanitized(std::vector<Span>& out, std::string_view text, StyleSet style, int tab_width = 0);

/// The characters of `spans` without their styles.
std::string plain_text(const std::vector<Span>& spans);

/// A GFM table drawn with box characters in at most `width` columns; when even narrow columns
/// cannot fit, each row is drawn as "Header: value" lines instead.
std::vector<SpanLine> render_table(cmark_node* table, const MarkdownContext& ctx, int width);

/// True when `node`'s type is the extension type named `name` ("table", "strikethrough"...).
bool node_is(cmark_node* node, std::string_view name);

}  // namespace genai_quiz
