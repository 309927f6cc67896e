#include "convert/choices.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "convert/layouts.hpp"
#include "convert/markdown_doc.hpp"
#include "genai_quiz/convert/plain_text.hpp"
#include "genai_quiz/convert/question_text.hpp"
#include "genai_quiz/core/ascii.hpp"
#include "genai_quiz/core/deck.hpp"

namespace genai_quiz {
namespace {

// A run of options found in a document: units [begin, end), their Markdown, and the ticked ones
// when they are task list items.
struct OptionBlock {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::vector<std::string> options;
  std::vector<int> ticked;
  bool task_list = false;
};

bool is_task_item(cmark_node* item) {
  const char* type = cmark_node_get_type_string(item);
  return type != nullptr && std::strcmp(type, "tasklist") == 0;
}

// The Markdown of list item unit `u` after the first `marker` bytes of its first paragraph.
std::string item_option(const MarkdownDoc& doc, const Unit& u, std::size_t marker) {
  cmark_node* head = first_child(u.node);
  return doc.text(after_label(doc, head, marker, u.last_line));
}

// The lettered options ("- A: …") in one list from unit `i`.
std::optional<OptionBlock> lettered_list(const MarkdownDoc& doc, std::size_t i, std::size_t end) {
  std::size_t n = options_run(doc, i, end);
  if (n == 0) return std::nullopt;
  OptionBlock block{i, i + n, {}, {}, false};
  for (std::size_t k = 0; k < n; ++k) {
    const Unit& u = doc.units()[i + k];
    std::size_t marker = option_marker(doc.inline_source(first_child(u.node)), static_cast<char>('A' + k));
    block.options.push_back(item_option(doc, u, marker));
  }
  return block;
}

// A paragraph of lettered options ("a) …", one a line) at unit `i`.
std::optional<OptionBlock> lettered_paragraph(const MarkdownDoc& doc, std::size_t i) {
  std::size_t n = options_paragraph(doc, i);
  if (n == 0) return std::nullopt;
  OptionBlock block{i, i + 1, {}, {}, false};
  std::string source = doc.inline_source(doc.units()[i].node);
  for (std::size_t start = 0, k = 0; k < n; ++k) {
    std::size_t stop = std::min(source.find('\n', start), source.size());
    std::string_view line = std::string_view(source).substr(start, stop - start);
    block.options.emplace_back(line.substr(option_marker(line, static_cast<char>('A' + k))));
    start = stop + 1;
  }
  return block;
}

// The whole of a task list ("- [x] …", "- [ ] …") of at least two items starting at unit `i`.
std::optional<OptionBlock> task_list(const MarkdownDoc& doc, std::size_t i, std::size_t end) {
  const std::vector<Unit>& units = doc.units();
  if (units[i].kind != UnitKind::kItem || units[i].item_index != 0) return std::nullopt;
  OptionBlock block{i, i, {}, {}, true};
  for (std::size_t k = i; k < end && k < i + static_cast<std::size_t>(units[i].item_count); ++k) {
    if (!is_task_item(units[k].node) || !is_paragraph(first_child(units[k].node))) return std::nullopt;
    if (cmark_gfm_extensions_get_tasklist_item_checked(units[k].node)) {
      block.ticked.push_back(static_cast<int>(k - i));
    }
    block.options.push_back(item_option(doc, units[k], 0));
    block.end = k + 1;
  }
  if (block.options.size() < 2 || block.end - i != static_cast<std::size_t>(units[i].item_count)) return std::nullopt;
  return block;
}

// The options that end `doc` (units [0, end)), nothing when it does not end with options.
std::optional<OptionBlock> trailing_options(const MarkdownDoc& doc, std::size_t end) {
  for (std::size_t i = 0; i < end; ++i) {
    std::optional<OptionBlock> block = lettered_list(doc, i, end);
    if (!block) block = lettered_paragraph(doc, i);
    if (!block) block = task_list(doc, i, end);
    if (block && block->end == end) return block;
  }
  return std::nullopt;
}

// The units of `doc` without [skip_begin, skip_end), as Markdown.
std::string text_without(const MarkdownDoc& doc, std::size_t skip_begin, std::size_t skip_end) {
  return join_blocks({doc.units_text(0, skip_begin), doc.units_text(skip_end, doc.units().size())});
}

// The answer line of `doc`: its unit, the options it names, and the rest of its paragraph.
struct Verdict {
  std::size_t unit = 0;
  std::vector<int> letters;
  std::string rest;  ///< what follows the line in its paragraph
};

// The first paragraph or heading that reads as an answer line; else, when the layout took the
// answer's label ("- Answer: C"), a first paragraph holding only letters.
std::optional<Verdict> find_verdict(const MarkdownDoc& doc) {
  const std::vector<Unit>& units = doc.units();
  for (std::size_t pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i < (pass == 0 ? units.size() : std::min<std::size_t>(units.size(), 1)); ++i) {
      if (units[i].kind != UnitKind::kParagraph && units[i].kind != UnitKind::kHeading) continue;
      std::string source = doc.inline_source(units[i].node);
      std::string first = source.substr(0, source.find('\n'));
      std::optional<std::vector<int>> letters = answer_letters(plain_inline(first), pass == 1);
      if (!letters) continue;
      Verdict verdict{i, std::move(*letters), {}};
      if (units[i].kind == UnitKind::kParagraph && first.size() < source.size()) {
        verdict.rest = doc.text(after_label(doc, units[i].node, doc.line(units[i].first_line).size(), units[i].last_line));
      }
      return verdict;
    }
  }
  return std::nullopt;
}

// `answer` without an "Explanation:" label before its first paragraph.
std::string without_explanation_label(const std::string& answer) {
  if (answer.empty()) return answer;
  MarkdownDoc doc(answer);
  const std::vector<Unit>& units = doc.units();
  if (units.empty() || units[0].kind != UnitKind::kParagraph) return answer;
  std::optional<std::size_t> label = match_label(doc.line(units[0].first_line), Label::kExplanation);
  if (!label) return answer;
  std::size_t column = static_cast<std::size_t>(start_column(units[0].node) - 1);
  std::string first = doc.text(after_label(doc, units[0].node, *label - std::min(*label, column), units[0].last_line));
  return join_blocks({first, doc.units_text(1, units.size())});
}

std::string letter_range(std::size_t count) {
  return std::string("A to ") + static_cast<char>('A' + count - 1);
}

// Why `options` and `correct` cannot make a card; "" when they can.
std::string unusable(const std::vector<std::string>& options, const std::vector<int>& correct) {
  const std::string kept = "; the question is kept as a card without choices";
  if (options.size() > static_cast<std::size_t>(kMaxChoices)) {
    return "the question has " + std::to_string(options.size()) + " options, more than the " +
           std::to_string(kMaxChoices) + " a card can have" + kept;
  }
  for (std::size_t a = 0; a < options.size(); ++a) {
    if (options[a].find_first_not_of(" \t\n") == std::string::npos) {
      return std::string("option ") + static_cast<char>('A' + a) + " is empty" + kept;
    }
    for (std::size_t b = a + 1; b < options.size(); ++b) {
      if (options[a] == options[b]) {
        return std::string("options ") + static_cast<char>('A' + a) + " and " + static_cast<char>('A' + b) +
               " read the same" + kept;
      }
    }
  }
  for (int index : correct) {
    if (index >= static_cast<int>(options.size())) {
      return std::string("the answer names option ") + static_cast<char>('A' + index) + ", but the options are " +
             letter_range(options.size()) + kept;
    }
  }
  return {};
}

}  // namespace

std::size_t verdict_prefix(std::string_view lower) {
  for (std::string_view phrase : {"the correct answer is", "the right answer is", "correct answer:"}) {
    if (lower.starts_with(phrase)) return phrase.size();
  }
  return 0;
}

std::optional<std::vector<int>> answer_letters(std::string_view text, bool labelled) {
  std::string lower = ascii_lower(text);
  std::string_view s = lower;
  std::size_t i = verdict_prefix(s);
  if (i == 0 && !labelled) {
    for (std::string_view phrase : {"correct answers:", "answers:", "answer:"}) {
      if (s.starts_with(phrase)) {
        i = phrase.size();
        break;
      }
    }
  }
  if (i == 0 && !labelled) return std::nullopt;
  if (i > 0 && i < s.size() && s[i] == ':') ++i;  // "The correct answer is: b"
  auto skip_blanks = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  };
  auto is_alpha = [&](std::size_t at) { return at < s.size() && std::isalpha(static_cast<unsigned char>(s[at])) != 0; };
  std::vector<int> letters;
  while (true) {
    skip_blanks();
    if (!is_alpha(i) || is_alpha(i + 1)) return std::nullopt;
    letters.push_back(s[i] - 'a');
    ++i;
    bool closed = i < s.size() && (s[i] == ')' || s[i] == '.' || s[i] == ':');
    if (closed) ++i;
    skip_blanks();
    if (i == s.size()) break;
    if (s[i] == ',' || s[i] == '&' || s[i] == '/') {
      ++i;
    } else if (s.substr(i).starts_with("and ")) {
      i += 4;
    } else if (closed || s[i] == '-' || s.substr(i).starts_with("\xE2\x80\x94")) {
      break;  // the option's text repeated: "b) Sigmoid"
    } else {
      return std::nullopt;  // "Answer: a linked list"
    }
  }
  std::sort(letters.begin(), letters.end());
  if (std::adjacent_find(letters.begin(), letters.end()) != letters.end()) return std::nullopt;
  return letters;
}

ChoiceReading read_choices(const std::string& question, const std::string& answer) {
  ChoiceReading reading;
  if (question.empty() || answer.empty()) return reading;
  MarkdownDoc front(question);
  MarkdownDoc back(answer);
  std::optional<OptionBlock> block = trailing_options(front, front.units().size());
  std::string rest_of_question = question;
  std::size_t answer_skip = 0;  // the answer's leading units that were options
  if (block) {
    rest_of_question = text_without(front, block->begin, block->end);
  } else if (!back.units().empty()) {
    block = task_list(back, 0, back.units().size());
    if (block) answer_skip = block->end;
  }
  if (!block || rest_of_question.empty()) return reading;
  // Every box ticked is a checklist, not a choice.
  if (block->task_list && block->ticked.size() == block->options.size()) return reading;
  std::optional<Verdict> verdict;
  if (block->ticked.empty()) verdict = find_verdict(back);
  if (block->ticked.empty() && !verdict) return reading;
  std::vector<int> correct = !block->ticked.empty() ? block->ticked : verdict->letters;
  reading.problem = unusable(block->options, correct);
  if (!reading.problem.empty()) return reading;

  const std::size_t units = back.units().size();
  const std::size_t cut = verdict ? verdict->unit : units;
  std::string explanation = without_explanation_label(
      join_blocks({back.units_text(answer_skip, cut), verdict ? verdict->rest : "", back.units_text(cut + 1, units)}));
  if (explanation.empty()) {  // only the answer line: the right options explain themselves
    for (int index : correct) {
      const std::string& option = block->options[static_cast<std::size_t>(index)];
      explanation += correct.size() == 1 ? option : (explanation.empty() ? "- " : "\n- ") + option;
    }
  }
  reading.item = ChoiceItem{std::move(rest_of_question), std::move(explanation), std::move(block->options), std::move(correct)};
  return reading;
}

}  // namespace genai_quiz
