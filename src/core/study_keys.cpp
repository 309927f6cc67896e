#include "genai_quiz/core/study_keys.hpp"

#include <string>

namespace genai_quiz {
namespace {

Command reveal_on(Screen screen) {
  return {screen == Screen::kWaiting ? Action::kShowEarly : Action::kReveal};
}

}  // namespace

Command command_for_key(char32_t key, Screen screen) {
  switch (key) {
    case U' ':
    case U'\r':
    case U'\n':
      return reveal_on(screen);
    case U'1': return {Action::kRate, Rating::kAgain};
    case U'2': return {Action::kRate, Rating::kHard};
    case U'3': return {Action::kRate, Rating::kGood};
    case U'4': return {Action::kRate, Rating::kEasy};
    case U'u': case U'U': return {Action::kUndo};
    case U's': case U'S': return {Action::kSkip};
    case U'q': case U'Q': return {Action::kQuit};
    case U'?': return {Action::kHelp};
    default: return {};
  }
}

Command command_for_line(std::string_view line, Screen screen) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!line.empty() && blank(line.front())) line.remove_prefix(1);
  while (!line.empty() && blank(line.back())) line.remove_suffix(1);
  std::string word(line);
  for (char& c : word) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  struct Word {
    const char* text;
    Command command;
  };
  static constexpr Word kWords[] = {
      {"1", {Action::kRate, Rating::kAgain}}, {"again", {Action::kRate, Rating::kAgain}},
      {"2", {Action::kRate, Rating::kHard}},  {"hard", {Action::kRate, Rating::kHard}},
      {"3", {Action::kRate, Rating::kGood}},  {"good", {Action::kRate, Rating::kGood}},
      {"4", {Action::kRate, Rating::kEasy}},  {"easy", {Action::kRate, Rating::kEasy}},
      {"u", {Action::kUndo}},                 {"undo", {Action::kUndo}},
      {"s", {Action::kSkip}},                 {"skip", {Action::kSkip}},
      {"q", {Action::kQuit}},                 {"quit", {Action::kQuit}},
      {"?", {Action::kHelp}},                 {"help", {Action::kHelp}},
  };
  if (word.empty()) return reveal_on(screen);
  for (const Word& w : kWords) {
    if (word == w.text) return w.command;
  }
  return {};
}

}  // namespace genai_quiz
