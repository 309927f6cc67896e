#pragma once
// A one-line progress bar for long work, drawn on an interactive terminal only: on a pipe or a
// file, or with TERM=dumb, it draws nothing, so logs and scripts stay clean.

#include <cstddef>
#include <cstdio>
#include <string>

namespace genai_quiz {

/// Redraws `label █████░░░░░  42%` (ASCII `#####.....` outside UTF-8) in place on `out`.
class ProgressBar {
 public:
  /// Draws on `out` only if it is an interactive terminal (term/capabilities.hpp).
  ProgressBar(std::FILE* out, std::string label);
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  /// Shows `done` of `total`; redraws only when the shown percentage changes.
  void update(std::size_t done, std::size_t total);
  /// Erases the bar, leaving the cursor at the start of an empty line.
  void finish();
  /// True when the bar draws anything.
  bool enabled() const { return enabled_; }

 private:
  std::FILE* out_;
  std::string label_;
  bool enabled_;
  bool unicode_ = false;
  bool drawn_ = false;
  int shown_ = -1;
};

}  // namespace genai_quiz
