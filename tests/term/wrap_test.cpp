#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/term/wrap.hpp"

using namespace genai_quiz;

namespace {

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "|";
  return out;
}

}  // namespace

TEST_CASE("Text wraps at spaces, hyphens and wide characters by display width", "[term]") {
  struct Case {
    const char* text;
    int width;
    const char* expected;  // lines, each followed by |
  } cases[] = {
      {"the quick brown fox", 10, "the quick|brown fox|"},
      {"the quick brown fox", 9, "the quick|brown fox|"},
      {"the quick brown fox", 8, "the|quick|brown|fox|"},
      {"a  b   c", 80, "a b c|"},
      {"self-attention layer", 8, "self-|attentio|n layer|"},
      {"self-attention layer", 15, "self-attention|layer|"},
      {"well-known", 6, "well-|known|"},
      {"-flag x", 3, "-fl|ag|x|"},
      {"supercalifragilistic", 6, "superc|alifra|gilist|ic|"},
      {"中文字符测试", 5, "中文|字符|测试|"},
      {"中文字，符号。", 8, "中文字，|符号。|"},
      {"中文字，符号。", 6, "中文|字，符|号。|"},
      {"naïve cafe\u0301 ok", 9, "naïve|cafe\u0301 ok|"},
      {"line one\nline two", 40, "line one|line two|"},
      {"para\n\nnext", 40, "para||next|"},
      {"x 👶👶 y", 4, "x 👶|👶 y|"},
      {"", 10, ""},
  };
  for (const Case& c : cases) {
    INFO(c.text << " at " << c.width);
    CHECK(joined(wrap_text(c.text, c.width)) == c.expected);
  }
}

TEST_CASE("Wrapped lines never exceed a width that holds the widest grapheme", "[term]") {
  const char* texts[] = {
      "Backpropagation is an algorithm used for training neural networks. It involves computing "
      "the gradient of the loss function with respect to each weight by the chain rule.",
      "中文字符测试，这是一个很长的句子需要换行显示在终端上面。混合 English 单词 and more.",
      "emoji 👶 ⭐️ 🚀 family 👨‍👩‍👧 flags 🇫🇷 and combining z̴̢a̵l̶g̷o café",
      "https://example.com/a/very/long/path/without/any/spaces/at/all?query=1&other=2",
  };
  for (const char* text : texts) {
    for (int width = 6; width <= 100; ++width) {  // the ZWJ family below takes 6 columns
      for (const std::string& line : wrap_text(text, width)) {
        INFO(text << " at " << width << ": " << line);
        CHECK(display_width(line) <= width);
        CHECK_FALSE(line.empty());
      }
    }
  }
}

TEST_CASE("Wrapped text keeps every word", "[term]") {
  std::string text = "one two three four five six seven eight nine ten eleven twelve";
  std::string rejoined;
  for (const std::string& line : wrap_text(text, 11)) rejoined += (rejoined.empty() ? "" : " ") + line;
  CHECK(rejoined == text);
}

TEST_CASE("Wrapped text is sanitized and can be painted", "[term]") {
  CHECK(joined(wrap_text("a\x1b[2Jb", 80)) == "a^[[2Jb|");
  CHECK(joined(wrap_text("ok", 80, Role::kGood, true)) == "\x1b[32mok\x1b[0m|");
}

TEST_CASE("A made-visible control is never cut between two lines", "[term]") {
  struct Case {
    const char* text;
    int width;
    const char* expected;
  } cases[] = {
      {"abcd\xC2\x9D" "efg", 6, "abcd|<U+009D>|efg|"},
      {"ab\u202E\u200Bcd", 10, "ab<U+202E>|<U+200B>cd|"},
      {"x\x1b" "y", 2, "x|^[|y|"},
      {"\xC2\x9D", 4, "<U+009D>|"},  // wider than the line: alone on it, whole
  };
  for (const Case& c : cases) {
    INFO(c.text << " at " << c.width);
    CHECK(joined(wrap_text(c.text, c.width)) == c.expected);
  }
}
