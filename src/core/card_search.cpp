#include "genai_quiz/core/card_search.hpp"

#include <algorithm>

namespace genai_quiz {

std::vector<std::string> search_words(std::string_view text, const TextFold& fold) {
  const std::string folded = fold(text);
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) words.emplace_back(folded, start, end - start);
    start = end + 1;
  }
  return words;
}

bool card_matches(const Card& card, std::span<const std::string> query, const TextFold& fold) {
  if (query.empty()) return true;
  std::vector<std::string> words = search_words(card.question, fold);
  for (std::string& w : search_words(card.answer, fold)) words.push_back(std::move(w));
  for (const std::string& tag : card.tags) {
    for (std::string& w : search_words(tag, fold)) words.push_back(std::move(w));
  }
  return std::all_of(query.begin(), query.end(), [&](const std::string& q) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return w.starts_with(q); });
  });
}

std::vector<StudyItem> search_cards(std::vector<StudyItem> items, std::string_view query, const TextFold& fold) {
  const std::vector<std::string> words = search_words(query, fold);
  std::erase_if(items, [&](const StudyItem& item) { return !card_matches(*item.card, words, fold); });
  return items;
}

}  // namespace genai_quiz
