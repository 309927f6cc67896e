#include "genai_quiz/core/study_keys.hpp"

#include <catch2/catch.hpp>

namespace genai_quiz {
namespace {

using namespace std::chrono;

}  // namespace

TEST_CASE("Keys map to session commands", "[core]") {
  struct Case {
    char32_t key;
    Screen screen;
    Command command;
  } cases[] = {
      {U' ', Screen::kQuestion, {Action::kReveal}},
      {U'\r', Screen::kQuestion, {Action::kReveal}},
      {U'\n', Screen::kAnswer, {Action::kReveal}},
      {U' ', Screen::kWaiting, {Action::kShowEarly}},
      {U'1', Screen::kAnswer, {Action::kRate, Rating::kAgain}},
      {U'2', Screen::kAnswer, {Action::kRate, Rating::kHard}},
      {U'3', Screen::kAnswer, {Action::kRate, Rating::kGood}},
      {U'4', Screen::kAnswer, {Action::kRate, Rating::kEasy}},
      {U'u', Screen::kQuestion, {Action::kUndo}},
      {U's', Screen::kAnswer, {Action::kSkip}},
      {U'q', Screen::kQuestion, {Action::kQuit}},
      {U'Q', Screen::kWaiting, {Action::kQuit}},
      {U'?', Screen::kAnswer, {Action::kHelp}},
      {U'5', Screen::kAnswer, {}},
      {U'é', Screen::kAnswer, {}},
  };
  for (const Case& c : cases) {
    INFO(static_cast<unsigned>(c.key));
    CHECK(command_for_key(c.key, c.screen) == c.command);
  }
}

TEST_CASE("Input lines map to session commands", "[core]") {
  struct Case {
    const char* line;
    Screen screen;
    Command command;
  } cases[] = {
      {"", Screen::kQuestion, {Action::kReveal}},
      {"  \r", Screen::kQuestion, {Action::kReveal}},
      {"", Screen::kWaiting, {Action::kShowEarly}},
      {"1", Screen::kAnswer, {Action::kRate, Rating::kAgain}},
      {" again ", Screen::kAnswer, {Action::kRate, Rating::kAgain}},
      {"Hard", Screen::kAnswer, {Action::kRate, Rating::kHard}},
      {"3", Screen::kAnswer, {Action::kRate, Rating::kGood}},
      {"GOOD", Screen::kAnswer, {Action::kRate, Rating::kGood}},
      {"4", Screen::kAnswer, {Action::kRate, Rating::kEasy}},
      {"easy", Screen::kAnswer, {Action::kRate, Rating::kEasy}},
      {"u", Screen::kQuestion, {Action::kUndo}},
      {"undo", Screen::kQuestion, {Action::kUndo}},
      {"skip", Screen::kQuestion, {Action::kSkip}},
      {"q", Screen::kAnswer, {Action::kQuit}},
      {"help", Screen::kAnswer, {Action::kHelp}},
      {"?", Screen::kAnswer, {Action::kHelp}},
      {"34", Screen::kAnswer, {}},
      {"goo", Screen::kAnswer, {}},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(command_for_line(c.line, c.screen) == c.command);
  }
}

}  // namespace genai_quiz
