#pragma once
// Shell completion, answered by the program: the completion scripts for bash, zsh and fish call
// `genai-quiz __complete WORD...` with the words typed so far (the last one is the word under
// the cursor, possibly empty) and offer what it prints. Commands and options come from the
// command-line model, so the scripts never list them. Private to cli.
//
// Output: a first line saying what to offer, then one candidate a line as "word<TAB>description":
//
//   words           the candidates below (possibly none)
//   files           file names (the shell completes them)
//   directories     directory names (the shell completes them)

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "cli/command_line_model.hpp"

namespace genai_quiz {

/// One word to offer and what it means.
struct Candidate {
  std::string word;
  std::string description;

  bool operator==(const Candidate&) const = default;
};

/// What to offer for the word under the cursor.
struct Completion {
  enum class Kind { kWords, kFiles, kDirectories };
  Kind kind = Kind::kWords;
  std::vector<Candidate> candidates;  ///< for kWords, already narrowed to the word typed so far
};

/// The values of a kind the command line cannot know by itself (sections, tags, settings), given the
/// --deck files typed so far. Called only when such a value is being completed.
using ValueSource = std::function<std::vector<Candidate>(ValueKind kind, const std::vector<std::string>& decks)>;

/// What fits the last of `words` (the words after the program's name) in `root`'s command line.
/// For "--option=value" the candidates are values without the "--option=" part.
Completion complete(const CommandInfo& root, std::span<const std::string> words, const ValueSource& values);

/// The answer printed for the shells (see the top of this file).
std::string format_completion(const Completion& completion);

}  // namespace genai_quiz
