#include "genai_quiz/core/answer_words.hpp"

#include <algorithm>
#include <iterator>

#include "genai_quiz/core/utf8.hpp"

namespace genai_quiz {
namespace {

// Decodes one character without advancing; a malformed byte reads as U+FFFD of length 1.
utf8::Char decode(std::string_view s, std::size_t i) {
  utf8::Char c = utf8::decode_checked(s, i);
  if (c.code_point == utf8::kInvalid) c.code_point = utf8::kReplacement;
  return c;
}

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
    utf8::Char c = decode(text, i);
    if (!is_word_char(c.code_point)) {
      std::size_t next = i + c.length;
      if (c.code_point == '.' || c.code_point == '!' || c.code_point == '?' || c.code_point == ';') {
        if (next >= text.size() || is_space(decode(text, next).code_point)) pending_break = true;
      } else if (c.code_point == '\n') {
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
      if (is_word_char(c.code_point)) {
        for (std::size_t k = 0; k < c.length; ++k) {
          char b = text[i + k];
          word.text += (b >= 'A' && b <= 'Z') ? static_cast<char>(b - 'A' + 'a') : b;
        }
        i += c.length;
        continue;
      }
      // An apostrophe between letters joins them ("doesn't"); a possessive 's is dropped.
      if (!utf8::is_apostrophe(c.code_point) || i + c.length >= text.size()) break;
      utf8::Char after = decode(text, i + c.length);
      if (!is_word_char(after.code_point)) break;
      std::size_t after_end = i + c.length + after.length;
      bool possessive = (after.code_point == 's' || after.code_point == 'S') &&
                        (after_end >= text.size() || !is_word_char(decode(text, after_end).code_point));
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
