#include "genai_quiz/ui/study_text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "genai_quiz/term/sanitize.hpp"
#include "genai_quiz/term/text_width.hpp"

namespace genai_quiz {
namespace {

using namespace std::chrono;

// `value` with one decimal, the decimal dropped when it is zero: 1.5 → "1.5", 2.0 → "2".
std::string one_decimal(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", value);
  std::string s = buf;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

std::string duration_text(std::int64_t ms) {
  std::int64_t s = (ms + 500) / 1000;
  char buf[48];
  if (s < 60) {
    std::snprintf(buf, sizeof buf, "%llds", static_cast<long long>(s));
  } else if (s < 3600) {
    std::snprintf(buf, sizeof buf, "%lldm %02llds", static_cast<long long>(s / 60), static_cast<long long>(s % 60));
  } else {
    std::snprintf(buf, sizeof buf, "%lldh %02lldm", static_cast<long long>(s / 3600),
                  static_cast<long long>(s / 60 % 60));
  }
  return buf;
}

std::string plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string format_interval(milliseconds span) {
  double minutes_f = static_cast<double>(span.count()) / 60000.0;
  if (minutes_f < 1) return "<1m";
  long long mins = std::llround(minutes_f);
  if (mins < 60) return std::to_string(mins) + "m";
  double hours_f = minutes_f / 60;
  if (std::llround(hours_f * 10) < 240) {
    return (hours_f < 10 ? one_decimal(hours_f) : std::to_string(std::llround(hours_f))) + "h";
  }
  double days_f = hours_f / 24;
  long long whole_days = std::llround(days_f);
  if (whole_days < 30) return std::to_string(std::max(1LL, whole_days)) + "d";
  if (whole_days < 365) return one_decimal(days_f / 30.4375) + "mo";
  return one_decimal(days_f / 365.25) + "y";
}

std::string interval_label(const CardState& after, TimePoint now) {
  if (after.phase == Phase::kReview) return format_interval(days(after.scheduled_days));
  return format_interval(after.due - now);
}

std::string saved_text(Rating rating, const CardState& after, TimePoint now) {
  return "Saved: " + rating_name(rating) + ", next in " + interval_label(after, now);
}

std::string unsaved_text(Rating rating, const CardState& after, TimePoint now) {
  return "Rated (not saved): " + rating_name(rating) + ", next in " + interval_label(after, now);
}

namespace {

// What the last action did, in words.
std::string action_text(const Session& session) {
  const Notice& n = session.notice();
  switch (n.kind) {
    case NoticeKind::kNone: return "";
    case NoticeKind::kRateFirst: return "Rate the card: 1 Again, 2 Hard, 3 Good or 4 Easy.";
    case NoticeKind::kRevealFirst: return "Show the answer first.";
    case NoticeKind::kSaved: {
      const std::string text = session.cram() ? "Saved: " + rating_name(n.rating) + " (cram: schedule unchanged)"
                                              : saved_text(n.rating, n.after, session.now());
      // --dry-run: the same line, without the claim that anything was saved.
      std::string line = session.options().dry_run ? "Rated (not saved): " + text.substr(std::string("Saved: ").size()) : text;
      if (n.leech) {
        line += ". Leech: " + plural(n.after.lapses, "lapse", "lapses") +
                ", so the card is tagged leech and suspended (genai-quiz unsuspend brings it back).";
      }
      return line;
    }
    case NoticeKind::kNothingToSkip: return "There is no card to skip.";
    case NoticeKind::kSkipped: return "Skipped until tomorrow.";
    case NoticeKind::kNothingToUndo: return "Nothing to undo.";
    case NoticeKind::kUndoBlocked: return "Cannot undo: another session has answered that card since.";
    case NoticeKind::kUndidAnswer: return "Undid the last answer.";
    case NoticeKind::kUndidSkip: return "Undid the skip.";
    case NoticeKind::kNoCard: return "There is no card on screen.";
    case NoticeKind::kSuspended: return "Suspended: the card is not shown again until 'genai-quiz unsuspend'.";
    case NoticeKind::kFlagged: return "Flagged (genai-quiz list --flagged).";
    case NoticeKind::kUnflagged: return "Flag taken off.";
    case NoticeKind::kUndidSuspend: return "Undid the suspension.";
    case NoticeKind::kUndidFlag: return "Undid the flag.";
  }
  return "";
}

}  // namespace

std::string notice_text(const Session& session) {
  const Notice& n = session.notice();
  std::string text = action_text(session);
  if (n.answered_elsewhere > 0) {
    const std::string dropped = "Left out " + plural(n.answered_elsewhere, "card", "cards") + " answered in another session.";
    if (!text.empty()) text += text.back() == '.' ? " " : ". ";  // "Saved: Easy, next in 9d. Left out ..."
    text += dropped;
  }
  return text;
}

std::string format_countdown(const Countdown& c) {
  if (c.days_to_go < 0) return "";
  if (c.days_to_go == 0) return "The interview is today";
  std::string out = plural(static_cast<int>(c.days_to_go), "day", "days") + " to go · ";
  if (c.cards_to_review == 0) return out + "no card needs a review before then";
  return out + plural(c.cards_to_review, "card needs", "cards need") + " a review before then";
}

std::string rating_bar(const std::array<CardState, 4>& previews, TimePoint now, bool cram) {
  std::string out;
  for (int i = 0; i < 4; ++i) {
    if (i > 0) out += " · ";
    out += std::to_string(i + 1) + " " + rating_name(static_cast<Rating>(i + 1));
    if (!cram) {
      out += ' ';
      out += interval_label(previews[static_cast<std::size_t>(i)], now);
    }
  }
  return out;
}

std::string format_when(TimePoint when, TimePoint now, minutes utc_offset) {
  if (when <= now) return "now";
  auto local = floor<minutes>(when + utc_offset);
  auto day_point = floor<days>(local);
  year_month_day date{day_point};
  hh_mm_ss<minutes> tod{local - day_point};
  char buf[64];
  if (day_point == floor<days>(now + utc_offset)) {
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(tod.hours().count()),
                  static_cast<int>(tod.minutes().count()));
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(tod.hours().count()), static_cast<int>(tod.minutes().count()));
  }
  return "in " + format_interval(when - now) + " (" + buf + ")";
}

std::string fit_header(const HeaderForms& forms, int width, std::string_view dot) {
  auto join = [&](std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view p : parts) {
      if (p.empty()) continue;
      if (!out.empty()) out += dot;
      out += p;
    }
    return out;
  };
  const std::vector<std::string> no_dry = {""};
  const std::vector<std::string>& dry = forms.dry.empty() ? no_dry : forms.dry;
  const std::string name = forms.names.empty() ? "" : forms.names.front();
  if (width <= 0) return join({dry.front(), forms.frames.front().first, name, forms.frames.front().second});
  constexpr int kFewestNameColumns = 8;  // a name cut shorter than this says nothing
  const int gap = display_width(dot);
  for (const bool cut : {false, true}) {  // every label shortens before the name is cut
    for (const std::string& d : dry) {
      for (const auto& [before, after] : forms.frames) {
        const int room = width - display_width(join({d, before, after}));
        if (room < 0) continue;
        if (forms.names.empty()) return join({d, before, after});
        for (const std::string& n : forms.names) {
          if (!cut && display_width(n) + gap <= room) return join({d, before, n, after});
        }
        if (cut && room - gap >= kFewestNameColumns) {
          return join({d, before, truncate_to_width(forms.names.back(), room - gap), after});
        }
      }
    }
  }
  for (const std::string& d : dry) {  // too narrow for any name: the rest alone
    for (const auto& [before, after] : forms.frames) {
      if (display_width(join({d, before, after})) <= width) return join({d, before, after});
    }
  }
  return join({dry.back(), forms.frames.back().first, forms.frames.back().second});
}

std::string first_fitting(const std::vector<std::string>& choices, int width) {
  for (const std::string& c : choices) {
    if (display_width(c) <= width) return c;
  }
  return choices.back();
}

std::string session_header(const Session& session, int width) {
  Counts c = session.remaining();
  const std::string left = std::to_string(c.total()) + " left";
  auto n = [](int v) { return std::to_string(v); };
  // From the longest to the shortest: labels shorten before anything is left out.
  HeaderForms forms;
  std::vector<std::string> counts;
  if (session.cram()) {
    counts = {left + " · cram"};
  } else {
    counts = {left + " · new " + n(c.new_cards) + " · learning " + n(c.learning) + " · review " + n(c.review),
              left + " · new " + n(c.new_cards) + " · learn " + n(c.learning) + " · rev " + n(c.review),
              left + " · n" + n(c.new_cards) + " l" + n(c.learning) + " r" + n(c.review)};
  }
  if (session.options().dry_run) forms.dry = {"dry run, nothing is saved", "dry run", "dry"};
  if (const StudyItem* item = session.current()) {
    const std::string section = sanitize(item->section->title);
    forms.names = {sanitize(item->deck->id) + " · " + section, section};
  } else {
    counts = {"answered " + n(session.summary().answered) + " · " + counts.front()};
  }
  for (const std::string& count : counts) forms.frames.emplace_back("", count);
  return fit_header(forms, width);
}

std::vector<std::string> summary_lines(const Session& session, minutes utc_offset) {
  const Summary& s = session.summary();
  std::vector<std::string> lines;
  if (s.answered == 0) {
    lines.push_back("No cards answered.");
  } else {
    int recalled = s.answered - s.ratings[0];
    std::string line = "Answered " + plural(s.answered, "card", "cards") + " in " + duration_text(s.time_ms) + ": ";
    for (int i = 0; i < 4; ++i) {
      line += (i ? " · " : "") + rating_name(static_cast<Rating>(i + 1)) + " " +
              std::to_string(s.ratings[static_cast<std::size_t>(i)]);
    }
    line += " · recalled " + std::to_string(static_cast<int>(std::lround(100.0 * recalled / s.answered))) + "%";
    lines.push_back(line);
  }
  if (s.answered_elsewhere > 0) {
    lines.push_back(plural(s.answered_elsewhere, "card was", "cards were") +
                    " answered in another session meanwhile and left out of this one.");
  }
  if (session.options().dry_run) {
    lines.push_back("Dry run: none of these answers was saved.");
  } else if (session.cram()) {
    lines.push_back("Cram answers are saved in the log; they do not change when cards are due.");
  }
  if (s.next_due) lines.push_back("Next card due " + format_when(*s.next_due, session.now(), utc_offset) + ".");
  if (s.new_waiting > 0) {
    lines.push_back(plural(s.new_waiting, "new card waits", "new cards wait") + " for another day (" +
                    plural(session.options().new_per_day, "new card", "new cards") + " a day; --new N changes it).");
  }
  return lines;
}

std::vector<std::string> nothing_to_study_lines(const Session& session, minutes utc_offset) {
  std::vector<std::string> lines;
  if (session.ending() == Ending::kNoCards) {
    lines.push_back("No cards to study here yet.");
    return lines;
  }
  const Summary& s = session.summary();
  std::string line = "Nothing is due";
  if (s.next_due) line += ": the next card is due " + format_when(*s.next_due, session.now(), utc_offset);
  lines.push_back(line + ".");
  if (s.new_waiting > 0) {
    lines.push_back(plural(s.new_waiting, "new card waits", "new cards wait") + " for another day: today's limit of " +
                    plural(session.options().new_per_day, "new card", "new cards") + " is reached (--new N changes it).");
  }
  lines.push_back("To go over cards anyway: genai-quiz study --cram");
  return lines;
}

namespace {

// Each study action with its key on the screen and its words in the line protocol (null where it
// has none there), and what it does, said once unless the two say it differently.
struct ActionHelp {
  const char* key;
  const char* words;
  const char* what;
  const char* what_in_lines = nullptr;  // when the line protocol says it otherwise
};

constexpr ActionHelp kActionHelp[] = {
    {"Space, Enter", "(empty line)", "show the answer"},
    {"a b c ... h", "a, b, ... h", "pick an option (multiple-choice cards, on the question)"},
    {"1 2 3 4", "1-4 or again, hard, good, easy", "rate: Again, Hard, Good, Easy", "rate the card"},
    {"u", "u or undo", "undo the last answer, skip, suspension or flag"},
    {"s", "s or skip", "skip this card until tomorrow (bury)"},
    {"!", "! or suspend", "suspend this card (u undoes it)", "suspend this card (genai-quiz unsuspend)"},
    {"f", "f or flag", "flag this card for later, or unflag it"},
    {"e", nullptr, "edit this card in $VISUAL or $EDITOR, then see it again"},
    {"q", "q or quit", "quit (every answer is saved as you go)", "stop (every answer is saved as you go)"},
    {"?", "? or help", "show these keys", "show this list"},
};

// `name` padded to `column` characters, with at least `gap` spaces before `what`.
std::string help_line(const std::string& name, std::size_t column, std::size_t gap, const char* what) {
  return name + std::string(std::max(gap, column > name.size() ? column - name.size() : 0), ' ') + what;
}

}  // namespace

std::vector<std::string> key_help_lines() {
  std::vector<std::string> lines;
  for (const ActionHelp& a : kActionHelp) lines.push_back(help_line(a.key, 14, 2, a.what));
  return lines;
}

std::vector<std::string> line_help_lines() {
  std::vector<std::string> lines;
  for (const ActionHelp& a : kActionHelp) {
    if (a.words != nullptr) lines.push_back(help_line(a.words, 22, 3, a.what_in_lines ? a.what_in_lines : a.what));
  }
  return lines;
}

}  // namespace genai_quiz
