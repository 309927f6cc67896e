#include <catch2/catch.hpp>

#include "genai_quiz/term/capabilities.hpp"

using namespace genai_quiz;

TEST_CASE("Colour, Unicode and interactivity are decided once from flag and environment", "[term]") {
  struct Case {
    const char* name;
    ColorMode mode;
    TermEnvironment env;
    bool color, unicode, interactive;
  } cases[] = {
      {"a UTF-8 terminal", ColorMode::kAuto, {true, "xterm-256color", false, "en_US.UTF-8"}, true, true, true},
      {"output piped", ColorMode::kAuto, {false, "xterm", false, "en_US.UTF-8"}, false, true, false},
      {"NO_COLOR", ColorMode::kAuto, {true, "xterm", true, "C.utf8"}, false, true, true},
      {"--color=always beats NO_COLOR", ColorMode::kAlways, {false, "xterm", true, ""}, true, false, false},
      {"--color=never", ColorMode::kNever, {true, "xterm", false, "en_US.utf8"}, false, true, true},
      {"TERM=dumb", ColorMode::kAuto, {true, "dumb", false, "en_US.UTF-8"}, false, true, false},
      {"TERM unset", ColorMode::kAuto, {true, std::nullopt, false, "en_US.UTF-8"}, false, true, false},
      {"POSIX locale", ColorMode::kAuto, {true, "xterm", false, "POSIX"}, true, false, true},
      {"no locale at all", ColorMode::kAuto, {true, "linux", false, ""}, true, false, true},
      {"Latin-1 locale", ColorMode::kAuto, {true, "xterm", false, "de_DE.ISO-8859-1"}, true, false, true},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    Capabilities caps = decide_capabilities(c.mode, c.env);
    CHECK(caps.color == c.color);
    CHECK(caps.unicode == c.unicode);
    CHECK(caps.interactive == c.interactive);
  }
}

TEST_CASE("The --color flag accepts auto, always and never", "[term]") {
  CHECK(parse_color_mode("auto") == ColorMode::kAuto);
  CHECK(parse_color_mode("always") == ColorMode::kAlways);
  CHECK(parse_color_mode("never") == ColorMode::kNever);
  CHECK_FALSE(parse_color_mode("yes").has_value());
}
