#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "deck/yaml_split.hpp"
#include "deck/yaml_tree.hpp"
#include "genai_quiz/deck/deck_loader.hpp"

using namespace genai_quiz;

namespace {

// A deck of `sections` sections of `cards` cards each, its items indented by `indent` spaces,
// with what could mislead a cut: lines starting with "- " inside block scalars, comments,
// blank lines, flow lists, quotes and text outside ASCII.
std::string deck_text(int sections, int cards, int indent, const std::string& newline = "\n") {
  const std::string pad(static_cast<std::size_t>(indent), ' ');
  std::string out = "# A generated deck" + newline + "id: pieces" + newline + "title: Pieces — ünïcödé" + newline +
                    "sections:" + newline;
  for (int s = 0; s < sections; ++s) {
    out += pad + "- id: s" + std::to_string(s) + newline;
    out += pad + "  title: \"Section " + std::to_string(s) + " · 中文\"" + newline;
    out += pad + "  cards:" + newline;
    for (int c = 0; c < cards; ++c) {
      out += pad + "    - id: c" + std::to_string(s) + "-" + std::to_string(c) + newline;
      out += pad + "      question: What is item " + std::to_string(c) + "? 🙂" + newline;
      out += pad + "      answer: |" + newline;
      out += pad + "        First line, with é." + newline;
      out += pad + "        - a list item that is text" + newline;
      out += newline;
      out += pad + "        # not a comment inside the block" + newline;
      out += pad + "      key_points:" + newline;
      out += pad + "        - [chain rule, 'weight update']" + newline;
      out += pad + "      # a comment" + newline;
      out += pad + "      tags: [a, b]" + newline;
    }
  }
  return out;
}

// A whole parse: tracking scalars never takes the path in pieces.
YamlParse whole(std::string_view text) { return parse_yaml(text, true); }

std::vector<std::string> problems(const YamlParse& parse) {
  std::vector<std::string> out;
  for (const TextProblem& p : parse.problems) out.push_back(std::to_string(p.offset) + ": " + p.message);
  return out;
}

}  // namespace

TEST_CASE("A deck is cut only at the starts of later section items", "[deck]") {
  const std::string text = deck_text(6, 2, 2);
  for (std::size_t pieces : {2U, 3U, 6U, 20U}) {
    INFO(pieces << " pieces");
    const SectionCuts split = section_split_points(text, pieces);
    const std::vector<std::size_t>& cuts = split.offsets;
    REQUIRE_FALSE(cuts.empty());
    REQUIRE(split.item_ends.size() == cuts.size());
    CHECK(cuts.size() <= std::min<std::size_t>(pieces - 1, 5));
    for (std::size_t i = 0; i < cuts.size(); ++i) {
      CHECK(text.compare(cuts[i], 9, "  - id: s") == 0);
      CHECK(text.compare(cuts[i], 10, "  - id: s0") != 0);
      CHECK(text[cuts[i] - 1] == '\n');
      CHECK((split.item_ends[i] == text.size() || text.compare(split.item_ends[i], 9, "  - id: s") == 0));
      CHECK(split.item_ends[i] > cuts[i]);
      if (i > 0) CHECK(cuts[i] > cuts[i - 1]);
    }
  }
}

TEST_CASE("A file of another shape is not cut", "[deck]") {
  const std::string items = "  - id: a\n    cards: []\n  - id: b\n    cards: []\n";
  struct Case {
    const char* what;
    std::string text;
    std::size_t pieces;
  } cases[] = {
      {"one piece asked for", "sections:\n" + items, 1},
      {"no sections key", "id: x\n", 2},
      {"a flow sequence", "sections: [{id: a}, {id: b}]\n", 2},
      {"a flow sequence on the next line", "sections:\n  [{id: a},\n  {id: b}]\n", 2},
      {"a key after the sequence", "sections:\n" + items + "title: late\n", 2},
      {"a comment less indented than the items", "sections:\n" + items + "# end\n", 2},
      {"a comment at the items' indentation", "sections:\n" + items + "  # end\n", 2},
      {"a second document", "sections:\n- id: a\n- id: b\n---\nsections: []\n", 2},
      {"one item", "sections:\n  - id: a\n    cards: []\n", 2},
      {"the key inside something else", "deck:\n  sections:\n" + items, 2},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(section_split_points(c.text, c.pieces).offsets.empty());
  }
  CHECK(section_split_points("sections:\n- id: a\n- id: b\n", 2).offsets == std::vector<std::size_t>{18});
  CHECK(section_split_points("sections:\n- id: a\n- id: b\n", 2).item_ends == std::vector<std::size_t>{26});
  CHECK(section_split_points("sections: # the list\r\n  - id: a\r\n  - id: b\r\n", 2).offsets ==
        std::vector<std::size_t>{33});
}

TEST_CASE("A deck parsed in pieces gives the tree of a whole parse", "[deck]") {
  struct Case {
    int indent;
    std::string newline;
  } cases[] = {{0, "\n"}, {2, "\n"}, {4, "\n"}, {2, "\r\n"}};
  for (const Case& c : cases) {
    const std::string text = deck_text(9, 4, c.indent, c.newline);
    const YamlParse expected = whole(text);
    REQUIRE(expected.root);
    REQUIRE(expected.problems.empty());
    for (std::size_t pieces : {2U, 3U, 4U, 8U}) {
      INFO("indent " << c.indent << ", " << pieces << " pieces");
      const std::optional<YamlParse> parsed = parse_yaml_in_pieces(text, pieces);
      REQUIRE(parsed);
      CHECK(parsed->root == expected.root);
      CHECK(parsed->problems.empty());
      CHECK(parsed->has_document);
      CHECK_FALSE(parsed->syntax_error);
    }
  }
}

TEST_CASE("A piece that does not end where its items do leaves the file to a whole parse", "[deck]") {
  const char* texts[] = {
      // A quoted scalar that runs over the start of the next item (yaml-cpp would end it quietly
      // at the end of a piece).
      "sections:\n  - id: a\n    title: \"one\n  - id: b\n    title: two\"\n  - id: c\n  - id: d\n",
      "sections:\n  - id: a\n    title: 'one\n  - id: b\n    title: two'\n  - id: c\n  - id: d\n",
      // A flow mapping that does the same.
      "sections:\n  - id: a\n    title: {x: 1,\n  - id: b\n    y: 2}\n  - id: c\n  - id: d\n",
      // An alias and a syntax error in later items: the whole parse reports them.
      "sections:\n  - id: &x a\n  - id: b\n  - id: *x\n  - id: c\n",
      "sections:\n  - id: a\n  - id: b\n  - id: [c\n  - id: d\n",
  };
  for (const char* text : texts) {
    INFO(text);
    CHECK_FALSE(parse_yaml_in_pieces(text, 4));  // a cut at every item but the first
    for (std::size_t pieces : {2U, 3U}) {
      if (const std::optional<YamlParse> parsed = parse_yaml_in_pieces(text, pieces)) {
        const YamlParse expected = whole(text);
        CHECK(problems(expected).empty());
        CHECK(parsed->root == expected.root);
      }
    }
  }
}

TEST_CASE("Mangled decks parsed in pieces agree with a whole parse whenever the pieces parse", "[deck]") {
  const std::string base = deck_text(12, 3, 2);
  const char* inserts[] = {"[", "]", "{", "}", ": ", "- ", "\n- ", "\n  - ", "&a ", "*a", "? ", "|", ">", "'",
                           "\"", "\n", "---\n", "...\n", "#", "\n# ", "\r\n", "\xC3\xA9", "\nsections:\n"};
  std::mt19937 random(20261129);  // fixed: the same inputs on every run
  int joined = 0;
  for (int i = 0; i < 400; ++i) {
    std::string text = base;
    for (std::size_t n = 1 + random() % 4; n > 0; --n) {
      const std::size_t at = random() % text.size();
      if (random() % 3 == 0) {
        text.erase(at, 1 + random() % 30);
      } else {
        text.insert(at, inserts[random() % std::size(inserts)]);
      }
    }
    INFO("input " << i << ":\n" << text);
    const std::optional<YamlParse> parsed = parse_yaml_in_pieces(text, 2 + random() % 4);
    if (!parsed) continue;
    ++joined;
    const YamlParse expected = whole(text);
    CAPTURE(problems(expected));
    REQUIRE(problems(expected).empty());
    REQUIRE(parsed->root == expected.root);
  }
  CHECK(joined > 40);  // many mangled decks still parse in pieces, so the comparison is real
}

TEST_CASE("A problem in a large deck read in pieces is reported at its own line and column", "[deck]") {
  std::string text = deck_text(100, 40, 2);  // over a megabyte: parse_yaml cuts it on 2 or more cores
  REQUIRE(text.size() > 1024 * 1024);
  const std::string duplicate = "      - id: c99-39\n";
  const std::size_t at = text.rfind(duplicate);
  REQUIRE(at != std::string::npos);
  text.insert(at + duplicate.size(), "        question: again\n");
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n')) + 2;

  REQUIRE(parse_yaml_in_pieces(text, 2));
  const LoadedDeck loaded = load_deck(text, "big.yaml");
  REQUIRE(loaded.diagnostics.size() == 1);
  CHECK(loaded.diagnostics[0].pos.line == line);
  CHECK(loaded.diagnostics[0].pos.column == 9);
  CHECK(loaded.diagnostics[0].message.find("question") != std::string::npos);
  CHECK(loaded.deck.card_count() == 4000);
}
