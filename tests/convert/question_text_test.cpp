#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "genai_quiz/convert/plain_text.hpp"
#include "genai_quiz/convert/question_text.hpp"

namespace genai_quiz {

TEST_CASE("Answer and question labels are recognised with their emphasis and punctuation", "[convert]") {
  struct Case {
    std::string line;
    Label label;
    std::optional<std::size_t> consumed;
  } cases[] = {
      {"Answer", Label::kAnswer, 6},
      {"Answer:", Label::kAnswer, 7},
      {"Answer: it depends", Label::kAnswer, 8},
      {"**Answer:** it depends", Label::kAnswer, 12},
      {"**Answer**: it depends", Label::kAnswer, 12},
      {"*Answer*", Label::kAnswer, 8},
      {"Ans. yes", Label::kAnswer, 5},
      {"Solution:", Label::kAnswer, 9},
      {"Answering questions is hard", Label::kAnswer, std::nullopt},
      {"Answer the question", Label::kAnswer, std::nullopt},
      {"A: `Lydia`", Label::kAnswer, std::nullopt},
      {"Q: What is X?", Label::kQuestion, 3},
      {"Q1. What is X?", Label::kQuestion, 4},
      {"**Q:** What is X?", Label::kQuestion, 7},
      {"**Q: What is X?**", Label::kQuestion, 5},
      {"Question 3: What is X?", Label::kQuestion, 12},
      {"Quantization reduces memory", Label::kQuestion, std::nullopt},
      {"Q What is X?", Label::kQuestion, std::nullopt},
      {"**A:** Ordered delivery.", Label::kShortAnswer, 7},
      {"A: yes", Label::kShortAnswer, 3},
      {"A. Smith wrote it", Label::kShortAnswer, std::nullopt},
      {"Answer: yes", Label::kShortAnswer, 8},
      {"**Explanation:** The sigmoid squashes", Label::kExplanation, 17},
      {"Explanation: none", Label::kExplanation, 13},
      {"Explanation", Label::kExplanation, 11},
      {"Explanations differ", Label::kExplanation, std::nullopt},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(match_label(c.line, c.label) == c.consumed);
  }
}

TEST_CASE("Question numbers, wrappers and stray emphasis are removed from questions", "[convert]") {
  struct Case {
    std::string text;
    std::string cleaned;
  } cases[] = {
      {"**Describe the backpropagation algorithm.**", "Describe the backpropagation algorithm."},
      {"**1.** In multimodal models, how?", "In multimodal models, how?"},
      {"**14. What is the margin?**", "What is the margin?"},
      {"****Compare sparse and dense losses.", "Compare sparse and dense losses."},
      {"Q1. What does the learning rate control?", "What does the learning rate control?"},
      {"Q: What is a residual connection?", "What is a residual connection?"},
      {"12. What's the output?", "What's the output?"},
      {"3) Why?", "Why?"},
      {"What is X?**", "What is X?"},
      {"1.5 billion parameters: too many?", "1.5 billion parameters: too many?"},
      {"2023 was a good year?", "2023 was a good year?"},
      {"**What does $x**2$ mean?**", "What does $x**2$ mean?"},
      {"**Bold** and **bold**", "**Bold** and **bold**"},
      {"  What is X?  ", "What is X?"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(clean_question(c.text) == c.cleaned);
  }
}

TEST_CASE("Texts read as questions by their question mark or their first word", "[convert]") {
  struct Case {
    std::string text;
    bool question;
  } cases[] = {
      {"What is regression? \xF0\x9F\x91\xB6", true},
      {"Can you tell us how you approach it? \xE2\x80\x8D\xE2\xAD\x90\xEF\xB8\x8F", true},
      {"Explain the Architecture of Transformers.", true},
      {"Discuss strategies for training generative models.", true},
      {"**What evaluation metrics can be used**", true},
      {"\xE4\xBB\x80\xE4\xB9\x88\xE6\x98\xAF RAG\xEF\xBC\x9F", true},
      {"Challenges:", false},
      {"Technical Foundation", false},
      {"Owner: Aishwarya Nr", false},
      {"", false},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(looks_like_question(c.text) == c.question);
  }
  CHECK(ends_with_symbol("Precision-recall trade-off \xE2\x80\x8D\xE2\xAD\x90\xEF\xB8\x8F"));
  CHECK(ends_with_symbol("**What is regression? \xF0\x9F\x9A\x80**"));
  CHECK_FALSE(ends_with_symbol("What is regression?"));
  CHECK_FALSE(ends_with_symbol("Caf\xC3\xA9"));
}

TEST_CASE("Questions that only make sense with the code below them are told apart", "[convert]") {
  struct Case {
    std::string question;
    bool needs;
  } cases[] = {
      {"What's the output?", true},
      {"What is the output?", true},
      {"What does this return?", true},
      {"Which of the following will modify the `person` object?", true},
      {"Consider the snippet below:", true},
      {"Everything in JavaScript is either a...", true},
      {"How do you copy an array?", false},
      {"What is a closure?", false},
  };
  for (const Case& c : cases) {
    INFO(c.question);
    CHECK(needs_context(c.question) == c.needs);
  }
}

TEST_CASE("Placeholder answers are recognised however they are written", "[convert]") {
  struct Case {
    std::string answer;
    bool placeholder;
  } cases[] = {
      {"Answer here", true},   {"*Answer here*", true}, {"To be filled.", true},
      {"TBD", true},           {"TODO", true},          {"...", true},
      {"N/A", true},           {"Coming soon!", true},  {"", true},
      {"To be fair, no.", false}, {"Answer: 42", false}, {"Yes.", false},
  };
  for (const Case& c : cases) {
    INFO(c.answer);
    CHECK(is_placeholder(c.answer) == c.placeholder);
  }
}

TEST_CASE("Titles and summaries become plain text", "[convert]") {
  CHECK(plain_inline("Supervised machine\xC2\xA0learning") == "Supervised machine learning");
  CHECK(plain_inline("**Bold** [link](#x) and `code` in snake_case") == "Bold link and code in snake_case");
  CHECK(plain_inline("![logo](logo.png) Title") == "logo Title");
  CHECK(html_text("<b>Answer</b>") == "Answer");
  CHECK(html_text("What does `git rebase` do &amp; why?") == "What does `git rebase` do & why?");
  CHECK(html_text("<strong> See 20\n Translations </strong>") == "See 20 Translations");
}

TEST_CASE("The inside of the first HTML element of a name is found in any case", "[convert]") {
  struct Case {
    std::string html;
    std::string tag;
    std::string inner;
  };
  const Case cases[] = {
      {"<h1>Title</h1>", "h1", "Title"},
      {"<H1 align=\"center\">Big <b>Title</b></H1>", "h1", "Big <b>Title</b>"},
      {"<details><Summary>Show answer</SUMMARY>body</details>", "summary", "Show answer"},
      {"<h1>First</h1><h1>Second</h1>", "h1", "First"},
      {"<h2>Not it</h2>", "h1", ""},
      {"<h1>never closed", "h1", ""},
      {"</h1> closed before <h1", "h1", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.html, c.tag);
    CHECK(element_inner(c.html, c.tag) == c.inner);
  }
}

}  // namespace genai_quiz
