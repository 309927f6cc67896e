#include "genai_quiz/convert/convert.hpp"

#include <algorithm>
#include <map>
#include <cstdio>
#include <optional>
#include <set>

#include "convert/card_text.hpp"
#include "convert/choices.hpp"
#include "convert/markdown_doc.hpp"
#include "convert/read_document.hpp"
#include "genai_quiz/convert/question_text.hpp"
#include "genai_quiz/convert/slug.hpp"
#include "genai_quiz/core/card_id.hpp"
#include "genai_quiz/core/utf8.hpp"

namespace genai_quiz {
namespace {

// The 1-based line and column of byte `offset` in `text`.
SourcePos position_of(std::string_view text, std::size_t offset) {
  SourcePos pos{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
  }
  return pos;
}

// The offset of a NUL byte, or of the first control character when they are too many for text.
std::optional<std::size_t> binary_byte(std::string_view s) {
  std::size_t controls = 0;
  std::optional<std::size_t> first;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return i;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) {
      if (!first) first = i;
      ++controls;
    }
  }
  if (first && controls > 8 && controls * 200 > s.size()) return first;
  return std::nullopt;
}

// `text` with CRLF and CR line ends made LF and a byte order mark dropped.
std::string normalize(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string out;
  out.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string file_stem(const std::string& file) {
  std::size_t slash = file.find_last_of('/');
  std::string name = slash == std::string::npos ? file : file.substr(slash + 1);
  std::size_t dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// A section id: the title's slug without parenthesised asides ("Multimodal Models (…)") and
// without "and", "of", "the", ... ("training-inference-evaluation").
std::string section_slug(const std::string& title) {
  std::string bare;
  int depth = 0;
  for (char c : title) {
    if (c == '(') ++depth;
    if (depth == 0) bare += c;
    if (c == ')' && depth > 0) --depth;
  }
  std::string kept;
  std::string slug = slugify(bare);
  for (std::size_t start = 0; start < slug.size();) {
    std::size_t end = std::min(slug.find('-', start), slug.size());
    std::string word = slug.substr(start, end - start);
    static const std::set<std::string> kFiller = {"a", "an", "and", "or", "the", "of", "for", "in", "on", "to", "with"};
    if (kFiller.count(word) == 0) kept += (kept.empty() ? "" : " ") + word;
    start = end + 1;
  }
  std::string result = short_slug(kept, 32);
  return !result.empty() ? result : short_slug(title, 32);
}

// The text a card id is made from: the front's first line.
std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

// An item's text made ready for a card: formulas drawn as images become TeX, and difficulty
// marks and a source link leave the question.
struct TidyItem {
  Front front;
  std::string answer;
};

TidyItem tidy(const FoundItem& item, const DifficultyMarks& marks) {
  return {split_front(math_images_to_tex(item.question), marks), math_images_to_tex(item.answer)};
}

// The id a card asks for: a slug of its question, or, when other questions of the document read
// the same ("What's the output?"), the document's number for it and the slug of all its words.
std::string wanted_id(const std::string& front, const std::optional<int>& number, bool repeated) {
  if (repeated && number) return "q" + std::to_string(*number) + "-" + short_slug(front, 40);
  return question_slug(front);
}

Deck build_deck(const Reading& reading, const std::string& title, const DifficultyMarks& marks,
                const ConvertOptions& options, std::vector<Diagnostic>& diagnostics) {
  Deck deck;
  deck.file = options.file;
  std::string stem = file_stem(options.file);
  deck.id = !options.deck_id.empty() ? options.deck_id : short_slug(stem, 48);
  if (deck.id.empty()) deck.id = "deck";
  deck.title = !title.empty() ? title : stem;
  IdAllocator section_ids;
  IdAllocator card_ids;
  std::vector<TidyItem> tidied;
  std::map<std::string, int> fronts;  // how many questions read each way
  for (const FoundItem& item : reading.items) {
    tidied.push_back(tidy(item, marks));
    if (!tidied.back().front.question.empty()) ++fronts[first_line(tidied.back().front.question)];
  }
  int current = -2;
  for (std::size_t k = 0; k < reading.items.size(); ++k) {
    const FoundItem& item = reading.items[k];
    TidyItem& text = tidied[k];
    if (item.section != current || deck.sections.empty()) {
      current = item.section;
      Section section;
      if (current >= 0) {
        section.title = reading.sections[static_cast<std::size_t>(current)].title;
        section.pos = reading.sections[static_cast<std::size_t>(current)].pos;
      } else {
        section.title = deck.title;
        section.pos = item.pos;
      }
      section.id = section_ids.allocate(section_slug(section.title), "section");
      deck.sections.push_back(std::move(section));
    }
    Section& section = deck.sections.back();
    if (item.question.empty() && !item.answer.empty() && !is_placeholder(item.answer)) {
      diagnostics.push_back({options.file, item.pos, Severity::kWarning,
                             "an answer without a question; kept as a stub"});
    }
    if (item.question.empty() || item.answer.empty() || is_placeholder(item.answer)) {
      ++section.stubs;
      section.stub_questions.push_back(text.front.question);
      section.stub_positions.push_back(item.pos);
      continue;
    }
    Card card;
    std::string fallback = section.id + "-" + std::to_string(section.cards.size() + 1);
    const std::string front = first_line(text.front.question);
    card.id = card_ids.allocate(wanted_id(front, item.number, fronts[front] > 1), fallback);
    card.explicit_id = true;
    ChoiceReading choice = read_choices(text.front.question, text.answer);
    if (!choice.problem.empty()) diagnostics.push_back({options.file, item.pos, Severity::kWarning, choice.problem});
    if (choice.item) {
      text.front.question = std::move(choice.item->question);
      text.answer = std::move(choice.item->answer);
      card.choices = std::move(choice.item->choices);
      card.correct = std::move(choice.item->correct);
    }
    card.question = std::move(text.front.question);
    card.answer = std::move(text.answer) + "\n";
    card.tags = std::move(text.front.tags);
    card.source = std::move(text.front.source);
    card.pos = item.pos;
    section.cards.push_back(std::move(card));
  }
  return deck;
}

}  // namespace

ConvertResult convert_markdown(std::string_view text, const ConvertOptions& options) {
  ConvertResult result;
  result.layout = options.layout;
  auto fail = [&](SourcePos pos, std::string message) {
    result.diagnostics.push_back({options.file, pos, Severity::kError, std::move(message)});
    return result;
  };
  if (auto at = binary_byte(text)) {
    return fail(position_of(text, *at), "this is a binary file, not Markdown text");
  }
  if (std::optional<utf8::InvalidByte> bad = utf8::first_invalid(text)) {
    return fail({bad->line, bad->column}, utf8::invalid_byte_message(*bad));
  }
  std::string normalized = normalize(text);
  if (normalized.find_first_not_of(" \t\n\f\v") == std::string::npos) {
    return fail({}, "the file is empty: there are no questions to convert");
  }
  MarkdownDoc doc(std::move(normalized), options.progress);

  std::vector<Layout> candidates;
  if (options.layout == Layout::kAuto) {
    candidates.assign(concrete_layouts().begin(), concrete_layouts().end());
  } else {
    candidates.push_back(options.layout);
  }
  const std::size_t unit_count = doc.units().size();
  auto better = [](const Reading& a, const Reading& b) {
    return a.answered() > b.answered() || (a.answered() == b.answered() && a.items.size() > b.items.size());
  };
  // The layout that reads the whole document best reads each part, unless another layout finds
  // more answered questions in that part.
  std::optional<Reading> whole;
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    Reading reading = read_document(doc, candidates[k], 0, unit_count);
    if (!whole || better(reading, *whole)) whole = std::move(reading);
    if (options.progress) options.progress(0.8 + 0.1 * static_cast<double>(k + 1) / static_cast<double>(candidates.size()));
  }
  std::vector<std::size_t> parts = part_starts(doc);
  parts.push_back(unit_count);
  Reading merged;
  std::map<Layout, int> used;  // questions read with each layout
  for (std::size_t p = 0; p + 1 < parts.size(); ++p) {
    Reading chosen = read_document(doc, whole->layout, parts[p], parts[p + 1]);
    for (Layout layout : candidates) {
      if (layout == whole->layout) continue;
      Reading reading = read_document(doc, layout, parts[p], parts[p + 1]);
      if (reading.answered() > chosen.answered()) chosen = std::move(reading);
    }
    // Runs of units no question of the chosen layout covers, such as a run of questions of
    // another shape after those of the first: read with the layout that finds the most there.
    std::vector<FoundItem> extra;
    std::size_t covered = parts[p];
    auto fill = [&](std::size_t from, std::size_t to) {
      if (to <= from + 1) return;
      std::optional<Reading> gap;
      for (Layout layout : candidates) {
        Reading reading = read_document(doc, layout, from, to);
        if (reading.answered() >= 2 && (!gap || better(reading, *gap))) gap = std::move(reading);
      }
      if (!gap) return;
      used[gap->layout] += static_cast<int>(gap->items.size());
      for (FoundItem& item : gap->items) {
        extra.push_back(std::move(item));
      }
    };
    for (const FoundItem& item : chosen.items) {
      fill(covered, item.unit_begin);
      covered = std::max(covered, item.unit_end);
    }
    fill(covered, parts[p + 1]);
    if (!extra.empty()) {
      std::vector<FoundItem> all;
      std::size_t e = 0;
      int section = -1;
      for (FoundItem& item : chosen.items) {
        for (; e < extra.size() && extra[e].unit_begin < item.unit_begin; ++e) {
          extra[e].section = section;
          all.push_back(std::move(extra[e]));
        }
        section = item.section;
        all.push_back(std::move(item));
      }
      for (; e < extra.size(); ++e) {
        extra[e].section = section;
        all.push_back(std::move(extra[e]));
      }
      chosen.items = std::move(all);
    }
    const int offset = static_cast<int>(merged.sections.size());
    const int before = offset - 1;  // the section the part starts in
    merged.sections.insert(merged.sections.end(), chosen.sections.begin(), chosen.sections.end());
    used[chosen.layout] += static_cast<int>(chosen.items.size());
    for (FoundItem& item : chosen.items) {
      item.section = item.section >= 0 ? item.section + offset : before;
      merged.items.push_back(std::move(item));
    }
  }
  if (options.progress) options.progress(1.0);
  std::optional<Reading> best = std::move(merged);
  best->layout = whole->layout;
  for (const auto& [layout, count] : used) {
    if (count > 0) result.layouts.push_back(layout);
  }
  std::stable_sort(result.layouts.begin(), result.layouts.end(),
                   [&](Layout a, Layout b) { return used[a] > used[b]; });
  if (!result.layouts.empty()) best->layout = result.layouts.front();
  result.layout = best->layout;
  if (best->items.empty()) {
    std::string how = options.layout == Layout::kAuto
                          ? "in any known layout (numbered, headings, bold, details, qa)"
                          : "in the '" + std::string(layout_name(options.layout)) + "' layout";
    return fail({}, "no questions found " + how + "; is this a Markdown Q&A document?");
  }
  result.deck = build_deck(*best, document_title(doc), difficulty_marks(doc.source()), options, result.diagnostics);
  return result;
}

}  // namespace genai_quiz
