#include "genai_quiz/core/study_keys.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "genai_quiz/core/deck.hpp"

namespace genai_quiz {
namespace {

Action reveal_on(Stage stage) {
  return {stage == Stage::kWaiting ? ActionKind::kShowEarly : ActionKind::kReveal};
}

// The pick that `key` makes among `choices` options on the question; nothing for another key.
// The letters a to h clash with no other key but e (edit) and f (flag): on the question of a card
// with five or more options, e picks option e, and with six or more f picks option f (the card is
// then edited or flagged from its answer).
std::optional<Action> choice_for(char32_t key, Stage stage, int choices) {
  if (stage != Stage::kQuestion || choices <= 0) return std::nullopt;
  if (key >= U'A' && key <= U'Z') key = key - U'A' + U'a';
  const int index = static_cast<int>(key) - 'a';
  if (key < U'a' || index >= std::min(choices, kMaxChoices)) return std::nullopt;
  Action action{ActionKind::kChoose};
  action.choice = index;
  return action;
}

}  // namespace

Action action_for_key(char32_t key, Stage stage, int choices) {
  if (std::optional<Action> pick = choice_for(key, stage, choices)) return *pick;
  switch (key) {
    case U' ':
    case U'\r':
    case U'\n':
      return reveal_on(stage);
    case U'1': return {ActionKind::kRate, Rating::kAgain};
    case U'2': return {ActionKind::kRate, Rating::kHard};
    case U'3': return {ActionKind::kRate, Rating::kGood};
    case U'4': return {ActionKind::kRate, Rating::kEasy};
    case U'u': case U'U': return {ActionKind::kUndo};
    case U's': case U'S': return {ActionKind::kSkip};
    case U'!': return {ActionKind::kSuspend};
    case U'f': case U'F': return {ActionKind::kFlag};
    case U'q': case U'Q': return {ActionKind::kQuit};
    case U'?': return {ActionKind::kHelp};
    case U'e': case U'E': return {ActionKind::kEdit};
    default: return {};
  }
}

Action action_for_line(std::string_view line, Stage stage, int choices) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!line.empty() && blank(line.front())) line.remove_prefix(1);
  while (!line.empty() && blank(line.back())) line.remove_suffix(1);
  std::string word(line);
  for (char& c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  struct Word {
    const char* text;
    Action action;
  };
  static constexpr Word kWords[] = {
      {"1", {ActionKind::kRate, Rating::kAgain}}, {"again", {ActionKind::kRate, Rating::kAgain}},
      {"2", {ActionKind::kRate, Rating::kHard}},  {"hard", {ActionKind::kRate, Rating::kHard}},
      {"3", {ActionKind::kRate, Rating::kGood}},  {"good", {ActionKind::kRate, Rating::kGood}},
      {"4", {ActionKind::kRate, Rating::kEasy}},  {"easy", {ActionKind::kRate, Rating::kEasy}},
      {"u", {ActionKind::kUndo}},                 {"undo", {ActionKind::kUndo}},
      {"s", {ActionKind::kSkip}},                 {"skip", {ActionKind::kSkip}},
      {"!", {ActionKind::kSuspend}},              {"suspend", {ActionKind::kSuspend}},
      {"f", {ActionKind::kFlag}},                 {"flag", {ActionKind::kFlag}},
      {"q", {ActionKind::kQuit}},                 {"quit", {ActionKind::kQuit}},
      {"?", {ActionKind::kHelp}},                 {"help", {ActionKind::kHelp}},
  };
  if (word.empty()) return reveal_on(stage);
  if (word.size() == 1) {
    if (std::optional<Action> pick = choice_for(static_cast<char32_t>(word[0]), stage, choices)) return *pick;
  }
  for (const Word& w : kWords) {
    if (word == w.text) return w.action;
  }
  return {};
}

}  // namespace genai_quiz
