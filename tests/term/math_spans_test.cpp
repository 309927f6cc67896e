#include <catch2/catch.hpp>

#include <string>

#include "term/math_spans.hpp"

using namespace genai_quiz;

namespace {

// The protected text with each placeholder shown as [n] and the spans' sources listed.
std::string show(const ProtectedMarkdown& p) {
  std::string out;
  for (std::size_t i = 0; i < p.markdown.size();) {
    auto b = static_cast<unsigned char>(p.markdown[i]);
    if (b == 0xF3 && i + 3 < p.markdown.size()) {
      char32_t c = ((b & 0x07u) << 18) | ((p.markdown[i + 1] & 0x3Fu) << 12) |
                   ((p.markdown[i + 2] & 0x3Fu) << 6) | (p.markdown[i + 3] & 0x3Fu);
      int index = math_placeholder_index(c);
      if (index >= 0) {
        out += '[';
        out += std::to_string(index);
        out += ']';
        i += 4;
        continue;
      }
    }
    out += p.markdown[i++];
  }
  for (const MathSpan& s : p.spans) out += " |" + s.source;
  return out;
}

}  // namespace

TEST_CASE("Math spans are lifted out of Markdown before parsing", "[term]") {
  struct Case {
    const char* markdown;
    const char* expected;
  } cases[] = {
      {"a $x_1*y_2*$ b", "a [0] b |$x_1*y_2*$"},
      {"$$\\sum_{j=1}^{n} x$$", "[0] |$$\\sum_{j=1}^{n} x$$"},
      {"costs $5 and $6 today", "costs $5 and $6 today"},
      {"from $ 5 to $ 6", "from $ 5 to $ 6"},
      {"escaped \\$x$ here", "escaped \\$x$ here"},
      {"code `$x$` then $y$", "code `$x$` then [0] |$y$"},
      {"``a ` $x$`` $y$", "``a ` $x$`` [0] |$y$"},
      {"```\n$x$\n```\n$y$", "```\n$x$\n```\n[0] |$y$"},
      {"~~~ tex\n$x$\n~~~\n", "~~~ tex\n$x$\n~~~\n"},
      {"$a\nb$", "[0] |$a\nb$"},
      {"$a\n\nb$", "$a\n\nb$"},
      {"$$a\n  b$$ and $c$", "[0] and [1] |$$a\n  b$$ |$c$"},
      {"$$ $$", "$$ $$"},
      {"a $x$5", "a $x$5"},
      {"lone $", "lone $"},
      {"costs $5, `$HOME` and $x$", "costs $5, `$HOME` and [0] |$x$"},
  };
  for (const Case& c : cases) {
    INFO(c.markdown);
    CHECK(show(protect_math(c.markdown)) == c.expected);
  }
}

TEST_CASE("A math span keeps its TeX and knows whether it is displayed", "[term]") {
  ProtectedMarkdown p = protect_math("see $a+b$ and $$\\frac{1}{2}$$");
  REQUIRE(p.spans.size() == 2);
  CHECK(p.spans[0].kind == MathSpan::Kind::kInline);
  CHECK(p.spans[0].tex == "a+b");
  CHECK(p.spans[1].kind == MathSpan::Kind::kDisplay);
  CHECK(p.spans[1].tex == "\\frac{1}{2}");
}

TEST_CASE("Characters of the placeholder range in the source survive as literal spans", "[term]") {
  std::string source = "x\xF3\xB0\x80\x80y";  // U+F0000, the first placeholder itself
  ProtectedMarkdown p = protect_math(source);
  REQUIRE(p.spans.size() == 1);
  CHECK(p.spans[0].kind == MathSpan::Kind::kLiteral);
  CHECK(p.spans[0].source == "\xF3\xB0\x80\x80");
  CHECK(math_placeholder_index(math_placeholder(7)) == 7);
  CHECK(math_placeholder_index(U'a') == -1);
}
