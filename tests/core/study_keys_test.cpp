#include "genai_quiz/core/study_keys.hpp"

#include <catch2/catch.hpp>

namespace genai_quiz {
namespace {

using namespace std::chrono;

}  // namespace

TEST_CASE("Keys map to session actions", "[core]") {
  struct Case {
    char32_t key;
    Stage stage;
    Action action;
  } cases[] = {
      {U' ', Stage::kQuestion, {ActionKind::kReveal}},
      {U'\r', Stage::kQuestion, {ActionKind::kReveal}},
      {U'\n', Stage::kAnswer, {ActionKind::kReveal}},
      {U' ', Stage::kWaiting, {ActionKind::kShowEarly}},
      {U'1', Stage::kAnswer, {ActionKind::kRate, Rating::kAgain}},
      {U'2', Stage::kAnswer, {ActionKind::kRate, Rating::kHard}},
      {U'3', Stage::kAnswer, {ActionKind::kRate, Rating::kGood}},
      {U'4', Stage::kAnswer, {ActionKind::kRate, Rating::kEasy}},
      {U'u', Stage::kQuestion, {ActionKind::kUndo}},
      {U's', Stage::kAnswer, {ActionKind::kSkip}},
      {U'q', Stage::kQuestion, {ActionKind::kQuit}},
      {U'Q', Stage::kWaiting, {ActionKind::kQuit}},
      {U'?', Stage::kAnswer, {ActionKind::kHelp}},
      {U'e', Stage::kQuestion, {ActionKind::kEdit}},
      {U'E', Stage::kAnswer, {ActionKind::kEdit}},
      {U'5', Stage::kAnswer, {}},
      {U'é', Stage::kAnswer, {}},
  };
  for (const Case& c : cases) {
    INFO(static_cast<unsigned>(c.key));
    CHECK(action_for_key(c.key, c.stage) == c.action);
  }
}

TEST_CASE("On a multiple-choice question e picks option e only when the card has one", "[core]") {
  struct Case {
    char32_t key;
    Stage stage;
    int choices;
    ActionKind kind;
    int choice;
  } cases[] = {
      {U'e', Stage::kQuestion, 5, ActionKind::kChoose, 4},
      {U'E', Stage::kQuestion, 8, ActionKind::kChoose, 4},
      {U'e', Stage::kQuestion, 4, ActionKind::kEdit, 0},
      {U'e', Stage::kAnswer, 5, ActionKind::kEdit, 0},
      {U'd', Stage::kQuestion, 4, ActionKind::kChoose, 3},
  };
  for (const Case& c : cases) {
    INFO(static_cast<unsigned>(c.key) << " with " << c.choices << " options");
    const Action action = action_for_key(c.key, c.stage, c.choices);
    CHECK(action.kind == c.kind);
    if (c.kind == ActionKind::kChoose) CHECK(action.choice == c.choice);
  }
}

TEST_CASE("Input lines map to session actions", "[core]") {
  struct Case {
    const char* line;
    Stage stage;
    Action action;
  } cases[] = {
      {"", Stage::kQuestion, {ActionKind::kReveal}},
      {"  \r", Stage::kQuestion, {ActionKind::kReveal}},
      {"", Stage::kWaiting, {ActionKind::kShowEarly}},
      {"1", Stage::kAnswer, {ActionKind::kRate, Rating::kAgain}},
      {" again ", Stage::kAnswer, {ActionKind::kRate, Rating::kAgain}},
      {"Hard", Stage::kAnswer, {ActionKind::kRate, Rating::kHard}},
      {"3", Stage::kAnswer, {ActionKind::kRate, Rating::kGood}},
      {"GOOD", Stage::kAnswer, {ActionKind::kRate, Rating::kGood}},
      {"4", Stage::kAnswer, {ActionKind::kRate, Rating::kEasy}},
      {"easy", Stage::kAnswer, {ActionKind::kRate, Rating::kEasy}},
      {"u", Stage::kQuestion, {ActionKind::kUndo}},
      {"undo", Stage::kQuestion, {ActionKind::kUndo}},
      {"skip", Stage::kQuestion, {ActionKind::kSkip}},
      {"q", Stage::kAnswer, {ActionKind::kQuit}},
      {"help", Stage::kAnswer, {ActionKind::kHelp}},
      {"e", Stage::kQuestion, {}},  // the line protocol does not edit
      {"?", Stage::kAnswer, {ActionKind::kHelp}},
      {"34", Stage::kAnswer, {}},
      {"goo", Stage::kAnswer, {}},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(action_for_line(c.line, c.stage) == c.action);
  }
}

}  // namespace genai_quiz
