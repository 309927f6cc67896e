#include "genai_quiz/ui/list_render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "genai_quiz/core/iso_time.hpp"
#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/text_width.hpp"
#include "genai_quiz/term/wrap.hpp"
#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

constexpr std::size_t kPreviewCharacters = 1000;  // cut to the width later
constexpr std::size_t kMaxIdColumn = 40;

// The first line of code in `markdown`'s first fenced code block, or "".
std::string first_code_line(std::string_view markdown) {
  bool in_code = false;
  for (std::size_t start = 0; start < markdown.size();) {
    std::size_t end = std::min(markdown.find('\n', start), markdown.size());
    std::string_view line = markdown.substr(start, end - start);
    start = end + 1;
    std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos) continue;
    std::string_view text = line.substr(indent);
    if (text.starts_with("```") || text.starts_with("~~~")) {
      if (in_code) return {};
      in_code = true;
      continue;
    }
    if (in_code) return std::string(text);
  }
  return {};
}

// What `list` shows for each card of `cards`: the question's first line, and for questions
// whose first lines are the same, the first line of their code after it.
std::vector<std::string> previews(const std::vector<Card>& cards) {
  std::vector<std::string> out;
  std::map<std::string, int> seen;
  for (const Card& card : cards) ++seen[out.emplace_back(question_preview(card.question, kPreviewCharacters))];
  for (std::size_t k = 0; k < cards.size(); ++k) {
    if (seen[out[k]] < 2) continue;
    std::string code = first_code_line(cards[k].question);
    if (!code.empty()) out[k] = question_preview(out[k] + " · " + code, kPreviewCharacters);
  }
  return out;
}

std::string counts_line(const Section& section, StudyCounts counts) {
  std::string line = section.cards.empty()
                         ? std::string("no cards")
                         : fmt::format("{} ({} new, {} due{})", plural(static_cast<int>(section.cards.size()), "card"),
                                       counts.new_cards, counts.due,
                                       counts.suspended > 0 ? fmt::format(", {} suspended", counts.suspended) : "");
  if (counts.flagged > 0) line += fmt::format(", {} flagged", counts.flagged);
  if (section.stubs > 0) line += fmt::format(", {} awaiting content", plural(section.stubs, "stub"));
  return line;
}

}  // namespace

std::string render_list_text(std::span<const Deck> decks, std::span<const ListedSection> sections, int width) {
  width = std::max(width, 20);
  bool several = false;  // more than one deck listed: each deck's sections are indented under it
  for (const ListedSection& listed : sections) several |= listed.ref.deck != sections.front().ref.deck;
  const std::string indent = several ? "  " : "";
  auto add = [&](std::string& out, const std::string& text, int margin, int hang) {
    const std::string lead(static_cast<std::size_t>(margin), ' ');
    if (display_width(sanitize(text)) <= width - margin) {  // as it is, its double spaces kept
      out += lead + sanitize(text) + "\n";
      return;
    }
    const std::vector<std::string> lines = wrap_text(text, width - margin - hang);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      out += lead + (i == 0 ? "" : std::string(static_cast<std::size_t>(hang), ' ')) + lines[i] + "\n";
    }
  };
  std::string out;
  std::size_t current_deck = decks.size();
  for (const ListedSection& listed : sections) {
    const Deck& deck = decks[listed.ref.deck];
    const Section& section = deck.sections[listed.ref.section];
    if (listed.ref.deck != current_deck) {
      current_deck = listed.ref.deck;
      if (!out.empty()) out += '\n';
      add(out, fmt::format("{}: {}", deck.id, deck.title), 0, 2);
    }
    out += '\n';
    const int margin = static_cast<int>(indent.size());
    add(out, fmt::format("{}  {}", section.id, section.title), margin, 2);
    add(out, counts_line(section, listed.counts), margin + 2, 2);
    // Each card: its id, then its question as far as the line goes; when the ids leave too little
    // room, the question goes under the id.
    int id_width = 0;
    for (const ListedCard& card : listed.cards) {
      id_width = std::max(id_width, display_width(sanitize(section.cards[card.index].id)));
    }
    id_width = std::min(id_width, static_cast<int>(kMaxIdColumn));
    const int card_margin = margin + 2;
    constexpr int kFewestQuestionColumns = 24;
    const bool beside = width - card_margin - id_width - 2 >= kFewestQuestionColumns;
    const std::vector<std::string> shown = previews(section.cards);
    const std::string lead(static_cast<std::size_t>(card_margin), ' ');
    for (const ListedCard& card : listed.cards) {
      const std::string id = sanitize(section.cards[card.index].id);
      const std::string marks = mark_names(card.marks);
      const std::string question = (marks.empty() ? "" : "[" + marks + "] ") + sanitize(shown[card.index]);
      if (beside && display_width(id) <= id_width) {
        out += lead + pad_to_width(id, id_width) + "  " +
               truncate_to_width(question, width - card_margin - id_width - 2) + "\n";
        continue;
      }
      add(out, id, card_margin, 2);
      out += lead + "  " + truncate_to_width(question, width - card_margin - 2) + "\n";
    }
  }
  return out;
}

std::string render_list_json(std::span<const Deck> decks, std::span<const ListedSection> sections) {
  std::string out;
  for (std::size_t d = 0; d < decks.size(); ++d) {
    nlohmann::ordered_json listed = nlohmann::ordered_json::array();
    for (const ListedSection& s : sections) {
      if (s.ref.deck != d) continue;
      const Section& section = decks[d].sections[s.ref.section];
      nlohmann::ordered_json cards = nlohmann::ordered_json::array();
      for (const ListedCard& card : s.cards) {
        nlohmann::ordered_json marks = nlohmann::ordered_json::array();
        for (std::string_view key : mark_keys(card.marks)) marks.push_back(key);
        cards.push_back({{"id", section.cards[card.index].id}, {"marks", marks}});
      }
      listed.push_back({{"id", section.id},
                        {"title", section.title},
                        {"cards", section.cards.size()},
                        {"stubs", section.stubs},
                        {"new", s.counts.new_cards},
                        {"due", s.counts.due},
                        {"suspended", s.counts.suspended},
                        {"flagged", s.counts.flagged},
                        {"listed", cards}});
    }
    if (listed.empty()) continue;
    const nlohmann::ordered_json deck = {{"deck", decks[d].id}, {"title", decks[d].title}, {"sections", listed}};
    out += deck.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return out;
}

std::string render_orphans_text(std::span<const OrphanRow> orphans, std::chrono::minutes utc_offset, int width) {
  if (orphans.empty()) return "Every card with progress is in a deck: nothing to prune.\n";
  std::string out = fmt::format("{} with progress in no deck:\n", plural(static_cast<int>(orphans.size()), "card"));
  std::vector<std::pair<std::string, std::string>> lines;  // name, answers
  int name_width = 0;
  for (const OrphanRow& row : orphans) {
    std::string what = plural(row.answers, "answer");
    if (row.last_answer) what += ", last " + format_iso_time(*row.last_answer, utc_offset).substr(0, 10);
    const auto& [name, _] = lines.emplace_back(sanitize(row.card.deck_id + "/" + row.card.card_id), what);
    name_width = std::max(name_width, display_width(name));
  }
  for (const auto& [name, what] : lines) {
    if (2 + name_width + 2 + display_width(what) <= width) {  // a column of names, a column of answers
      out += "  " + pad_to_width(name, name_width) + "  " + what + "\n";
      continue;
    }
    out += "  " + truncate_to_width(name, std::max(width - 2, 10)) + "\n";
    out += "    " + what + "\n";
  }
  return out;
}

std::string render_orphans_json(std::span<const OrphanRow> orphans, std::chrono::minutes utc_offset) {
  std::string out;
  for (const OrphanRow& row : orphans) {
    const nlohmann::ordered_json line = {
        {"deck", row.card.deck_id},
        {"card", row.card.card_id},
        {"answers", row.answers},
        {"last_answer", row.last_answer ? nlohmann::ordered_json(format_iso_time(*row.last_answer, utc_offset))
                                        : nlohmann::ordered_json(nullptr)}};
    out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return out;
}

}  // namespace genai_quiz
