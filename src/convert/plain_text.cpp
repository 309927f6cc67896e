#include "genai_quiz/convert/plain_text.hpp"

#include <array>
#include <cctype>
#include <utility>

#include "genai_quiz/core/ascii.hpp"

namespace genai_quiz {
namespace {


// Collapses runs of spaces into one and trims the ends.
std::string collapse_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::string plain_inline(std::string_view markdown) {
  std::string out;
  std::string_view s = markdown;
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      out += s[i + 1];
      i += 2;
    } else if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
      ++i;  // an image: keep its alt text, like a link's text
    } else if (c == ']' && i + 1 < s.size() && (s[i + 1] == '(' || s[i + 1] == '[')) {
      char closer = s[i + 1] == '(' ? ')' : ']';
      std::size_t end = s.find(closer, i + 2);
      i = end == std::string_view::npos ? i + 1 : end + 1;
    } else if (c == '[' || c == ']' || c == '`' || c == '*') {
      ++i;
    } else if (c == '_' && (i == 0 || i + 1 == s.size() || !std::isalnum(static_cast<unsigned char>(s[i - 1])) ||
                            !std::isalnum(static_cast<unsigned char>(s[i + 1])))) {
      ++i;
    } else if (c == '<') {
      std::size_t end = s.find('>', i);
      bool tag = end != std::string_view::npos && i + 1 < s.size() &&
                 (is_alpha_ascii(s[i + 1]) || s[i + 1] == '/');
      if (tag) {
        i = end + 1;
      } else {
        out += c;
        ++i;
      }
    } else if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {
      out += ' ';
      i += 2;
    } else {
      out += std::isspace(static_cast<unsigned char>(c)) ? ' ' : c;
      ++i;
    }
  }
  return collapse_spaces(out);
}

std::string html_text(std::string_view html) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kEntities = {{
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}, {"&nbsp;", " "}}};
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    char c = html[i];
    if (c == '<' && i + 1 < html.size() && (is_alpha_ascii(html[i + 1]) || html[i + 1] == '/' || html[i + 1] == '!')) {
      std::size_t end = html.find('>', i);
      if (end != std::string_view::npos) {
        i = end + 1;
        out += ' ';
        continue;
      }
    }
    if (c == '&') {
      bool decoded = false;
      for (auto [entity, text] : kEntities) {
        if (html.substr(i).starts_with(entity)) {
          out += text;
          i += entity.size();
          decoded = true;
          break;
        }
      }
      if (decoded) continue;
    }
    out += std::isspace(static_cast<unsigned char>(c)) ? ' ' : c;
    ++i;
  }
  return collapse_spaces(out);
}

std::string_view element_inner(std::string_view html, std::string_view tag) {
  const std::string lower = ascii_lower(html);
  const std::string name(ascii_lower(tag));
  const std::size_t open = lower.find("<" + name);
  if (open == std::string::npos) return {};
  const std::size_t start = lower.find('>', open);
  const std::size_t end = lower.find("</" + name, open);
  if (start == std::string::npos || end == std::string::npos || end < start) return {};
  return html.substr(start + 1, end - start - 1);
}

}  // namespace genai_quiz
