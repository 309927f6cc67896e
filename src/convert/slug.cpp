#include "genai_quiz/convert/slug.hpp"

#include <array>
#include <vector>

#include "genai_quiz/convert/math_mask.hpp"
#include "genai_quiz/core/card_id.hpp"

namespace genai_quiz {
namespace {

// The words of `text` by the slug rule. Each space-separated piece is slugged on its own, so
// that the rule's 60-byte cut never drops words a shorter id could still use.
std::vector<std::string> slug_words(std::string_view text) {
  std::vector<std::string> words;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find_first_of(" \t\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string slug = slugify(text.substr(start, end - start));
    for (std::size_t a = 0; a < slug.size();) {
      std::size_t b = slug.find('-', a);
      if (b == std::string::npos) b = slug.size();
      if (b > a) words.push_back(slug.substr(a, b - a));
      a = b + 1;
    }
    start = end + 1;
  }
  return words;
}

std::string join_words(const std::vector<std::string>& words, std::size_t max_length) {
  std::string out;
  for (const std::string& w : words) {
    if (out.size() + w.size() + (out.empty() ? 0 : 1) > max_length) {
      if (out.empty()) {  // one long word: cut it on a character boundary
        std::size_t cut = max_length;
        while (cut > 0 && (static_cast<unsigned char>(w[cut]) & 0xC0) == 0x80) --cut;
        out = w.substr(0, cut);
      }
      break;
    }
    if (!out.empty()) out += '-';
    out += w;
  }
  return out;
}

bool is_filler(std::string_view w) {
  static constexpr std::array<std::string_view, 42> kFiller = {
      "a",    "an",    "the",  "is",   "are",     "was",      "were", "be",   "of",   "in",    "on",
      "to",   "for",   "and",  "or",   "what",    "whats",    "how",  "why",  "when", "which", "who",
      "do",   "does",  "did",  "can",  "could",   "you",      "your", "we",   "it",   "its",   "this",
      "that", "there", "with", "by",   "as",      "at",       "about", "explain", "describe"};
  for (std::string_view f : kFiller) {
    if (w == f) return true;
  }
  return false;
}

}  // namespace

std::string short_slug(std::string_view text, std::size_t max_length) {
  return join_words(slug_words(text), max_length);
}

std::string question_slug(std::string_view question, std::size_t max_length) {
  // Formulas make poor ids: leave them out unless nothing else is left.
  std::string without_math(question);
  mask_math(without_math, 0, without_math.size(), false, ' ');
  std::vector<std::string> words = slug_words(without_math);
  if (words.empty()) words = slug_words(question);
  std::vector<std::string> kept;
  for (const std::string& w : words) {
    if (!is_filler(w)) kept.push_back(w);
  }
  return join_words(kept.empty() ? words : kept, max_length);
}

std::string IdAllocator::allocate(const std::string& wanted, const std::string& fallback) {
  const std::string& base = wanted.empty() ? fallback : wanted;
  std::string id = base;
  if (taken_.count(id) > 0) {
    int& n = next_suffix_.try_emplace(base, 2).first->second;
    do id = base + "-" + std::to_string(n++);
    while (taken_.count(id) > 0);
  }
  taken_.insert(id);
  return id;
}

}  // namespace genai_quiz
