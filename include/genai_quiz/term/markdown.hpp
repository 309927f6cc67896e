#pragma once
// Markdown drawn for a terminal: the text of a card as the study screen shows it.
//
// The Markdown is parsed by cmark-gfm (CommonMark with GitHub's tables, strikethrough,
// autolinks and task lists) after `$…$` / `$$…$$` math is lifted out (term/math_spans.hpp), and
// its tree is drawn line by line: headings, paragraphs, lists with hanging indents, block
// quotes, code blocks, tables, links as "text (url)", thematic breaks, and math as Unicode
// (term/math_text.hpp). Every piece of deck text is sanitized (term/sanitize.hpp) before it is
// written, and lines are wrapped by display width. docs/rendering.md shows what each element
// looks like.

#include <string>
#include <string_view>
#include <vector>

namespace genai_quiz {

struct Capabilities;

/// How to draw.
struct RenderOptions {
  int width = 80;        ///< columns available; every line fits unless one indentation or character is wider
  bool color = false;    ///< SGR styles (bold, italics, colours); without them code keeps its backticks
  bool unicode = true;   ///< Unicode bullets, rules, boxes and math; else ASCII and math as TeX
  int tab_width = 4;     ///< tab stops inside code blocks
};

/// RenderOptions for `width` columns on a terminal with `caps`.
RenderOptions render_options_for(const Capabilities& caps, int width);

/// The lines of `markdown` drawn at `options.width`, without line terminators. Each line is
/// self-contained: styles opened on a line are closed on it, so lines can be placed anywhere on
/// the screen. No trailing blanks; no blank lines before the first or after the last block.
std::vector<std::string> render_markdown_lines(std::string_view markdown, const RenderOptions& options);

/// render_markdown_lines joined, each line followed by "\n".
std::string render_markdown(std::string_view markdown, const RenderOptions& options);

}  // namespace genai_quiz
