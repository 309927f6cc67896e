#pragma once
// What the output terminal can do, decided once at start-up from the --color flag, the
// environment and whether the output is a terminal (as ninja's LinePrinter does).

#include <optional>
#include <string>
#include <string_view>

namespace genai_quiz {

/// The --color flag: `auto` colours only a terminal that wants colour.
enum class ColorMode { kAuto, kAlways, kNever };

/// Parses "auto", "always" or "never"; anything else gives std::nullopt.
std::optional<ColorMode> parse_color_mode(std::string_view text);

/// The facts the decision rests on, read from the process (or written by a test).
struct TermEnvironment {
  bool is_tty = false;              ///< the output is a terminal (isatty)
  std::optional<std::string> term;  ///< $TERM, if set
  bool no_color = false;            ///< $NO_COLOR is set and not empty
  std::string locale;               ///< the first non-empty of $LC_ALL, $LC_CTYPE, $LANG
};

/// Reads the environment for output file descriptor `fd`.
TermEnvironment read_term_environment(int fd);

/// The decision every renderer and screen follows.
struct Capabilities {
  bool color = false;        ///< write SGR styles (colour, bold, italics)
  bool unicode = false;      ///< draw Unicode box, bar and bullet glyphs (else ASCII)
  bool interactive = false;  ///< a terminal that understands cursor movement (not TERM=dumb)
};

/// Decides the capabilities. Colour: `never` → off; `always` → on (the flag beats NO_COLOR);
/// `auto` → on for a terminal whose TERM is set and not "dumb", unless NO_COLOR is set.
/// Unicode: when the locale names UTF-8 (`en_US.UTF-8`, `C.utf8`). Interactive: a terminal
/// whose TERM is set and not "dumb".
Capabilities decide_capabilities(ColorMode mode, const TermEnvironment& env);

/// decide_capabilities for the real environment of output descriptor `fd`.
Capabilities detect_capabilities(ColorMode mode, int fd = 1);

/// detect_capabilities for `color_option`, the text of --color (`auto` when it names no mode).
Capabilities detect_capabilities(std::string_view color_option, int fd = 1);

}  // namespace genai_quiz
