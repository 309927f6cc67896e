#include "genai_quiz/convert/slug.hpp"

#include "genai_quiz/convert/math_mask.hpp"

#include <array>
#include <cctype>
#include <string_view>
#include <vector>

namespace genai_quiz {
namespace {

// Latin-1 Supplement and Latin Extended-A letters (U+00C0..U+017F) without their accents.
constexpr std::string_view kLatinFold =
    "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTs"  // U+00C0..U+00DF
    "aaaaaaaceeeeiiiidnooooo-ouuuuyty"  // U+00E0..U+00FF
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg"  // U+0100..U+011F
    "GgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlL"  // U+0120..U+013F
    "lLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSs"  // U+0140..U+015F
    "SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";  // U+0160..U+017F

// Splits `text` into lowercase ASCII words.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (std::isalnum(c)) {
        word += static_cast<char>(std::tolower(c));
      } else if (c != '\'' || word.empty()) {  // "what's" stays one word
        flush();
      }
      ++i;
      continue;
    }
    // Decode one UTF-8 sequence (the input has been checked to be valid UTF-8).
    std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    char32_t cp = 0;
    if (len == 2 && i + 1 < text.size()) {
      cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
    }
    if (cp >= 0xC0 && cp <= 0x17F && kLatinFold[cp - 0xC0] != '-' && kLatinFold[cp - 0xC0] != 'x') {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(kLatinFold[cp - 0xC0])));
    } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
               static_cast<unsigned char>(text[i + 2]) == 0x99) {
      // a typographic apostrophe, as in "what’s": keep the word together
    } else {
      flush();
    }
    i += len;
  }
  flush();
  return words;
}

std::string join_words(const std::vector<std::string>& words, std::size_t max_length) {
  std::string out;
  for (const std::string& w : words) {
    std::size_t extra = w.size() + (out.empty() ? 0 : 1);
    if (out.size() + extra > max_length) {
      if (out.empty()) out = w.substr(0, max_length);
      break;
    }
    if (!out.empty()) out += '-';
    out += w;
  }
  return out;
}

bool is_filler(std::string_view w) {
  static constexpr std::array<std::string_view, 43> kFiller = {
      "a",     "an",   "the",  "is",    "are",   "was",     "were",   "be",      "of",
      "in",    "on",   "to",   "for",   "and",   "or",      "what",   "whats",   "what's",
      "how",   "why",  "when", "which", "who",   "do",      "does",   "did",     "can",
      "could", "you",  "your", "we",    "it",    "its",     "this",   "that",    "there",
      "with",  "by",   "as",   "at",    "about", "explain", "describe"};
  for (std::string_view f : kFiller) {
    if (w == f) return true;
  }
  return false;
}

}  // namespace

std::string slugify(std::string_view text, std::size_t max_length) {
  std::vector<std::string> words = words_of(text);
  for (std::string& w : words) std::erase(w, '\'');
  return join_words(words, max_length);
}

std::string question_slug(std::string_view question, std::size_t max_length) {
  // Formulas make poor ids: leave them out unless nothing else is left.
  std::string without_math(question);
  mask_math(without_math, 0, without_math.size(), false, ' ');
  std::vector<std::string> words = words_of(without_math);
  if (words.empty()) words = words_of(question);
  std::vector<std::string> kept;
  for (const std::string& w : words) {
    if (!is_filler(w)) kept.push_back(w);
  }
  // Keep the filler words when too little is left to be readable ("What is it?").
  std::vector<std::string>& chosen = kept.size() >= 1 ? kept : words;
  for (std::string& w : chosen) std::erase(w, '\'');
  return join_words(chosen, max_length);
}

std::string IdAllocator::allocate(const std::string& wanted, const std::string& fallback) {
  std::string base = wanted.empty() ? fallback : wanted;
  std::string id = base;
  for (int n = 2; taken_.count(id) > 0; ++n) id = base + "-" + std::to_string(n);
  taken_.insert(id);
  return id;
}

}  // namespace genai_quiz
