#include "genai_quiz/ui/list_render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "genai_quiz/ui/output_text.hpp"

namespace genai_quiz {
namespace {

constexpr std::size_t kPreviewCharacters = 72;
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
                         : fmt::format("{} ({} new, {} due)", plural(static_cast<int>(section.cards.size()), "card"),
                                       counts.new_cards, counts.due);
  if (section.stubs > 0) line += fmt::format(", {} awaiting content", plural(section.stubs, "stub"));
  return line;
}

}  // namespace

std::string render_list_text(std::span<const Deck> decks, std::span<const ListedSection> sections) {
  std::string out;
  std::size_t current_deck = decks.size();
  for (const ListedSection& listed : sections) {
    const Deck& deck = decks[listed.ref.deck];
    const Section& section = deck.sections[listed.ref.section];
    if (listed.ref.deck != current_deck) {
      current_deck = listed.ref.deck;
      if (!out.empty()) out += '\n';
      out += fmt::format("{}: {}\n", deck.id, deck.title);
    }
    out += fmt::format("\n{}  {}\n  {}\n", section.id, section.title, counts_line(section, listed.counts));
    std::size_t width = 0;
    for (const Card& card : section.cards) width = std::max(width, card.id.size());
    width = std::min(width, kMaxIdColumn);
    const std::vector<std::string> shown = previews(section.cards);
    for (std::size_t k = 0; k < section.cards.size(); ++k) {
      out += fmt::format("  {:<{}}  {}\n", section.cards[k].id, width, shown[k]);
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
      listed.push_back({{"id", section.id},
                        {"title", section.title},
                        {"cards", section.cards.size()},
                        {"stubs", section.stubs},
                        {"new", s.counts.new_cards},
                        {"due", s.counts.due}});
    }
    if (listed.empty()) continue;
    const nlohmann::ordered_json deck = {{"deck", decks[d].id}, {"title", decks[d].title}, {"sections", listed}};
    out += deck.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return out;
}

}  // namespace genai_quiz
