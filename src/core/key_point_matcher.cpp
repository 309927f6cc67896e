#include "genai_quiz/core/key_point_matcher.hpp"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

#include "genai_quiz/core/answer_words.hpp"
#include "genai_quiz/core/typo.hpp"

namespace genai_quiz {
namespace {

// One word of a key point to find: as written (lower-cased) and as a stem.
struct Unit {
  std::u32string word;
  std::u32string stem;
};

// Where a unit was found: answer words [first, last] (two words when they were joined).
struct Span {
  int first = 0;
  int last = 0;
};

// The places one unit of a point was found; `order` is the unit's place in the point.
struct Found {
  std::size_t order = 0;
  std::vector<Span> spans;
};

// A stretch of the answer that makes a point; `in_order` when its words come in the point's order.
struct Window {
  Span span;
  bool in_order = false;

  int width() const { return span.last - span.first; }
  // The words in the point's order are a better quote than a shuffle; then the narrower wins.
  bool better_than(const std::optional<Window>& other) const {
    if (!other) return true;
    if (in_order != other->in_order) return in_order;
    return width() < other->width();
  }
};

bool all_digits(std::u32string_view s) {
  return std::all_of(s.begin(), s.end(), [](char32_t c) { return c >= '0' && c <= '9'; });
}

// The answer, split and stemmed once for all the points.
struct Answer {
  std::vector<TextWord> words;
  std::vector<Unit> units;        // each word
  std::vector<bool> stop;         // each word is a stop word
  std::vector<Unit> joined;       // words i and i+1 written as one ("feed forward" → "feedforward")
  std::vector<int> sentences;     // how many sentence starts are among words 1..i

  bool one_sentence(int first, int last) const { return sentences[last] == sentences[first]; }
};

// True when an answer word `a` (not a stop word when `typos` is on) stands for point word `p`.
bool same_word(const Unit& p, const Unit& a, bool typos) {
  if (p.stem == a.stem || p.word == a.word) return true;
  if (!typos || p.word.empty() || a.word.empty() || p.word[0] != a.word[0] || all_digits(p.word)) return false;
  const int allowed = typo_allowance(p.word.size());
  if (allowed == 0) return false;
  return bounded_edit_distance(p.word, a.word, allowed) <= allowed ||
         bounded_edit_distance(p.stem, a.stem, allowed) <= allowed;
}

std::vector<Span> find_unit(const Unit& unit, const Answer& answer) {
  std::vector<Span> spans;
  const int n = static_cast<int>(answer.words.size());
  for (int i = 0; i < n; ++i) {
    if (same_word(unit, answer.units[i], !answer.stop[i])) spans.push_back({i, i});
    // A joined pair must match exactly: "in" + "put" may make "input" but not "inputs" misspelt.
    if (i + 1 < n && !answer.joined[i].word.empty() && same_word(unit, answer.joined[i], false)) {
      spans.push_back({i, i + 1});
    }
  }
  return spans;
}

// How many other words may lie among a point's words in the answer, in all and not counting
// stop words.
struct Slack {
  int words = 0;
  int content_words = 0;
};

// Searches one span per unit: no two overlapping, all in one sentence, within `slack`. Keeps the
// narrowest such window.
class WindowSearch {
 public:
  WindowSearch(const std::vector<Found>& found, Slack slack, const Answer& answer)
      : found_(found), slack_(slack), answer_(answer) {}

  std::optional<Window> best() {
    chosen_.clear();
    visit(0, 0);
    return best_;
  }

 private:
  void visit(std::size_t unit, int used) {
    if (unit == found_.size()) {
      const Window window{bounds(), in_order()};
      if (other_content_words(window.span) <= slack_.content_words && window.better_than(best_)) best_ = window;
      return;
    }
    const int remaining_max = 2 * static_cast<int>(found_.size() - unit - 1);
    // Only spans that can share a window with those chosen: at most `widest` words in all.
    const std::vector<Span>& spans = found_[unit].spans;
    auto from = spans.begin();
    auto to = spans.end();
    if (!chosen_.empty()) {
      const Span w = bounds();
      const int widest = 2 * static_cast<int>(found_.size()) + slack_.words;
      from = std::lower_bound(spans.begin(), spans.end(), w.last - widest,
                              [](const Span& s, int first) { return s.first < first; });
      to = std::upper_bound(from, spans.end(), w.first + widest,
                            [](int first, const Span& s) { return first < s.first; });
    }
    for (auto it = from; it != to; ++it) {
      const Span& s = *it;
      bool overlaps = std::any_of(chosen_.begin(), chosen_.end(),
                                  [&](const Span& c) { return s.first <= c.last && c.first <= s.last; });
      if (overlaps) continue;
      chosen_.push_back(s);
      const Span window = bounds();
      const int width = window.last - window.first + 1;
      const int words = used + s.last - s.first + 1;
      // Later units can only fill gaps, each with two words at most.
      if (answer_.one_sentence(window.first, window.last) && width - words - remaining_max <= slack_.words) {
        visit(unit + 1, words);
      }
      chosen_.pop_back();
    }
  }

  Span bounds() const {
    Span w{chosen_.front().first, chosen_.front().last};
    for (const Span& c : chosen_) w = {std::min(w.first, c.first), std::max(w.last, c.last)};
    return w;
  }

  // True when the chosen spans, taken in the point's word order, move forward in the answer.
  bool in_order() const {
    std::vector<std::pair<std::size_t, int>> by_order;
    for (std::size_t i = 0; i < chosen_.size(); ++i) by_order.emplace_back(found_[i].order, chosen_[i].first);
    std::sort(by_order.begin(), by_order.end());
    for (std::size_t i = 1; i < by_order.size(); ++i) {
      if (by_order[i].second < by_order[i - 1].second) return false;
    }
    return true;
  }

  int other_content_words(Span window) const {
    int n = 0;
    for (int i = window.first; i <= window.last; ++i) {
      bool chosen = std::any_of(chosen_.begin(), chosen_.end(), [i](const Span& c) { return c.first <= i && i <= c.last; });
      if (!chosen && !answer_.stop[i]) ++n;
    }
    return n;
  }

  const std::vector<Found>& found_;
  Slack slack_;
  const Answer& answer_;
  std::vector<Span> chosen_;  // one per unit of found_, in the same order
  std::optional<Window> best_;
};

}  // namespace

KeyPointMatcher::KeyPointMatcher(Stemmer stem) : stem_(std::move(stem)) {}

std::string KeyPointMatcher::stem(std::string_view word) const {
  return stem_ ? stem_(word) : std::string(word);
}

Coverage KeyPointMatcher::check(std::string_view text, std::span<const KeyPoint> points) const {
  const auto unit = [this](const std::string& word) { return Unit{to_code_points(word), to_code_points(stem(word))}; };
  Answer answer;
  answer.words = split_words(text);
  int sentence = 0;
  for (std::size_t i = 0; i < answer.words.size(); ++i) {
    const TextWord& w = answer.words[i];
    answer.units.push_back(unit(w.text));
    answer.stop.push_back(is_stop_word(w.text));
    sentence += w.sentence_start ? 1 : 0;
    answer.sentences.push_back(sentence);
    const bool pair = i + 1 < answer.words.size() && !answer.words[i + 1].sentence_start;
    answer.joined.push_back(pair ? unit(w.text + answer.words[i + 1].text) : Unit{});
  }

  Coverage coverage;
  for (const KeyPoint& point : points) {
    PointMatch match;
    std::optional<Window> best;
    for (std::size_t alt = 0; alt < point.alternatives.size(); ++alt) {
      std::vector<TextWord> words = split_words(point.alternatives[alt]);
      std::vector<std::string> content;
      for (const TextWord& w : words) {
        if (!is_stop_word(w.text)) content.push_back(w.text);
      }
      if (content.empty()) continue;  // a point of stop words alone can never be made
      // The point as written, and with each pair of neighbouring words joined
      // ("feed forward" also finds "feedforward").
      std::vector<std::vector<std::string>> variants{content};
      for (std::size_t i = 0; i + 1 < content.size(); ++i) {
        std::vector<std::string> v(content.begin(), content.begin() + i);
        v.push_back(content[i] + content[i + 1]);
        v.insert(v.end(), content.begin() + i + 2, content.end());
        variants.push_back(std::move(v));
      }
      for (const std::vector<std::string>& variant : variants) {
        std::vector<Found> found;
        for (const std::string& word : variant) found.push_back({found.size(), find_unit(unit(word), answer)});
        if (std::any_of(found.begin(), found.end(), [](const Found& f) { return f.spans.empty(); })) continue;
        // Rarest first, so that the search prunes early.
        std::stable_sort(found.begin(), found.end(),
                         [](const Found& a, const Found& b) { return a.spans.size() < b.spans.size(); });
        const int n = static_cast<int>(content.size());
        std::optional<Window> window = WindowSearch(found, Slack{n + 1, std::max(1, n / 2)}, answer).best();
        if (window && window->better_than(best)) {
          best = window;
          match.alternative = static_cast<int>(alt);
        }
      }
    }
    if (best) {
      match.covered = true;
      match.begin = answer.words[best->span.first].begin;
      match.end = answer.words[best->span.last].end;
    }
    coverage.points.push_back(match);
  }
  return coverage;
}

}  // namespace genai_quiz
