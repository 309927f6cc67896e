#pragma once
// Multiple-choice questions in what a layout read: lettered options ("- A: …", "a) …") or a task
// list ("- [x] …"), and the answer line naming the right ones ("#### Answer: C", "The correct
// answer is b) …"). Private to the convert layer.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace genai_quiz {

/// A question read as multiple choice.
struct ChoiceItem {
  std::string question;              ///< the question without its options
  std::string answer;                ///< the explanation, without the line naming the right options
  std::vector<std::string> choices;  ///< each option's Markdown, without its letter or box
  std::vector<int> correct;          ///< the right options (0 for the first), increasing
};

/// What `read_choices` found.
struct ChoiceReading {
  std::optional<ChoiceItem> item;  ///< set when the question is multiple choice
  std::string problem;             ///< why options that were found could not be used; "" otherwise
};

/// Reads a question's options and the right ones out of its Markdown `question` and `answer`.
/// Lettered options end the question; a task list ends the question or starts the answer. The
/// right options are the ticked boxes, else those an answer line names. Without options, or with
/// lettered options and no answer line, nothing is found and `problem` is empty; options the
/// deck format cannot hold (an answer line naming no option, more than 8, two alike) give a
/// `problem`. When nothing but the answer line explains, the answer is the right options' text.
ChoiceReading read_choices(const std::string& question, const std::string& answer);

/// The length of a phrase at the start of `lower` (lower-case plain text) that gives the right
/// option: "the correct answer is", "the right answer is", "correct answer:"; 0 when none does.
std::size_t verdict_prefix(std::string_view lower);

/// The options (0 for a) named by an answer line in plain text: "Answer: C" gives {2},
/// "Answers: A and C" {0, 2}, "The correct answer is b) Sigmoid" {1}; nothing for other text.
/// With `labelled` (a layout took the "Answer:" label already) the line may be letters alone:
/// "C", "A, C", "b) Sigmoid".
std::optional<std::vector<int>> answer_letters(std::string_view text, bool labelled = false);

}  // namespace genai_quiz
