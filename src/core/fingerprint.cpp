#include "genai_quiz/core/fingerprint.hpp"

#include <cstdint>

namespace genai_quiz {
namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::uint64_t mix(std::uint64_t h, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    h = (h ^ static_cast<unsigned char>(text[i])) * kFnvPrime;
  }
  return h;
}

}  // namespace

std::string card_fingerprint(std::string_view question, std::string_view answer) {
  std::uint64_t h = mix(kFnvOffset, trim_end(question));
  h = (h ^ 0u) * kFnvPrime;  // a separator, so text cannot move between question and answer
  h = mix(h, trim_end(answer));
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = kHex[h & 0xf];
  return out;
}

}  // namespace genai_quiz
