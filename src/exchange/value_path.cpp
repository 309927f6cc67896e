#include "exchange/value_path.hpp"

namespace genai_quiz::exchange {
namespace {

// A cursor over valid JSON text.
class JsonCursor {
 public:
  explicit JsonCursor(std::string_view text) : s_(text) {}

  std::size_t at() const { return i_; }
  void seek(std::size_t i) { i_ = i; }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  void skip_blanks() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  // Past `c` and the blanks after it, when it is next.
  bool take(char c) {
    if (peek() != c) return false;
    ++i_;
    skip_blanks();
    return true;
  }

  // The string that starts here, with \" and \\ undone, and the cursor past it.
  std::string read_string() {
    std::string out;
    ++i_;
    while (i_ < s_.size() && s_[i_] != '"') {
      if (s_[i_] == '\\' && i_ + 1 < s_.size()) {
        const char e = s_[i_ + 1];
        out += (e == '"' || e == '\\') ? e : '\x01';  // any other escape never matches a key
        i_ += 2;
      } else {
        out += s_[i_++];
      }
    }
    ++i_;
    skip_blanks();
    return out;
  }

  // Past the value that starts here, however deep, without recursion.
  void skip_value() {
    int depth = 0;
    do {
      const char c = peek();
      if (c == '"') {
        read_string();
        continue;
      }
      if (c == '[' || c == '{') ++depth;
      if (c == ']' || c == '}') --depth;
      if (c == '\0') return;
      ++i_;
      if (depth == 0 && c != ']' && c != '}') {  // a number or a literal: up to its end
        while (i_ < s_.size() && std::string_view(",]} \t\r\n").find(s_[i_]) == std::string_view::npos) ++i_;
      }
      skip_blanks();
    } while (depth > 0);
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<std::size_t> locate_json(std::string_view text, const ValuePath& path, PathEnd end) {
  JsonCursor c(text);
  c.skip_blanks();
  for (std::size_t depth = 0; depth < path.size(); ++depth) {
    const bool last = depth + 1 == path.size();
    if (const std::size_t* index = std::get_if<std::size_t>(&path[depth])) {
      if (!c.take('[')) return std::nullopt;
      for (std::size_t k = 0; k < *index; ++k) {
        if (c.peek() == ']') return std::nullopt;
        c.skip_value();
        if (!c.take(',')) return std::nullopt;
      }
      if (c.peek() == ']') return std::nullopt;
      continue;
    }
    const std::string& key = std::get<std::string>(path[depth]);
    if (!c.take('{')) return std::nullopt;
    std::optional<std::size_t> found;  // the last entry with the key
    while (c.peek() == '"') {
      const std::size_t key_at = c.at();
      const bool match = c.read_string() == key;
      if (!c.take(':')) return std::nullopt;
      if (match) found = last && end == PathEnd::kKey ? key_at : c.at();
      c.skip_value();
      if (!c.take(',')) break;
    }
    if (!found) return std::nullopt;
    if (last && end == PathEnd::kKey) return found;
    c.seek(*found);
  }
  return c.at();
}

}  // namespace genai_quiz::exchange
