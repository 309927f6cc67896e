#include "genai_quiz/core/answer_words.hpp"

#include <algorithm>
#include <iterator>

namespace genai_quiz {
namespace {

struct Char {
  char32_t cp;
  std::size_t length;
};

// Decodes one UTF-8 character; an invalid byte reads as U+FFFD of length 1.
Char decode(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = b(i);
  if (b0 < 0x80) return {b0, 1};
  std::size_t n = (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0 || s.size() - i < n) return {0xFFFD, 1};
  char32_t cp = b0 & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  return {cp, n};
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Letters and digits; outside ASCII, everything but the punctuation, symbol and space blocks.
bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c <= 0xBF) return c == 0xAA || c == 0xB5 || c == 0xBA;  // Latin-1 punctuation and symbols
  if (c == 0xD7 || c == 0xF7) return false;                   // × ÷
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // general punctuation, arrows, maths, boxes
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  return c != 0xFFFD && c != 0xFEFF;
}

// Sorted for binary search. Single letters other than "a" and "i" are not here: q, k and v
// mean something in this field.
constexpr std::string_view kStopWords[] = {
      "a",       "about",   "above",  "after",  "again", "against", "all",     "also",    "am",
      "an",      "and",     "any",    "are",    "arent", "as",      "at",      "be",      "because",
      "been",    "before",  "being",  "below",  "between", "both",  "but",     "by",      "can",
      "cant",    "could",   "did",    "didnt",  "do",    "does",    "doesnt",  "dont",    "down",
      "during",  "each",    "eg",     "either", "etc",   "every",   "for",     "from",    "further",
      "had",     "has",     "have",   "having", "he",    "her",     "here",    "him",     "his",
      "how",     "i",       "ie",     "if",     "in",    "into",    "is",      "isnt",    "it",
      "its",     "just",    "may",    "me",     "might", "more",    "most",    "must",    "my",
      "neither", "no",      "nor",    "not",    "of",    "off",     "on",      "once",    "only",
      "onto",    "or",      "other",  "our",    "out",   "over",    "own",     "per",     "same",
      "shall",   "she",     "should", "so",     "some",  "such",    "than",    "that",    "the",
      "their",   "them",    "then",   "there",  "these", "they",    "this",    "those",   "through",
      "to",      "too",     "under",  "until",  "up",    "us",      "very",    "via",     "was",
      "we",      "were",    "what",   "when",   "where", "which",   "while",   "who",     "whom",
      "whose",   "why",     "will",   "with",   "without", "would", "you",     "your",
};
static_assert(std::is_sorted(std::begin(kStopWords), std::end(kStopWords)));

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }

}  // namespace

std::vector<TextWord> split_words(std::string_view text) {
  std::vector<TextWord> words;
  bool pending_break = false;
  std::size_t i = 0;
  while (i < text.size()) {
    Char c = decode(text, i);
    if (!is_word_char(c.cp)) {
      std::size_t next = i + c.length;
      if (c.cp == '.' || c.cp == '!' || c.cp == '?' || c.cp == ';') {
        if (next >= text.size() || is_space(decode(text, next).cp)) pending_break = true;
      } else if (c.cp == '\n') {
        std::size_t k = next;
        while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r')) ++k;
        if (k < text.size() && text[k] == '\n') pending_break = true;
      }
      i = next;
      continue;
    }
    TextWord word;
    word.begin = i;
    word.sentence_start = pending_break && !words.empty();
    pending_break = false;
    while (i < text.size()) {
      c = decode(text, i);
      if (is_word_char(c.cp)) {
        for (std::size_t k = 0; k < c.length; ++k) {
          char b = text[i + k];
          word.text += (b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : b;
        }
        i += c.length;
        continue;
      }
      // An apostrophe between letters joins them ("doesn't"); a possessive 's is dropped.
      if (!is_apostrophe(c.cp) || i + c.length >= text.size()) break;
      Char after = decode(text, i + c.length);
      if (!is_word_char(after.cp)) break;
      std::size_t after_end = i + c.length + after.length;
      bool possessive = (after.cp == 's' || after.cp == 'S') &&
                        (after_end >= text.size() || !is_word_char(decode(text, after_end).cp));
      if (possessive) {
        i = after_end;
        break;
      }
      i += c.length;
    }
    word.end = i;
    words.push_back(std::move(word));
  }
  return words;
}

bool is_stop_word(std::string_view word) {
  return std::binary_search(std::begin(kStopWords), std::end(kStopWords), word);
}

}  // namespace genai_quiz
