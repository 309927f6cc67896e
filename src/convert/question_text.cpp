#include "genai_quiz/convert/question_text.hpp"

#include <array>
#include <cctype>

#include "genai_quiz/convert/math_mask.hpp"
#include "genai_quiz/core/ascii.hpp"

namespace genai_quiz {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_emphasis(char c) { return c == '*' || c == '_'; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The length of the word `word` at the start of `s` (case-insensitive, not followed by a letter).
std::size_t match_word(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (lower(s[i]) != word[i]) return 0;
  }
  if (s.size() > word.size() && is_alpha_ascii(s[word.size()])) return 0;
  return word.size();
}

// Decodes the UTF-8 code point ending at s[end-1], returning it and its first byte's index.
std::pair<char32_t, std::size_t> last_code_point(std::string_view s, std::size_t end) {
  std::size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  unsigned char c = static_cast<unsigned char>(s[start]);
  std::size_t len = end - start;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = start + 1; k < end; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[k]) & 0x3F);
  return {cp, start};
}

// Emoji, dingbats, arrows, stars, variation selectors and joiners: decoration, not words.
bool is_symbol(char32_t cp) {
  return (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
         (cp >= 0x1F000 && cp <= 0x1FAFF) || cp == 0xA0;
}

// `s` without trailing whitespace, emphasis markers and decorative symbols.
std::string_view strip_trailing_decoration(std::string_view s) {
  while (!s.empty()) {
    char c = s.back();
    if (std::isspace(static_cast<unsigned char>(c)) || is_emphasis(c)) {
      s.remove_suffix(1);
      continue;
    }
    if (static_cast<unsigned char>(c) < 0x80) break;
    auto [cp, start] = last_code_point(s, s.size());
    if (!is_symbol(cp)) break;
    s = s.substr(0, start);
  }
  return s;
}

// Removes a `**…**`, `__…__`, `*…*` or `_…_` wrapper around all of `s`, when its inside does not
// use the same marker.
bool unwrap(std::string_view& s) {
  for (std::string_view m : {"**", "__", "*", "_"}) {
    if (s.size() > 2 * m.size() && s.starts_with(m) && s.ends_with(m)) {
      std::string_view inner = s.substr(m.size(), s.size() - 2 * m.size());
      if (inner.find(m) == std::string_view::npos && !is_blank(inner.front()) && !is_blank(inner.back())) {
        s = inner;
        return true;
      }
    }
  }
  return false;
}

std::size_t count_of(std::string_view s, std::string_view needle) {
  std::size_t n = 0;
  for (std::size_t pos = s.find(needle); pos != std::string_view::npos; pos = s.find(needle, pos + needle.size())) ++n;
  return n;
}

}  // namespace

std::optional<std::size_t> match_label(std::string_view line, Label label) {
  std::size_t i = 0;
  while (i < line.size() && is_blank(line[i])) ++i;
  std::size_t open = 0;
  while (i < line.size() && is_emphasis(line[i])) ++i, ++open;
  std::string_view rest = line.substr(i);
  std::size_t word = 0;
  bool long_word = false;
  if (label == Label::kQuestion) {
    if ((word = match_word(rest, "question")) != 0) {
      long_word = true;
    } else {
      word = match_word(rest, "q");
    }
  } else if (label == Label::kAnswer) {
    for (std::string_view w : {"answer", "solution", "ans"}) {
      if ((word = match_word(rest, w)) != 0) break;
    }
    long_word = word > 3;
  } else if (label == Label::kExplanation) {
    word = match_word(rest, "explanation");
    long_word = true;
  } else {
    if ((word = match_word(rest, "answer")) != 0) {
      long_word = true;
    } else {
      word = match_word(rest, "a");
    }
  }
  if (word == 0) return std::nullopt;
  i += word;
  std::size_t j = i;
  while (j < line.size() && is_blank(line[j])) ++j;
  if (j < line.size() && is_digit_ascii(line[j]) && label == Label::kQuestion) {
    while (j < line.size() && is_digit_ascii(line[j])) ++j;
    i = j;
  }
  char punctuation = 0;
  if (i < line.size() && (line[i] == ':' || line[i] == '.' || line[i] == ')')) punctuation = line[i++];
  std::size_t close = 0;
  while (i < line.size() && is_emphasis(line[i]) && close < open) ++i, ++close;
  if (punctuation == 0 && i < line.size() && line[i] == ':') punctuation = line[i++];
  bool punctuated = punctuation != 0;
  std::size_t after = i;
  while (after < line.size() && is_blank(line[after])) ++after;
  bool at_end = after == line.size();
  // "Answer" alone on its line is a label; "Answer the question" is not.
  if (!punctuated && !(long_word && at_end)) return std::nullopt;
  // "A." followed by more text reads as an initial or an option, not as a label.
  if (label == Label::kShortAnswer && !long_word && punctuation == '.') return std::nullopt;
  return after;
}

std::string_view strip_question_number(std::string_view text) {
  std::string_view s = trim(text);
  std::size_t i = 0;
  std::size_t open = 0;
  while (i < s.size() && is_emphasis(s[i]) && open < 2) ++i, ++open;
  std::size_t start = i;
  if (i < s.size() && (s[i] == 'Q' || s[i] == 'q') && i + 1 < s.size() &&
      (is_digit_ascii(s[i + 1]) || s[i + 1] == ':' || s[i + 1] == '.')) {
    ++i;
  } else if (auto w = match_word(s.substr(i), "question"); w != 0) {
    i += w;
    while (i < s.size() && is_blank(s[i])) ++i;
    if (i >= s.size() || !is_digit_ascii(s[i])) return s;
  } else if (i < s.size() && s[i] == '#') {
    ++i;
  }
  std::size_t digits = 0;
  while (i < s.size() && is_digit_ascii(s[i])) ++i, ++digits;
  bool lettered = i > start && !is_digit_ascii(s[start]);
  if (digits == 0 && !lettered) return s;
  if (digits > 4) return s;
  if (i < s.size() && (s[i] == '.' || s[i] == ')' || s[i] == ':')) {
    ++i;
  } else if (!(lettered && i < s.size() && is_blank(s[i]))) {
    return s;
  }
  std::size_t close = 0;
  while (i < s.size() && is_emphasis(s[i]) && close < open) ++i, ++close;
  if (close != open) return s;  // "**14. Question?**": unwrapped first by clean_question
  if (i < s.size() && !is_blank(s[i])) return s;  // "1.5 billion" is not a number prefix
  while (i < s.size() && is_blank(s[i])) ++i;
  return s.substr(i);
}

bool has_question_number(std::string_view text) {
  std::string_view t = trim(text);
  std::string_view unwrapped = t;
  unwrap(unwrapped);
  return strip_question_number(t).size() != t.size() ||
         strip_question_number(unwrapped).size() != unwrapped.size();
}

std::optional<int> question_number(std::string_view text) {
  std::string_view t = trim(text);
  if (!has_question_number(t)) return std::nullopt;
  std::size_t i = 0;
  while (i < t.size() && (is_emphasis(t[i]) || t[i] == '#' || is_blank(t[i]))) ++i;
  if (std::size_t w = match_word(t.substr(i), "question"); w != 0) {
    i += w;
  } else if (i < t.size() && (t[i] == 'Q' || t[i] == 'q')) {
    ++i;
  }
  while (i < t.size() && is_blank(t[i])) ++i;
  int n = 0;
  std::size_t digits = 0;
  for (; i < t.size() && is_digit_ascii(t[i]) && digits < 5; ++i, ++digits) n = n * 10 + (t[i] - '0');
  if (digits == 0) return std::nullopt;
  return n;
}

std::string clean_question(std::string_view text) {
  // Read the structure on a copy with its math hidden ("**What is $x**2$?**" is one bold span),
  // and cut the same bytes out of the original.
  std::string masked(text);
  mask_math(masked, 0, masked.size());
  const std::string_view m = masked;
  std::string_view s = trim(m);
  for (bool changed = true; changed && !s.empty();) {
    changed = false;
    std::string_view stripped = trim(strip_question_number(s));
    if (stripped.size() != s.size()) s = stripped, changed = true;
    if (unwrap(s)) s = trim(s), changed = true;
    // Empty emphasis ("****Compare …") and an unmatched marker left by a label ("What?**").
    if (s.starts_with("****")) {
      std::size_t k = s.find_first_not_of('*');
      s = trim(s.substr(k == std::string_view::npos ? s.size() : k));
      changed = true;
    }
    if (count_of(s, "**") % 2 == 1) {
      if (s.ends_with("**")) {
        s = trim(s.substr(0, s.size() - 2)), changed = true;
      } else if (s.starts_with("**")) {
        s = trim(s.substr(2)), changed = true;
      }
    }
  }
  return std::string(text.substr(static_cast<std::size_t>(s.data() - m.data()), s.size()));
}

bool looks_like_question(std::string_view text) {
  std::string cleaned = clean_question(text);
  std::string_view s = strip_trailing_decoration(cleaned);
  if (s.empty()) return false;
  if (s.back() == '?' || s.ends_with("\xEF\xBC\x9F")) return true;  // '?' or the full-width '？'
  std::size_t end = 0;
  while (end < s.size() && (is_alpha_ascii(s[end]) || s[end] == '\'')) ++end;
  std::string first = ascii_lower(s.substr(0, end));
  static constexpr std::array<std::string_view, 46> kQuestionWords = {
      "what",     "what's",   "whats",     "why",        "how",       "when",       "where",
      "which",    "who",      "whom",      "whose",      "is",        "are",        "can",
      "could",    "do",       "does",      "did",        "should",    "would",      "will",
      "explain",  "describe", "define",    "compare",    "contrast",  "discuss",    "list",
      "name",     "give",     "state",     "differentiate", "distinguish", "outline", "summarize",
      "tell",     "write",    "implement", "design",     "propose",   "highlight",  "mention",
      "illustrate", "elaborate", "identify", "suggest"};
  for (std::string_view w : kQuestionWords) {
    if (first == w) return true;
  }
  return false;
}

bool ends_with_question_mark(std::string_view text) {
  std::string cleaned = clean_question(text);
  std::string_view s = strip_trailing_decoration(cleaned);
  return s.ends_with("?") || s.ends_with("\xEF\xBC\x9F");
}

bool ends_with_symbol(std::string_view text) {
  std::string_view s = text;
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || is_emphasis(s.back()))) s.remove_suffix(1);
  if (s.empty() || static_cast<unsigned char>(s.back()) < 0x80) return false;
  return is_symbol(last_code_point(s, s.size()).first);
}

bool needs_context(std::string_view question) {
  std::string q = ascii_lower(strip_trailing_decoration(clean_question(question)));
  if (q.ends_with(":") || q.ends_with("...") || q.ends_with("\xE2\x80\xA6")) return true;
  static constexpr std::array<std::string_view, 19> kPhrases = {
      "output",      "the following", "this code",     "code below", "snippet",
      "below",       "above",         "logged",        "will happen", "what happens",
      "does this",   "its value",     "is this",       "which one",  "what's missing",
      "what is missing", "this return", "this print",  "this function"};
  for (std::string_view p : kPhrases) {
    if (q.find(p) != std::string::npos) return true;
  }
  return false;
}

bool is_placeholder(std::string_view answer) {
  if (answer.size() > 64) return false;  // longer than any placeholder, however decorated
  std::string words;
  for (char c : answer) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      words += lower(c);
    } else if (!words.empty() && words.back() != ' ') {
      words += ' ';
    }
  }
  while (!words.empty() && words.back() == ' ') words.pop_back();
  if (words.empty()) return true;  // only punctuation: "...", "-", "?"
  static constexpr std::array<std::string_view, 30> kPlaceholders = {
      "answer",         "answer here",       "your answer here", "answer goes here", "add answer",
      "add answer here", "write answer here", "to be filled",     "to be filled in",  "to be added",
      "to be written",  "to be done",        "to be completed",  "tbd",              "tba",
      "todo",           "to do",             "coming soon",      "wip",              "work in progress",
      "placeholder",    "fill in",           "fill me in",       "fill this in",     "pending",
      "n a",            "na",                "none yet",         "no answer yet",    "answer to be added"};
  for (std::string_view p : kPlaceholders) {
    if (words == p) return true;
  }
  return false;
}

}  // namespace genai_quiz
