#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "genai_quiz/core/answer_words.hpp"

namespace genai_quiz {
namespace {

std::string joined(const std::vector<TextWord>& words) {
  std::string out;
  for (const TextWord& w : words) {
    if (!out.empty()) out += ' ';
    if (w.sentence_start) out += '|';
    out += w.text;
  }
  return out;
}

}  // namespace

TEST_CASE("An answer is split into lower-case words at spaces and punctuation", "[core]") {
  struct Case {
    const char* text;
    const char* words;  // '|' marks a word that starts a new sentence
  } cases[] = {
      {"", ""},
      {"  \n ", ""},
      {"Chain Rule", "chain rule"},
      {"the chain-rule, then (gradient) descent!", "the chain rule then gradient descent"},
      {"Loss.Then update", "loss then update"},  // no space after '.': not a sentence end
      {"loss. Then update", "loss |then update"},
      {"loss; then? yes! no", "loss |then |yes |no"},
      {"first\n\nsecond\nthird", "first |second third"},
      {"the model's weights", "the model weights"},
      {"the model\xE2\x80\x99s weights", "the model weights"},
      {"it doesn't matter", "it doesnt matter"},
      {"'quoted' words", "quoted words"},
      {"score/8 = q\xC2\xB7k", "score 8 q k"},
      {"0.9 and 64", "0 9 and 64"},
      {"caf\xC3\xA9 na\xC3\xAFve", "caf\xC3\xA9 na\xC3\xAFve"},
      {"\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 dash", "quoted dash"},
      {"$\\sqrt{d_k}$", "sqrt d k"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(joined(split_words(c.text)) == c.words);
  }
}

TEST_CASE("Each word remembers the bytes it came from", "[core]") {
  const std::string text = "Use the model\xE2\x80\x99s  Weights.";
  std::vector<TextWord> words = split_words(text);
  REQUIRE(words.size() == 4);
  CHECK(text.substr(words[0].begin, words[0].end - words[0].begin) == "Use");
  CHECK(text.substr(words[2].begin, words[2].end - words[2].begin) == "model\xE2\x80\x99s");
  CHECK(text.substr(words[3].begin, words[3].end - words[3].begin) == "Weights");
}

TEST_CASE("Stop words are the short function words of English, not technical words", "[core]") {
  struct Case {
    const char* word;
    bool stop;
  } cases[] = {
      {"the", true},   {"of", true},     {"is", true},     {"and", true},    {"with", true},
      {"their", true}, {"doesnt", true}, {"a", true},      {"q", false},     {"k", false},
      {"v", false},    {"key", false},   {"value", false}, {"layer", false}, {"rule", false},
      {"attention", false}, {"chain", false},
  };
  for (const Case& c : cases) {
    INFO(c.word);
    CHECK(is_stop_word(c.word) == c.stop);
  }
}

}  // namespace genai_quiz
