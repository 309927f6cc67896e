#pragma once
// Finding cards by the words of their question, answer and tags (genai-quiz search).
//
// Text is compared in its folded form: a TextFold (term/search_fold.hpp gives the real one)
// folds case, strips accents and turns every character that is neither a letter nor a digit
// into a space, so "Self-Attention" and "self attention" read the same. A query matches a card
// when each of its words begins some word of the card: "attent" finds "Self-Attention", "été"
// finds "Ete", and "attention softmax" needs both.

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/study_item.hpp"

namespace genai_quiz {

/// Folds text for comparison (see the file comment): the result's words are separated by spaces.
using TextFold = std::function<std::string(std::string_view)>;

/// The words of `text` once folded, in order (empty words dropped).
std::vector<std::string> search_words(std::string_view text, const TextFold& fold);

/// True when each of `query` (words from search_words) begins some word of the card's question,
/// answer or tags; an empty query matches every card.
bool card_matches(const Card& card, std::span<const std::string> query, const TextFold& fold);

/// The items whose card matches `query` (text as typed), in their order.
std::vector<StudyItem> search_cards(std::vector<StudyItem> items, std::string_view query, const TextFold& fold);

}  // namespace genai_quiz
