#include "convert/card_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "genai_quiz/core/ascii.hpp"

namespace genai_quiz {
namespace {

constexpr std::string_view kJoiner = "\xE2\x80\x8D";           // U+200D ZERO WIDTH JOINER
constexpr std::string_view kEmojiStyle = "\xEF\xB8\x8F";       // U+FE0F VARIATION SELECTOR-16
constexpr std::string_view kTextStyle = "\xEF\xB8\x8E";        // U+FE0E VARIATION SELECTOR-15
constexpr std::string_view kNoBreakSpace = "\xC2\xA0";         // U+00A0

// `s` without joiners and variation selectors: "‍⭐️" and "⭐" are one mark.
std::string bare_symbol(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::string_view rest = s.substr(i);
    if (rest.starts_with(kJoiner) || rest.starts_with(kEmojiStyle) || rest.starts_with(kTextStyle)) {
      i += 3;
      continue;
    }
    out += s[i++];
  }
  return out;
}

// True when `s` is not empty and made only of bytes outside ASCII (emoji and other symbols).
bool is_symbol_token(std::string_view s) {
  std::string bare = bare_symbol(s);
  return !bare.empty() && std::all_of(bare.begin(), bare.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) &&
         bare != kNoBreakSpace;
}

std::string_view rtrim(std::string_view s) {
  while (true) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
      s.remove_suffix(1);
    } else if (s.ends_with(kNoBreakSpace)) {
      s.remove_suffix(kNoBreakSpace.size());
    } else {
      return s;
    }
  }
}

// The tag a difficulty word stands for: "easy", "medium" or "expert"; "" for other words.
std::string difficulty_word(std::string_view word) {
  std::string w = ascii_lower(word);
  if (w == "easy" || w == "beginner" || w == "basic") return "easy";
  if (w == "medium" || w == "intermediate" || w == "moderate") return "medium";
  if (w == "expert" || w == "hard" || w == "advanced" || w == "difficult") return "expert";
  return {};
}

// The length of the UTF-8 character ending at s[end-1] (joiners and selectors included when
// they follow it).
std::size_t last_character(std::string_view s) {
  std::size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return s.size() - start;
}

// The difficulty mark of `marks` that ends `line` (with the joiners and selectors around it):
// where it starts and its tag; nothing when `line` does not end with one or is only a mark.
std::optional<std::pair<std::size_t, std::string>> trailing_mark(std::string_view line, const DifficultyMarks& marks) {
  auto modifier_before = [&](std::size_t at) { return at >= 3 && bare_symbol(line.substr(at - 3, 3)).empty(); };
  std::size_t cut = line.size();
  while (modifier_before(cut)) cut -= 3;
  if (cut == 0 || static_cast<unsigned char>(line[cut - 1]) < 0x80) return std::nullopt;
  std::size_t n = last_character(line.substr(0, cut));
  std::string symbol(line.substr(cut - n, n));
  cut -= n;
  while (modifier_before(cut)) cut -= 3;
  auto mark = std::find_if(marks.symbols.begin(), marks.symbols.end(),
                           [&](const auto& m) { return m.first == symbol; });
  if (mark == marks.symbols.end() || cut == 0) return std::nullopt;
  return std::make_pair(cut, mark->second);
}

// A `[[src](URL)]` (or `[src](URL)`, `([source](URL))`) link at the end of `s`: its URL and
// where it starts; nothing when `s` does not end with one.
std::optional<std::pair<std::string, std::size_t>> trailing_source(std::string_view s) {
  for (std::string_view close : {")]", "))", ")"}) {
    if (!s.ends_with(close)) continue;
    std::size_t middle = s.rfind("](");
    if (middle == std::string_view::npos) continue;
    std::size_t open = s.rfind('[', middle);
    if (open == std::string_view::npos) continue;
    std::string text = ascii_lower(s.substr(open + 1, middle - open - 1));
    if (text != "src" && text != "source" && text != "ref" && text != "link") continue;
    std::string url(s.substr(middle + 2, s.size() - close.size() - middle - 2));
    if (url.empty() || url.find_first_of(" ()[]") != std::string::npos) continue;
    std::size_t start = open;
    if (close.size() == 2) {  // the outer bracket or parenthesis
      char outer = close[1] == ']' ? '[' : '(';
      if (start == 0 || s[start - 1] != outer) continue;
      --start;
    }
    return std::make_pair(url, start);
  }
  return std::nullopt;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string percent_decoded(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// The value of attribute `name` in the HTML tag `tag`, or nothing.
std::optional<std::string_view> attribute(std::string_view tag, std::string_view name) {
  std::string lower = ascii_lower(tag);
  for (std::size_t at = lower.find(name); at != std::string::npos; at = lower.find(name, at + 1)) {
    if (at == 0 || !std::isspace(static_cast<unsigned char>(lower[at - 1]))) continue;
    std::size_t i = at + name.size();
    while (i < lower.size() && lower[i] == ' ') ++i;
    if (i >= lower.size() || lower[i] != '=') continue;
    ++i;
    while (i < lower.size() && lower[i] == ' ') ++i;
    if (i >= lower.size()) return std::nullopt;
    char quote = lower[i];
    if (quote != '"' && quote != '\'') return std::nullopt;
    std::size_t end = lower.find(quote, i + 1);
    if (end == std::string::npos) return std::nullopt;
    return tag.substr(i + 1, end - i - 1);
  }
  return std::nullopt;
}

}  // namespace

DifficultyMarks difficulty_marks(std::string_view text) {
  DifficultyMarks marks;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    std::string lower = ascii_lower(line);
    std::size_t at = lower.find("legend");
    if (at == std::string::npos) continue;
    std::size_t colon = lower.find(':', at);
    if (colon == std::string::npos) continue;
    std::vector<std::string_view> tokens;
    std::string_view rest = line.substr(colon + 1);
    for (std::size_t i = 0; i < rest.size();) {
      while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t' || rest[i] == ',' || rest[i] == '*')) ++i;
      std::size_t j = i;
      while (j < rest.size() && rest[j] != ' ' && rest[j] != '\t' && rest[j] != ',') ++j;
      if (j > i) tokens.push_back(rest.substr(i, j - i));
      i = j;
    }
    DifficultyMarks found;
    for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
      if (!is_symbol_token(tokens[k])) continue;
      std::string word = ascii_lower(tokens[k + 1]);
      while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word.back()))) word.pop_back();
      if (word.empty() || !std::all_of(word.begin(), word.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '-'; })) continue;
      found.symbols.emplace_back(bare_symbol(tokens[k]), word);
    }
    if (!found.symbols.empty()) {
      found.from_legend = true;
      return found;
    }
  }
  marks.symbols = {{"\xF0\x9F\x91\xB6", "easy"}, {"\xE2\xAD\x90", "medium"}, {"\xF0\x9F\x8C\x9F", "medium"},
                   {"\xF0\x9F\x9A\x80", "expert"}};
  return marks;
}

Front split_front(const std::string& question, const DifficultyMarks& marks) {
  Front front;
  std::size_t line_end = std::min(question.find('\n'), question.size());
  std::string_view line = rtrim(std::string_view(question).substr(0, line_end));
  std::vector<std::string> tags;
  auto add_tag = [&](const std::string& tag) {
    if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(tag);
  };
  for (bool changed = true; changed && !line.empty();) {
    changed = false;
    if (auto source = trailing_source(line); source && front.source.empty()) {
      front.source = source->first;
      line = rtrim(line.substr(0, source->second));
      changed = true;
      continue;
    }
    // "(Easy)", "[Medium]"
    if (line.ends_with(")") || line.ends_with("]")) {
      char open = line.back() == ')' ? '(' : '[';
      std::size_t at = line.rfind(open);
      if (at != std::string_view::npos && at > 0) {
        std::string tag = difficulty_word(line.substr(at + 1, line.size() - at - 2));
        if (!tag.empty()) {
          add_tag(tag);
          line = rtrim(line.substr(0, at));
          changed = true;
          continue;
        }
      }
    }
    // A trailing mark, with the joiners and selectors around it ("\u200D\u2B50\uFE0F").
    if (auto mark = trailing_mark(line, marks)) {
      add_tag(mark->second);
      line = rtrim(line.substr(0, mark->first));
      changed = true;
      continue;
    }
    // A letter or two typed right after a mark that follows the question mark ("metric? ⭐️I").
    std::size_t letters = 0;
    while (letters < line.size() && letters < 3 &&
           std::isalpha(static_cast<unsigned char>(line[line.size() - 1 - letters])) != 0) {
      ++letters;
    }
    if (letters == 0 || letters > 2) continue;
    if (auto mark = trailing_mark(line.substr(0, line.size() - letters), marks);
        mark && rtrim(line.substr(0, mark->first)).ends_with("?")) {
      add_tag(mark->second);
      line = rtrim(line.substr(0, mark->first));
      changed = true;
    }
  }
  std::reverse(tags.begin(), tags.end());
  front.tags = std::move(tags);
  front.question = std::string(line) + question.substr(line_end);
  return front;
}

std::string math_images_to_tex(std::string_view markdown) {
  std::string out;
  std::size_t done = 0;
  std::string lower = ascii_lower(markdown);
  for (std::size_t at = lower.find("<img"); at != std::string::npos; at = lower.find("<img", at + 1)) {
    std::size_t end = lower.find('>', at);
    if (end == std::string::npos) break;
    std::string_view tag = markdown.substr(at, end - at + 1);
    std::optional<std::string_view> src = attribute(tag, "src");
    if (!src) continue;
    std::size_t math = src->find("render/math?math=");
    if (math == std::string_view::npos) continue;
    std::string formula = percent_decoded(src->substr(math + 17));
    std::size_t a = formula.find_first_not_of(" \t");
    std::size_t b = formula.find_last_not_of(" \t");
    if (a == std::string::npos) continue;
    out.append(markdown.substr(done, at - done));
    out += '$';
    out += formula.substr(a, b - a + 1);
    out += '$';
    done = end + 1;
  }
  out.append(markdown.substr(done));
  return out;
}

}  // namespace genai_quiz
