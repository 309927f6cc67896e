// Each fixture under tests/data/convert/ converted, compared with what a person reading it finds:
// its sections in order, each question and answer word for word, and the stubs.

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "genai_quiz/convert/convert.hpp"
#include "genai_quiz/deck/deck_writer.hpp"
#include "support/fixture_files.hpp"

namespace genai_quiz {
namespace {

struct ExpectedCard {
  std::string question;
  std::string answer;
  std::vector<std::string> tags = {};
  std::string source = {};
  std::vector<std::string> choices = {};  ///< a multiple-choice card's options
  std::vector<int> correct = {};          ///< the right options (0 for the first)
};

struct ExpectedSection {
  std::string title;
  std::vector<ExpectedCard> cards;
  std::vector<std::string> stub_questions;  ///< the questions of the stubs that have one, in order
  int stubs = 0;
};

struct FixtureCase {
  std::string file;
  Layout layout;
  std::string title;
  std::vector<ExpectedSection> sections;
};

const std::vector<FixtureCase>& fixture_cases() {
  static const std::vector<FixtureCase> kCases = {
      {"numbered_mixed.md",
       Layout::kNumbered,
       "Machine Learning Interview Questions",
       {{"Basics",
         {{"What is overfitting?",
           "Overfitting is when a model learns the noise in the training data.\n\nIt shows as:\n"
           "1. low training error;\n2. high validation error.\n"},
          {"What is the bias-variance trade-off?",
           "A balance between two sources of error:\n\n| source | too much means |\n| --- | --- |\n"
           "| bias | underfitting |\n| variance | overfitting |\n"},
          {"Why scale features before gradient descent?",
           "Because $\\alpha * \\nabla_w J$ takes steps of very different sizes when features have "
           "different ranges.\n"},
          {"How does dropout work?",
           "Dropout zeroes each activation with probability $p$ during training:\n\n```python\n"
           "# keep = 1 - p\nmask = rng.random(x.shape) > p\n```\n\n"
           "![dropout](https://example.org/dropout.png)\n"}},
         {},
         1},
        {"Deep Learning",
         {{"What is a residual connection?",
           "A shortcut that adds a layer's input to its output: $y = f(x) + x$.\n"}},
         {"What is a vanishing gradient?", "What is batch normalization?"},
         3}}},
      {"numbered_nested.md",
       Layout::kNumbered,
       "Python Interview Questions",
       {{"Questions",
         {{"What is a decorator?",
           "A function that takes a function and returns a new one:\n\n```python\n@cache\ndef fib(n): ...\n```\n"},
          {"What is the GIL?", "The global interpreter lock: only one thread runs Python bytecode at a time.\n"},
          {"How do lists and tuples differ?", "- lists are mutable\n- tuples are immutable and hashable\n"}},
         {},
         0}}},
      {"numbered_heading_items.md",
       Layout::kNumbered,
       "JavaScript Interview Questions",
       {{"JavaScript Interview Questions",
         {{"What are the possible ways to create objects in JavaScript",
           "There are many ways to create objects in JavaScript:\n\n1. **Object literal syntax:**\n\n"
           "   ```javascript\n   # not a heading: a comment line in a code block\n"
           "   var object = { name: \"Sudheer\" };\n   ```\n\n2. **Object constructor:** `new Object()`\n"},
          {"What is a prototype chain", "**Prototype chaining** builds new types of objects on existing ones.\n"}},
         {},
         0}}},
      {"headings_levels.md",
       Layout::kHeadings,
       "Deep Learning Questions",
       {{"Optimisation",
         {{"What does the learning rate control?", "The size of each step taken along the negative gradient.\n"},
          {"Why use momentum?",
           "It averages past gradients, which damps oscillations:\n\n```python\n# momentum update\n"
           "v = beta * v + (1 - beta) * grad\nw -= lr * v\n```\n\n#### Example\n\n"
           "With `beta = 0.9` the update averages roughly the last ten gradients.\n"}},
         {},
         0},
        {"Architectures",
         {{"What is a residual connection?", "A shortcut that adds a block's input to its output.\n"},
          {"What problem do transformers solve?",
           "| model | sequential? |\n| --- | --- |\n| RNN | yes |\n| Transformer | no |\n"}},
         {},
         0}}},
      {"headings_h2_numbered.md",
       Layout::kHeadings,
       "SQL Interview Questions",
       {{"SQL Interview Questions",
         {{"What is a primary key?", "A column, or set of columns, whose values identify each row.\n"},
          {"What is the difference between `WHERE` and `HAVING`?",
           "`WHERE` filters rows before grouping; `HAVING` filters groups after it.\n\n### Notes\n\n"
           "Both can appear in one query.\n"}},
         {"What is a window function?"},
         1}}},
      {"headings_output.md",
       Layout::kHeadings,
       "headings_output",
       {{"headings_output",
         {{"What's the output?\n\n```javascript\nconsole.log(typeof null);\n```",
           "`typeof null` is `\"object\"`, a bug kept for compatibility.\n",
           {},
           {},
           {"`\"null\"`", "`\"object\"`", "`\"undefined\"`"},
           {1}},
          {"Which of these values are falsy?",
           "Only `0` is falsy; a non-empty string and an empty array are truthy.\n",
           {},
           {},
           {"`0`", "`\"0\"`", "`[]`"},
           {0}},
          {"How do you copy an array?",
           "```javascript\nconst copy = [...original];\n```\n\nThe spread syntax makes a shallow copy.\n"},
          {"What's the output?\n\n```javascript\nconsole.log([] + []);\n```",
           "Both arrays become empty strings.\n",
           {},
           {},
           {"`\"\"`", "`\"[]\"`"},
           {0}}},
         {},
         0}}},
      {"bold_lines.md",
       Layout::kBold,
       "Statistics interview questions",
       {{"Probability",
         {{"What is a p-value?",
           "The probability of a result at least as extreme as the one observed, if the null hypothesis holds.\n",
           {"easy"}},
          {"Bayes' theorem",
           "$P(A|B) = P(B|A) * P(A) / P(B)$, where:\n\n**Terms:**\n\n- $P(A)$ is the prior\n"
           "- $P(A|B)$ is the posterior\n",
           {"medium"}}},
         {"Why can't we use the median of medians exactly?"},
         1},
        {"Testing",
         {{"What is an A/B test?",
           "A randomised experiment comparing two variants.\n\n```python\n# two groups\n"
           "control, treatment = split(users)\n```\n\nMore on the *design* of tests later.\n",
           {"easy"}}},
         {"What is statistical power?"},
         1}}},
      {"details_answers.md",
       Layout::kDetails,
       "JavaScript Quiz",
       {{"JavaScript Quiz",
         {{"What's the output?\n\n```javascript\nlet a = 3;\nlet b = new Number(3);\n"
           "console.log(a == b, a === b);\n```",
           "`new Number()` makes an object: `==` converts it, `===` does not.\n",
           {},
           {},
           {"`true` `false`", "`false` `true`", "`true` `true`"},
           {0}},
          {"Which keyword declares a block-scoped constant?", "`const`\n", {}, {}, {"`var`", "`const`"}, {1}}},
         {},
         0}}},
      {"details_summary.md",
       Layout::kDetails,
       "Git Questions",
       {{"Basics",
         {{"What does `git rebase` do?", "It replays commits on top of another base, rewriting their history.\n"},
          {"What is a detached HEAD?", "HEAD points at a commit instead of a branch.\n"}},
         {},
         0},
        {"Advanced",
         {{"How do you find the commit that introduced a bug?",
           "Use `git bisect`, marking commits good or bad until one remains.\n"}},
         {},
         0}}},
      {"qa_pairs.md",
       Layout::kQaPairs,
       "Networking Q&A",
       {{"Transport",
         {{"What does TCP guarantee?", "Ordered, reliable delivery of a byte stream.\n"},
          {"Why would you choose UDP?", "When low latency matters more than reliability:\n\n- live video\n- online games\n"},
          {"What is a three-way handshake?", "SYN, SYN-ACK, ACK.\n"}},
         {},
         0},
        {"Addressing",
         {{"How many bits are in an IPv6 address?", "128.\n"}},
         {"What is a subnet mask?", "What does NAT do?"},
         2}}},
      {"math.md",
       Layout::kBold,
       "Python and maths",
       {{"Python and maths",
         {{"What does $x**2$ mean, as opposed to $x*2$?", "$x**2$ squares $x$; $x*2$ doubles it.\n"},
          {"Why is $a*b*c$ the same however it is grouped?", "Because $(a*b)*c = a*(b*c)$ holds for all reals.\n"},
          {"How much does the course cost?", "About $5 per month, or $50 per year.\n"}},
         {},
         0}}},
      {"legend_tags.md",
       Layout::kBold,
       "Data Science Questions",
       {{"Models",
         {{"What is regression?", "Predicting a number from features.\n", {"easy"}},
          {"What is regularization?", "A penalty on large weights that reduces overfitting.\n", {"medium"}},
          {"How does gradient boosting pick the next tree?", "It fits the negative gradient of the loss.\n",
           {"expert"}},
          {"What is a decision tree?", "A model that splits the data on one feature at a time.\n"}},
         {},
         0}}},
      {"difficulty_words.md",
       Layout::kHeadings,
       "Algorithms",
       {{"Sorting",
         {{"What is the worst case of quicksort?",
           "$O(n^2)$, when the pivot is always the smallest or largest element.\n", {"easy"}},
          {"Why is merge sort stable?",
           "Equal elements keep their order because the merge takes from the left run first.\n", {"medium"}},
          {"How does introsort avoid the worst case?", "It switches to heapsort when the recursion gets too deep.\n",
           {"medium"}},
          {"What is a radix sort?", "A sort that groups numbers digit by digit, without comparing them.\n",
           {"expert"}}},
         {},
         0}}},
      {"source_links.md",
       Layout::kBold,
       "NLP Questions",
       {{"NLP Questions",
         {{"What is tokenization?", "Splitting text into units the model reads.\n", {},
           "https://example.org/tokenization"},
          {"What is perplexity?", "The exponential of the average negative log-likelihood per token.\n", {},
           "https://example.org/perplexity"},
          {"What is a stop word?", "A frequent word, such as \"the\", often dropped before indexing.\n"}},
         {},
         0}}},
      {"math_images.md",
       Layout::kBold,
       "Linear Models",
       {{"Linear Models",
         {{"How do you solve linear regression in closed form?",
           "The coefficients $\\beta$ are $\\beta = (X^{T}X)^{-1}X^{T}y$.\n"},
          {"What does L1 regularization add to the loss?",
           "$\\lambda\\sum_{j=0}^{M} \\left | w_j \\right |+1$\n"},
          {"What is a residual?", "The difference between a target and its prediction.\n"}},
         {},
         0}}},
      {"stubs_order.md",
       Layout::kNumbered,
       "Kubernetes Questions",
       {{"Basics",
         {{"What is a pod?", "The smallest unit Kubernetes schedules: one or more containers.\n"},
          {"What is a deployment?", "A controller that keeps a number of identical pods running.\n"},
          {"What is a namespace?", "A named scope that groups resources.\n"}},
         {"What is a node?", "What is a service?"},
         2}}},
      {"heading_levels_parts.md",
       Layout::kHeadings,
       "heading_levels_parts",
       {{"Part 1: Python",
         {{"What is a list comprehension?", "A compact way to build a list: `[x * x for x in xs]`.\n"},
          {"What does `yield` do?", "It makes a function a generator that produces values lazily.\n"}},
         {},
         0},
        {"Part 2: SQL",
         {{"What is an index?", "A data structure that finds rows without scanning the whole table.\n"},
          {"What is a join?", "A query that combines rows of two tables on a condition.\n"},
          {"What is a view?", "A stored query that reads like a table.\n"}},
         {},
         0}}},
      {"stray_heading.md",
       Layout::kHeadings,
       "Statistics Questions",
       {{"Statistics Questions",
         {{"What is a confidence interval?",
           "A range that holds the true value with a given probability over repeated samples.\n"},
          {"What is a p-value?", "The probability of data at least this extreme if the null hypothesis holds.\n"},
          {"What is statistical power?", "The probability of rejecting the null hypothesis when it is false.\n"},
          {"What is a type I error?", "Rejecting a true null hypothesis.\n"}},
         {},
         0}}},
      {"q_details.md",
       Layout::kDetails,
       "Cloud Questions",
       {{"Cloud Questions",
         {{"What is a region?", "A geographic area holding several data centres.\n"},
          {"What is autoscaling?", "Adding and removing machines as the load changes.\n"}},
         {"What is an availability zone?", "What is a load balancer?"},
         2}}},
      {"old_mc.md",
       Layout::kNumbered,
       "Deep Learning Quiz",
       {{"Deep Learning Quiz",
         {{"Which activation function outputs values between 0 and 1?",
           "The sigmoid squashes any input into the range (0, 1).\n",
           {},
           {},
           {"ReLU", "Sigmoid", "Tanh", "Leaky ReLU"},
           {1}},
          {"Which layer reduces the spatial size of a feature map?",
           "Pooling takes the maximum or the mean over small windows.\n",
           {},
           {},
           {"Dense layer", "Dropout layer", "Pooling layer"},
           {2}}},
         {},
         0}}},
      {"mc_lettered.md",
       Layout::kDetails,
       "Python Quiz",
       {{"Python Quiz",
         {{"What's the output?\n\n```python\nprint(type(None).__name__)\n```",
           "`None` is the only instance of the class `NoneType`.\n",
           {},
           {},
           {"`None`", "`NoneType`", "`null`", "an `AttributeError`"},
           {1}},
          {"Which of these are immutable?",
           "Tuples and frozensets cannot change once made; lists can.\n",
           {},
           {},
           {"`tuple`", "`list`", "`frozenset`"},
           {0, 2}},
          {"Which keyword makes a generator?", "`yield`\n", {}, {}, {"`return`", "`yield`"}, {1}}},
         {},
         0}}},
      {"mc_tasks.md",
       Layout::kHeadings,
       "Git Checks",
       {{"Branches",
         {{"Which command creates a branch and switches to it?",
           "`git switch -c` is the newer spelling of `git checkout -b`.\n",
           {},
           {},
           {"`git branch -d topic`", "`git switch -c topic`", "`git merge topic`"},
           {1}},
          {"Which of these rewrite history?",
           "Both make new commits in place of old ones; `git revert` adds a commit that undoes another.\n",
           {},
           {},
           {"`git rebase`", "`git revert`", "`git commit --amend`"},
           {0, 2}},
          {"What does `git stash` do?",
           "It shelves the changes of the working tree so that they can be applied later.\n"}},
         {},
         0}}},
      {"mc_malformed.md",
       Layout::kHeadings,
       "Broken Quiz",
       {{"Broken Quiz",
         {{"Which sort is stable?\n\n- A: quicksort\n- B: heapsort\n- C: merge sort",
           "**Answer: E**\n\nMerge sort keeps equal elements in order.\n"},
          {"Which of these is a prime?", "Seven has no divisors but one and itself.\n", {}, {}, {"`4`", "`7`"}, {1}}},
         {},
         0}}},
      {"stray_mark_letter.md",
       Layout::kBold,
       "Metrics",
       {{"Metrics",
         {{"What is the area under the PR curve? Is it a useful metric?",
           "One number for the precision-recall trade-off over all thresholds.\n",
           {"medium"}},
          {"What is accuracy?", "The share of correct predictions.\n", {"easy"}}},
         {},
         0}}},
  };
  return kCases;
}

ConvertResult convert_fixture(const std::string& file, Layout layout) {
  std::optional<std::string> text = testing::read_text_file(testing::fixture_path("convert/" + file));
  REQUIRE(text.has_value());
  ConvertOptions options;
  options.file = file;
  options.layout = layout;
  return convert_markdown(*text, options);
}

void check_deck(const FixtureCase& c, const ConvertResult& result) {
  REQUIRE_FALSE(result.failed());
  CHECK(result.layout == c.layout);
  CHECK(result.deck.title == c.title);
  REQUIRE(result.deck.sections.size() == c.sections.size());
  for (std::size_t s = 0; s < c.sections.size(); ++s) {
    const Section& got = result.deck.sections[s];
    const ExpectedSection& want = c.sections[s];
    INFO("section " << want.title);
    CHECK(got.title == want.title);
    CHECK(got.stubs == want.stubs);
    std::vector<std::string> stub_questions;
    for (const std::string& q : got.stub_questions) {
      if (!q.empty()) stub_questions.push_back(q);
    }
    CHECK(stub_questions == want.stub_questions);
    REQUIRE(got.cards.size() == want.cards.size());
    for (std::size_t k = 0; k < want.cards.size(); ++k) {
      CHECK(got.cards[k].question == want.cards[k].question);
      CHECK(got.cards[k].answer == want.cards[k].answer);
      CHECK(got.cards[k].tags == want.cards[k].tags);
      CHECK(got.cards[k].source == want.cards[k].source);
      CHECK(got.cards[k].choices == want.cards[k].choices);
      CHECK(got.cards[k].correct == want.cards[k].correct);
    }
  }
}

}  // namespace

TEST_CASE("Every fixture converts to the sections, questions, answers and stubs written in it", "[convert]") {
  for (const FixtureCase& c : fixture_cases()) {
    INFO("fixture " << c.file);
    check_deck(c, convert_fixture(c.file, Layout::kAuto));
  }
}

TEST_CASE("Forcing each fixture's own layout gives the same deck as detecting it", "[convert]") {
  for (const FixtureCase& c : fixture_cases()) {
    INFO("fixture " << c.file << " with --layout " << layout_name(c.layout));
    check_deck(c, convert_fixture(c.file, c.layout));
  }
}

TEST_CASE("Card ids are slugs of the questions, and questions that read alike take the document's numbers", "[convert]") {
  struct Case {
    std::string file;
    std::vector<std::string> ids;
  } cases[] = {
      {"headings_output.md", {"q1-whats-the-output", "these-values-falsy", "copy-array", "q4-whats-the-output"}},
      {"repeated_fronts.md", {"q11-whats-the-output", "q12-whats-the-output", "array-isarray-return"}},
      {"legend_tags.md", {"regression", "regularization", "gradient-boosting-pick-next-tree", "decision-tree"}},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    ConvertResult result = convert_fixture(c.file, Layout::kAuto);
    REQUIRE_FALSE(result.failed());
    std::vector<std::string> ids;
    for (const Card& card : result.deck.sections.at(0).cards) ids.push_back(card.id);
    CHECK(ids == c.ids);
  }
}

TEST_CASE("Multiple-choice questions convert without warnings, and an answer naming no option is a warning", "[convert]") {
  struct Case {
    std::string file;
    std::vector<std::string> warnings;  ///< formatted diagnostics, in order
  } cases[] = {
      {"old_mc.md", {}},
      {"mc_lettered.md", {}},
      {"mc_tasks.md", {}},
      {"headings_output.md", {}},
      {"mc_malformed.md",
       {"mc_malformed.md:3:1: warning: the answer names option E, but the options are A to C; "
        "the question is kept as a card without choices"}},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    ConvertResult result = convert_fixture(c.file, Layout::kAuto);
    REQUIRE_FALSE(result.failed());
    std::vector<std::string> warnings;
    for (const Diagnostic& d : result.diagnostics) warnings.push_back(format_diagnostic(d));
    CHECK(warnings == c.warnings);
  }
}

TEST_CASE("Stubs are written where the document has them, between the cards", "[convert]") {
  ConvertResult result = convert_fixture("stubs_order.md", Layout::kAuto);
  REQUIRE_FALSE(result.failed());
  std::ostringstream yaml;
  write_deck_yaml(result.deck, yaml, "");
  std::vector<std::string> entries;
  std::istringstream lines(yaml.str());
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("      - ")) entries.push_back(line.substr(8));
  }
  CHECK(entries == std::vector<std::string>{"id: pod", "stub: true", "id: deployment", "stub: true", "id: namespace"});
}

TEST_CASE("Section ids are short slugs of the section titles", "[convert]") {
  struct Case {
    std::string file;
    std::vector<std::string> ids;
  } cases[] = {
      {"numbered_mixed.md", {"basics", "deep-learning"}},
      {"headings_h2_numbered.md", {"sql-interview-questions"}},
      {"qa_pairs.md", {"transport", "addressing"}},
      {"math.md", {"python-maths"}},
  };
  for (const Case& c : cases) {
    ConvertResult result = convert_fixture(c.file, Layout::kAuto);
    std::vector<std::string> ids;
    for (const Section& s : result.deck.sections) ids.push_back(s.id);
    CHECK(ids == c.ids);
  }
}

TEST_CASE("A document with headings and lists but no questions is an error", "[convert]") {
  ConvertResult result = convert_fixture("plain_notes.md", Layout::kAuto);
  REQUIRE(result.failed());
  CHECK(result.deck.sections.empty());
  CHECK(result.diagnostics.at(0).message ==
        "no questions found in any known layout (numbered, headings, bold, details, qa); "
        "is this a Markdown Q&A document?");
}

TEST_CASE("Each part of a document is read in its own layout: a section, or a run of questions of one shape",
          "[convert]") {
  const std::vector<ExpectedCard> coding = {
      {"What is the output\n\n```javascript\nconsole.log(1 + \"2\");\n```",
       "Answer: `\"12\"`, because `+` with a string concatenates.\n"},
      {"What is the output\n\n```javascript\nconsole.log([1, 2] + [3]);\n```",
       "Answer: `\"1,23\"`: both arrays become strings.\n"},
      {"What is the output\n\n```javascript\nconsole.log(typeof NaN);\n```", "Answer: `\"number\"`.\n"}};
  struct Case {
    std::string file;
    std::vector<Layout> layouts;
    std::vector<std::string> sections;
    std::vector<std::string> questions;  ///< first lines, in order
  } cases[] = {
      {"mixed_parts.md",
       {Layout::kHeadings, Layout::kNumbered},
       {"Theory", "Coding exercises"},
       {"What is the DOM?", "What is event bubbling?", "What is the output", "What is the output", "What is the output"}},
      {"mixed_runs.md",
       {Layout::kNumbered, Layout::kHeadings},
       {"Frontend Interview"},
       {"What is the DOM?", "What is event bubbling?", "What is a closure?", "What is the output", "What is the output"}},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    ConvertResult result = convert_fixture(c.file, Layout::kAuto);
    REQUIRE_FALSE(result.failed());
    CHECK(result.layouts == c.layouts);
    std::vector<std::string> sections;
    std::vector<std::string> questions;
    for (const Section& s : result.deck.sections) {
      sections.push_back(s.title);
      for (const Card& card : s.cards) questions.push_back(card.question.substr(0, card.question.find('\n')));
    }
    CHECK(sections == c.sections);
    CHECK(questions == c.questions);
  }
  ConvertResult parts = convert_fixture("mixed_parts.md", Layout::kAuto);
  REQUIRE(parts.deck.sections.size() == 2);
  REQUIRE(parts.deck.sections[1].cards.size() == coding.size());
  for (std::size_t k = 0; k < coding.size(); ++k) {
    CHECK(parts.deck.sections[1].cards[k].question == coding[k].question);
    CHECK(parts.deck.sections[1].cards[k].answer == coding[k].answer);
  }
}

TEST_CASE("A forced layout reads every part of a mixed document", "[convert]") {
  ConvertResult result = convert_fixture("mixed_parts.md", Layout::kHeadings);
  REQUIRE_FALSE(result.failed());
  CHECK(result.layouts == std::vector<Layout>{Layout::kHeadings});
  CHECK(result.deck.card_count() == 3);
  ConvertResult numbered = convert_fixture("mixed_parts.md", Layout::kNumbered);
  CHECK(numbered.layouts == std::vector<Layout>{Layout::kNumbered});
  CHECK(numbered.deck.card_count() == 2);
}

}  // namespace genai_quiz
