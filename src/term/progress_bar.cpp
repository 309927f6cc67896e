#include "genai_quiz/term/progress_bar.hpp"

#include <fmt/core.h>

#include <algorithm>

#include "genai_quiz/term/capabilities.hpp"
#include "genai_quiz/term/glyphs.hpp"

namespace genai_quiz {

ProgressBar::ProgressBar(std::FILE* out, std::string label) : out_(out), label_(std::move(label)) {
  Capabilities caps = detect_capabilities(ColorMode::kNever, fileno(out));
  enabled_ = caps.interactive;
  unicode_ = caps.unicode;
}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::update(std::size_t done, std::size_t total) {
  if (!enabled_ || total == 0) return;
  int percent = static_cast<int>(std::min<std::size_t>(done, total) * 100 / total);
  if (percent == shown_) return;
  shown_ = percent;
  constexpr int kWidth = 30;
  const Glyphs& g = glyphs(unicode_);
  double filled = kWidth * double(std::min(done, total)) / double(total);
  std::string empty;
  for (int i = int(filled + 0.999); i < kWidth; ++i) empty += g.block_light;
  fmt::print(out_, "\r{} {}{} {:3}%", label_, bar(filled, g), empty, percent);
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
