#include "genai_quiz/term/wrap.hpp"

#include <algorithm>

#include "term/graphemes.hpp"
#include "term/sanitize_runs.hpp"
#include "term/wrap_spans.hpp"

namespace genai_quiz {
namespace {

struct Cluster {
  std::string_view text;
  int width = 0;
  StyleSet style = 0;
};

// A unit that is never broken unless it is longer than a line; a hard break is a word too.
struct Word {
  std::vector<Cluster> clusters;
  int width = 0;
  bool space_before = false;
  StyleSet space_style = 0;
  bool hard_break = false;
};

// A span holding one control made visible ("^[", "<U+202E>"): sanitize_runs gives each its own run.
bool is_control(const Span& span) { return (span.style & style_bit(Role::kControl)) != 0; }

bool is_alnum(std::string_view g) {
  return g.size() == 1 && ((g[0] >= 'a' && g[0] <= 'z') || (g[0] >= 'A' && g[0] <= 'Z') ||
                           (g[0] >= '0' && g[0] <= '9'));
}

// Punctuation that must not begin a line after a wide character (a small kinsoku rule).
bool is_closing(std::string_view g) {
  static constexpr std::string_view kClosing[] = {
      ".", ",", ";", ":", "!", "?", ")", "]", "}", "’", "”", "、", "。", "，", "．", "）", "」",
      "』", "！", "？", "：", "；", "》", "〉", "】"};
  return std::find(std::begin(kClosing), std::end(kClosing), g) != std::end(kClosing);
}

class WordSplitter {
 public:
  std::vector<Word> split(const std::vector<Span>& spans) {
    for (const Span& span : spans) {
      std::string_view text = span.text;
      if (is_control(span)) {  // a made-visible control such as <U+009D> is never cut
        add(text, static_cast<int>(text.size()), span.style, true);
        continue;
      }
      for (std::size_t i = 0; i < text.size();) {
        std::size_t start = i;
        int width = graphemes::next(text, i);
        add(text.substr(start, i - start), width, span.style);
      }
    }
    finish();
    return std::move(words_);
  }

 private:
  void add(std::string_view g, int width, StyleSet style, bool control = false) {
    if (g == " ") {
      finish();
      pending_space_ = true;
      space_style_ = style;
      return;
    }
    if (g == "\n") {
      finish();
      words_.push_back(Word{{}, 0, false, 0, true});
      pending_space_ = false;
      return;
    }
    bool wide = width >= 2 && !control;  // a line may break around a wide character
    bool attach = false;  // closing punctuation stays with the wide character before it
    if (split_pending_) {
      split_pending_ = false;
      attach = is_closing(g);
      if (!attach) finish();
    }
    if (wide && !attach && !current_.clusters.empty()) finish();
    if (current_.clusters.empty()) {
      current_.space_before = pending_space_;
      current_.space_style = space_style_;
      pending_space_ = false;
    }
    bool after_letter = !current_.clusters.empty() && is_alnum(current_.clusters.back().text);
    current_.clusters.push_back({g, width, style});
    current_.width += width;
    if (wide) split_pending_ = true;
    else if (g == "-" && after_letter && (style & kKeepHyphens) == 0) split_pending_ = true;
  }

  void finish() {
    split_pending_ = false;
    if (!current_.clusters.empty()) words_.push_back(std::move(current_));
    current_ = Word{};
  }

  std::vector<Word> words_;
  Word current_;
  bool pending_space_ = false;
  bool split_pending_ = false;
  StyleSet space_style_ = 0;
};

class LineFiller {
 public:
  LineFiller(int first_width, int rest_width)
      : avail_(std::max(first_width, 1)), rest_(std::max(rest_width, 1)) {}

  void put(std::string_view text, int width, StyleSet style) {
    if (!line_.empty() && line_.back().style == style) {
      line_.back().text.append(text);
    } else {
      line_.push_back({std::string(text), style});
    }
    used_ += width;
  }

  void flush() {
    lines_.push_back(std::move(line_));
    line_.clear();
    used_ = 0;
    avail_ = rest_;
  }

  bool empty() const { return used_ == 0 && line_.empty(); }
  int room() const { return avail_ - used_; }

  // Places `c`, first starting a new line if it does not fit and the line is not empty.
  void put_cut(const Cluster& c) {
    if (c.width > room() && !empty()) flush();
    put(c.text, c.width, c.style);
  }

  std::vector<SpanLine> take() {
    if (!empty()) flush();
    return std::move(lines_);
  }

 private:
  int avail_;
  int rest_;
  int used_ = 0;
  SpanLine line_;
  std::vector<SpanLine> lines_;
};

}  // namespace

std::vector<SpanLine> wrap_spans(const std::vector<Span>& spans, int first_width, int rest_width) {
  std::vector<Word> words = WordSplitter().split(spans);
  LineFiller out(first_width, rest_width);
  for (const Word& word : words) {
    if (word.hard_break) {
      out.flush();
      continue;
    }
    int gap = !out.empty() && word.space_before ? 1 : 0;
    if (gap + word.width <= out.room()) {
      if (gap) out.put(" ", 1, word.space_style);
      for (const Cluster& c : word.clusters) out.put(c.text, c.width, c.style);
      continue;
    }
    if (!out.empty()) out.flush();
    for (const Cluster& c : word.clusters) out.put_cut(c);
  }
  return out.take();
}

std::vector<SpanLine> cut_spans(const std::vector<Span>& spans, int width) {
  LineFiller out(width, width);
  for (const Span& span : spans) {
    std::string_view text = span.text;
    if (is_control(span)) {
      out.put_cut({text, static_cast<int>(text.size()), span.style});
      continue;
    }
    for (std::size_t i = 0; i < text.size();) {
      std::size_t start = i;
      int w = graphemes::next(text, i);
      out.put_cut({text.substr(start, i - start), w, span.style});
    }
  }
  return out.take();
}

std::vector<std::string> wrap_text(std::string_view text, int width, Role role, bool color) {
  std::vector<Span> spans;
  for (SanitizedRun& run : sanitize_runs(text, 0)) {
    spans.push_back({std::move(run.text), style_bit(role) | (run.control ? style_bit(Role::kControl) : 0)});
  }
  std::vector<std::string> lines;
  for (const SpanLine& line : wrap_spans(spans, width, width)) lines.push_back(paint_line(line, color));
  return lines;
}

}  // namespace genai_quiz
