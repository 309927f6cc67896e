#pragma once
// A deck as loaded from YAML: sections of cards, plus the stubs still waiting for content.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "genai_quiz/core/diagnostic.hpp"
#include "genai_quiz/core/key_point.hpp"

namespace genai_quiz {

/// One question and its answer. `question` and `answer` are Markdown, kept verbatim.
struct Card {
  std::string id;             ///< stable within the deck: progress is keyed by (deck id, card id)
  bool explicit_id = false;   ///< false when `id` was derived from the section id and question
  std::string question;
  std::string answer;
  std::vector<std::string> tags;
  std::vector<KeyPoint> key_points;  ///< what a good answer must mention (study --type, interview)
  std::string source;         ///< where the question comes from (a URL), or ""
  /// A multiple-choice card's options (Markdown, shown lettered a, b, c ...); empty otherwise.
  std::vector<std::string> choices;
  /// The indices into `choices` (0 for "a") of the right options, in increasing order.
  std::vector<int> correct;
  SourcePos pos;              ///< where the card's mapping starts in its file

  /// True when the card has options to choose from.
  bool multiple_choice() const { return !choices.empty(); }
  /// True when option `index` (0 for "a") is one of the right ones.
  bool is_correct(int index) const;

  bool operator==(const Card&) const = default;
};

/// The most options a card may have: they take the keys a to h.
inline constexpr int kMaxChoices = 8;

/// The letter of option `index`: 0 gives 'a'.
inline char choice_letter(int index) { return static_cast<char>('a' + index); }

/// A named group of cards; `stubs` counts the entries that have no content yet.
struct Section {
  std::string id;
  std::string title;
  std::vector<Card> cards;
  int stubs = 0;
  std::vector<SourcePos> stub_positions;  ///< where each stub is, in file order
  SourcePos pos;
  /// The question text of the stubs, in order ("" for a stub without one); may be shorter
  /// than `stubs` (a loaded deck does not keep them).
  std::vector<std::string> stub_questions;

  bool operator==(const Section&) const = default;
};

/// A whole deck file.
struct Deck {
  std::string id;
  std::string title;
  std::string file;  ///< the path it was loaded from, or "<bundled>"
  std::vector<Section> sections;
  SourcePos pos;     ///< where the deck's `id` is given (1:1 when it defaults to the file name)

  /// Total number of cards (stubs excluded) over all sections.
  int card_count() const;
  /// Total number of stubs over all sections.
  int stub_count() const;

  bool operator==(const Deck&) const = default;
};

/// An error when a deck in `earlier` already has `deck`'s id (their progress would be mixed up).
std::optional<Diagnostic> check_deck_id_unique(const Deck& deck, std::span<const Deck> earlier);

}  // namespace genai_quiz
