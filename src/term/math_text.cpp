#include "term/math_text.hpp"

#include <algorithm>

#include "genai_quiz/core/ascii.hpp"
#include "genai_quiz/core/utf8.hpp"
#include "term/math_symbols.hpp"

namespace genai_quiz {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A code point that reads as part of one term: letters, digits, scripts, marks, primes, roots.
bool is_term_char(char32_t c) {
  if (c < 0x80) return is_letter(static_cast<char>(c)) || (c >= '0' && c <= '9') || c == '.';
  return (c >= 0x00B2 && c <= 0x00B3) || c == 0x00B9 || (c >= 0x00C0 && c <= 0x024F) ||
         (c >= 0x02B0 && c <= 0x036F) || (c >= 0x0370 && c <= 0x03FF) ||
         (c >= 0x1D00 && c <= 0x1DBF) || (c >= 0x2070 && c <= 0x209F) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0x2100 && c <= 0x214F) || c == 0x2032 ||
         c == 0x2033 || (c >= 0x221A && c <= 0x221C) || c == 0x221E || c == 0x2C7C ||
         c == 0x2C7D || (c >= 0x1D400 && c <= 0x1D7FF);
}

// True when `s` is wrapped in one pair of matching parentheses: "(a+b)" but not "(a)(b)".
bool wholly_parenthesized(std::string_view s) {
  if (s.size() < 2 || s.front() != '(' || s.back() != ')') return false;
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && --depth == 0 && i + 1 < s.size()) return false;
  }
  return true;
}

// One term needs no parentheses after `√` or around `/`: "x", "d₁", "√2", "(a+b)".
bool is_single_term(std::string_view s) {
  if (s.empty()) return false;
  if (wholly_parenthesized(s)) return true;
  for (std::size_t i = 0; i < s.size();) {
    if (!is_term_char(utf8::decode(s, i))) return false;
  }
  return true;
}

std::string parenthesize(const std::string& s) { return s.empty() || is_single_term(s) ? s : "(" + s + ")"; }

std::string strip_blanks(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!is_space_ascii(c)) out += c;
  }
  return out;
}

std::string map_script(std::string_view text, bool sub) {
  std::string out;
  std::string compact = strip_blanks(text);
  for (std::size_t i = 0; i < compact.size();) {
    char32_t c = utf8::decode(compact, i);
    char32_t mapped = sub ? math::subscript_of(c) : math::superscript_of(c);
    if (mapped == 0) return {};
    utf8::append(out, mapped);
  }
  return out;
}

// Reads TeX left to right, writing Unicode; each parse_* consumes what it converts.
class Converter {
 public:
  explicit Converter(std::string_view tex) : s_(tex) {}

  std::string run() {
    std::string out = parse_sequence(false);
    std::size_t first = out.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    std::size_t last = out.find_last_not_of(' ');
    return out.substr(first, last - first + 1);
  }

 private:
  bool at_end() const { return i_ >= s_.size(); }

  void skip_blanks() {
    while (!at_end() && is_space_ascii(s_[i_])) ++i_;
  }

  // Atoms up to the end, or up to the `}` closing the current group (consumed) when `in_group`.
  std::string parse_sequence(bool in_group) {
    std::string out;
    while (!at_end()) {
      char c = s_[i_];
      if (c == '}') {
        ++i_;
        if (in_group) break;
      } else if (is_space_ascii(c)) {
        skip_blanks();
        if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
      } else if (c == '_' || c == '^') {
        ++i_;
        out += script(parse_argument(), c == '_');
      } else if (c == '&') {
        ++i_;
      } else if (c == '~') {
        ++i_;
        out += ' ';
      } else if (c == '\'') {
        ++i_;
        out += "′";
      } else {
        out += parse_atom();
      }
    }
    return out;
  }

  // A group, a command with its arguments, or one character.
  std::string parse_atom() {
    if (s_[i_] == '{') {
      ++i_;
      return parse_sequence(true);
    }
    if (s_[i_] == '\\') return parse_command();
    std::size_t start = i_;
    utf8::decode(s_, i_);
    return std::string(s_.substr(start, i_ - start));
  }

  // The argument of a command or script: a group's content or a single atom.
  std::string parse_argument() {
    skip_blanks();
    if (at_end()) return {};
    return parse_atom();
  }

  std::string parse_raw_group() {
    skip_blanks();
    if (at_end() || s_[i_] != '{') return parse_argument();
    std::size_t start = ++i_;
    int depth = 1;
    for (; !at_end(); ++i_) {
      if (s_[i_] == '\\') ++i_;
      else if (s_[i_] == '{') ++depth;
      else if (s_[i_] == '}' && --depth == 0) break;
    }
    std::string text(s_.substr(start, std::min(i_, s_.size()) - start));
    if (!at_end()) ++i_;
    return text;
  }

  std::string parse_optional_argument() {
    skip_blanks();
    if (at_end() || s_[i_] != '[') return {};
    std::size_t end = s_.find(']', i_);
    if (end == std::string_view::npos) return {};
    Converter inner(s_.substr(i_ + 1, end - i_ - 1));
    i_ = end + 1;
    return inner.run();
  }

  std::string script(const std::string& text, bool sub) {
    std::string compact = strip_blanks(text);
    if (compact.empty()) return {};
    std::string mapped = map_script(text, sub);
    if (!mapped.empty()) return mapped;
    std::size_t first_end = 0;
    utf8::decode(compact, first_end);
    bool plain = first_end == compact.size();  // one character never needs parentheses
    if (!plain) {
      plain = true;
      for (char c : compact) plain = plain && (is_letter(c) || (c >= '0' && c <= '9'));
    }
    return std::string(sub ? "_" : "^") + (plain || wholly_parenthesized(compact) ? text : "(" + text + ")");
  }

  std::string parse_command() {
    std::size_t start = ++i_;  // past the backslash
    if (at_end()) return "\\";
    if (is_letter(s_[i_])) {
      while (!at_end() && is_letter(s_[i_])) ++i_;
    } else {
      utf8::decode(s_, i_);
    }
    std::string_view name = s_.substr(start, i_ - start);
    if (!at_end() && s_[i_] == '*' && is_letter(name.front())) ++i_;  // \operatorname*
    return expand(name);
  }

  std::string expand(std::string_view name) {
    if (name == "frac" || name == "dfrac" || name == "tfrac" || name == "cfrac") {
      std::string num = parse_argument();
      std::string den = parse_argument();
      return parenthesize(num) + "/" + parenthesize(den);
    }
    if (name == "sqrt") {
      std::string degree = parse_optional_argument();
      std::string radicand = parse_argument();
      std::string root = "√";
      if (degree == "3") root = "∛";
      else if (degree == "4") root = "∜";
      else if (!degree.empty()) root = script(degree, false) + "√";
      return root + parenthesize(radicand);
    }
    if (name == "text" || name == "textrm" || name == "textit" || name == "textbf" ||
        name == "mbox" || name == "texttt") {
      return parse_raw_group();
    }
    if (name == "mathrm" || name == "mathit" || name == "mathbf" || name == "mathsf" ||
        name == "mathtt" || name == "operatorname" || name == "boldsymbol" || name == "bm" ||
        name == "mathnormal") {
      return parse_argument();
    }
    if (name == "displaystyle" || name == "textstyle" || name == "limits" || name == "nolimits") {
      return {};
    }
    if (name == "mathbb" || name == "mathcal" || name == "mathscr") {
      return letters(parse_argument(), name == "mathbb");
    }
    if (char32_t mark = math::accent_mark(name)) return accent(parse_argument(), mark, name);
    if (name == "left" || name == "right" || name == "big" || name == "Big" || name == "bigg" ||
        name == "Bigg" || name == "bigl" || name == "bigr" || name == "Bigl" || name == "Bigr" ||
        name == "middle") {
      skip_blanks();
      if (!at_end() && s_[i_] == '.') ++i_;  // \left. is an invisible delimiter
      return {};
    }
    if (name == "begin" || name == "end") {
      parse_raw_group();
      return {};
    }
    if (name == "not") {
      std::string next = parse_argument();
      if (next == "=") return "≠";
      if (next == "∈") return "∉";
      std::string out = next;
      utf8::append(out, 0x0338);
      return out;
    }
    if (name == "\\") return "\n";
    if (name == "," || name == ";" || name == ":" || name == " " || name == "quad" ||
        name == "qquad") {
      return " ";
    }
    if (name == "!") return {};
    std::string_view text = math::symbol(name);
    if (!text.empty()) return std::string(text);
    if (math::is_function_name(name)) return std::string(name);
    std::string unknown = "\\" + std::string(name);  // kept as written, with its argument
    std::size_t next = s_.find_first_not_of(" \t\r\n", i_);
    if (next != std::string_view::npos && s_[next] == '{') {
      i_ = next + 1;
      unknown += "{" + parse_sequence(true) + "}";
    }
    return unknown;
  }

  static std::string letters(const std::string& text, bool double_struck) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
      char32_t c = utf8::decode(text, i);
      char32_t mapped = double_struck ? math::double_struck(c) : math::script_letter(c);
      utf8::append(out, mapped != 0 ? mapped : c);
    }
    return out;
  }

  // Over- and underlines mark every letter; other accents mark the first one.
  static std::string accent(const std::string& text, char32_t mark, std::string_view name) {
    bool every = name == "bar" || name == "overline" || name == "underline";
    std::string out;
    bool marked = false;
    for (std::size_t i = 0; i < text.size();) {
      char32_t c = utf8::decode(text, i);
      utf8::append(out, c);
      if ((every || !marked) && c != ' ') {
        utf8::append(out, mark);
        marked = true;
      }
    }
    return out;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

std::string tex_to_unicode(std::string_view tex) { return Converter(tex).run(); }

std::string to_subscript(std::string_view text) { return map_script(text, true); }

std::string to_superscript(std::string_view text) { return map_script(text, false); }

}  // namespace genai_quiz
