#pragma once
// Turning a Markdown interview Q&A document into a deck: `genai-quiz convert` without the files.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/convert/layout.hpp"
#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/diagnostic.hpp"

namespace genai_quiz {

/// What to convert and how.
struct ConvertOptions {
  std::string file = "<input>";  ///< the input's name, used in diagnostics and for the deck id
  std::string deck_id;           ///< the deck id; empty means a slug of the file name's stem
  Layout layout = Layout::kAuto;
  /// Called now and then with the fraction of the work done (0 to 1); may be empty.
  std::function<void(double)> progress;
};

/// The deck found in a document, the layout used, and any problems.
struct ConvertResult {
  Deck deck;
  Layout layout = Layout::kAuto;  ///< the layout most of the deck was read with
  std::vector<Layout> layouts;    ///< every layout a part of the document was read with, most used first
  std::vector<Diagnostic> diagnostics;

  /// True when the conversion failed (binary or non-UTF-8 input, no questions found).
  bool failed() const { return has_errors(diagnostics); }
};

/// Converts the Markdown `text` into a deck. Input that is binary, not UTF-8, or holds no
/// questions gives an error diagnostic and an empty deck; this function does not throw for it.
ConvertResult convert_markdown(std::string_view text, const ConvertOptions& options);

}  // namespace genai_quiz
