#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "genai_quiz/core/key_point_matcher.hpp"

// The matcher's own rules, with a toy stemmer that only drops -s, -ed and -ing. The same rules
// with the real English stemmer: tests/stem/key_point_matching_test.cpp.

namespace genai_quiz {
namespace {

std::string toy_stem(std::string_view word) {
  std::string w(word);
  for (std::string_view suffix : {"ing", "ed", "s"}) {
    if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return w.substr(0, w.size() - suffix.size());
  }
  return w;
}

KeyPoint point(std::vector<std::string> alternatives) { return KeyPoint{std::move(alternatives), {}}; }

bool covers(const std::string& answer, const std::string& phrase) {
  KeyPoint p = point({phrase});
  return KeyPointMatcher(toy_stem).check(answer, std::span(&p, 1)).points.at(0).covered;
}

}  // namespace

TEST_CASE("A point counts when its words are in the answer, near each other, in any order", "[core]") {
  struct Case {
    const char* point;
    const char* answer;
  } cases[] = {
      {"chain rule", "by the chain rule"},
      {"chain rule", "The Chain-Rule!"},
      {"chain rule", "CHAIN RULE"},
      {"chain rule", "the rule of the chain"},            // two stop words between
      {"chain rule", "chain of derivatives, the rule"},   // three words, one not a stop word
      {"weight update", "then update the weights"},       // order and plural
      {"weight update", "weights updated"},               // verb form
      {"weight update", "updating weights"},
      {"the chain rule", "chain rule"},                   // the point's stop words are not needed
      {"backpropagation", "backpropogation"},             // one typo, long word
      {"backpropagation", "bakcpropogation"},             // two typos, 15 letters
      {"gradient", "gradeint"},                           // a swap counts as one typo
      {"softmax", "softmx"},
      {"attention", "atention"},
      {"feed-forward", "a feedforward network"},          // joined in the answer
      {"feedforward", "a feed forward network"},          // split in the answer
      {"multi-head attention", "multihead attention"},
      {"scaled dot product", "a dot product that is scaled"},
      {"query key value", "values, keys and a query"},
      {"encoder decoder structure", "an encoder and a decoder structure"},
      {"64", "dimension 64"},
  };
  for (const Case& c : cases) {
    INFO("point: " << c.point << "\nanswer: " << c.answer);
    CHECK(covers(c.answer, c.point));
  }
}

TEST_CASE("A point does not count for stop words, far-apart words, short misspellings or other sentences",
          "[core]") {
  struct Case {
    const char* point;
    const char* answer;
  } cases[] = {
      {"the chain rule", "the"},                              // one shared stop word
      {"chain of rules", "of"},
      {"of the", "of the"},                                   // nothing but stop words
      {"chain rule", "rule"},                                 // a word missing
      {"chain rule", "the chain of command, and a rule"},     // four words between
      {"chain rule", "chain derivatives thumb rule"},         // two words between not stop words
      {"chain rule", "a chain. Rule"},                        // different sentences
      {"chain rule", "a chain\n\nrule"},                      // blank line between
      {"token", "taken"},                                     // five letters: no typo allowed
      {"layer", "later"},
      {"decoder", "encoder"},                                 // first letter differs
      {"weight", "height"},
      {"gradient", "gradxyent"},                              // two typos in eight letters
      {"attention", "atension"},
      {"64", "65"},                                           // numbers never have typos
      {"2024", "2025"},
      {"feedforward", "feed froward"},                        // joined words get no typos
      {"multi-head attention", "multiple heads"},
      {"chain rule", ""},
  };
  for (const Case& c : cases) {
    INFO("point: " << c.point << "\nanswer: " << c.answer);
    CHECK_FALSE(covers(c.answer, c.point));
  }
}

TEST_CASE("A stop word in the answer is never taken for a misspelt point word", "[core]") {
  CHECK_FALSE(covers("through", "though"));  // "through" is a stop word, one letter away
  CHECK(covers("thuogh", "though"));
}

TEST_CASE("Any alternative covers a point, and the answer's words that made it are given", "[core]") {
  const std::string answer = "First the loss. Then we update the weights, using the chain rule.";
  std::vector<KeyPoint> points = {point({"gradient descent", "weight update"}), point({"chain rule"}),
                                  point({"learning rate"})};
  Coverage c = KeyPointMatcher(toy_stem).check(answer, points);
  REQUIRE(c.total() == 3);
  CHECK(c.covered() == 2);
  CHECK(c.fraction() == Approx(2.0 / 3));
  struct Case {
    bool covered;
    int alternative;
    const char* words;
  } expected[] = {{true, 1, "update the weights"}, {true, 0, "chain rule"}, {false, -1, ""}};
  for (std::size_t i = 0; i < points.size(); ++i) {
    INFO(i);
    const PointMatch& m = c.points[i];
    CHECK(m.covered == expected[i].covered);
    CHECK(m.alternative == expected[i].alternative);
    CHECK(answer.substr(m.begin, m.end - m.begin) == expected[i].words);
  }
}

TEST_CASE("The narrowest place in the answer is reported", "[core]") {
  const std::string answer = "rule of a chain and chain rule";
  KeyPoint p = point({"chain rule"});
  PointMatch m = KeyPointMatcher(toy_stem).check(answer, std::span(&p, 1)).points.at(0);
  REQUIRE(m.covered);
  CHECK(answer.substr(m.begin, m.end - m.begin) == "chain rule");
}

TEST_CASE("Words in the point's order are quoted before a shorter shuffle", "[core]") {
  const std::string answer = "the gradient of the loss, then gradient descent";
  KeyPoint p = point({"gradient of the loss"});
  PointMatch m = KeyPointMatcher(toy_stem).check(answer, std::span(&p, 1)).points.at(0);
  REQUIRE(m.covered);
  CHECK(answer.substr(m.begin, m.end - m.begin) == "gradient of the loss");
}

TEST_CASE("Without a stemmer only whole words match", "[core]") {
  KeyPoint p = point({"weight update"});
  KeyPointMatcher plain;
  CHECK(plain.check("update weight", std::span(&p, 1)).covered() == 1);
  CHECK(plain.check("updating the weights", std::span(&p, 1)).covered() == 0);
  CHECK(KeyPointMatcher(toy_stem).check("updating the weights", std::span(&p, 1)).covered() == 1);
}

TEST_CASE("A card without key points has no coverage", "[core]") {
  Coverage c = KeyPointMatcher(toy_stem).check("anything", {});
  CHECK(c.total() == 0);
  CHECK_FALSE(c.fraction().has_value());
}

TEST_CASE("A point of stop words alone is reported as one that can never be covered", "[core]") {
  CHECK_FALSE(phrase_has_content("of the"));
  CHECK_FALSE(phrase_has_content(""));
  CHECK(phrase_has_content("the chain rule"));
  CHECK(key_point_label(point({"gradient descent", "weight update"})) == "gradient descent / weight update");
}

TEST_CASE("Coverage suggests Good for all points, Hard for at least half, Again for fewer", "[core]") {
  struct Case {
    int covered;
    int total;
    Rating rating;
  } cases[] = {
      {0, 1, Rating::kAgain}, {1, 1, Rating::kGood}, {0, 2, Rating::kAgain}, {1, 2, Rating::kHard},
      {2, 2, Rating::kGood},  {1, 3, Rating::kAgain}, {2, 3, Rating::kHard}, {3, 3, Rating::kGood},
      {1, 4, Rating::kAgain}, {2, 4, Rating::kHard}, {3, 4, Rating::kHard},  {4, 4, Rating::kGood},
      {2, 5, Rating::kAgain}, {3, 5, Rating::kHard}, {4, 5, Rating::kHard},  {5, 5, Rating::kGood},
  };
  for (const Case& c : cases) {
    INFO(c.covered << " of " << c.total);
    CHECK(suggested_rating(c.covered, c.total) == c.rating);
    CHECK(suggested_rating(static_cast<double>(c.covered) / c.total) == c.rating);
  }
  CHECK_FALSE(suggested_rating(0, 0).has_value());
}

}  // namespace genai_quiz
