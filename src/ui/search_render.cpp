#include "genai_quiz/ui/search_render.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "genai_quiz/core/card_marks.hpp"
#include "genai_quiz/core/card_record.hpp"
#include "genai_quiz/core/iso_time.hpp"
#include "genai_quiz/term/wrap.hpp"
#include "genai_quiz/ui/output_text.hpp"
#include "genai_quiz/ui/study_text.hpp"

namespace genai_quiz {
namespace {

constexpr int kIndent = 2;
constexpr int kNarrowest = 20;

// "[suspended] review, due in 3d (2025-03-04 10:00)": the marks in brackets, as list shows them,
// then the phase and when the card is due.
std::string state_text(const StudyItem& item, TimePoint now, std::chrono::minutes utc_offset) {
  const CardState& state = item.progress.state;
  const std::string marks = mark_names(item.progress.marks);
  std::string text = marks.empty() ? "" : "[" + marks + "] ";
  text += phase_name(state.phase);
  if (state.phase != Phase::kNew) text += ", due " + format_when(state.due, now, utc_offset);
  if (item.edited()) text += ", edited since its last review";
  return text;
}

}  // namespace

std::string render_search_text(std::span<const StudyItem> found, TimePoint now, std::chrono::minutes utc_offset,
                               int width) {
  std::string out;
  const auto preview_width = static_cast<std::size_t>(std::max(kNarrowest, width - kIndent));
  for (const StudyItem& item : found) {
    out += fmt::format("{}/{}\n", item.deck->id, item.card->id);
    // Section, marks, state and due time: wrapped under their start when the line is narrow.
    const std::vector<std::string> where = wrap_text(item.section->id + " · " + state_text(item, now, utc_offset),
                                                     std::max(kNarrowest, width - 2 * kIndent));
    for (std::size_t k = 0; k < where.size(); ++k) out += (k == 0 ? "  " : "    ") + where[k] + "\n";
    out += fmt::format("  {}\n", question_preview(item.card->question, preview_width));
  }
  if (!out.empty()) out += '\n';
  out += fmt::format("{} {}.\n", plural(static_cast<int>(found.size()), "card"), found.size() == 1 ? "matches" : "match");
  return out;
}

std::string render_search_json(std::span<const StudyItem> found, std::chrono::minutes utc_offset) {
  std::string out;
  for (const StudyItem& item : found) {
    const CardState& state = item.progress.state;
    nlohmann::ordered_json due = nullptr;
    if (state.phase != Phase::kNew) due = format_iso_time(state.due, utc_offset);
    nlohmann::ordered_json marks = nlohmann::ordered_json::array();
    for (std::string_view key : mark_keys(item.progress.marks)) marks.push_back(key);
    const nlohmann::ordered_json card = {{"deck", item.deck->id},         {"section", item.section->id},
                                         {"id", item.card->id},           {"question", item.card->question},
                                         {"tags", item.card->tags},       {"state", phase_name(state.phase)},
                                         {"due", due},                    {"marks", marks}};
    out += card.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  return out;
}

}  // namespace genai_quiz
