#include "deck/deck_reader.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "genai_quiz/core/ascii.hpp"
#include "genai_quiz/core/card_id.hpp"
#include "genai_quiz/core/suggest.hpp"

namespace genai_quiz {
namespace {

using Kind = YamlNode::Kind;

constexpr std::array<std::string_view, 3> kDeckKeys = {"id", "title", "sections"};
constexpr std::array<std::string_view, 3> kSectionKeys = {"id", "title", "cards"};
constexpr std::array<std::string_view, 9> kCardKeys = {"id",         "question", "answer",  "tags",   "stub",
                                                       "key_points", "source",   "choices", "correct"};

std::string kind_name(Kind kind) {
  switch (kind) {
    case Kind::kNull: return "nothing";
    case Kind::kScalar: return "text";
    case Kind::kSequence: return "a list";
    case Kind::kMapping: return "a mapping";
    case Kind::kAlias: return "an alias";
  }
  return "?";
}

bool is_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// A key of a mapping and its value; both null when the key is absent. Reading a value moves
// its text out of the tree, so the deck's strings are not copies.
struct Field {
  const YamlNode* key = nullptr;
  YamlNode* value = nullptr;

  // Present with a value other than null (an absent key and `key:` with nothing read alike).
  bool given() const { return value != nullptr && value->kind != Kind::kNull; }
};

class DeckReader {
 public:
  DeckReader(const LineIndex& lines, Deck& deck, std::vector<Diagnostic>& out)
      : lines_(lines), deck_(deck), out_(out) {}

  void read(YamlNode& root) {
    if (root.kind != Kind::kMapping) {
      if (root.kind == Kind::kNull) {  // "---" alone: yaml-cpp places the null after it
        error(0, "the deck has no sections; add a 'sections' list");
      } else {
        wrong_kind(root, "a deck must be a mapping with 'id', 'title' and 'sections'");
      }
      return;
    }
    const auto fields = read_fields(root, kDeckKeys, "the deck");
    if (auto id = read_id(fields[0])) {
      deck_.id = std::move(*id);
      deck_.pos = pos(fields[0].value->offset);
    }
    deck_.title = read_text(fields[1]).value_or(deck_.id);
    YamlNode* sections = read_list(fields[2]);
    if (sections == nullptr || sections->children.empty()) {
      if (sections != nullptr || !fields[2].given()) {
        error(sections != nullptr ? sections->offset : root.offset,
              "the deck has no sections; add a 'sections' list");
      }
      return;
    }
    for (YamlNode& entry : sections->children) read_section(entry);
    assign_derived_card_ids(deck_);
    for (const Section& section : deck_.sections) {
      for (const Card& card : section.cards) {
        if (card.explicit_id) continue;
        warning(card.pos, "card has no 'id'; add 'id: " + card.id +
                              "' so that its progress survives edits to the question");
      }
    }
  }

 private:
  SourcePos pos(std::uint32_t offset) const { return lines_.pos(offset); }
  void error(std::uint32_t offset, std::string message) { error(pos(offset), std::move(message)); }
  void error(SourcePos at, std::string message) {
    out_.push_back({deck_.file, at, Severity::kError, std::move(message)});
  }
  void warning(std::uint32_t offset, std::string message) { warning(pos(offset), std::move(message)); }
  void warning(SourcePos at, std::string message) {
    out_.push_back({deck_.file, at, Severity::kWarning, std::move(message)});
  }

  // The known keys of `map`, in the order of `known`; reports keys that are not text, given
  // twice (the first one counts) or unknown.
  template <std::size_t N>
  std::array<Field, N> read_fields(YamlNode& map, const std::array<std::string_view, N>& known,
                                   std::string_view where) {
    std::array<Field, N> fields{};
    std::unordered_map<std::string_view, std::uint32_t> seen;
    for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
      const YamlNode& key = map.children[i];
      if (key.kind != Kind::kScalar) {
        wrong_kind(key, "a key must be text");
        continue;
      }
      if (auto [first, inserted] = seen.emplace(key.text, key.offset); !inserted) {
        const SourcePos at = pos(first->second);
        error(key.offset, "key '" + key.text + "' is given twice in this mapping (first at " +
                              std::to_string(at.line) + ":" + std::to_string(at.column) + ")");
        continue;
      }
      std::size_t k = 0;
      while (k < N && known[k] != key.text) ++k;
      if (k < N) {
        fields[k] = {&key, &map.children[i + 1]};
        continue;
      }
      const std::string guess = did_you_mean(key.text, known);
      std::string message = "unknown key '" + key.text + "' in " + std::string(where);
      if (!guess.empty()) {
        message += "; did you mean '" + guess + "'?";
      } else {
        message += "; expected one of:";
        for (std::string_view name : known) message.append(" ").append(name);
      }
      warning(key.offset, std::move(message));
    }
    return fields;
  }

  // Reports that `node` should have been something else (`expected`: "'tags' must be a list"),
  // naming what it is; an alias is not reported again (it was refused where it was found).
  void wrong_kind(const YamlNode& node, const std::string& expected) {
    if (node.kind != Kind::kAlias) error(node.offset, expected + ", not " + kind_name(node.kind));
  }

  // The text of a field, or nothing when it is absent, null or not text (reported).
  std::optional<std::string> read_text(const Field& field) {
    if (!field.given()) return std::nullopt;
    YamlNode& value = *field.value;
    if (value.kind == Kind::kScalar) return std::move(value.text);
    wrong_kind(value, "'" + field.key->text + "' must be text");
    return std::nullopt;
  }

  // An id: text on one line, not empty.
  std::optional<std::string> read_id(const Field& field) {
    std::optional<std::string> id = read_text(field);
    if (!id) return id;
    if (is_blank(*id)) {
      error(field.value->offset, "'id' is empty");
      return std::nullopt;
    }
    if (id->find_first_of("\r\n") != std::string::npos) {
      error(field.value->offset, "'id' must be a single line");
      return std::nullopt;
    }
    return id;
  }

  // A list field, or null when absent, null or not a list (reported).
  YamlNode* read_list(const Field& field) {
    if (!field.given()) return nullptr;
    YamlNode& value = *field.value;
    if (value.kind == Kind::kSequence) return &value;
    wrong_kind(value, "'" + field.key->text + "' must be a list");
    return nullptr;
  }

  // true or false (YAML 1.2: true, True, TRUE, false, False, FALSE); nothing when absent.
  std::optional<bool> read_flag(const Field& field) {
    if (!field.given()) return std::nullopt;
    const YamlNode& value = *field.value;
    if (value.kind == Kind::kScalar && value.plain) {
      if (value.text == "true" || value.text == "True" || value.text == "TRUE") return true;
      if (value.text == "false" || value.text == "False" || value.text == "FALSE") return false;
    }
    if (value.kind == Kind::kAlias) return std::nullopt;
    error(value.offset, "'" + field.key->text + "' must be true or false, not " +
                            (value.kind == Kind::kScalar ? "'" + value.text + "'" : kind_name(value.kind)));
    return std::nullopt;
  }

  void read_section(YamlNode& node) {
    if (node.kind != Kind::kMapping) return wrong_kind(node, "a section must be a mapping with 'id', 'title' and 'cards'");
    const auto fields = read_fields(node, kSectionKeys, "a section");
    Section section;
    section.pos = pos(node.offset);
    const std::optional<std::string> id = read_id(fields[0]);
    const std::optional<std::string> title = read_text(fields[1]);
    SourcePos id_pos = section.pos;
    if (id) {
      section.id = *id;
      id_pos = pos(fields[0].value->offset);
    } else if (!fields[0].given() && title && !is_blank(*title)) {
      section.id = slugify(*title);
      if (section.id.empty()) section.id = "section-" + std::to_string(deck_.sections.size() + 1);
      warning(section.pos, "section has no 'id'; add 'id: " + section.id + "' (a short name to type after -s)");
    } else if (!fields[0].given()) {
      error(section.pos, "a section needs an 'id' or a 'title'");
    }
    section.title = title && !is_blank(*title) ? *title : section.id;
    if (!section.id.empty()) {
      auto [first, inserted] = section_ids_.emplace(ascii_lower(section.id), id_pos);
      if (!inserted) {
        error(id_pos, "duplicate section id '" + section.id + "' (first used at " +
                          std::to_string(first->second.line) + ":" +
                          std::to_string(first->second.column) + ")");
      }
    }
    if (YamlNode* cards = read_list(fields[2])) {
      for (YamlNode& entry : cards->children) read_entry(entry, section);
    }
    deck_.sections.push_back(std::move(section));
  }

  void add_stub(Section& section, std::uint32_t offset) {
    ++section.stubs;
    section.stub_positions.push_back(pos(offset));
  }

  // One entry of a `cards` list: a card or a stub.
  void read_entry(YamlNode& node, Section& section) {
    if (node.kind == Kind::kNull) return add_stub(section, node.offset);
    if (node.kind != Kind::kMapping) return wrong_kind(node, "a card must be a mapping with 'question' and 'answer'");
    const auto fields = read_fields(node, kCardKeys, "a card");
    const bool marked_stub = read_flag(fields[4]).value_or(false);
    std::optional<std::string> question = read_text(fields[1]);
    std::optional<std::string> answer = read_text(fields[2]);
    const bool has_question = question && !is_blank(*question);
    const bool has_answer = answer && !is_blank(*answer);
    if (marked_stub || !has_question) {
      const bool question_mistyped = fields[1].given() && fields[1].value->kind != Kind::kScalar;
      if (!marked_stub && has_answer && !question_mistyped) {
        warning(fields[2].key->offset, "this entry has an answer but no question; it is counted as a stub");
      }
      return add_stub(section, node.offset);
    }
    Card card;
    card.pos = pos(node.offset);
    card.question = std::move(*question);
    if (has_answer) {
      card.answer = std::move(*answer);
    } else if (!fields[2].value || fields[2].value->kind == Kind::kNull ||
               fields[2].value->kind == Kind::kScalar) {
      error(fields[1].key->offset, "the question has no answer; add an 'answer'");
    }
    if (std::optional<std::string> id = read_id(fields[0])) {
      card.id = *id;
      card.explicit_id = true;
      const SourcePos id_pos = pos(fields[0].value->offset);
      auto [first, inserted] = card_ids_.emplace(card.id, id_pos);
      if (!inserted) {
        error(id_pos, "duplicate card id '" + card.id + "' (first used at " +
                          std::to_string(first->second.line) + ":" +
                          std::to_string(first->second.column) + ")");
      }
    }
    if (YamlNode* tags = read_list(fields[3])) {
      for (YamlNode& tag : tags->children) {
        if (tag.kind == Kind::kScalar) {
          card.tags.push_back(std::move(tag.text));
        } else if (tag.kind != Kind::kNull) {
          wrong_kind(tag, "a tag must be text");
        }
      }
    }
    if (std::optional<std::string> source = read_text(fields[6])) card.source = std::move(*source);
    if (YamlNode* points = read_list(fields[5])) {
      for (std::size_t i = 0; i < points->children.size(); ++i) {
        if (points->children[i].kind == Kind::kNull) {
          // yaml-cpp places an empty item where the next token starts: name it by number.
          error(fields[5].key->offset, "key point " + std::to_string(i + 1) +
                                           " is empty; write a phrase or a list of alternatives");
        } else {
          read_key_point(points->children[i], card);
        }
      }
    }
    read_choices(fields[7], fields[8], card);
    section.cards.push_back(std::move(card));
  }

  // `choices` (a list of Markdown options) and `correct` (which of them are right: letters,
  // numbers from 1, or a list of either).
  void read_choices(const Field& choices, const Field& correct, Card& card) {
    if (YamlNode* list = read_list(choices)) {
      std::unordered_map<std::string, SourcePos> seen;
      for (YamlNode& option : list->children) {
        if (option.kind == Kind::kAlias) continue;
        if (option.kind != Kind::kScalar || is_blank(option.text)) {
          error(option.kind == Kind::kNull ? choices.key->offset : option.offset,
                option.kind == Kind::kNull || option.kind == Kind::kScalar
                    ? "choice " + std::to_string(card.choices.size() + 1) + " is empty"
                    : "a choice must be text, not " + kind_name(option.kind));
          card.choices.emplace_back();
          continue;
        }
        const SourcePos at = pos(option.offset);
        auto [first, inserted] = seen.emplace(option.text, at);
        if (!inserted) {
          error(option.offset, "choice " + std::string(1, choice_letter(static_cast<int>(card.choices.size()))) +
                                   " repeats choice " + first_letter(card, option.text) + " (first at " +
                                   std::to_string(first->second.line) + ":" + std::to_string(first->second.column) + ")");
        }
        card.choices.push_back(std::move(option.text));
      }
      if (list->children.empty()) error(list->offset, "'choices' is empty; list the options or leave it out");
      if (card.choices.size() > static_cast<std::size_t>(kMaxChoices)) {
        error(choices.key->offset, "a card has at most " + std::to_string(kMaxChoices) + " choices (a to h), not " +
                                       std::to_string(card.choices.size()));
      }
    }
    if (!correct.given()) {
      if (!card.choices.empty()) error(choices.key->offset, "the choices have no 'correct'; add 'correct: a' (or the right letters)");
      return;
    }
    if (card.choices.empty()) {
      if (!choices.given()) error(correct.key->offset, "'correct' needs 'choices' to choose from");
      return;
    }
    std::vector<YamlNode*> items;
    if (correct.value->kind == Kind::kSequence) {
      for (YamlNode& item : correct.value->children) items.push_back(&item);
      if (items.empty()) error(correct.value->offset, "'correct' is empty; give the letter of the right choice");
    } else {
      items.push_back(correct.value);
    }
    const int n = static_cast<int>(card.choices.size());
    const std::string range = n == 1 ? "a (or 1)" : std::string("a to ") + choice_letter(n - 1) + " (or 1 to " + std::to_string(n) + ")";
    for (YamlNode* item : items) {
      if (item->kind == Kind::kAlias) continue;
      if (item->kind != Kind::kScalar) {
        error(item->offset, "'correct' must be a letter, a number or a list of them, not " + kind_name(item->kind));
        continue;
      }
      const std::optional<int> index = choice_index(item->text);
      if (!index) {
        error(item->offset, "'correct' must be a letter (a, b, ...) or a number from 1, not '" + item->text + "'");
      } else if (*index >= n) {
        error(item->offset, "'correct' is '" + item->text + "', but there " + (n == 1 ? "is 1 choice" : "are " + std::to_string(n) + " choices") +
                                ": use " + range);
      } else if (card.is_correct(*index)) {
        error(item->offset, "'correct' names choice " + std::string(1, choice_letter(*index)) + " twice");
      } else {
        card.correct.push_back(*index);
      }
    }
    std::sort(card.correct.begin(), card.correct.end());
  }

  static std::string first_letter(const Card& card, const std::string& text) {
    for (std::size_t i = 0; i < card.choices.size(); ++i) {
      if (card.choices[i] == text) return std::string(1, choice_letter(static_cast<int>(i)));
    }
    return "?";
  }

  // "b", "B" or "2" for the second choice; nothing for anything else.
  static std::optional<int> choice_index(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == ')' || text.back() == '.')) text.remove_suffix(1);
    if (text.size() == 1 && ascii_lower(text)[0] >= 'a' && ascii_lower(text)[0] <= 'z') return ascii_lower(text)[0] - 'a';
    if (text.empty() || text.size() > 3 || text.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    const int number = std::stoi(std::string(text));
    if (number < 1) return std::nullopt;
    return number - 1;
  }

  // One item of `key_points` other than null: a phrase, or a list of alternative phrases.
  void read_key_point(YamlNode& node, Card& card) {
    if (node.kind == Kind::kAlias) return;
    KeyPoint point;
    point.pos = pos(node.offset);
    if (node.kind == Kind::kMapping) {
      error(node.offset, "a key point must be a phrase or a list of alternative phrases, not a mapping");
      return;
    }
    if (node.kind == Kind::kScalar) {
      if (!read_phrase(node, point)) return;
    } else {
      for (YamlNode& alternative : node.children) {
        if (alternative.kind == Kind::kScalar) {
          read_phrase(alternative, point);
        } else {
          wrong_kind(alternative, "an alternative of a key point must be text");
        }
      }
      if (node.children.empty()) {
        error(node.offset, "a key point is empty; write a phrase or a list of alternatives");
        return;
      }
      if (point.alternatives.empty()) return;
    }
    card.key_points.push_back(std::move(point));
  }

  // A phrase of a key point: not blank, one line; a warning when no answer could ever make it.
  bool read_phrase(YamlNode& node, KeyPoint& point) {
    if (is_blank(node.text)) {
      error(node.offset, "a key point's phrase is empty");
      return false;
    }
    if (node.text.find_first_of("\r\n") != std::string::npos) {
      error(node.offset, "a key point's phrase must be a single line");
      return false;
    }
    if (!phrase_has_content(node.text)) {
      warning(node.offset, "key point '" + node.text + "' has only stop words such as 'the' and 'of'; "
                           "no answer can cover it");
    }
    point.alternatives.push_back(std::move(node.text));
    return true;
  }

  const LineIndex& lines_;
  Deck& deck_;
  std::vector<Diagnostic>& out_;
  std::unordered_map<std::string, SourcePos> section_ids_;  // lowercased: -s ignores case
  std::unordered_map<std::string, SourcePos> card_ids_;
};

}  // namespace

void read_deck(YamlNode& root, const LineIndex& lines, Deck& deck, std::vector<Diagnostic>& out) {
  DeckReader(lines, deck, out).read(root);
}

}  // namespace genai_quiz
