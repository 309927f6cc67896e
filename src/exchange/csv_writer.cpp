// CSV exports (RFC 4180): a header row, CRLF line ends, fields quoted only when they must be.

#include <fmt/format.h>

#include <ostream>

#include "exchange/export_parts.hpp"

namespace genai_quiz {

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

namespace exchange {
namespace {

void write_row(std::ostream& out, std::initializer_list<std::string> fields) {
  bool first = true;
  for (const std::string& f : fields) {
    if (!first) out << ',';
    out << csv_field(f);
    first = false;
  }
  out << "\r\n";
}

std::string optional_time(const std::optional<TimePoint>& t, const TimeFormatter& format_time) {
  return t ? format_time(*t) : std::string();
}

}  // namespace

void write_csv_cards(std::ostream& out, const ExportData& data) {
  write_row(out, {"deck", "section", "id", "question", "state", "due", "stability", "difficulty",
                  "retrievability", "reps", "lapses", "last_review", "edited", "suspended", "flagged", "leech"});
  for (const CardRecord& c : data.cards) {
    bool fresh = c.state.phase == Phase::kNew;
    write_row(out, {c.deck, c.section, c.id, c.question, std::string(phase_name(c.state.phase)),
                    fresh ? std::string() : data.format_time(c.state.due), fmt::format("{}", c.state.stability),
                    fmt::format("{}", c.state.difficulty), fmt::format("{}", c.retrievability),
                    std::to_string(c.state.reps), std::to_string(c.state.lapses),
                    optional_time(c.state.last_review, data.format_time), c.edited ? "true" : "false",
                    c.marks.suspended ? "true" : "false", c.marks.flagged ? "true" : "false",
                    c.marks.leech ? "true" : "false"});
  }
}

void write_csv_reviews(std::ostream& out, const ExportData& data) {
  write_row(out, {"deck", "card", "time", "rating", "duration_ms", "cram", "fingerprint", "repeat", "coverage"});
  for (const ReviewRecord& r : *data.reviews) {
    write_row(out, {r.deck_id, r.card_id, data.format_time(r.time), std::to_string(static_cast<int>(r.rating)),
                    std::to_string(r.duration_ms), r.cram ? "true" : "false", r.fingerprint,
                    std::to_string(r.repeat), r.coverage ? fmt::format("{}", *r.coverage) : std::string()});
  }
}

}  // namespace exchange
}  // namespace genai_quiz
