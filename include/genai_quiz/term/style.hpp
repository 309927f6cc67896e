#pragma once
// Named styles for everything the program draws, so that colours are chosen in one place.

#include <string>
#include <string_view>

namespace genai_quiz {

/// What a piece of text is; each role has one SGR style (colour, bold, italics...).
enum class Role {
  kPlain,
  kHeading,    ///< Markdown headings: bold cyan
  kStrong,     ///< **bold**
  kEmphasis,   ///< *italics*
  kStrike,     ///< ~~struck through~~
  kCode,       ///< inline code and code blocks: yellow
  kLink,       ///< link text: underlined blue
  kUrl,        ///< a link's address after its text: faint
  kQuote,      ///< the bar in front of a block quote: faint
  kMuted,      ///< secondary information (hints, counts, HTML): faint
  kAccent,     ///< list markers and headers: cyan
  kAgain,      ///< rating 1: red
  kHard,       ///< rating 2: yellow
  kGood,       ///< rating 3: green
  kEasy,       ///< rating 4: blue
  kSuccess,    ///< green
  kWarning,    ///< yellow
  kError,      ///< bold red
  kControl,    ///< a control character made visible, such as ^[: reverse video
};

/// `text` wrapped in the SGR style of `role` (ending with a reset) when `color` is true;
/// `text` unchanged when it is false or the role is kPlain. `text` is written as is: pass deck
/// text through sanitize() first.
std::string paint(std::string_view text, Role role, bool color);

}  // namespace genai_quiz
