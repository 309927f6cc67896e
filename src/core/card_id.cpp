#include "genai_quiz/core/card_id.hpp"

#include <unordered_map>
#include <unordered_set>

#include "genai_quiz/core/deck.hpp"
#include "genai_quiz/core/utf8.hpp"

namespace genai_quiz {
namespace {

constexpr std::size_t kMaxSlugBytes = 60;

// Non-ASCII code points that separate words rather than form them: Latin-1 punctuation and
// symbols, general punctuation through the symbol blocks, CJK and full-width punctuation,
// variation selectors, private use, and the emoji planes.
bool is_separator(char32_t c) {
  if (c < 0x80) return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
  return c == utf8::kInvalid || (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 ||
         (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xFE00 && c <= 0xFE6F) ||
         (c >= 0xFF00 && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) || (c >= 0x1F000 && c <= 0x1FAFF);
}

}  // namespace

std::string slugify(std::string_view text) {
  std::string slug;
  bool pending_dash = false;
  for (std::size_t i = 0; i < text.size();) {
    const utf8::Char ch = utf8::decode_checked(text, i);
    const std::string_view bytes = text.substr(i, ch.length);
    i += ch.length;
    if (utf8::is_apostrophe(ch.code_point)) continue;
    if (is_separator(ch.code_point)) {
      pending_dash = !slug.empty();
      continue;
    }
    if (pending_dash) slug += '-', pending_dash = false;
    if (ch.code_point >= 'A' && ch.code_point <= 'Z') {
      slug += static_cast<char>(ch.code_point - 'A' + 'a');
    } else {
      slug += bytes;
    }
    if (slug.size() > kMaxSlugBytes) break;
  }
  if (slug.size() <= kMaxSlugBytes) return slug;
  const std::size_t dash = slug.rfind('-', kMaxSlugBytes);
  if (dash != std::string::npos && dash > 0) return slug.substr(0, dash);
  std::size_t cut = kMaxSlugBytes;  // one long word: cut on a character boundary
  while (cut > 0 && (static_cast<unsigned char>(slug[cut]) & 0xC0) == 0x80) --cut;
  return slug.substr(0, cut);
}

std::string derived_card_id(std::string_view section_id, std::string_view question) {
  std::string slug = slugify(question);
  return std::string(section_id) + "/" + (slug.empty() ? "card" : slug);
}

void assign_derived_card_ids(Deck& deck) {
  std::unordered_set<std::string> taken;
  std::unordered_map<std::string, int> next_suffix;  // keeps many equal questions linear
  for (const Section& section : deck.sections) {
    for (const Card& card : section.cards) {
      if (card.explicit_id) taken.insert(card.id);
    }
  }
  for (Section& section : deck.sections) {
    for (Card& card : section.cards) {
      if (card.explicit_id) continue;
      const std::string base = derived_card_id(section.id, card.question);
      std::string id = base;
      if (taken.contains(id)) {
        int& n = next_suffix.try_emplace(base, 2).first->second;
        do id = base + "-" + std::to_string(n++);
        while (taken.contains(id));
      }
      taken.insert(id);
      card.id = std::move(id);
    }
  }
}

}  // namespace genai_quiz
