#include "genai_quiz/term/capabilities.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace genai_quiz {
namespace {

std::string env_or_empty(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

bool names_utf8(std::string locale) {
  std::transform(locale.begin(), locale.end(), locale.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return locale.find("utf-8") != std::string::npos || locale.find("utf8") != std::string::npos;
}

}  // namespace

std::optional<ColorMode> parse_color_mode(std::string_view text) {
  if (text == "auto") return ColorMode::kAuto;
  if (text == "always") return ColorMode::kAlways;
  if (text == "never") return ColorMode::kNever;
  return std::nullopt;
}

TermEnvironment read_term_environment(int fd) {
  TermEnvironment env;
  env.is_tty = isatty(fd) == 1;
  if (const char* term = std::getenv("TERM")) env.term = term;
  env.no_color = !env_or_empty("NO_COLOR").empty();
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    env.locale = env_or_empty(name);
    if (!env.locale.empty()) break;
  }
  return env;
}

Capabilities decide_capabilities(ColorMode mode, const TermEnvironment& env) {
  Capabilities caps;
  caps.interactive = env.is_tty && env.term && !env.term->empty() && *env.term != "dumb";
  switch (mode) {
    case ColorMode::kNever: caps.color = false; break;
    case ColorMode::kAlways: caps.color = true; break;
    case ColorMode::kAuto: caps.color = caps.interactive && !env.no_color; break;
  }
  caps.unicode = names_utf8(env.locale);
  return caps;
}

Capabilities detect_capabilities(ColorMode mode, int fd) {
  return decide_capabilities(mode, read_term_environment(fd));
}

Capabilities detect_capabilities(std::string_view color_option, int fd) {
  return detect_capabilities(parse_color_mode(color_option).value_or(ColorMode::kAuto), fd);
}

}  // namespace genai_quiz
