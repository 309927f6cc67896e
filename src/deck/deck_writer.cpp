#include "genai_quiz/deck/deck_writer.hpp"

#include <array>
#include <cctype>
#include <string>

namespace genai_quiz {
namespace {

// Characters YAML does not allow unescaped, or reads as line breaks or a byte order mark.
bool needs_escape(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) return true;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) return true;  // C1, NEL
    if (c == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) return true;
    if (c == 0xEF && i + 2 < s.size() && s[i + 1] == '\xBB' && s[i + 2] == '\xBF') return true;
  }
  return false;
}

bool is_reserved(std::string_view s) {
  std::string lower(s);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::array<std::string_view, 13> kReserved = {
      "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".nan", ".inf", "-.inf"};
  for (std::string_view r : kReserved) {
    if (lower == r) return true;
  }
  return false;
}

// True when `s` can be written without quotes and read back as the same string.
bool is_plain(std::string_view s, bool in_flow) {
  if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.back() == ':') return false;
  if (s.find_first_of("\n\t") != std::string_view::npos || needs_escape(s)) return false;
  if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(s.front()) != std::string_view::npos) return false;
  if (std::isdigit(static_cast<unsigned char>(s.front())) || s.front() == '+' || s.front() == '.') return false;
  if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos) return false;
  if (in_flow && s.find_first_of(",[]{}") != std::string_view::npos) return false;
  return !is_reserved(s);
}

std::string double_quoted(std::string_view s) {
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          static constexpr char kHex[] = "0123456789ABCDEF";
          out += "\\x";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
          static constexpr char kHex[] = "0123456789ABCDEF";
          unsigned char d = static_cast<unsigned char>(s[++i]);
          out += "\\x";
          out += kHex[d >> 4];
          out += kHex[d & 0xF];
        } else if (c == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
          out += s[i + 2] == '\xA8' ? "\\L" : "\\P";
          i += 2;
        } else if (c == 0xEF && i + 2 < s.size() && s[i + 1] == '\xBB' && s[i + 2] == '\xBF') {
          out += "\\uFEFF";
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string single_quoted(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + "'";
}

// `s` as a one-line scalar: plain when safe, else quoted.
std::string inline_scalar(std::string_view s, bool in_flow = false) {
  if (is_plain(s, in_flow)) return std::string(s);
  if (s.find_first_of("\n\t") == std::string_view::npos && !needs_escape(s)) return single_quoted(s);
  return double_quoted(s);
}

// Writes `key: value` at `indent`, the value as a literal block when it has line breaks (or
// `block` is set) and a literal block can hold it exactly.
void write_text(std::ostream& out, int indent, std::string_view key, std::string_view value, bool block) {
  std::string pad(static_cast<std::size_t>(indent), ' ');
  bool multiline = value.find('\n') != std::string_view::npos;
  if (value.empty() || needs_escape(value) || (!multiline && !block)) {
    out << pad << key << ": " << inline_scalar(value) << '\n';
    return;
  }
  std::size_t body_end = value.find_last_not_of('\n');
  if (body_end == std::string_view::npos) {  // only line breaks
    out << pad << key << ": " << double_quoted(value) << '\n';
    return;
  }
  std::size_t trailing = value.size() - body_end - 1;
  std::string header = "|";
  std::size_t first = value.find_first_not_of('\n');
  if (value[first] == ' ') header += "2";  // the indentation cannot be guessed from it
  header += trailing == 0 ? "-" : trailing == 1 ? "" : "+";
  out << pad << key << ": " << header << '\n';
  std::string content_pad = pad + "  ";
  std::string_view body = value.substr(0, body_end + 1);
  for (std::size_t start = 0; start <= body.size();) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(start, end - start);
    if (line.empty()) {
      out << '\n';
    } else {
      out << content_pad << line << '\n';
    }
    start = end + 1;
  }
  for (std::size_t k = 1; k < trailing; ++k) out << '\n';
}

std::string comment_text(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, s.find('\n'))) {
    unsigned char u = static_cast<unsigned char>(c);
    out += u < 0x20 || u == 0x7F ? ' ' : c;
  }
  return out;
}

bool before(const SourcePos& a, const SourcePos& b) {
  return a.line < b.line || (a.line == b.line && a.column < b.column);
}

// One card's mapping, at the indentation of a section's `cards` list.
void write_card(std::ostream& out, const Card& card) {
  out << "      - id: " << inline_scalar(card.id) << '\n';
  write_text(out, 8, "question", card.question, false);
  write_text(out, 8, "answer", card.answer, true);
  if (!card.tags.empty()) {
    out << "        tags: [";
    for (std::size_t i = 0; i < card.tags.size(); ++i) {
      out << (i > 0 ? ", " : "") << inline_scalar(card.tags[i], true);
    }
    out << "]\n";
  }
  if (!card.key_points.empty()) {
    out << "        key_points:\n";
    for (const KeyPoint& point : card.key_points) {
      if (point.alternatives.size() == 1) {
        out << "          - " << inline_scalar(point.alternatives[0]) << '\n';
        continue;
      }
      out << "          - [";
      for (std::size_t i = 0; i < point.alternatives.size(); ++i) {
        out << (i > 0 ? ", " : "") << inline_scalar(point.alternatives[i], true);
      }
      out << "]\n";
    }
  }
  if (!card.source.empty()) write_text(out, 8, "source", card.source, false);
  if (!card.choices.empty()) {
    out << "        choices:\n";
    for (const std::string& choice : card.choices) out << "          - " << inline_scalar(choice) << '\n';
    out << "        correct: ";
    if (card.correct.size() == 1) {
      out << choice_letter(card.correct[0]) << '\n';
    } else {
      out << '[';
      for (std::size_t i = 0; i < card.correct.size(); ++i) out << (i > 0 ? ", " : "") << choice_letter(card.correct[i]);
      out << "]\n";
    }
  }
}

}  // namespace

void write_deck_yaml(const Deck& deck, std::ostream& out, std::string_view comment) {
  for (std::size_t start = 0; start < comment.size();) {
    std::size_t end = comment.find('\n', start);
    if (end == std::string_view::npos) end = comment.size();
    std::string line = comment_text(comment.substr(start, end - start));
    out << (line.empty() ? "#" : "# " + line) << '\n';
    start = end + 1;
  }
  out << "id: " << inline_scalar(deck.id) << '\n';
  if (!deck.title.empty()) out << "title: " << inline_scalar(deck.title) << '\n';
  out << "sections:" << (deck.sections.empty() ? " []" : "") << '\n';
  for (const Section& section : deck.sections) {
    out << "  - id: " << inline_scalar(section.id) << '\n';
    if (!section.title.empty()) out << "    title: " << inline_scalar(section.title) << '\n';
    bool empty = section.cards.empty() && section.stubs == 0;
    out << "    cards:" << (empty ? " []" : "") << '\n';
    // Cards and stubs in file order: a stub goes before the first card that comes after it.
    std::size_t stub = 0;
    auto write_stubs_before = [&](const SourcePos* pos) {
      for (; stub < static_cast<std::size_t>(section.stubs); ++stub) {
        if (pos != nullptr && !(stub < section.stub_positions.size() && before(section.stub_positions[stub], *pos))) break;
        out << "      - stub: true\n";
        if (stub < section.stub_questions.size() && !section.stub_questions[stub].empty()) {
          write_text(out, 8, "question", section.stub_questions[stub], false);
        }
      }
    };
    for (const Card& card : section.cards) {
      write_stubs_before(&card.pos);
      write_card(out, card);
    }
    write_stubs_before(nullptr);
  }
}

}  // namespace genai_quiz
