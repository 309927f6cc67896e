// The Markdown report: readable on GitHub or in any editor, weakest cards first.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <ostream>
#include <vector>

#include "exchange/export_parts.hpp"
#include "genai_quiz/core/rating_name.hpp"

namespace genai_quiz::exchange {
namespace {

// Text made safe for one cell of a Markdown table: pipes escaped, line breaks as <br>.
std::string cell(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '|') {
      out += "\\|";
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "<br>";
    } else {
      out += c;
    }
  }
  while (out.size() >= 4 && out.ends_with("<br>")) out.resize(out.size() - 4);
  return out;
}

// "2025-03-08T10:00:00+01:00" shortened to "2025-03-08 10:00" (local time, as written).
std::string short_time(const std::string& iso) {
  if (iso.size() < 16) return iso;
  return iso.substr(0, 10) + ' ' + iso.substr(11, 5);
}

bool weaker(const CardRecord* a, const CardRecord* b) {
  bool a_new = a->state.phase == Phase::kNew, b_new = b->state.phase == Phase::kNew;
  if (a_new != b_new) return b_new;  // studied cards first
  if (a_new) return false;           // new cards keep deck order
  if (a->retrievability != b->retrievability) return a->retrievability < b->retrievability;
  return a->state.stability < b->state.stability;
}

// `level` is "##", or "###" under a deck's heading when there are several decks.
void write_section(std::ostream& out, const std::vector<const CardRecord*>& cards, const ExportData& data,
                   const char* level) {
  const CardRecord& first = *cards.front();
  std::array<int, 4> by_phase{};
  for (const CardRecord* c : cards) by_phase[static_cast<std::size_t>(c->state.phase)] += 1;
  out << fmt::format("{} {}\n\n`{}/{}` · {} card{}: {} new, {} learning, {} review, {} relearning\n\n", level,
                     cell(first.section_title), first.deck, first.section, cards.size(), cards.size() == 1 ? "" : "s",
                     by_phase[0], by_phase[1], by_phase[2], by_phase[3]);
  out << "| Card | Question | State | Recall now | Due | Stability | Difficulty | Reviews | Lapses |\n"
         "| --- | --- | --- | ---: | --- | ---: | ---: | ---: | ---: |\n";
  std::vector<const CardRecord*> order = cards;
  std::stable_sort(order.begin(), order.end(), weaker);
  for (const CardRecord* c : order) {
    bool fresh = c->state.phase == Phase::kNew;
    std::string state(phase_name(c->state.phase));
    if (c->edited) state += " (edited)";
    if (const std::string marks = mark_names(c->marks); !marks.empty()) state += " · " + marks;
    out << fmt::format("| `{}` | {} | {} | {} | {} | {} | {} | {} | {} |\n", c->id, cell(c->question), state,
                       fresh ? "" : fmt::format("{:.0f}%", 100 * c->retrievability),
                       fresh ? "" : short_time(data.format_time(c->state.due)),
                       fresh ? "" : fmt::format("{:.1f} d", c->state.stability),
                       fresh ? "" : fmt::format("{:.1f}", c->state.difficulty), c->state.reps, c->state.lapses);
  }
  out << '\n';
}

void write_review_log(std::ostream& out, const ExportData& data) {
  out << fmt::format("## Review log\n\n{} answer{}, oldest first.\n\n", data.reviews->size(),
                     data.reviews->size() == 1 ? "" : "s");
  if (data.reviews->empty()) return;
  out << "| Time | Deck | Card | Rating | Seconds |\n| --- | --- | --- | --- | ---: |\n";
  for (const ReviewRecord& r : *data.reviews) {
    out << fmt::format("| {} | `{}` | `{}` | {}{} | {:.1f} |\n", short_time(data.format_time(r.time)), r.deck_id, r.card_id,
                       rating_name(r.rating), r.cram ? " (cram)" : "", static_cast<double>(r.duration_ms) / 1000);
  }
  out << '\n';
}

}  // namespace

void write_markdown(std::ostream& out, const ExportData& data) {
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  std::vector<std::vector<const CardRecord*>> sections;
  int studied = 0, edited = 0;
  for (const CardRecord& c : data.cards) {
    auto [it, added] = index.try_emplace({c.deck, c.section}, sections.size());
    if (added) sections.emplace_back();
    sections[it->second].push_back(&c);
    studied += c.state.phase != Phase::kNew;
    edited += c.edited;
  }
  out << fmt::format("# genai-quiz progress\n\nExported {}: {} card{} in {} section{}, {} studied, {} edited since "
                     "the last review. Desired retention {:.0f}%.\n\n",
                     data.format_time(data.exported_at), data.cards.size(),
                     data.cards.size() == 1 ? "" : "s", sections.size(), sections.size() == 1 ? "" : "s", studied,
                     edited, 100 * data.settings.desired_retention);
  out << "Within each section the cards least likely to be recalled now come first; new cards last.\n\n";
  // With several decks, each deck's sections come under a heading of its own.
  bool several = false;
  for (const auto& cards : sections) several |= cards.front()->deck != sections.front().front()->deck;
  const std::string* deck = nullptr;
  for (const auto& cards : sections) {
    if (several && (deck == nullptr || *deck != cards.front()->deck)) {
      deck = &cards.front()->deck;
      out << fmt::format("## Deck `{}`\n\n", *deck);
    }
    write_section(out, cards, data, several ? "###" : "##");
  }
  if (data.reviews) write_review_log(out, data);
}

}  // namespace genai_quiz::exchange
