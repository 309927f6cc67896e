#pragma once
// Plain text out of Markdown and HTML, for titles and <summary> lines.

#include <string>
#include <string_view>

namespace genai_quiz {

/// Plain text of one line of inline Markdown, for titles: links become their text, emphasis
/// and code markers go, no-break spaces become spaces, runs of spaces collapse.
std::string plain_inline(std::string_view markdown);

/// The text of an HTML fragment: tags dropped, the common entities (&amp; &lt; &gt; &quot;
/// &#39; &nbsp;) decoded, runs of whitespace collapsed. Backticks and other Markdown stay.
std::string html_text(std::string_view html);

/// What stands between the first `<tag …>` and the `</tag` after it (the tag name in any case),
/// e.g. element_inner("<H1 id=x>Title</h1>", "h1") is "Title"; empty when there is no such element.
std::string_view element_inner(std::string_view html, std::string_view tag);

}  // namespace genai_quiz
