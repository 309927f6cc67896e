#include "genai_quiz/ui/study_screen.hpp"

#include <catch2/catch.hpp>

#include <memory>

#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/ui/study_text.hpp"
#include "support/memory_store.hpp"
#include "support/sample_deck.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono;

const TimePoint kStart = TimePoint(sys_days(2025y / 3 / 1) + 9h);

struct ScreenRig {
  ScreenRig() {
    SchedulerSettings settings;
    settings.enable_fuzz = false;
    scheduler = std::make_unique<Scheduler>(settings, calendar);
    decks[0].sections[0].cards[0].answer =
        "Backpropagation computes the **gradient** of the loss with respect to each weight "
        "by the chain rule, from the output layer back to the input layer.\n\n"
        "1. Feed the input forward.\n2. Compute the loss.\n3. Propagate the error back.\n"
        "4. Update the weights.\n";
    std::vector<StudyItem> items = select_cards(decks, [](std::size_t, std::size_t s) { return s == 0; }, {});
    session = std::make_unique<Session>(std::move(items), *scheduler, *calendar, store, SessionOptions{}, kStart, 0);
  }

  std::vector<Deck> decks{testing::sample_deck()};
  std::shared_ptr<Calendar> calendar = std::make_shared<FixedOffsetCalendar>(minutes(0), 4);
  std::unique_ptr<Scheduler> scheduler;
  testing::MemoryStore store;
  std::unique_ptr<Session> session;
  StudyLook look{Capabilities{false, true, true}, minutes(0)};
};

}  // namespace

TEST_CASE("The study screen shows the header, the question and the keys", "[ui]") {
  ScreenRig rig;
  std::vector<std::string> expected = {
      "ml · Basics · 3 left · new 3 · learning 0 · review 0",
      "────────────────────────────────────────────────────────────",
      "",
      "  Question a?",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "Space answer · u undo · s skip · ! suspend · f flag · q quit",
  };
  CHECK(draw_screen(*rig.session, ScreenView{60, 12, 0, false, {}, 0, 0, {}}, rig.look) == expected);
}

TEST_CASE("The study screen shows the answer with the rating intervals and scrolls a long card", "[ui]") {
  ScreenRig rig;
  rig.session->handle({ActionKind::kReveal}, kStart, 0);
  std::vector<std::string> expected = {
      "ml · Basics · 3 left · new 3 · learning 0 · review 0",
      "────────────────────────────────────────────────────────────",
      "",
      "  Question a?",
      "",
      "  ── Answer ──────────────────────────────────────────────",
      "  Backpropagation computes the gradient of the loss with",
      "  respect to each weight by the chain rule, from the",
      "                                → 6 more lines (j/k, arrows)",
      "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d",
  };
  CHECK(draw_screen(*rig.session, ScreenView{60, 10, 0, false, {}, 0, 0, {}}, rig.look) == expected);

  std::vector<std::string> scrolled = draw_screen(*rig.session, ScreenView{60, 10, 100, false, {}, 0, 0, {}}, rig.look);
  CHECK(scrolled[2] == "  output layer back to the input layer.");
  CHECK(scrolled[4] == "  1. Feed the input forward.");
  CHECK(scrolled[7] == "  4. Update the weights.");  // the end of the card
  CHECK(scrolled[8].find("end of the card (k, arrows scroll back)") != std::string::npos);
}

TEST_CASE("The study screen fits any terminal size", "[ui]") {
  ScreenRig rig;
  rig.session->handle({ActionKind::kReveal}, kStart, 0);
  for (int width : {20, 33, 80, 200}) {
    for (int height : {3, 5, 8, 24, 60}) {
      std::vector<std::string> screen = draw_screen(*rig.session, ScreenView{width, height, 0, false, {}, 0, 0, {}}, rig.look);
      INFO(width << "x" << height);
      CHECK(static_cast<int>(screen.size()) == height);
      for (const std::string& line : screen) CHECK(display_width(line) <= width);
    }
  }
}

TEST_CASE("At 40 columns the header keeps the counts and the key bar keeps every rating", "[ui]") {
  ScreenRig rig;
  std::vector<std::string> question = draw_screen(*rig.session, ScreenView{40, 12, 0, false, {}, 0, 0, {}}, rig.look);
  CHECK(question.front() == "ml · Basics · 3 left · n3 l0 r0");
  CHECK(question.back() == "Space answer · u · s · ! · f · q · ?");
  rig.session->handle({ActionKind::kReveal}, kStart, 0);
  std::vector<std::string> answer = draw_screen(*rig.session, ScreenView{40, 12, 0, false, {}, 0, 0, {}}, rig.look);
  CHECK(answer.back() == "1 A 1m · 2 H 6m · 3 G 10m · 4 E 8d");
  // Wider, the labels come back in full.
  std::vector<std::string> wide = draw_screen(*rig.session, ScreenView{100, 12, 0, false, {}, 0, 0, {}}, rig.look);
  CHECK(wide.front() == "ml · Basics · 3 left · new 3 · learning 0 · review 0");
  CHECK(wide.back() == "1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d");
}

TEST_CASE("The header shortens its labels, then the names, before it drops a count", "[ui]") {
  ScreenRig rig;
  struct Case {
    int width;
    const char* header;
  } cases[] = {
      {100, "ml · Basics · 3 left · new 3 · learning 0 · review 0"},
      {52, "ml · Basics · 3 left · new 3 · learning 0 · review 0"},
      {51, "Basics · 3 left · new 3 · learning 0 · review 0"},
      {47, "Basics · 3 left · new 3 · learning 0 · review 0"},
      {46, "ml · Basics · 3 left · new 3 · learn 0 · rev 0"},
      {45, "Basics · 3 left · new 3 · learn 0 · rev 0"},
      {41, "Basics · 3 left · new 3 · learn 0 · rev 0"},
      {40, "ml · Basics · 3 left · n3 l0 r0"},
      {26, "Basics · 3 left · n3 l0 r0"},
      {25, "3 left · n3 l0 r0"},
      {10, "3 left · n3 l0 r0"},  // narrower still, the screen cuts it with an ellipsis
  };
  for (const Case& c : cases) {
    INFO(c.width);
    CHECK(session_header(*rig.session, c.width) == c.header);
  }
}

TEST_CASE("The help screen lists the keys", "[ui]") {
  ScreenRig rig;
  std::vector<std::string> screen = draw_screen(*rig.session, ScreenView{60, 14, 0, true, {}, 0, 0, {}}, rig.look);
  CHECK(screen[2] == "  Keys");
  CHECK(screen[4] == "  Space, Enter  show the answer");
  CHECK(screen[13] == "any key returns to the card");
}

TEST_CASE("At 40 columns the key list wraps each description beside its keys", "[ui]") {
  ScreenRig rig;
  std::vector<std::string> screen = draw_screen(*rig.session, ScreenView{40, 40, 0, true, {}, 0, 0, {}}, rig.look);
  for (const std::string& line : screen) CHECK(display_width(line) <= 40);
  // Nothing is cut, and the descriptions read whole once the lines are joined.
  std::string text;
  for (const std::string& line : screen) {
    CHECK(line.find("…") == std::string::npos);
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] != ' ' || (!text.empty() && text.back() != ' ')) text += line[i];
    }
    if (!text.empty() && text.back() != ' ') text += ' ';
  }
  CHECK(text.find("q quit (every answer is saved as you go)") != std::string::npos);
  CHECK(text.find("e edit this card in $VISUAL or $EDITOR, then see it again") != std::string::npos);
  CHECK(screen[4] == "  Space, Enter  show the answer");
}

TEST_CASE("A message too long for the line wraps, and the card gives up a row for it", "[ui]") {
  ScreenRig rig;
  const std::string note = "Note: another session is running (study, process 12345).";
  std::vector<std::string> screen = draw_screen(*rig.session, ScreenView{40, 12, 0, false, {}, 0, 0, note}, rig.look);
  CHECK(static_cast<int>(screen.size()) == 12);
  CHECK(screen[9] == "Note: another session is running (study,");
  CHECK(screen[10] == "process 12345).");
  CHECK(screen[11] == "Space answer · u · s · ! · f · q · ?");
  CHECK(screen[3] == "  Question a?");
}

}  // namespace genai_quiz
