#include <catch2/catch.hpp>

#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/ui/search_render.hpp"
#include "support/time_points.hpp"

using namespace genai_quiz;
using genai_quiz::test::utc;

namespace {

struct Sample {
  Deck deck;
  std::vector<StudyItem> items;

  Sample() {
    deck.id = "genai";
    Section section;
    section.id = "foundations";
    Card fresh;
    fresh.id = "self-attention";
    fresh.question = "Explain how the **self-attention** layer works in Transformer models.";
    fresh.tags = {"attention"};
    Card reviewed;
    reviewed.id = "backprop";
    reviewed.question = "Describe backpropagation.\n\nIn detail.";
    section.cards = {fresh, reviewed};
    deck.sections.push_back(section);
    const Section& s = deck.sections[0];
    items.push_back({&deck, &s, &s.cards[0], "", {}});
    StudyItem review{&deck, &s, &s.cards[1], "", {}};
    review.progress.state.phase = Phase::kReview;
    review.progress.state.due = utc(2025, 3, 4, 9, 0);
    items.push_back(review);
  }
};

}  // namespace

TEST_CASE("Search results show each card's name, section, state, due time and question", "[ui]") {
  Sample sample;
  CHECK(render_search_text(sample.items, utc(2025, 3, 1, 9, 0), std::chrono::minutes(60), 80) ==
        "genai/self-attention\n"
        "  foundations · new\n"
        "  Explain how the **self-attention** layer works in Transformer models.\n"
        "genai/backprop\n"
        "  foundations · review, due in 3d (2025-03-04 10:00)\n"
        "  Describe backpropagation.\n"
        "\n"
        "2 cards match.\n");
}

TEST_CASE("A search result's question is cut to the width", "[ui]") {
  Sample sample;
  const std::string out = render_search_text(std::span(sample.items).first(1), utc(2025, 3, 1), {}, 30);
  CHECK(out == "genai/self-attention\n  foundations · new\n  Explain how the **self-atte…\n\n1 card matches.\n");
}

TEST_CASE("Search results as JSON are one object per card, due null while new", "[ui]") {
  Sample sample;
  CHECK(render_search_json(sample.items, std::chrono::minutes(0)) ==
        "{\"deck\":\"genai\",\"section\":\"foundations\",\"id\":\"self-attention\",\"question\":\"Explain how the "
        "**self-attention** layer works in Transformer models.\",\"tags\":[\"attention\"],\"state\":\"new\",\"due\":null,\"marks\":[]}\n"
        "{\"deck\":\"genai\",\"section\":\"foundations\",\"id\":\"backprop\",\"question\":\"Describe backpropagation."
        "\\n\\nIn detail.\",\"tags\":[],\"state\":\"review\",\"due\":\"2025-03-04T09:00:00Z\",\"marks\":[]}\n");
}

TEST_CASE("A search result shows the card's marks in brackets before its state, and in JSON", "[ui]") {
  struct Case {
    CardMarks marks;  // suspended, flagged, leech
    const char* line;
    const char* json;
  } cases[] = {
      {{false, false, false}, "  foundations · new\n", "\"marks\":[]"},
      {{true, false, false}, "  foundations · [suspended] new\n", "\"marks\":[\"suspended\"]"},
      {{false, true, false}, "  foundations · [flagged] new\n", "\"marks\":[\"flagged\"]"},
      {{true, true, true}, "  foundations · [leech, flagged] new\n", "\"marks\":[\"suspended\",\"flagged\",\"leech\"]"},
      {{false, false, true}, "  foundations · [leech, unsuspended] new\n", "\"marks\":[\"leech\"]"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    Sample sample;
    sample.items[0].progress.marks = c.marks;
    const auto one = std::span(sample.items).first(1);
    const std::string text = render_search_text(one, utc(2025, 3, 1), {}, 80);
    CHECK(text.find("genai/self-attention\n" + std::string(c.line)) == 0);
    const std::string json = render_search_json(one, {});
    CHECK(json.find(std::string(c.json) + "}\n") != std::string::npos);
  }
}

TEST_CASE("A search result's state line wraps under its start when its marks make it too wide", "[ui]") {
  for (int width : {40, 60, 100}) {
    INFO(width);
    Sample sample;
    sample.items[1].progress.marks = {true, true, true};
    const std::string out = render_search_text(sample.items, utc(2025, 3, 1, 9, 0), std::chrono::minutes(60), width);
    std::string words;  // the state line's text, however it was wrapped
    std::size_t start = 0;
    for (std::size_t end; (end = out.find('\n', start)) != std::string::npos; start = end + 1) {
      const std::string line = out.substr(start, end - start);
      INFO(line);
      CHECK(display_width(line) <= width);
      if (line.starts_with("  foundations · [leech") || line.starts_with("    ")) words += line;
    }
    std::erase(words, ' ');  // a line may break after a space or a hyphen
    CHECK(words == "foundations·[leech,flagged]review,duein3d(2025-03-0410:00)");
  }
}
