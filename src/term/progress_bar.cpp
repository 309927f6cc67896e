#include "genai_quiz/term/progress_bar.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fmt/core.h>

namespace genai_quiz {

ProgressBar::ProgressBar(std::FILE* out, std::string label) : out_(out), label_(std::move(label)) {
  const char* term = std::getenv("TERM");
  enabled_ = isatty(fileno(out)) && !(term && std::strcmp(term, "dumb") == 0);
}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(std::size_t done, std::size_t total) {
  if (!enabled_ || total == 0) return;
  int percent = static_cast<int>(std::min<std::size_t>(done, total) * 100 / total);
  if (percent == shown_) return;
  shown_ = percent;
  constexpr int kWidth = 30;
  int filled = percent * kWidth / 100;
  fmt::print(out_, "\r{} [{}{}] {:3}%", label_, std::string(filled, '#'), std::string(kWidth - filled, '-'), percent);
  std::fflush(out_);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (!drawn_) return;
  fmt::print(out_, "\r\033[K");
  std::fflush(out_);
  drawn_ = false;
}

}  // namespace genai_quiz
