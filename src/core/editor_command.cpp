#include "genai_quiz/core/editor_command.hpp"

namespace genai_quiz {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

std::optional<std::vector<std::string>> split_command_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (is_blank(c)) {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
      continue;
    }
    in_word = true;
    if (c == '\\') {
      if (++i < text.size() && text[i] != '\n') word += text[i];  // a backslash-newline joins lines
      continue;
    }
    if (c == '\'') {
      const std::size_t end = text.find('\'', i + 1);
      if (end == std::string_view::npos) return std::nullopt;
      word.append(text.substr(i + 1, end - i - 1));
      i = end;
      continue;
    }
    if (c == '"') {
      for (++i;; ++i) {
        if (i >= text.size()) return std::nullopt;
        if (text[i] == '"') break;
        // Inside double quotes a backslash escapes only these, as in a shell.
        if (text[i] == '\\' && i + 1 < text.size() &&
            (text[i + 1] == '"' || text[i + 1] == '\\' || text[i + 1] == '$' || text[i + 1] == '`')) {
          ++i;
        }
        word += text[i];
      }
      continue;
    }
    word += c;
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

EditorCommand editor_command(std::optional<std::string_view> visual, std::optional<std::string_view> editor,
                             const std::string& file, int line) {
  std::string_view name = "$VISUAL";
  std::string_view value;
  auto blank = [](std::optional<std::string_view> v) {
    return !v || v->find_first_not_of(" \t\n") == std::string_view::npos;
  };
  if (!blank(visual)) {
    value = *visual;
  } else if (!blank(editor)) {
    name = "$EDITOR";
    value = *editor;
  } else {
    return {{"vi", "+" + std::to_string(line), file}, {}};
  }
  std::optional<std::vector<std::string>> words = split_command_words(value);
  if (!words) return {{}, std::string(name) + ": a quote is not closed in '" + std::string(value) + "'"};
  words->push_back("+" + std::to_string(line));
  words->push_back(file);
  return {std::move(*words), {}};
}

}  // namespace genai_quiz
