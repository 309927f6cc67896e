#include <catch2/catch.hpp>

#include <string>

#include "genai_quiz/convert/math_mask.hpp"

namespace genai_quiz {

TEST_CASE("Math spans are hidden byte for byte, code spans and prices are not", "[convert]") {
  struct Case {
    std::string text;
    std::string masked;
  } cases[] = {
      {"**What is $x**2$?**", "**What is $xxxx$?**"},
      {"$a*b$ and $c*d$", "$xxx$ and $xxx$"},
      {"$$\\sum_i x_i*w_i$$", "$$xxxxxxxxxxxxxx$$"},
      {"It costs $5 or $6.", "It costs $5 or $6."},
      {"From $5 to $10 now", "From $5 to $10 now"},
      {"Run `echo $HOME $PATH` first", "Run `echo $HOME $PATH` first"},
      {"Escaped \\$x$ is not math", "Escaped \\$x$ is not math"},
      {"$ x$ is not math", "$ x$ is not math"},
      {"$$a\n> b$$", "$$x\n> x$$"},
      {"| $a|b$ | y |", "| $x|x$ | y |"},
      {"$\xCE\xBC$", "$xx$"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::string text = c.text;
    bool table = c.text.front() == '|';
    mask_math(text, 0, text.size(), table);
    CHECK(text == c.masked);
    CHECK(text.size() == c.text.size());
  }
}

TEST_CASE("Only the given range is masked", "[convert]") {
  std::string text = "$a*b$ $c*d$";
  mask_math(text, 6, text.size());
  CHECK(text == "$a*b$ $xxx$");
}

}  // namespace genai_quiz
