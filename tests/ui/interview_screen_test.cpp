#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "genai_quiz/term/text_width.hpp"
#include "ui/interview_screen.hpp"

namespace genai_quiz {
namespace {

std::vector<InterviewQuestion> questions() {
  std::string long_answer;
  for (int i = 1; i <= 40; ++i) long_answer += "Line " + std::to_string(i) + " of the model answer.\n\n";
  return {{"d", "c", "Foundations", "Describe the chain rule.", long_answer, {{{"chain rule"}, {}}}}};
}

bool contains(const std::vector<std::string>& lines, const std::string& text) {
  for (const std::string& l : lines) {
    if (l.find(text) != std::string::npos) return true;
  }
  return false;
}

void check_fits(const std::vector<std::string>& lines, TermSize size) {
  CHECK(static_cast<int>(lines.size()) == size.rows);
  for (const std::string& l : lines) CHECK(display_width(l) <= size.columns);
}

}  // namespace

TEST_CASE("The asking screen shows the countdown, the question and the answer with a cursor", "[ui]") {
  KeyPointMatcher matcher;
  InterviewRound round(questions(), std::chrono::minutes(3), matcher);
  Capabilities caps{false, true, true};
  TermSize size{60, 12};
  struct Case {
    std::int64_t remaining_ms;
    const char* shown;
  } cases[] = {{180'000, "3:00 left"}, {167'001, "2:48 left"}, {167'000, "2:47 left"}, {1, "0:01 left"}, {0, "0:00 left"}};
  for (const Case& c : cases) {
    std::vector<std::string> lines = draw_asking_screen(round, {"We use the", "chain rule"}, {1, 10}, c.remaining_ms, size, caps);
    INFO(c.remaining_ms);
    check_fits(lines, size);
    CHECK(lines[0] == std::string("Question 1 of 1 · Foundations · ") + c.shown);
    CHECK(contains(lines, "Describe the chain rule."));
    CHECK(contains(lines, "> We use the"));
    CHECK(contains(lines, "> chain rule▏"));
  }
}

TEST_CASE("A long answer keeps its last lines and the cursor in view", "[ui]") {
  KeyPointMatcher matcher;
  InterviewRound round(questions(), std::chrono::minutes(3), matcher);
  std::vector<std::string> typed;
  for (int i = 1; i <= 30; ++i) typed.push_back("point " + std::to_string(i));
  TermSize size{42, 10};
  std::vector<std::string> lines = draw_asking_screen(round, typed, {29, 8}, 60'000, size, Capabilities{false, false, true});
  check_fits(lines, size);
  CHECK(contains(lines, "> point 30_"));
  CHECK_FALSE(contains(lines, "> point 1 "));
  CHECK(lines[0] == "Question 1 of 1 | Foundations | 1:00 left");
  CHECK(draw_asking_screen(round, typed, {29, 8}, 60'000, {30, 10}, Capabilities{false, false, true})[0] ==
        "Q 1/1 | Foundations | 1:00");
}

TEST_CASE("The cursor is drawn where it is in the answer, and its line stays in view", "[ui]") {
  KeyPointMatcher matcher;
  InterviewRound round(questions(), std::chrono::minutes(3), matcher);
  const Capabilities ascii{false, false, true};
  struct Case {
    AnswerEditor::Cursor cursor;
    const char* shown;
  } cases[] = {{{0, 0}, "> _We use the"},  {{0, 3}, "> We _use the"},    {{0, 10}, "> We use the_"},
               {{1, 5}, "> chain_ rule"},  {{1, 10}, "> chain rule_"}, {{1, 99}, "> chain rule_"}};
  for (const Case& c : cases) {
    std::vector<std::string> lines = draw_asking_screen(round, {"We use the", "chain rule"}, c.cursor, 60'000, {42, 12}, ascii);
    INFO(c.shown);
    CHECK(contains(lines, c.shown));
    int bars = 0;
    for (const std::string& l : lines) bars += l.rfind("> ", 0) == 0 && l.find('_') != std::string::npos;
    CHECK(bars == 1);
  }
  std::vector<std::string> typed;
  for (int i = 1; i <= 30; ++i) typed.push_back("point " + std::to_string(i));
  std::vector<std::string> top = draw_asking_screen(round, typed, {0, 0}, 60'000, {42, 10}, ascii);
  check_fits(top, {42, 10});
  CHECK(contains(top, "> _point 1"));
  std::vector<std::string> middle = draw_asking_screen(round, typed, {14, 5}, 60'000, {42, 10}, ascii);
  CHECK(contains(middle, "> point_ 15"));
}

TEST_CASE("The grading screen scrolls the answer, model answer and points above the grade keys", "[ui]") {
  KeyPointMatcher matcher;
  InterviewRound round(questions(), std::chrono::minutes(3), matcher);
  round.start_question(0);
  round.answer("By the chain rule.", 20'000);
  Capabilities caps{false, true, true};
  TermSize size{80, 14};
  std::vector<std::string> top = draw_grading_screen(round, 0, "Saved: Good", size, caps);
  check_fits(top, size);
  CHECK(top[0] == "Answer 1 of 1 · Foundations");
  CHECK(contains(top, "Your answer (0:20):"));
  CHECK(contains(top, "✓ chain rule: “chain rule”"));  // the points come before the model answer
  const int bottom_scroll = max_grading_scroll(round, size, caps);
  CHECK(bottom_scroll > 0);
  // The message stays, and the hint says that the answer goes on below.
  const std::string hint = "→ " + std::to_string(bottom_scroll) + " more lines (j/k, arrows, Space)";
  CHECK(top[size.rows - 2].rfind("Saved: Good   ", 0) == 0);
  CHECK(top[size.rows - 2].ends_with(hint));
  CHECK(display_width(top[size.rows - 2]) == size.columns);
  CHECK(top[size.rows - 1] ==
        "Grade: 1 Again · 2 Hard · 3 Good · 4 Easy · Enter: Good (suggested) · q stop");
  std::vector<std::string> unread = draw_grading_screen(round, 0, "", size, caps);
  CHECK(unread[size.rows - 2] == "→ " + std::to_string(bottom_scroll) + " more lines (j/k, arrows, Space)");
  std::vector<std::string> bottom = draw_grading_screen(round, 1 << 20, "", size, caps);
  check_fits(bottom, size);
  CHECK(contains(bottom, "Line 40 of the model answer."));
  CHECK_FALSE(contains(bottom, "Your answer"));
  CHECK(bottom[size.rows - 2] == "end of the answer (k, arrows scroll back)");

  // At 40 columns a long message wraps above the hint, the prompt keeps every grade, the
  // suggestion and the stop key, and the last line can still be reached.
  TermSize narrow{40, 14};
  const std::string message = "Every question is asked: grade each answer.";
  std::vector<std::string> first = draw_grading_screen(round, 0, message, narrow, caps, true);
  check_fits(first, narrow);
  CHECK(first[0] == "dry run · Answer 1 of 1 · Foundations");
  CHECK(first[narrow.rows - 4] == "Every question is asked: grade each");
  CHECK(first[narrow.rows - 3] == "answer.");
  CHECK(first[narrow.rows - 2].rfind("→ ", 0) == 0);
  CHECK(first[narrow.rows - 1] == "1 A 2 H 3 G 4 E · Enter: Good · q stop");
  std::vector<std::string> last = draw_grading_screen(round, 1 << 20, message, narrow, caps);
  check_fits(last, narrow);
  CHECK(last[narrow.rows - 5] == "Line 40 of the model answer.");
  CHECK(last[narrow.rows - 2] == "end of the answer (k: back)");
}

TEST_CASE("At 40 columns the asking screen keeps the time, the dry run, a note and every key", "[ui]") {
  KeyPointMatcher matcher;
  InterviewRound round(questions(), std::chrono::minutes(3), matcher);
  const Capabilities caps{false, true, true};
  struct Case {
    int columns;
    bool dry_run;
    const char* header;
    const char* keys;
  } cases[] = {
      {100, false, "Question 1 of 1 · Foundations · 2:13 left",
       "Enter twice or Ctrl-D: done · nothing typed: answered aloud · Ctrl-C: stop"},
      {100, true, "dry run, nothing is saved · Question 1 of 1 · Foundations · 2:13 left",
       "Enter twice or Ctrl-D: done · nothing typed: answered aloud · Ctrl-C: stop"},
      {40, false, "Q 1/1 · Foundations · 2:13 left", "Enter twice: done · none: aloud · Ctrl-C"},
      {40, true, "dry run · Q 1/1 · Foundations · 2:13", "Enter twice: done · none: aloud · Ctrl-C"},
  };
  const std::string note = "These sections have 1 card, so the round has 1 question, not 10.";
  for (const Case& c : cases) {
    INFO(c.columns << " columns, dry run " << c.dry_run);
    const TermSize size{c.columns, 14};
    std::vector<std::string> lines = draw_asking_screen(round, {"x"}, {0, 1}, 133'000, size, caps, note, c.dry_run);
    check_fits(lines, size);
    CHECK(lines[0] == c.header);
    CHECK(lines[size.rows - 1] == c.keys);
    std::string shown;
    for (int i = size.rows - 4; i < size.rows - 1; ++i) shown += lines[static_cast<std::size_t>(i)] + " ";
    CHECK(shown.find("so the round has 1 question, not 10.") != std::string::npos);
  }
}

}  // namespace genai_quiz
