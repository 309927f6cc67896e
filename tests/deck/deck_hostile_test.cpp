// Hostile input: whatever the bytes, loading returns (a diagnostic or a deck) without crashing,
// throwing or running away with time or memory. These tests assert that it returns and what it
// says; they do not time anything.

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <random>

#include "genai_quiz/deck/deck_loader.hpp"

using namespace genai_quiz;

namespace {

std::vector<std::string> errors_of(const LoadedDeck& loaded) {
  std::vector<std::string> out;
  for (const Diagnostic& d : loaded.diagnostics) {
    if (d.severity == Severity::kError) out.push_back(format_diagnostic(d));
  }
  return out;
}

std::string repeat(std::string_view piece, std::size_t n) {
  std::string out;
  out.reserve(piece.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("Very deep nesting is reported, in flow and in block style", "[deck]") {
  const std::string flow = "sections: " + repeat("[", 100000) + "\n";
  CHECK(errors_of(load_deck(flow, "d.yaml")) ==
        std::vector<std::string>{"d.yaml:1:510: error: invalid YAML: nesting is deeper than 499 levels"});
  const std::string block = "sections:\n" + repeat("- ", 5000) + "x\n";
  CHECK(errors_of(load_deck(block, "d.yaml")) ==
        std::vector<std::string>{"d.yaml:2:998: error: invalid YAML: nesting is deeper than 499 levels"});
  std::string indented = "sections:\n";
  for (int i = 1; i < 3000; ++i) indented += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  CHECK(has_errors(load_deck(indented, "d.yaml").diagnostics));
}

TEST_CASE("Ten million opening brackets are refused where the limit is passed, not at the end of the file", "[deck]") {
  const std::string deck = "id: d\ntitle: T\nsections:\n  - id: s\n    cards: " + repeat("[", 10'000'000);
  CHECK(errors_of(load_deck(deck, "d.yaml")) ==
        std::vector<std::string>{"d.yaml:5:511: error: invalid YAML: nesting is deeper than 499 levels"});
}

TEST_CASE("A syntax error before too deep a nesting is the one reported, as a whole parse would", "[deck]") {
  const std::string deck = "id: d\nsections: [a, b\n  - x: \"unclosed\n" + repeat("[", 1000);
  const std::vector<std::string> errors = errors_of(load_deck(deck, "d.yaml"));
  REQUIRE(errors.size() == 1);
  CHECK(errors.front().find("nesting") == std::string::npos);
  const std::string aliased = "id: &a d\nx: *a\nsections: " + repeat("[", 1000);
  CHECK(errors_of(load_deck(aliased, "d.yaml")) ==
        std::vector<std::string>{"d.yaml:2:4: error: alias '*a' is not supported in deck files; write the value out",
                                 "d.yaml:3:510: error: invalid YAML: nesting is deeper than 499 levels"});
}

TEST_CASE("An alias bomb is refused at each alias instead of being expanded", "[deck]") {
  std::string yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int i = 1; i < 10; ++i) {
    yaml += fmt::format("a{}: &a{} [{}*a{}]\n", i, i, repeat(fmt::format("*a{}, ", i - 1), 9), i - 1);
  }
  yaml += "sections: [{id: s, cards: [*a9]}]\n";
  const LoadedDeck loaded = load_deck(yaml, "d.yaml");
  const std::vector<std::string> errors = errors_of(loaded);
  CHECK(errors.size() == 91);  // 9 lists of 10 aliases, and the one in cards
  CHECK(errors.front() == "d.yaml:2:10: error: alias '*a0' is not supported in deck files; write the value out");
  CHECK(errors.back() == "d.yaml:11:28: error: alias '*a9' is not supported in deck files; write the value out");
}

TEST_CASE("A megabyte line is read like any other", "[deck]") {
  const std::string answer = repeat("word ", 400000);  // 2 MB
  const std::string yaml =
      "id: d\nsections:\n  - id: s\n    cards:\n      - id: c\n        question: Long?\n        answer: " +
      answer + "end\n";
  const LoadedDeck loaded = load_deck(yaml, "d.yaml");
  CHECK(loaded.diagnostics.empty());
  REQUIRE(loaded.deck.card_count() == 1);
  CHECK(loaded.deck.sections[0].cards[0].answer.size() == answer.size() + 3);

  // A megabyte line of unknown keys: one warning each, with the right columns.
  std::string keys = "{id: d, sections: [{id: s}]";
  for (int i = 0; i < 20000; ++i) keys += fmt::format(", k{}: v", i);
  keys += "}\n";
  const LoadedDeck many = load_deck(keys, "d.yaml");
  REQUIRE(many.diagnostics.size() == 20000);
  CHECK(many.diagnostics.back().pos.column == static_cast<int>(keys.rfind("k19999") + 1));
}

TEST_CASE("Random and mangled bytes always end in a deck or diagnostics", "[deck]") {
  const std::string base(bundled_deck_yaml());
  const char* pieces[] = {"[", "]", "{", "}", ": ", "- ", "&a ", "*a", "? ", "|", ">", "'", "\"", "\t",
                          "\n", "---\n", "...\n", "#", "!!str ", "%YAML 1.2\n", "\\", "\r\n", "\xC3\xA9",
                          "\xFF", "<<: *a", "!", "@", "`", ",", std::string_view("\0", 1).data()};
  std::mt19937 random(20240601);  // fixed: the same inputs on every run
  int loaded_decks = 0;
  for (int i = 0; i < 1500; ++i) {
    std::string text = base;
    if (i % 3 == 2) {
      text.clear();
      for (std::size_t n = random() % 400; n > 0; --n) {
        if (random() % 2) {
          text += pieces[random() % std::size(pieces)];
        } else {
          text += static_cast<char>(random() % 256);
        }
      }
    } else {
      for (std::size_t n = 1 + random() % 8; n > 0; --n) {
        const std::size_t at = text.empty() ? 0 : random() % text.size();
        switch (random() % 4) {
          case 0: text.erase(at, 1 + random() % 20); break;
          case 1: text.insert(at, pieces[random() % std::size(pieces)]); break;
          case 2: if (!text.empty()) text[at] = static_cast<char>(random() % 256); break;
          default: text.insert(at, text.substr(random() % (text.size() + 1), random() % 200)); break;
        }
      }
    }
    INFO("input " << i);
    LoadedDeck loaded;
    REQUIRE_NOTHROW(loaded = load_deck(text, "fuzz.yaml"));
    if (!has_errors(loaded.diagnostics)) ++loaded_decks;
    for (const Diagnostic& d : loaded.diagnostics) {
      REQUIRE(d.file == "fuzz.yaml");
      REQUIRE(d.pos.line >= 1);
      REQUIRE(d.pos.column >= 1);
      REQUIRE_FALSE(d.message.empty());
    }
  }
  CHECK(loaded_decks > 0);  // some mutations leave a valid deck
}
