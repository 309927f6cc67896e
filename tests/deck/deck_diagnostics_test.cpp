#include <catch2/catch.hpp>

#include "genai_quiz/deck/deck_loader.hpp"

using namespace genai_quiz;

namespace {

struct Case {
  const char* what;
  std::string yaml;
  std::vector<std::string> diagnostics;  // formatted, in order
};

std::vector<std::string> diagnostics_of(std::string_view yaml) {
  std::vector<std::string> out;
  for (const Diagnostic& d : load_deck(yaml, "d.yaml").diagnostics) out.push_back(format_diagnostic(d));
  return out;
}

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO(c.what << ":\n" << c.yaml);
    CHECK(diagnostics_of(c.yaml) == c.diagnostics);
  }
}

// A valid deck around one card's lines (indented by 6), so a case shows only what it is about.
std::string deck_with_card(const std::string& card_lines) {
  return "id: d\nsections:\n  - id: s\n    cards:\n" + card_lines;
}

}  // namespace

TEST_CASE("Files that hold no deck are errors at 1:1", "[deck]") {
  check_cases({
      {"empty file", "", {"d.yaml:1:1: error: empty file; a deck needs at least a 'sections' list"}},
      {"only comments and blank lines", "# a comment\n\n   \n# another\n",
       {"d.yaml:1:1: error: empty file; a deck needs at least a 'sections' list"}},
      {"an empty document", "---\n", {"d.yaml:1:1: error: the deck has no sections; add a 'sections' list"}},
      {"no sections key", "id: d\ntitle: T\n", {"d.yaml:1:1: error: the deck has no sections; add a 'sections' list"}},
      {"sections with nothing", "id: d\nsections:\n", {"d.yaml:1:1: error: the deck has no sections; add a 'sections' list"}},
      {"an empty sections list", "id: d\nsections: []\n",
       {"d.yaml:2:11: error: the deck has no sections; add a 'sections' list"}},
      {"text for a deck", "hello\n",
       {"d.yaml:1:1: error: a deck must be a mapping with 'id', 'title' and 'sections', not text"}},
      {"a list for a deck", "- a\n- b\n",
       {"d.yaml:1:1: error: a deck must be a mapping with 'id', 'title' and 'sections', not a list"}},
  });
}

TEST_CASE("Wrong types are errors at the value", "[deck]") {
  check_cases({
      {"deck title a list", "title: [a, b]\nsections: [{id: s}]\n", {"d.yaml:1:8: error: 'title' must be text, not a list"}},
      {"deck id a mapping", "id: {a: b}\nsections: [{id: s}]\n", {"d.yaml:1:5: error: 'id' must be text, not a mapping"}},
      {"sections text", "sections: many\n", {"d.yaml:1:11: error: 'sections' must be a list, not text"}},
      {"sections a mapping", "sections:\n  a: b\n", {"d.yaml:2:3: error: 'sections' must be a list, not a mapping"}},
      {"a section as text", "sections:\n  - s\n",
       {"d.yaml:2:5: error: a section must be a mapping with 'id', 'title' and 'cards', not text"}},
      {"cards a mapping", "sections:\n  - id: s\n    cards: {a: b}\n",
       {"d.yaml:3:12: error: 'cards' must be a list, not a mapping"}},
      {"a card as text", deck_with_card("      - What is X?\n"),
       {"d.yaml:5:9: error: a card must be a mapping with 'question' and 'answer', not text"}},
      {"a card as a list", deck_with_card("      - [q, a]\n"),
       {"d.yaml:5:9: error: a card must be a mapping with 'question' and 'answer', not a list"}},
      {"answer a list", deck_with_card("      - id: c\n        question: Q?\n        answer:\n          - one\n          - two\n"),
       {"d.yaml:8:11: error: 'answer' must be text, not a list"}},
      {"question a mapping (then the entry is a stub)",
       deck_with_card("      - id: c\n        question: {a: b}\n        answer: A.\n"),
       {"d.yaml:6:19: error: 'question' must be text, not a mapping"}},
      {"tags text", deck_with_card("      - id: c\n        question: Q?\n        answer: A.\n        tags: training\n"),
       {"d.yaml:8:15: error: 'tags' must be a list, not text"}},
      {"a tag a list", deck_with_card("      - id: c\n        question: Q?\n        answer: A.\n        tags: [a, [b]]\n"),
       {"d.yaml:8:19: error: a tag must be text, not a list"}},
      {"stub yes", deck_with_card("      - stub: yes\n"), {"d.yaml:5:15: error: 'stub' must be true or false, not 'yes'"}},
      {"stub quoted", deck_with_card("      - stub: \"true\"\n"),
       {"d.yaml:5:15: error: 'stub' must be true or false, not 'true'"}},
      {"a key that is a list", "id: d\n? [a, b]\n: c\nsections: [{id: s}]\n",
       {"d.yaml:2:3: error: a key must be text, not a list"}},
      {"an empty id", "id: ''\nsections: [{id: s}]\n", {"d.yaml:1:5: error: 'id' is empty"}},
      {"an id on two lines", "id: d\nsections:\n  - id: \"a\\nb\"\n", {"d.yaml:3:9: error: 'id' must be a single line"}},
  });
}

TEST_CASE("Questions without answers, duplicate ids and repeated keys are errors", "[deck]") {
  check_cases({
      {"no answer", deck_with_card("      - id: c\n        question: Q?\n"),
       {"d.yaml:6:9: error: the question has no answer; add an 'answer'"}},
      {"an empty answer", deck_with_card("      - id: c\n        question: Q?\n        answer:\n"),
       {"d.yaml:6:9: error: the question has no answer; add an 'answer'"}},
      {"a blank answer", deck_with_card("      - id: c\n        question: Q?\n        answer: \"  \"\n"),
       {"d.yaml:6:9: error: the question has no answer; add an 'answer'"}},
      {"duplicate card ids across sections",
       "id: d\nsections:\n  - id: a\n    cards:\n      - {id: x, question: Q1, answer: A}\n"
       "  - id: b\n    cards:\n      - {id: x, question: Q2, answer: A}\n",
       {"d.yaml:8:14: error: duplicate card id 'x' (first used at 5:14)"}},
      {"duplicate section ids, ignoring case",
       "id: d\nsections:\n  - id: llm\n  - title: Other\n    id: LLM\n",
       {"d.yaml:5:9: error: duplicate section id 'LLM' (first used at 3:9)"}},
      {"a key twice in a card",
       deck_with_card("      - id: c\n        question: Q?\n        answer: A.\n        answer: B.\n"),
       {"d.yaml:8:9: error: key 'answer' is given twice in this mapping (first at 7:9)"}},
      {"a key twice in the deck", "id: d\nid: e\nsections: [{id: s}]\n",
       {"d.yaml:2:1: error: key 'id' is given twice in this mapping (first at 1:1)"}},
      {"an unknown key twice", "id: d\nx: 1\nx: 2\nsections: [{id: s}]\n",
       {"d.yaml:2:1: warning: unknown key 'x' in the deck; expected one of: id title sections",
        "d.yaml:3:1: error: key 'x' is given twice in this mapping (first at 2:1)"}},
      {"a section without id or title", "id: d\nsections:\n  - cards: []\n",
       {"d.yaml:3:5: error: a section needs an 'id' or a 'title'"}},
  });
}

TEST_CASE("Unknown keys and missing ids are warnings", "[deck]") {
  check_cases({
      {"misspelt card key", deck_with_card("      - id: c\n        question: Q?\n        answr: A.\n        answer: A.\n"),
       {"d.yaml:7:9: warning: unknown key 'answr' in a card; did you mean 'answer'?"}},
      {"wrong case", deck_with_card("      - id: c\n        Question: Q?\n        question: Q?\n        answer: A.\n"),
       {"d.yaml:6:9: warning: unknown key 'Question' in a card; did you mean 'question'?"}},
      {"unknown section key", "id: d\nsections:\n  - id: s\n    card: []\n",
       {"d.yaml:4:5: warning: unknown key 'card' in a section; did you mean 'cards'?"}},
      {"unknown deck key far from any", "id: d\nauthor: me\nsections: [{id: s}]\n",
       {"d.yaml:2:1: warning: unknown key 'author' in the deck; expected one of: id title sections"}},
      {"a card without id", deck_with_card("      - question: What is a token?\n        answer: A piece of text.\n"),
       {"d.yaml:5:9: warning: card has no 'id'; add 'id: s/what-is-a-token' so that its progress survives "
        "edits to the question"}},
      {"a section without id", "id: d\nsections:\n  - title: Large Language Models\n",
       {"d.yaml:3:5: warning: section has no 'id'; add 'id: large-language-models' (a short name to type after -s)"}},
      {"an answer without a question", deck_with_card("      - answer: Lonely.\n"),
       {"d.yaml:5:9: warning: this entry has an answer but no question; it is counted as a stub"}},
  });
}

TEST_CASE("Text that is not UTF-8 or that YAML forbids stops the load at each bad line", "[deck]") {
  check_cases({
      {"a Latin-1 byte", "id: d\ntitle: caf\xE9\nsections: [{id: s}]\n",
       {"d.yaml:2:11: error: invalid UTF-8 byte 0xE9; save the file as UTF-8"}},
      {"a control character after Unicode", "id: d\ntitle: \xC3\xA9t\xC3\xA9\x07\n",
       {"d.yaml:2:11: error: character U+0007 is not allowed in YAML"}},
      {"a NUL byte and a C1 control on two lines", std::string("id: d\0\ntitle: \xC2\x80\n", 17),
       {"d.yaml:1:6: error: character U+0000 is not allowed in YAML",
        "d.yaml:2:8: error: character U+0080 is not allowed in YAML"}},
      {"U+FFFF", "id: \xEF\xBF\xBF\n", {"d.yaml:1:5: error: character U+FFFF is not allowed in YAML"}},
      {"a lone carriage return", "id: d\rsections: []\n",
       {"d.yaml:1:6: error: carriage return without a line feed; use LF or CRLF line ends"}},
      {"UTF-16", std::string("\xFF\xFEi\0d\0", 6),
       {"d.yaml:1:1: error: the file is UTF-16 or UTF-32 (it starts with a byte-order mark); save it as UTF-8"}},
  });
  std::string many;
  for (int i = 0; i < 15; ++i) many += "x: \xFF\n";
  const std::vector<std::string> found = diagnostics_of(many);
  REQUIRE(found.size() == 11);
  CHECK(found[9] == "d.yaml:10:4: error: invalid UTF-8 byte 0xFF; save the file as UTF-8");
  CHECK(found[10] == "d.yaml:11:4: error: more encoding problems follow; fix these first");
}

TEST_CASE("Tabs in indentation are errors, tabs inside text are not", "[deck]") {
  check_cases({
      {"a tab before a sequence entry", "id: d\nsections:\n\t- id: s\n",
       {"d.yaml:3:1: error: tab in indentation; indent with spaces"}},
      {"a tab after spaces", "id: d\nsections:\n  - id: s\n  \ttitle: T\n",
       {"d.yaml:4:3: error: tab in indentation; indent with spaces"}},
      {"tabs inside a literal block", deck_with_card("      - id: c\n        question: Q?\n        answer: |\n"
                                                     "          code:\n          \tindented\n"),
       {}},
  });
}

TEST_CASE("Several documents, aliases and syntax errors are errors where they occur", "[deck]") {
  check_cases({
      {"two documents", "id: d\nsections: [{id: s}]\n---\nid: e\n",
       {"d.yaml:3:1: error: a second YAML document starts here; a deck file holds one document"}},
      {"an unclosed flow list", "id: d\nsections: [{id: s}\n",
       {"d.yaml:3:1: error: invalid YAML: end of sequence flow not found"}},
      {"a value where a key should be", "id: d: e\n", {"d.yaml:1:6: error: invalid YAML: illegal map value"}},
      {"a key indented under a value", "id: d\n  title: x\nsections: [{id: s}]\n",
       {"d.yaml:2:8: error: invalid YAML: illegal map value"}},
      {"a flow question ending in '?'", "id: d\nsections: [{id: s, cards: [{question: Why?, answer: A}]}]\n",
       {"d.yaml:2:42: error: invalid YAML: unknown token '?'; inside [ ] or { }, put text that ends with '?' in "
        "quotes"}},
      {"an alias", "id: &x d\ntitle: *x\nsections: [{id: s}]\n",
       {"d.yaml:2:8: error: alias '*x' is not supported in deck files; write the value out"}},
      {"an undefined alias", "id: *nope\n", {"d.yaml:1:5: error: invalid YAML: the referenced anchor is not defined"}},
  });
}

TEST_CASE("Every problem of a file is reported in one pass, in file order", "[deck]") {
  const std::string yaml =
      "id: d\n"
      "sections:\n"
      "  - id: a\n"
      "    cards:\n"
      "      - {id: x, question: Q1, answer: A, colour: red}\n"
      "      - {id: x, question: Q2}\n"
      "      - question: Q3\n"
      "        answer: [A]\n"
      "  - id: a\n";
  CHECK(diagnostics_of(yaml) == std::vector<std::string>{
                                    "d.yaml:5:42: warning: unknown key 'colour' in a card; expected one of: id question answer tags stub key_points source choices correct",
                                    "d.yaml:6:14: error: duplicate card id 'x' (first used at 5:14)",
                                    "d.yaml:6:17: error: the question has no answer; add an 'answer'",
                                    "d.yaml:7:9: warning: card has no 'id'; add 'id: a/q3' so that its progress survives edits to the question",
                                    "d.yaml:8:17: error: 'answer' must be text, not a list",
                                    "d.yaml:9:9: error: duplicate section id 'a' (first used at 3:9)",
                                });
}

TEST_CASE("Positions count characters, not bytes, and ignore a byte-order mark and CRLF", "[deck]") {
  check_cases({
      {"after accented letters", "id: d\ntitle: Été\nsections: [{id: é, cards: [{id: ü, question: ¿Qué}]}]\n",
       {"d.yaml:3:36: error: the question has no answer; add an 'answer'"}},
      {"after CJK and emoji", "id: d\nsections: [{id: 中文🚀, tilte: x}]\n",
       {"d.yaml:2:22: warning: unknown key 'tilte' in a section; did you mean 'title'?"}},
      {"with a byte-order mark", "\xEF\xBB\xBFid: d\nsections: [{id: s, tilte: x}]\n",
       {"d.yaml:2:20: warning: unknown key 'tilte' in a section; did you mean 'title'?"}},
      {"with CRLF line ends", "id: d\r\nsections:\r\n  - id: s\r\n    tilte: x\r\n",
       {"d.yaml:4:5: warning: unknown key 'tilte' in a section; did you mean 'title'?"}},
  });
}
