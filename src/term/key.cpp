#include "genai_quiz/term/key.hpp"

#include "term/graphemes.hpp"

namespace genai_quiz {
namespace {

constexpr std::size_t kMaxSequence = 32;  // longer escape sequences are junk

std::optional<Key> csi_key(std::string_view params, char final) {
  switch (final) {
    case 'A': return Key{KeyCode::kUp};
    case 'B': return Key{KeyCode::kDown};
    case 'C': return Key{KeyCode::kRight};
    case 'D': return Key{KeyCode::kLeft};
    case 'H': return Key{KeyCode::kHome};
    case 'F': return Key{KeyCode::kEnd};
    case '~': {
      std::string_view number = params.substr(0, params.find(';'));
      if (number == "1" || number == "7") return Key{KeyCode::kHome};
      if (number == "4" || number == "8") return Key{KeyCode::kEnd};
      if (number == "2") return Key{KeyCode::kInsert};
      if (number == "3") return Key{KeyCode::kDelete};
      if (number == "5") return Key{KeyCode::kPageUp};
      if (number == "6") return Key{KeyCode::kPageDown};
      if (number == "200") return Key{KeyCode::kPasteStart};
      if (number == "201") return Key{KeyCode::kPasteEnd};
      return Key{KeyCode::kUnknown};
    }
    default: return Key{KeyCode::kUnknown};
  }
}

Key control_key(unsigned char b) {
  switch (b) {
    case '\r':
    case '\n': return {KeyCode::kEnter};
    case '\t': return {KeyCode::kTab};
    case 0x08:
    case 0x7F: return {KeyCode::kBackspace};
    case 0x03: return {KeyCode::kCtrlC};
    case 0x04: return {KeyCode::kCtrlD};
    case 0x0C: return {KeyCode::kCtrlL};
    case 0x1A: return {KeyCode::kCtrlZ};
    default: break;
  }
  char32_t letter = b >= 1 && b <= 26 ? U'a' + (b - 1) : static_cast<char32_t>(b + 0x40);
  return {KeyCode::kControl, letter};
}

std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

}  // namespace

Key Key::character(char32_t c) { return {c == U' ' ? KeyCode::kSpace : KeyCode::kChar, c}; }

std::string key_name(const Key& key) {
  switch (key.code) {
    case KeyCode::kChar: {
      std::string s;
      graphemes::append(s, static_cast<int>(key.ch));
      return s;
    }
    case KeyCode::kSpace: return "Space";
    case KeyCode::kEnter: return "Enter";
    case KeyCode::kTab: return "Tab";
    case KeyCode::kBackspace: return "Backspace";
    case KeyCode::kDelete: return "Delete";
    case KeyCode::kEscape: return "Escape";
    case KeyCode::kUp: return "Up";
    case KeyCode::kDown: return "Down";
    case KeyCode::kLeft: return "Left";
    case KeyCode::kRight: return "Right";
    case KeyCode::kHome: return "Home";
    case KeyCode::kEnd: return "End";
    case KeyCode::kPageUp: return "PageUp";
    case KeyCode::kPageDown: return "PageDown";
    case KeyCode::kInsert: return "Insert";
    case KeyCode::kCtrlC: return "Ctrl-C";
    case KeyCode::kCtrlD: return "Ctrl-D";
    case KeyCode::kCtrlL: return "Ctrl-L";
    case KeyCode::kCtrlZ: return "Ctrl-Z";
    case KeyCode::kControl: return std::string("Ctrl-") + static_cast<char>(key.ch - U'a' + U'A');
    case KeyCode::kPasteStart: return "PasteStart";
    case KeyCode::kPasteEnd: return "PasteEnd";
    case KeyCode::kUnknown: return "Unknown";
  }
  return "Unknown";
}

void KeyDecoder::feed(std::string_view bytes) { buffer_.append(bytes); }

std::optional<Key> KeyDecoder::next() { return decode(false); }

std::optional<Key> KeyDecoder::flush() { return decode(true); }

// Decodes one key from the front of the buffer; `final` means no more bytes are coming.
std::optional<Key> KeyDecoder::decode(bool final) {
  if (buffer_.empty()) return std::nullopt;
  auto take = [&](std::size_t n, Key key) {
    buffer_.erase(0, n);
    return std::optional<Key>(key);
  };
  auto b = static_cast<unsigned char>(buffer_[0]);
  if (b == 0x1B) {
    if (buffer_.size() == 1) return final ? take(1, {KeyCode::kEscape}) : std::nullopt;
    if (buffer_[1] == '[') {
      for (std::size_t k = 2; k < buffer_.size() && k < kMaxSequence; ++k) {
        auto c = static_cast<unsigned char>(buffer_[k]);
        if (c >= 0x40 && c <= 0x7E) {
          return take(k + 1, *csi_key(std::string_view(buffer_).substr(2, k - 2), static_cast<char>(c)));
        }
      }
      if (final || buffer_.size() >= kMaxSequence) return take(buffer_.size(), {KeyCode::kUnknown});
      return std::nullopt;
    }
    if (buffer_[1] == 'O') {
      if (buffer_.size() < 3) return final ? take(buffer_.size(), {KeyCode::kUnknown}) : std::nullopt;
      std::optional<Key> key = csi_key("", buffer_[2]);
      return take(3, *key);
    }
    return take(1, {KeyCode::kEscape});  // ESC then an ordinary key: Escape, then that key
  }
  if (b < 0x20 || b == 0x7F) return take(1, control_key(b));
  if (b == ' ') return take(1, Key::character(U' '));
  if (b < 0x80) return take(1, {KeyCode::kChar, b});
  std::size_t length = utf8_length(b);
  if (buffer_.size() < length && !final) return std::nullopt;
  std::size_t i = 0;
  int cp = graphemes::decode(buffer_, i);
  if (cp < 0) return take(1, {KeyCode::kUnknown});
  return take(i, Key::character(static_cast<char32_t>(cp)));
}

}  // namespace genai_quiz
