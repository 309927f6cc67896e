#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "genai_quiz/core/key_point_matcher.hpp"
#include "genai_quiz/stem/snowball_stemmer.hpp"

// Key-point matching as users get it: the matcher with the English Snowball stemmer.

namespace genai_quiz {
namespace {

bool covers(const std::string& answer, std::vector<std::string> alternatives) {
  KeyPoint p{std::move(alternatives), {}};
  return KeyPointMatcher(english_stemmer()).check(answer, std::span(&p, 1)).covered() == 1;
}

}  // namespace

TEST_CASE("Snowball stems plurals and verb forms to one stem", "[stem]") {
  SnowballStemmer s;
  struct Case {
    const char* word;
    const char* stem;
  } cases[] = {
      {"updates", "updat"},     {"updated", "updat"},       {"updating", "updat"},  {"queries", "queri"},
      {"query", "queri"},       {"embeddings", "embed"},    {"weights", "weight"},  {"normalizing", "normal"},
      {"normalization", "normal"}, {"attention", "attent"}, {"caf\xC3\xA9", "caf\xC3\xA9"},
  };
  for (const Case& c : cases) {
    INFO(c.word);
    CHECK(s.stem(c.word) == c.stem);
  }
}

TEST_CASE("An unknown stemming language is an error", "[stem]") {
  CHECK_THROWS_WITH(SnowballStemmer("klingon"), "no Snowball stemmer for the language 'klingon'");
}

TEST_CASE("Points that must count in real answers", "[stem]") {
  struct Case {
    std::vector<std::string> point;
    const char* answer;
  } cases[] = {
      {{"chain rule"}, "You apply the chain rule backwards through the layers."},
      {{"gradient descent", "weight update"}, "Then the weights get updated."},
      {{"gradient descent", "weight update"}, "and finally we descend along the gradients"},
      {{"loss gradient"}, "compute gradients of the loss"},
      {{"backward pass"}, "in the backwards pass"},
      {{"query key value"}, "Each token is projected into queries, keys and values."},
      {{"softmax"}, "a soft-max over the scores"},
      {{"scaled by square root of dimension"}, "the scores are scaled by the square root of the key dimension"},
      {{"positional encoding"}, "we add position encodings to the embeddings"},
      {{"multi-head attention"}, "Multi-headed attention runs several heads in parallel"},
      {{"layer normalization"}, "normalizing each layer's inputs"},
      {{"self-attention"}, "self attention relates every token to every other"},
      {{"long-range dependencies"}, "it captures long range dependency between words"},
      {{"encoder-decoder"}, "an encoder–decoder model"},
      {{"retrieval"}, "it retrieves documents first"},
      {{"hallucination"}, "it hallucinates less"},
      {{"fine-tuning"}, "finetuning on your data"},
      {{"tokenization"}, "the text is tokenized"},
      {{"backpropagation"}, "backpropogation"},
      {{"transformer"}, "transfromers"},
      {{"attention weights"}, "the attention wieghts"},
  };
  for (const Case& c : cases) {
    INFO("point: " << c.point.front() << "\nanswer: " << c.answer);
    CHECK(covers(c.answer, c.point));
  }
}

TEST_CASE("Points that must not count in real answers", "[stem]") {
  struct Case {
    std::vector<std::string> point;
    const char* answer;
  } cases[] = {
      {{"the chain rule"}, "The network learns the weights."},     // shares only "the"
      {{"chain rule"}, "There is a rule: the weights change along a chain of layers."},
      {{"gradient descent"}, "The gradient is computed. Descent happens later."},
      {{"query key value"}, "Each token is projected into queries and keys."},
      {{"decoder"}, "the encoder"},
      {{"token"}, "it is taken"},
      {{"multi-head attention"}, "attention with one head"},
      {{"layer normalization"}, "a later normalization"},
      {{"softmax"}, "a max over the scores"},
      {{"encoder-decoder"}, "an encoder"},
      {{"attention"}, "intention"},
  };
  for (const Case& c : cases) {
    INFO("point: " << c.point.front() << "\nanswer: " << c.answer);
    CHECK_FALSE(covers(c.answer, c.point));
  }
}

}  // namespace genai_quiz
