#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "term/graphemes.hpp"
#include "term/markdown_parts.hpp"

namespace genai_quiz {
namespace {

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  std::size_t length = 0;
};

// Parses a tag such as "<br/>", "</b>" or "<a href='x'>" at `s[i]`; length 0 when it is none.
Tag parse_tag(std::string_view s, std::size_t i) {
  Tag tag;
  std::size_t k = i + 1;
  if (k < s.size() && s[k] == '/') {
    tag.closing = true;
    ++k;
  }
  std::size_t name_start = k;
  while (k < s.size() && std::isalnum(static_cast<unsigned char>(s[k]))) ++k;
  if (k == name_start || !std::isalpha(static_cast<unsigned char>(s[name_start]))) return {};
  for (std::size_t j = name_start; j < k; ++j) {
    tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(s[j])));
  }
  char quote = 0;
  for (; k < s.size(); ++k) {
    if (quote) {
      if (s[k] == quote) quote = 0;
    } else if (s[k] == '"' || s[k] == '\'') {
      quote = s[k];
    } else if (s[k] == '>') {
      tag.length = k + 1 - i;
      return tag;
    } else if (s[k] == '<') {
      return {};
    }
  }
  return {};
}

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// The text an entity such as "&amp;" or "&#39;" at `s[i]` stands for; sets `length`.
std::string decode_entity(std::string_view s, std::size_t i, std::size_t& length) {
  std::size_t end = s.find(';', i);
  length = 0;
  if (end == std::string_view::npos || end - i > 10) return {};
  std::string_view name = s.substr(i + 1, end - i - 1);
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\u00A0"},
      {"mdash", "—"}, {"ndash", "–"}, {"hellip", "…"}, {"copy", "©"}};
  for (const auto& [n, text] : kNamed) {
    if (n == name) {
      length = end + 1 - i;
      return std::string(text);
    }
  }
  if (name.size() > 1 && name[0] == '#') {
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 6) return {};
    char* stop = nullptr;
    long cp = std::strtol(digits.c_str(), &stop, hex ? 16 : 10);
    if (*stop != '\0' || cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
    std::string out;
    graphemes::append(out, static_cast<int>(cp));
    length = end + 1 - i;
    return out;
  }
  return {};
}

}  // namespace

StyleSet HtmlTags::style() const {
  StyleSet s = 0;
  if (strong_ > 0) s |= style_bit(Role::kStrong);
  if (emphasis_ > 0) s |= style_bit(Role::kEmphasis);
  if (code_ > 0) s |= style_bit(Role::kCode);
  if (strike_ > 0) s |= style_bit(Role::kStrike);
  return s;
}

HtmlTags::Effect HtmlTags::apply(std::string_view n, bool closing) {
  int step = closing ? -1 : 1;
  auto bump = [&](int& counter) {
    counter = std::max(0, counter + step);
    return Effect::kStyle;
  };
  if (n == "br") return Effect::kLineBreak;
  if (one_of(n, {"b", "strong"})) return bump(strong_);
  if (one_of(n, {"i", "em"})) return bump(emphasis_);
  if (one_of(n, {"code", "kbd", "tt", "samp"})) return bump(code_);
  if (one_of(n, {"s", "del", "strike"})) return bump(strike_);
  if (n == "img") return Effect::kImage;
  if (one_of(n, {"p", "div", "details", "summary", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                 "ul", "ol", "table", "blockquote", "pre", "hr", "dl", "dt", "dd"})) {
    return Effect::kBlock;
  }
  if (one_of(n, {"u", "ins", "sub", "sup", "span", "small", "big", "mark", "abbr", "cite", "font",
                 "a", "center", "q", "dfn", "var", "td", "th", "thead", "tbody"})) {
    return Effect::kStyle;
  }
  return Effect::kUnknown;
}

std::vector<Span> html_to_spans(std::string_view html, StyleSet base, HtmlTags& state) {
  std::vector<Span> out;
  std::string text;
  auto flush = [&] {
    append_sanitized(out, text, base | state.style());
    text.clear();
  };
  for (std::size_t i = 0; i < html.size();) {
    if (html.compare(i, 4, "<!--") == 0) {
      std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (html[i] == '<') {
      Tag tag = parse_tag(html, i);
      StyleSet before = base | state.style();
      HtmlTags::Effect effect = tag.length > 0 ? state.apply(tag.name, tag.closing) : HtmlTags::Effect::kUnknown;
      if (effect != HtmlTags::Effect::kUnknown) {
        append_sanitized(out, text, before);
        text.clear();
        bool at_break = out.empty() || out.back().text == "\n";
        if (effect == HtmlTags::Effect::kLineBreak || (effect == HtmlTags::Effect::kBlock && !at_break)) {
          out.push_back({"\n", base});
        } else if (effect == HtmlTags::Effect::kImage) {
          append_sanitized(out, "[image]", base | style_bit(Role::kMuted));
        }
        i += tag.length;
        continue;
      }
    }
    if (html[i] == '&') {
      std::size_t length = 0;
      std::string decoded = decode_entity(html, i, length);
      if (length > 0) {
        text += decoded;
        i += length;
        continue;
      }
    }
    text += html[i] == '\n' ? ' ' : html[i];  // in HTML a line break is a space
    ++i;
  }
  flush();
  return out;
}

}  // namespace genai_quiz
