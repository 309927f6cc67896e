#pragma once
// Key presses as a raw-mode terminal sends them, decoded from bytes (escape sequences for the
// arrows, UTF-8 for characters). The decoder is pure, so a scripted terminal can use it too.

#include <optional>
#include <string>
#include <string_view>

namespace genai_quiz {

/// Which key was pressed.
enum class KeyCode {
  kChar,       ///< a printable character other than space, in Key::ch
  kSpace,
  kEnter,      ///< Return or Enter (CR or LF)
  kTab,
  kBackspace,  ///< DEL or Ctrl-H
  kDelete,
  kEscape,     ///< a lone ESC
  kUp, kDown, kLeft, kRight, kHome, kEnd, kPageUp, kPageDown, kInsert,
  kCtrlC,
  kCtrlD,
  kCtrlL,      ///< conventionally "redraw the screen"
  kCtrlZ,      ///< Terminal::read_event suspends on it and never returns it unless suspending is off
  kControl,    ///< any other control key, its letter in Key::ch (Ctrl-A → 'a')
  kPasteStart, ///< the start of a bracketed paste (what follows was pasted, not typed)
  kPasteEnd,   ///< its end
  kUnknown,    ///< an escape sequence the program has no use for (function keys, mouse...)
};

/// One key press.
struct Key {
  KeyCode code = KeyCode::kUnknown;
  char32_t ch = 0;  ///< the character for kChar and kSpace; the letter for kControl

  /// The key for character `c` (kSpace for ' ').
  static Key character(char32_t c);
  /// True for the character key `c` (' ' matches kSpace).
  bool is(char32_t c) const { return (code == KeyCode::kChar || code == KeyCode::kSpace) && ch == c; }
  bool operator==(const Key&) const = default;
};

/// A readable name: "a", "Space", "Enter", "Up", "Ctrl-C", "Ctrl-A", "Unknown".
std::string key_name(const Key& key);

/// Turns the bytes read from a terminal into keys. A key split over several reads is completed
/// by the next feed(); a lone ESC stays pending until flush() says no more bytes are coming.
class KeyDecoder {
 public:
  /// Appends bytes read from the terminal.
  void feed(std::string_view bytes);

  /// The next complete key, or std::nullopt when nothing complete is buffered.
  std::optional<Key> next();

  /// True when bytes are buffered; after next() gave std::nullopt, they are the start of an
  /// escape sequence or of a UTF-8 character: wait briefly for the rest, then call flush().
  bool pending() const { return !buffer_.empty(); }

  /// Decodes the buffer as if no more bytes will come: a lone ESC is kEscape, a cut sequence
  /// kUnknown. Returns the next key, if any.
  std::optional<Key> flush();

 private:
  std::optional<Key> decode(bool final);
  std::string buffer_;
};

}  // namespace genai_quiz
