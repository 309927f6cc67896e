#pragma once
// A short digest of a card's text, kept with its progress to notice edits to the deck.

#include <string>
#include <string_view>

namespace genai_quiz {

/// A 16-hex-digit FNV-1a digest of a card's question and answer. Line endings (CRLF or LF) and
/// trailing whitespace at the end of either text do not change it; any other edit does.
std::string card_fingerprint(std::string_view question, std::string_view answer);

}  // namespace genai_quiz
