#include "genai_quiz/core/interview_transcript.hpp"

#include <array>
#include <string_view>
#include <vector>

#include "genai_quiz/core/choice_letters.hpp"
#include "genai_quiz/core/rating_name.hpp"

namespace genai_quiz {
namespace {

// "2 of 3 (67%)".
std::string share(int part, int whole) {
  const int percent = whole == 0 ? 0 : (200 * part + whole) / (2 * whole);
  return std::to_string(part) + " of " + std::to_string(whole) + " (" + std::to_string(percent) + "%)";
}

// `text` on one line: runs of white space become one space, at most `limit` bytes (cut at a
// character boundary, with an ellipsis).
std::string one_line(std::string_view text, std::size_t limit) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (out.size() <= limit) return out;
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  return out.substr(0, cut) + "…";
}

// A table cell: one line, with the pipes escaped.
std::string cell(std::string_view text) {
  std::string out;
  for (char c : one_line(text, 80)) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

std::string quoted(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out += line.empty() ? ">\n" : "> " + std::string(line) + "\n";
    start = end + 1;
  }
  return out;
}

std::string time_line(const InterviewRound& round, const InterviewAnswer& a) {
  std::string limit = format_minutes_seconds(round.time_limit().count());
  if (a.over_time) return "answered in " + format_minutes_seconds(a.time_ms) + ", over the " + limit + " limit";
  if (a.cut_off) return "cut off when the " + limit + " ran out";
  return "answered in " + format_minutes_seconds(a.time_ms) + " of " + limit;
}

void render_points(std::string& out, const InterviewQuestion& q, const InterviewAnswer& a) {
  if (q.key_points.empty()) {
    out += "No key points for this card: compare your answer with the model answer.\n\n";
    return;
  }
  if (a.text.empty()) {
    out += "**Key points to have made:**\n\n";
    for (const KeyPoint& p : q.key_points) out += "- " + key_point_label(p) + "\n";
    out += "\n";
    return;
  }
  out += "**Key points covered:** " + share(a.coverage.covered(), a.coverage.total()) + "\n\n";
  for (std::size_t i = 0; i < q.key_points.size(); ++i) {
    const PointMatch& m = a.coverage.points[i];
    out += (m.covered ? "- [x] " : "- [ ] ") + key_point_label(q.key_points[i]);
    if (m.covered) out += ": “" + one_line(std::string_view(a.text).substr(m.begin, m.end - m.begin), 80) + "”";
    out += "\n";
  }
  out += "\n";
}

// A multiple-choice question: the options as a task list, ticked where right, the pick named.
void render_choices(std::string& out, const InterviewQuestion& q, const InterviewAnswer& a) {
  out += "**Choices:**\n\n";
  for (std::size_t i = 0; i < q.choices.size(); ++i) {
    const int index = static_cast<int>(i);
    out += std::string(q.is_correct(index) ? "- [x] " : "- [ ] ") + static_cast<char>('a' + index) + ") " +
           one_line(q.choices[i], 200);
    if (a.choice == index) out += " *(your pick)*";
    out += "\n";
  }
  out += "\n";
  if (!a.choice) {
    out += "**Your pick:** none; the right answer is " + choice_letters(q.correct) + ".\n\n";
  } else {
    out += "**Your pick:** " + std::string(1, static_cast<char>('a' + *a.choice)) +
           (q.is_correct(*a.choice) ? ", right.\n\n" : ", wrong; the right answer is " + choice_letters(q.correct) + ".\n\n");
  }
}

std::string grade_text(const InterviewAnswer& a) {
  if (!a.grade) return "not graded";
  std::string out = rating_name(*a.grade);
  if (a.suggested && *a.suggested != *a.grade) out += " (suggested " + rating_name(*a.suggested) + ")";
  return out;
}

struct Totals {
  int answered = 0;
  std::int64_t time_ms = 0;
  int covered = 0;
  int points = 0;
  std::array<int, 4> grades{};
  int graded = 0;
  int picks = 0;
  int right_picks = 0;
};

Totals totals(const InterviewRound& round) {
  Totals t;
  for (std::size_t i = 0; i < round.answers().size(); ++i) {
    const InterviewAnswer& a = round.answers()[i];
    ++t.answered;
    t.time_ms += a.time_ms;
    if (a.choice) {
      ++t.picks;
      if (round.questions()[i].is_correct(*a.choice)) ++t.right_picks;
    }
    if (!a.text.empty() && round.questions()[i].choices.empty()) {
      t.covered += a.coverage.covered();
      t.points += a.coverage.total();
    }
    if (a.grade) {
      ++t.grades[static_cast<std::size_t>(*a.grade) - 1];
      ++t.graded;
    }
  }
  return t;
}

std::string grades_line(const Totals& t) {
  std::string out;
  for (int r = 1; r <= 4; ++r) {
    if (!out.empty()) out += " · ";
    out += rating_name(static_cast<Rating>(r)) + " " + std::to_string(t.grades[static_cast<std::size_t>(r) - 1]);
  }
  return out;
}

}  // namespace

std::string format_minutes_seconds(std::int64_t ms) {
  const std::int64_t seconds = ms < 0 ? 0 : ms / 1000;
  const std::int64_t s = seconds % 60;
  return std::to_string(seconds / 60) + (s < 10 ? ":0" : ":") + std::to_string(s);
}

std::string render_transcript(const InterviewRound& round, const TranscriptHeading& heading) {
  const auto& questions = round.questions();
  const auto& answers = round.answers();
  std::string out = "# Mock interview, " + heading.started + "\n\n";
  out += heading.scope + " · " + std::to_string(questions.size()) +
         (questions.size() == 1 ? " question · " : " questions · ") +
         format_minutes_seconds(round.time_limit().count()) + " per question\n";
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const InterviewQuestion& q = questions[i];
    const InterviewAnswer& a = answers[i];
    out += "\n## " + std::to_string(i + 1) + ". " + one_line(q.question, 200) + "\n\n";
    out += q.section + " · " + time_line(round, a) + "\n\n";
    if (!q.choices.empty()) {
      render_choices(out, q, a);
      out += "**Explanation:**\n\n" + q.model_answer;
      if (!q.model_answer.empty() && q.model_answer.back() != '\n') out += "\n";
      out += "\n";
    } else {
      out += "**Your answer:**\n\n";
      out += a.text.empty() ? "*Answered aloud.*\n\n" : quoted(a.text) + "\n";
      out += "**Model answer:**\n\n" + q.model_answer;
      if (!q.model_answer.empty() && q.model_answer.back() != '\n') out += "\n";
      out += "\n";
      render_points(out, q, a);
    }
    out += "**Grade:** " + grade_text(a) + "\n";
  }
  out += "\n## Summary\n\n| # | Question | Time | Key points | Grade |\n|---|---|---|---|---|\n";
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const InterviewAnswer& a = answers[i];
    std::string points = "–";
    if (!questions[i].choices.empty()) {
      points = a.choice ? std::string("picked ") + static_cast<char>('a' + *a.choice) +
                              (questions[i].is_correct(*a.choice) ? ", right" : ", wrong")
                        : "no pick";
    } else if (!questions[i].key_points.empty() && !a.text.empty()) {
      points = std::to_string(a.coverage.covered()) + "/" + std::to_string(a.coverage.total());
    }
    out += "| " + std::to_string(i + 1) + " | " + cell(questions[i].question) + " | " + format_minutes_seconds(a.time_ms) +
           (a.over_time ? " (over)" : a.cut_off ? " (cut off)" : "") + " | " + points + " | " + grade_text(a) + " |\n";
  }
  // The summary lines as a list, so that Markdown keeps them apart.
  std::string summary = render_round_summary(round);
  out += "\n";
  for (std::size_t start = 0; start < summary.size();) {
    std::size_t end = summary.find('\n', start);
    out += "- " + summary.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

std::string render_round_summary(const InterviewRound& round) {
  const Totals t = totals(round);
  std::string out = std::to_string(t.answered) + (t.answered == 1 ? " question" : " questions") + " answered in " +
                    format_minutes_seconds(t.time_ms) + ".\n";
  if (t.points > 0) out += "Key points covered: " + share(t.covered, t.points) + ".\n";
  if (t.picks > 0) out += "Choices right: " + share(t.right_picks, t.picks) + ".\n";
  out += "Grades: " + grades_line(t);
  if (t.graded < t.answered) out += " (" + std::to_string(t.answered - t.graded) + " not graded)";
  out += ".\n";
  return out;
}

}  // namespace genai_quiz
